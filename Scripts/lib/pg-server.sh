# A throwaway PostgreSQL server for scripts: `source` this file, then
#   pg_server_start          starts one on a Unix socket only (no TCP port) in a new temporary folder and sets
#                            PG_URL (postgresql://yardstick@/yardstick?host=SOCKET_FOLDER), PG_BIN and PG_DIR;
#   pg_server_createdb NAME  makes another database on it and prints its URL;
#   pg_server_psql ARGS…     runs psql against $PG_URL;
#   pg_server_stop           stops it (pg_ctl stop -m fast) and removes the folder.
# initdb refuses to run as root: as root the server runs as the `postgres` user (Debian's package makes it),
# which owns the folder. Scripts/setup-postgres.sh installs the server where it is missing.

# Prints the folder holding initdb and pg_ctl: PATH first, else the newest /usr/lib/postgresql/*/bin.
pg_server_bin() {
    local initdb
    initdb="$(command -v initdb 2>/dev/null || true)"
    if [ -n "$initdb" ]; then dirname "$(readlink -f "$initdb")"; return 0; fi
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    return 1
}

# Runs a server binary as the server's user: as is, or as `postgres` when we are root.
pg_server_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_server_start() {
    PG_BIN="$(pg_server_bin)" || { echo "pg-server: no initdb found; run Scripts/setup-postgres.sh" >&2; return 1; }
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "pg-server: running as root and there is no 'postgres' user to run the server as; run Scripts/setup-postgres.sh" >&2
        return 1
    fi
    # As root the server's user must reach the folder: /tmp, whatever TMPDIR says (it may be under /root).
    local base="${TMPDIR:-/tmp}"
    [ "$(id -u)" -eq 0 ] && base=/tmp
    PG_DIR="$(mktemp -d "$base/yardstick-pg.XXXXXX")"
    mkdir -p "$PG_DIR/sock"
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$PG_DIR"
    pg_server_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U yardstick -A trust -E UTF8 --locale=C --no-sync \
        >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    pg_server_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
        -o "-k $PG_DIR/sock -c listen_addresses='' -c unix_socket_permissions=0777" start >/dev/null \
        || { cat "$PG_DIR/server.log" >&2; return 1; }
    "$PG_BIN/createdb" -h "$PG_DIR/sock" -U yardstick yardstick
    PG_URL="postgresql://yardstick@/yardstick?host=$PG_DIR/sock"
    export PG_URL PG_BIN PG_DIR
}

pg_server_createdb() {
    "$PG_BIN/createdb" -h "$PG_DIR/sock" -U yardstick "$1"
    echo "postgresql://yardstick@/$1?host=$PG_DIR/sock"
}

pg_server_psql() {
    PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -h "$PG_DIR/sock" -U yardstick -X -q -v ON_ERROR_STOP=1 "$@"
}

pg_server_stop() {
    [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
    pg_server_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
}
