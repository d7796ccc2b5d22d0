#!/bin/sh
# Crash soak of README's default run (docs/api-and-operations.md, "Backup, restore, crash safety"): the packaged WAR
# with its local PostgreSQL, killed with SIGKILL (Payara Micro and every PostgreSQL process) 30 times during mixed
# writes over HTTP and started again each time; every acknowledged write must still be there, and nothing
# half-stored. Run from the project root; its data stays in /tmp/trustmark-crash-soak (deleted at each run).
# Fewer rounds: bench/crash-soak.sh -Dsoak.restarts=5. Port: -Dsoak.port=8102.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -o -q package -DskipTests
[ -f target/payara-micro.jar ] || ./mvnw -B -o -q dependency:copy@payara-micro-jar
./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx512m "$@" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" io.trustmark.it.CrashSoak
