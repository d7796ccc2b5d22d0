#!/bin/sh
# Failover benchmark (issue 14, docs/scaling.md): two nodes behind HAProxy started by config/cluster.sh (in their own
# folder, /tmp/trustmark-failover, deleted at each run), 64 signed-in virtual users browsing, replying, uploading a
# card photo and signing up friends for 60 s; node 1 is killed with SIGKILL at 20 s and started again at 40 s.
# Mails go to a GreenMail server in the driver (io.trustmark.it.FailoverBench). Run from the project root.
# Last line: N user actions, N failed, N sessions lost, N duplicate mails
set -e
cd "$(dirname "$0")/.."
./mvnw -B -o -q package -DskipTests
[ -f target/payara-micro.jar ] || ./mvnw -B -o -q dependency:copy@payara-micro-jar
./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
export CLUSTER_DIR=/tmp/trustmark-failover
smtp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export TRUSTMARK_MAIL_SMTP_HOST=127.0.0.1 TRUSTMARK_MAIL_SMTP_PORT="$smtp_port" TRUSTMARK_MAIL_SENDER_INTERVAL=2
config/cluster.sh stop >/dev/null 2>&1 || true
rm -rf "$CLUSTER_DIR"
trap 'config/cluster.sh stop >/dev/null 2>&1 || true' EXIT
config/cluster.sh start
java -Xmx512m -Dfailover.smtp-port="$smtp_port" "$@" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" io.trustmark.it.FailoverBench \
    | tee /tmp/trustmark-failover.out
