#!/usr/bin/env bash
# Backup of the local demo's data (README's run command): the PostgreSQL under ./data/postgresql and the generated
# document key, in one zip file. Trustmark may keep running (PostgreSQL's online base backup).
#
#   config/backup.sh                      # writes trustmark-backup-<date>-<time>.zip here
#   config/backup.sh /somewhere/b.zip
#
# Another data folder: TRUSTMARK_DATA_DIR=/path config/backup.sh. A production node backs up its own PostgreSQL
# (pg_dump or the provider's backups) and keeps its TRUSTMARK_CRYPTO_KEY elsewhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$root/target/trustmark-local-database.jar" ] || [ ! -f "$root/target/local-database.classpath" ]; then
    (cd "$root" && ./mvnw -q package -DskipTests)
fi
exec java -cp "$root/target/trustmark-local-database.jar:$(cat "$root/target/local-database.classpath")" \
    io.trustmark.operations.localdb.LocalDatabaseBackup backup "${TRUSTMARK_DATA_DIR:-$root/data}" "$@"
