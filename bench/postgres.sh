# Sourced by the benchmarks that need a PostgreSQL of their own (not run by itself): starts Debian's PostgreSQL
# (installed with apt-get if missing, as root) in $PG_DIR on 127.0.0.1:$PG_PORT, trust authentication, stopped by
# pg_stop (call it from the script's exit trap). Sets PG_BIN, AS_PG, PG_ENV (the application's settings for it) and
# the function sql (psql on it). Extra server options in $PG_OPTIONS.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PG_BIN" ]; then
    [ "$(id -u)" = 0 ] || { echo "PostgreSQL is missing: apt-get install postgresql" >&2; exit 1; }
    apt-get install -y -q postgresql postgresql-contrib >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# PostgreSQL will not run as root: as root, the server runs as the postgres user.
mkdir -p "$PG_DIR"
if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_DIR"
    AS_PG="runuser -u postgres --"
else
    AS_PG=""
fi
if [ ! -f "$PG_DIR/pg/PG_VERSION" ]; then
    $AS_PG "$PG_BIN/initdb" -D "$PG_DIR/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
$AS_PG "$PG_BIN/pg_ctl" -D "$PG_DIR/pg" -l "$PG_DIR/pg.log" -w start \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=100 ${PG_OPTIONS:-}" >/dev/null
PG_ENV="TRUSTMARK_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres TRUSTMARK_DB_USER=postgres \
TRUSTMARK_DB_PASSWORD=postgres TRUSTMARK_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource"
pg_stop() {
    $AS_PG "$PG_BIN/pg_ctl" -D "$PG_DIR/pg" -w stop -m fast >/dev/null 2>&1 || true
}
sql() {
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}
