#!/bin/sh
# Lighthouse on the public pages (issue 12.5): the board, a thread, sign-in and sign-up, each run three times with
# Lighthouse's mobile profile in Debian's Chromium, as a guest. Prints each page's performance, accessibility,
# best-practices and SEO scores (medians of the runs), the KiB the board page transfers, and as its last line all
# the figures. Run from the project root; it starts the packaged app itself (demo data, in-memory H2, with the
# same preboot file as README's run command and config/payara-micro.sh, so compression is on) and stops it.
#
#   bench/lighthouse.sh                 # RUNS=3 PORT=8190 by default
#
# Needs node and npm (apt-get install -y npm) and chromium; Lighthouse itself is installed here, pinned, into
# target/lighthouse (12.x: the newest line that runs on Debian's node 20).
set -e
cd "$(dirname "$0")/.."
LIGHTHOUSE_VERSION=12.8.2
RUNS=${RUNS:-3}
PORT=${PORT:-8190}
BASE="http://localhost:$PORT"
OUT=target/lighthouse/reports
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

lh=target/lighthouse/node_modules/.bin/lighthouse
if [ ! -x "$lh" ] || [ "$(node -p "require('./target/lighthouse/node_modules/lighthouse/package.json').version")" != "$LIGHTHOUSE_VERSION" ]; then
    mkdir -p target/lighthouse
    npm install --prefix target/lighthouse --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi
[ -f target/trustmark.war ] || ./mvnw -B -o -q package -DskipTests
[ -f target/payara-micro.jar ] || ./mvnw -B -o -q dependency:copy@payara-micro-jar

rm -rf "$OUT" && mkdir -p "$OUT"
TRUSTMARK_DEMO=true TRUSTMARK_SESSION_COOKIE_SECURE=false TRUSTMARK_BASE_URL="$BASE" \
TRUSTMARK_DB_URL='jdbc:h2:mem:lighthouse;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
    java -jar target/payara-micro.jar --deploy target/trustmark.war --contextroot / --port "$PORT" \
    --nocluster --nohazelcast --prebootcommandfile config/payara-preboot.asadmin >"$OUT/server.log" 2>&1 &
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
echo "starting the app on port $PORT (log: $OUT/server.log)" >&2
i=0
until curl -sf -o /dev/null "$BASE/forum/general"; do
    i=$((i + 1))
    if [ $i -gt 300 ] || ! kill -0 $server 2>/dev/null; then
        echo "the app did not start; see $OUT/server.log" >&2
        exit 1
    fi
    sleep 1
done
# The demo's first thread on the board, by its own link.
thread=$(curl -sf "$BASE/forum/general" | grep -o 'href="/forum/t/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
[ -n "$thread" ] || { echo "no thread on the demo board" >&2; exit 1; }

# One warm-up load each, so the first run does not time the server's first compile of a page.
for path in /forum/general "$thread" /account/login /account/signup; do curl -sf -o /dev/null "$BASE$path"; done

summary=""
for page in "board /forum/general" "thread $thread" "sign-in /account/login" "sign-up /account/signup"; do
    name=${page%% *}
    path=${page#* }
    run=1
    while [ $run -le "$RUNS" ]; do
        "$lh" "$BASE$path" --quiet --form-factor=mobile \
            --only-categories=performance,accessibility,best-practices,seo \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
            --output=json --output-path="$OUT/$name-$run.json" >&2
        run=$((run + 1))
    done
    line=$(node -e '
        const fs = require("fs");
        const [dir, name, runs] = process.argv.slice(1);
        const reports = [];
        for (let i = 1; i <= Number(runs); i++) reports.push(JSON.parse(fs.readFileSync(`${dir}/${name}-${i}.json`)));
        const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
        const score = (id) => Math.round(median(reports.map((r) => r.categories[id].score * 100)));
        const kib = median(reports.map((r) => r.audits["total-byte-weight"].numericValue)) / 1024;
        const failed = new Set();
        for (const r of reports) for (const [id, c] of Object.entries(r.categories))
            for (const ref of c.auditRefs) { const a = r.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 0.9) failed.add(a.id); }
        console.log(`${name}: performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}, SEO ${score("seo")}; ${kib.toFixed(0)} KiB transferred` +
            (failed.size ? `; below 90: ${[...failed].join(" ")}` : ""));
    ' "$OUT" "$name" "$RUNS")
    echo "$line"
    summary="$summary${summary:+; }$(echo "$line" | sed 's/: performance \([0-9]*\), accessibility \([0-9]*\), best practices \([0-9]*\), SEO \([0-9]*\); \([0-9]*\) KiB.*/ \1\/\2\/\3\/\4 (\5 KiB)/')"
done
echo "Lighthouse mobile, medians of $RUNS, performance/accessibility/best-practices/SEO: $summary"
