#!/usr/bin/env bash
# Production boot: Payara Micro serving the packaged WAR at the root context.
#
#   ./mvnw package -DskipTests
#   export TRUSTMARK_DB_URL=jdbc:postgresql://db:5432/trustmark TRUSTMARK_DB_USER=... TRUSTMARK_DB_PASSWORD=...
#   export TRUSTMARK_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
#   export TRUSTMARK_CRYPTO_KEY=$(head -c32 /dev/urandom | base64) TRUSTMARK_BASE_URL=https://forum.example
#   config/payara-micro.sh
#
# Every setting is listed in config/trustmark.properties.sample; set them as environment variables.
# Logs go to standard output as one JSON object per line (config/logging.properties); payara-preboot.asadmin
# switches off the Server header that would name the server software.
# Several nodes may run side by side against the same database (remove --nocluster to let Payara Micro
# share HTTP sessions between them through Hazelcast).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
if [ ! -f "$jar" ]; then
    "$root/mvnw" -q dependency:get -Dartifact=fish.payara.extras:payara-micro:6.2025.10
fi
# One node keeps its sessions in memory (payara-preboot.asadmin); clustered, they go to the Data Grid.
preboot="$here/payara-preboot.asadmin"
case " ${PAYARA_MICRO_OPTS:---nocluster} " in
    *" --nocluster "*) ;;
    *)
        preboot="$(mktemp)"
        sed 's/web-container-availability.availability-enabled=false/web-container-availability.availability-enabled=true/' \
            "$here/payara-preboot.asadmin" > "$preboot"
        ;;
esac
exec java ${JAVA_OPTS:--Xmx1g} -jar "$jar" \
    --deploy "$root/target/trustmark.war" \
    --contextroot / \
    --port "${PORT:-8080}" \
    --logproperties "$here/logging.properties" \
    --prebootcommandfile "$preboot" \
    ${PAYARA_MICRO_OPTS:---nocluster}
