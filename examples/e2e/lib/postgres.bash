# Bats helpers for a real PostgreSQL server (Debian package postgresql) on 127.0.0.1, in a
# temporary folder. Load with: load "$BATS_TEST_DIRNAME/../lib/postgres"
source "${BASH_SOURCE[0]%/*}/common.bash"

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
PG_USER=tributary

# as_postgres COMMAND...: initdb and the server refuse to run as root; as root, run them as the
# postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_postgres: a new cluster (user tributary, a random password, password authentication
# over TCP) started on a free port of 127.0.0.1, its socket in its own folder. Exports PG_DIR,
# PG_PORT, PG_PASSWORD and PG_JDBC_URL (with the credentials). Fails with the reason when the
# server cannot start.
start_postgres() {
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL not found in /usr/lib/postgresql/*/bin: apt-get install -y postgresql" >&2; return 1; }
  # Not under the bats temporary folder: the postgres user must be able to reach it.
  PG_DIR=$(mktemp -d /tmp/tributary-pg.XXXXXX)
  [ "$(id -u)" -ne 0 ] || chown postgres "$PG_DIR"
  PG_PASSWORD="pw-$RANDOM$RANDOM"
  echo "$PG_PASSWORD" > "$PG_DIR/pwfile"
  [ "$(id -u)" -ne 0 ] || chown postgres "$PG_DIR/pwfile"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$PG_USER" --pwfile="$PG_DIR/pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-sync > "$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; echo "initdb failed (log above)" >&2; return 1; }
  local attempt
  for attempt in 1 2 3 4 5; do
    PG_PORT=$(free_port)
    if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start \
        > "$PG_DIR/pg_ctl.log" 2>&1; then
      export PG_DIR PG_PORT PG_PASSWORD
      export PG_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=$PG_USER&password=$PG_PASSWORD"
      return 0
    fi
  done
  cat "$PG_DIR/pg_ctl.log" "$PG_DIR/server.log" >&2
  echo "PostgreSQL did not start (logs above)" >&2
  return 1
}

# pause_postgres / resume_postgres: stops the server (fast shutdown: clients are disconnected)
# and starts it again on the same port with the same data, to test reconnection.
pause_postgres() {
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop > /dev/null
}

resume_postgres() {
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start > /dev/null
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

# sql STATEMENTS: runs them in the test database (through the socket), prints rows as a|b lines.
sql() {
  "$PG_BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U "$PG_USER" \
    -d postgres -c "$1"
}
