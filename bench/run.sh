#!/bin/sh
# Benchmark of the document intake against one plain ImageIO decode (docs/document-intake.md).
# Usage: bench/run.sh [rounds]   (from the project root; compiles main and test classes first)
set -e
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile
./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" bench/IntakeBench.java "$@" | tee target/intake-bench.txt
