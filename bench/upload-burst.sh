#!/bin/sh
# Upload burst (docs/document-intake.md, "Decode budget"): starts the packaged WAR on Payara Micro under -Xmx1g, as
# config/payara-micro.sh does, signs up MEMBERS (50) members through the application's own pages (the confirmation
# link from the demo mailbox) and has them all upload at the same moment: first the largest image the intake takes
# (a flat-coloured PNG just under trustmark.document.max-pixels), then an ordinary 12-megapixel phone photo.
# Last line: "N accepted, N asked to retry, N refused, N errors, N OutOfMemoryError" (OutOfMemoryErrors counted in
# the server's log). Run from the project root: bench/upload-burst.sh [members]   (PORT, default 8101)
# The server runs on a PostgreSQL of its own (bench/postgres.sh: Debian's, in /tmp/trustmark-upload-burst).
set -e
cd "$(dirname "$0")/.."
members="${1:-50}"
port="${PORT:-8101}"
max_pixels=40000000
./mvnw -B -o -q package -DskipTests
[ -f target/payara-micro.jar ] || ./mvnw -B -o -q dependency:copy@payara-micro-jar
./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
if curl -fs -o /dev/null "http://127.0.0.1:$port/account/login"; then
    echo "port $port already answers: stop what runs there first (PORT=... picks another)" >&2
    exit 1
fi
log=target/upload-burst-server.log
rm -f "$log"
# On PostgreSQL, as in production and README's run: an in-memory H2 would keep every stored image in the server's
# own heap and so measure the database, not the uploads. A fresh one each run.
PG_DIR=/tmp/trustmark-upload-burst
PG_PORT=${PG_PORT:-55442}
rm -rf "$PG_DIR"
. bench/postgres.sh
server=""
stop_all() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    pg_stop
}
trap stop_all EXIT INT TERM
env $PG_ENV TRUSTMARK_DEMO=true TRUSTMARK_SESSION_COOKIE_SECURE=false TRUSTMARK_MAIL_SENDER_INTERVAL=1 \
TRUSTMARK_BASE_URL="http://127.0.0.1:$port" TRUSTMARK_DOCUMENT_MAX_PIXELS=$max_pixels \
    java -Xmx1g -jar target/payara-micro.jar --deploy target/trustmark.war --contextroot / --port "$port" \
    --nocluster --nohazelcast > "$log" 2>&1 &
server=$!
i=0
until curl -fs -o /dev/null "http://127.0.0.1:$port/account/login"; do
    i=$((i + 1))
    if [ $i -gt 300 ] || ! kill -0 $server 2>/dev/null; then
        echo "the server did not start; see $log" >&2
        exit 1
    fi
    sleep 1
done
out=target/upload-burst.txt
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" io.trustmark.it.UploadBurst \
    "http://127.0.0.1:$port/" "$members" "$max_pixels" | tee "$out"
echo "server heap: -Xmx1g; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
ooms=$(grep -c 'OutOfMemoryError' "$log" || true)
grep '^TOTAL ' "$out" | sed "s/^TOTAL //; s/\$/, $ooms OutOfMemoryError/"
