#!/bin/sh
# Review queue benchmark (docs/review-workbench.md): seeds 100,000 open requests into an embedded
# PostgreSQL, deploys the packaged WAR against it and times the queue pages. Run from the project root.
# The seeded database stays in /tmp/trustmark-queue-bench (delete it to seed afresh).
set -e
cd "$(dirname "$0")/.."
[ -f target/trustmark.war ] || ./mvnw -B -o -q package -DskipTests
[ -f target/payara-micro.jar ] || ./mvnw -B -o -q dependency:copy@payara-micro-jar
./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -cp "$(cat target/bench.classpath)" bench/QueueBench.java "$@"
