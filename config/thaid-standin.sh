#!/usr/bin/env bash
# A stand-in for ThaID on this machine, to try the ThaID route without a DOPA relying-party account.
#
#   config/thaid-standin.sh [ID number]          # in one terminal (default: the demo member somchai's number)
#   TRUSTMARK_THAID_ISSUER=http://127.0.0.1:8089/thaid TRUSTMARK_THAID_CLIENT_ID=trustmark-demo \
#   TRUSTMARK_THAID_CLIENT_SECRET=demo ./mvnw package payara-micro:start      # in another
#
# It is the OpenID Connect provider the tests use (NAV's mock-oauth2-server, a test dependency: discovery, JWKS,
# authorization code with PKCE, signed ID tokens), answering every sign-in at once with ThaID's claims for the
# given number at identity assurance level 2.3. Give another member's number to see a ThaID that names someone
# else refused. It is a test tool: it signs anyone in, so never point a real forum at it.
set -euo pipefail
cd "$(dirname "$0")/.."
pid="${1:-3100600445635}"
port="${THAID_STANDIN_PORT:-8089}"
classpath=target/thaid-standin.classpath
if [ ! -s "$classpath" ]; then
    ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
fi
# The claims ThaID gives (pid, Thai and English names, birth date, ial); the names are the stand-in's own.
export JSON_CONFIG='{
  "interactiveLogin": false,
  "httpServer": "NettyWrapper",
  "tokenCallbacks": [ {
    "issuerId": "thaid", "tokenExpiry": 300,
    "requestMappings": [ { "requestParam": "grant_type", "match": "*", "claims": {
      "sub": "thaid-standin", "pid": "'"$pid"'", "ial": 2.3,
      "title": "นาย", "given_name": "สมชาย", "family_name": "ใจดี",
      "title_en": "Mr.", "given_name_en": "Somchai", "family_name_en": "Jaidee", "birthdate": "1990-08-14" } } ]
  } ]
}'
echo "ThaID stand-in: issuer http://127.0.0.1:$port/thaid, every sign-in answers with pid $pid (Ctrl-C stops it)"
SERVER_HOSTNAME=127.0.0.1 SERVER_PORT="$port" exec java -cp "$(cat "$classpath")" \
    no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt
