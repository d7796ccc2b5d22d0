#!/bin/sh
# What one signed-in member's HTTP session keeps on the heap (issue 12.3: at most 20 KiB, so that 10,000 members
# fit in 512 MB with the application). Run from the project root; it starts the packaged app itself (demo data,
# in-memory H2) and stops it.
#
# Method: each "visit" signs the demo member in through the sign-in page and opens the forum, a board, the
# verification wizard and the status page three times (twelve page views, more than the 8 pages' state a session
# keeps, web.xml), each visit with its own cookie jar (its own session). Live heap is read after a full GC
# (jcmd GC.class_histogram, whose total counts live objects only); soft references are cleared at every GC
# (-XX:SoftRefLRUPolicyMSPerMB=0), so caches held by them count the same in every reading. After a warm-up, round A:
# N visits that sign out at the end (their sessions are gone; what they leave is printed for comparison), then round
# B: N visits that stay signed in. One session = growth in B / N: an upper bound, since it also holds whatever else
# N visits leave (database rows of the in-memory H2, caches). The histograms stay in $WORK for a look by class
# (Mojarra's view state is jakarta.faces.component.StateHolderSaver and Object[]). The last line: one session,
# 10,000 of them, and 10,000 of them plus the application's live heap, in MiB.
#
#   bench/session-size.sh            # N=100 PORT=8191 WAR=target/trustmark.war by default
set -e
cd "$(dirname "$0")/.."
N=${N:-100}
PORT=${PORT:-8191}
BASE="http://localhost:$PORT"
USER=${BENCH_USER:-somchai}
PASSWORD=${BENCH_PASSWORD:-Somtam-Spicy-2026}
WAR=${WAR:-target/trustmark.war}
WORK=${WORK:-target/session-size}
[ -f target/trustmark.war ] || ./mvnw -B -o -q package -DskipTests
[ -f target/payara-micro.jar ] || ./mvnw -B -o -q dependency:copy@payara-micro-jar
rm -rf "$WORK" && mkdir -p "$WORK/jars"

TRUSTMARK_DEMO=true TRUSTMARK_SESSION_COOKIE_SECURE=false TRUSTMARK_BASE_URL="$BASE" \
TRUSTMARK_DB_URL='jdbc:h2:mem:sessions;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
    java ${JAVA_OPTS:--Xmx1g -XX:SoftRefLRUPolicyMSPerMB=0} -jar target/payara-micro.jar --deploy "$WAR" --contextroot / --port "$PORT" \
    --nocluster --nohazelcast --prebootcommandfile config/payara-preboot.asadmin >"$WORK/server.log" 2>&1 &
server=$!
# Stops the app whatever happens, and keeps the script's own exit status.
stop() {
    status=$?
    kill $server 2>/dev/null
    wait $server 2>/dev/null
    exit $status
}
trap stop EXIT
trap 'exit 130' INT TERM
echo "starting the app on port $PORT (log: $WORK/server.log)" >&2
i=0
until curl -sf -o /dev/null "$BASE/forum/general"; do
    i=$((i + 1))
    if [ $i -gt 300 ] || ! kill -0 $server 2>/dev/null; then
        echo "the app did not start; see $WORK/server.log" >&2
        exit 1
    fi
    sleep 1
done

# The value of hidden field $2 in form $1 of the page on stdin.
hidden() {
    tr '\n' ' ' | sed 's/<form /\n<form /g' | grep "^<form id=\"$1\"" | head -1 \
        | grep -o "<input[^>]*name=\"$2\"[^>]*>" | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'
}

# One visit with its own session: sign in, four pages, and (with "out") sign out.
visit() {
    jar="$WORK/jars/$1"
    page=$(curl -sf -c "$jar" -b "$jar" "$BASE/account/login")
    state=$(echo "$page" | hidden login jakarta.faces.ViewState)
    nonce=$(echo "$page" | hidden login primefaces.nonce)
    curl -sf -o /dev/null -L -c "$jar" -b "$jar" -H "Origin: $BASE" -H "Referer: $BASE/account/login" \
        --data-urlencode "login=login" --data-urlencode "login:username=$USER" \
        --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=Sign in" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" \
        "$BASE/account/login"
    # Three rounds of the member's pages: twelve page views, more than the views a session keeps (web.xml).
    for path in /forum/ /forum/general /member/verify /member/status /forum/ /forum/general /member/verify \
        /member/status /forum/ /forum/general /member/verify; do
        curl -sf -o /dev/null -c "$jar" -b "$jar" "$BASE$path"
    done
    page=$(curl -sf -c "$jar" -b "$jar" "$BASE/member/status")
    echo "$page" | grep -q 'id="signOut"' || { echo "visit $1 is not signed in" >&2; exit 1; }
    if [ "$2" = out ]; then
        state=$(echo "$page" | hidden signOut jakarta.faces.ViewState)
        nonce=$(echo "$page" | hidden signOut primefaces.nonce)
        curl -sf -o /dev/null -c "$jar" -b "$jar" -H "Origin: $BASE" -H "Referer: $BASE/member/status" \
            --data-urlencode "signOut=signOut" --data-urlencode "signOut:submit=Sign out" \
            --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" \
            "$BASE/member/status"
    fi
}

# Live bytes after a full GC, and how many sessions the container holds. First a wait past the server's keep-alive
# timeout (30 s): the visits' closed connections otherwise stay on the heap for a while (Grizzly's connection objects
# and buffers), and counted as 1-25 KiB per visit, varying from run to run.
live() {
    sleep "${SETTLE_SECONDS:-35}"
    jcmd $server GC.class_histogram >"$WORK/histogram-$1.txt"
    total=$(grep '^Total' "$WORK/histogram-$1.txt" | awk '{print $3}')
    sessions=$(grep -E ' org\.apache\.catalina\.session\.(StandardSession|[A-Za-z]*HASession)$|ModifiedHASession$' \
        "$WORK/histogram-$1.txt" | awk '{ n += $2 } END { print n + 0 }')
    echo "$total ${sessions:-0}"
}

rounds() {
    k=1
    while [ $k -le "$2" ]; do
        visit "$1-$k" "$3"
        k=$((k + 1))
    done
}

echo "warm-up: 30 visits" >&2
rounds warm 30 out
set -- $(live 0)
base_bytes=$1
echo "round A: $N visits that sign out" >&2
rounds a "$N" out
set -- $(live a)
a_bytes=$1
a_sessions=$2
echo "round B: $N visits that stay signed in" >&2
rounds b "$N" in
set -- $(live b)
b_bytes=$1
b_sessions=$2
echo "live heap: $base_bytes after warm-up, $a_bytes after A ($a_sessions sessions), $b_bytes after B ($b_sessions sessions)"
awk -v n="$N" -v b0="$base_bytes" -v a="$a_bytes" -v b="$b_bytes" 'BEGIN {
    per = (b - a) / n;
    printf "round A left %.1f KiB per signed-out visit\n", (a - b0) / n / 1024;
    printf "one signed-in session (sign-in, 12 pages) <= %.1f KiB after GC; 10,000 sessions = %.0f MiB, with the application (%.0f MiB live) = %.0f MiB\n", per / 1024, per * 10000 / 1048576, b0 / 1048576, (b0 + per * 10000) / 1048576
}'
