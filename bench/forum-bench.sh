#!/bin/sh
# The forum at a real forum's size (issue 12.4; README "Forum at size"). Run from the project root:
#   bench/forum-bench.sh            (WARMUP=20 SECONDS_EACH=10 ROUNDS=5 by default)
# Starts a PostgreSQL of its own (Debian's, installed with apt-get if missing) in /tmp/trustmark-forum-bench,
# the packaged application on it (Flyway migrates the schema), seeds bench/forum-seed.sql once (100,000
# members, 20 boards, 200,000 threads, 2,000,000 posts; kept for the next run: delete the directory to seed
# afresh). SQL statements per page are counted with pg_stat_statements (a page as first rendered, and as served
# again). Then a second start of the same package runs beside the first on the same database with the badges off
# (trustmark.forum.badges=false), both are warmed up (WARMUP s per page: the JIT more than doubles a page's
# throughput over its first minute), and wrk at 32 connections measures, side by side in each round: a static
# file, board page 1 (50 threads with the starters' badges), board page 2,000, a thread page (50 posts with
# badges), then the board and thread of the badges-off start. Why two starts at once, rounds interleaved: load
# drifts between minutes on a shared machine, and starts measured one after the other differed by more than the
# badges could cost. A last start without the guest page cache (trustmark.forum.guest-cache-kib=0) measures every
# page rendered (RAW=0 leaves it out). The last line is the figures (medians over the rounds).
set -e
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR=${BENCH_DIR:-/tmp/trustmark-forum-bench}
PG_PORT=${PG_PORT:-55439}
PORT=${PORT:-8103}
SECONDS_EACH=${SECONDS_EACH:-10}
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-20}
RAW=${RAW:-1}
BASE="http://127.0.0.1:$PORT"
OFF_PORT=$((PORT + 1))
OFF="http://127.0.0.1:$OFF_PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f target/trustmark.war ] || ./mvnw -B -o -q package -DskipTests
[ -f target/payara-micro.jar ] || ./mvnw -B -o -q dependency:copy@payara-micro-jar

PG_DIR="$DIR"
PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c shared_buffers=256MB"
. bench/postgres.sh
APP_PIDS=""
stop_apps() {
    for pid in $APP_PIDS; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    APP_PIDS=""
}
cleanup() {
    stop_apps
    pg_stop
}
trap cleanup EXIT INT TERM

# $1: port; $2: extra environment (NAME=value ...). The application as config/payara-micro.sh runs it (-Xmx1g),
# with the demo data: the seed gives its members the demo admin's sealed ID number (see bench/forum-seed.sql). That
# number is sealed under the checkout's ./data/demo-document.key: a later run from another checkout needs the same
# key file (or a fresh BENCH_DIR), or the start-up fails to open it.
start_app() {
    env $PG_ENV TRUSTMARK_SESSION_COOKIE_SECURE=false $2 \
        java -Xmx1g -jar target/payara-micro.jar --deploy target/trustmark.war --contextroot / --nocluster \
        --nohazelcast --port "$1" >"$DIR/app-$1.log" 2>&1 &
    pid=$!
    APP_PIDS="$APP_PIDS $pid"
    i=0
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/forum/")" = 200 ]; do
        i=$((i + 1))
        if [ $i -gt 300 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "the application did not start, see $DIR/app-$1.log" >&2
            exit 1
        fi
        sleep 1
    done
}

start_app "$PORT" "TRUSTMARK_DEMO=true"
sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
if [ "$(sql -c 'SELECT count(*) FROM post')" -lt 2000000 ]; then
    echo "seeding (once) ..."
    started=$(date +%s)
    sql -f bench/forum-seed.sql
    sql -c "VACUUM ANALYZE"
    echo "seeded in $(($(date +%s) - started)) s"
fi
echo "$(sql -c 'SELECT count(*) FROM account') members, $(sql -c 'SELECT count(*) FROM board') boards, \
$(sql -c 'SELECT count(*) FROM forum_thread') threads, $(sql -c 'SELECT count(*) FROM post') posts"

STATIC="$BASE/resources/css/trustmark.css"
BOARD="$BASE/forum/general"
DEEP="$BASE/forum/general?page=2000"
THREAD=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/forum/t/1000000000")
for url in "$STATIC" "$BOARD" "$DEEP" "$THREAD"; do
    code=$(curl -s -o "$DIR/page.html" -w '%{http_code}' "$url")
    [ "$code" = 200 ] || { echo "$url answered $code" >&2; exit 1; }
done
grep -q 'tm-badge' "$DIR/page.html" || { echo "no badge on the thread page" >&2; exit 1; }
echo "pages: $BOARD, $DEEP, $THREAD, static $STATIC"

# The application's statements for one GET of $1 (psql's own and the background jobs' left out, and printed).
statements() {
    sql -c "SELECT pg_stat_statements_reset()" >/dev/null
    curl -s -o /dev/null "$1"
    sleep 0.3
    sql -c "SELECT calls || ' x ' || left(regexp_replace(query, '\s+', ' ', 'g'), 110) FROM pg_stat_statements
            WHERE query !~* 'pg_stat_statements|outbox_mail|login_throttle|password_reset|^(BEGIN|COMMIT|ROLLBACK|SET|SHOW)'
            ORDER BY calls DESC" >"$DIR/statements.txt"
    sed 's/^/      /' "$DIR/statements.txt" >&2
    awk -F' x ' '{ n += $1 } END { print n + 0 }' "$DIR/statements.txt"
}
# A page as first rendered (its board's or thread's stamp moved, as a new post moves it) and served again.
count_page() {
    sql -c "UPDATE board SET changes = changes + 1; UPDATE forum_thread SET version = version + 1 WHERE id = 1000000000"
    echo "   $1, rendered:" >&2
    rendered=$(statements "$2")
    echo "   $1, served again:" >&2
    again=$(statements "$2")
    echo "$again/$rendered"
}
SQL_BOARD=$(count_page "board page 1" "$BOARD")
SQL_DEEP=$(count_page "board page 2000" "$DEEP")
SQL_THREAD=$(count_page "thread page" "$THREAD")
echo "SQL statements per page (served again/rendered): board $SQL_BOARD, page 2000 $SQL_DEEP, thread $SQL_THREAD"

