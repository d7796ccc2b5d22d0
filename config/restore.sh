#!/usr/bin/env bash
# Restore of a config/backup.sh file into the local demo's data folder. Stop Trustmark first. The data found there
# is moved aside (data/postgresql.before-restore-<time>), not deleted; the restored database is opened once and
# what it holds is printed.
#
#   config/restore.sh trustmark-backup-20261206-141500.zip
#
# Another data folder: TRUSTMARK_DATA_DIR=/path config/restore.sh file.zip
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -ne 1 ]; then
    echo "usage: config/restore.sh <backup.zip>" >&2
    exit 2
fi
if [ ! -f "$root/target/trustmark-local-database.jar" ] || [ ! -f "$root/target/local-database.classpath" ]; then
    (cd "$root" && ./mvnw -q package -DskipTests)
fi
exec java -cp "$root/target/trustmark-local-database.jar:$(cat "$root/target/local-database.classpath")" \
    io.trustmark.operations.localdb.LocalDatabaseBackup restore "${TRUSTMARK_DATA_DIR:-$root/data}" "$1"
