#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the service tests and prints the
# environment they read (ENIS_TEST_DATABASE_URL/USERNAME/PASSWORD). Idempotent: a server already
# answering on the port is reused. PostgreSQL refuses to run as root, so as root the server runs
# as the 'postgres' user. Usage: eval "$(test/tools/start-postgres.sh)"
set -euo pipefail
port="${ENIS_TEST_PG_PORT:-54329}"
dir="${ENIS_TEST_PG_DIR:-/tmp/enis-test-postgres}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$bin" ]]; then echo "start-postgres: no PostgreSQL server under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  if [[ ! -f "$dir/PG_VERSION" ]]; then
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k /tmp -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
fi

psql_cmd() { "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [[ -z "$(psql_cmd -c "select 1 from pg_roles where rolname='enis'")" ]]; then
  psql_cmd -c "create role enis login password 'enis-test'" >/dev/null
fi
if [[ -z "$(psql_cmd -c "select 1 from pg_database where datname='enis_test'")" ]]; then
  psql_cmd -c "create database enis_test owner enis" >/dev/null
fi
echo "export ENIS_TEST_DATABASE_URL=postgresql://127.0.0.1:$port/enis_test"
echo "export ENIS_TEST_DATABASE_USERNAME=enis"
echo "export ENIS_TEST_DATABASE_PASSWORD=enis-test"