# wrk for $SECONDS_EACH s at 32 connections; prints "requests/s p99-ms".
measure() {
    wrk -t2 -c32 -d"${SECONDS_EACH}s" --latency "$1" >"$DIR/wrk.txt"
    if grep -q 'Non-2xx' "$DIR/wrk.txt"; then
        echo "non-2xx answers from $1:" >&2
        cat "$DIR/wrk.txt" >&2
        exit 1
    fi
    rps=$(awk '/Requests\/sec/ { printf "%d", $2 }' "$DIR/wrk.txt")
    p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } \
        else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }' "$DIR/wrk.txt")
    echo "$rps $p99"
}
median() {
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
# Each URL for $WARMUP s, unmeasured: both starts get the same warm-up, so that neither runs colder code.
warm() {
    for u in "$@"; do
        wrk -t2 -c32 -d"${WARMUP}s" "$u" >/dev/null
    done
}
# $1: label; $2...: URLs. Rounds of all URLs one after the other; medians per URL in $DIR/$1.<n>.
rounds() {
    label=$1
    shift
    rm -f "$DIR/$label".*
    r=1
    while [ $r -le "$ROUNDS" ]; do
        n=0
        line="   $label round $r:"
        for u in "$@"; do
            n=$((n + 1))
            m=$(measure "$u")
            echo "$m" >>"$DIR/$label.$n"
            line="$line $m |"
        done
        echo "$line (req/s p99-ms per page)"
        r=$((r + 1))
    done
}
rps_of() { cut -d' ' -f1 "$DIR/$1" | median; }
p99_of() { cut -d' ' -f2 "$DIR/$1" | median; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d", a * 100 / b }'; }

start_app "$OFF_PORT" "TRUSTMARK_DEMO=true TRUSTMARK_FORUM_BADGES=false"
OFF_BOARD="$OFF/forum/general"
OFF_THREAD="$OFF${THREAD#$BASE}"
grep -q 'tm-badge' "$DIR/page.html" && ! curl -s "$OFF_THREAD" | grep -q 'tm-badge' \
    || { echo "the badges-off start shows badges, or the other none" >&2; exit 1; }

echo "bytes per page (uncompressed), badges on/off: board $(curl -s "$BOARD" | wc -c)/$(curl -s "$OFF_BOARD" | wc -c), \
thread $(curl -s "$THREAD" | wc -c)/$(curl -s "$OFF_THREAD" | wc -c)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "static | board | page 2000 | thread, badges on; board | thread | static, badges off (second start, same database)"
warm "$STATIC" "$BOARD" "$DEEP" "$THREAD" "$OFF${STATIC#$BASE}" "$OFF_BOARD" "$OFF${DEEP#$BASE}" "$OFF_THREAD"
rounds all "$STATIC" "$BOARD" "$DEEP" "$THREAD" "$OFF_BOARD" "$OFF_THREAD" "$OFF${STATIC#$BASE}"
stop_apps

if [ "$RAW" = 1 ]; then
    start_app "$PORT" "TRUSTMARK_DEMO=true TRUSTMARK_FORUM_GUEST_CACHE_KIB=0"
    echo "no guest page cache (every page rendered): static | board | page 2000 | thread"
    warm "$STATIC" "$BOARD" "$DEEP" "$THREAD"
    rounds raw "$STATIC" "$BOARD" "$DEEP" "$THREAD"
    stop_apps
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

S=$(rps_of all.1)
B=$(rps_of all.2)
D=$(rps_of all.3)
T=$(rps_of all.4)
# Badges' cost: the same page on and off in the same round, each against its own start's static file (two JVMs
# differ by up to ~10 % in everything they serve, the file included); the median over the rounds.
cost() {
    paste -d' ' "$DIR/all.$1" "$DIR/all.1" "$DIR/all.$2" "$DIR/all.7" \
        | awk '{ printf "%.1f\n", (1 - ($1 / $3) / ($5 / $7)) * 100 }' | median
}
COST_B=$(cost 2 5)
COST_T=$(cost 4 6)
if [ "$RAW" = 1 ]; then
    echo "uncached: static $(rps_of raw.1), board $(rps_of raw.2) req/s p99 $(p99_of raw.2) ms, page 2000 $(rps_of raw.3) \
req/s p99 $(p99_of raw.3) ms, thread $(rps_of raw.4) req/s p99 $(p99_of raw.4) ms"
fi
echo "static $S req/s; board $B req/s ($(pct "$B" "$S") %) p99 $(p99_of all.2) ms; page 2000 $D req/s ($(pct "$D" "$S") %) \
p99 $(p99_of all.3) ms; thread $T req/s ($(pct "$T" "$S") %) p99 $(p99_of all.4) ms; SQL/page (again/rendered) board \
$SQL_BOARD, page 2000 $SQL_DEEP, thread $SQL_THREAD; badges cost board $COST_B %, thread $COST_T %"
