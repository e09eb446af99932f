#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL backend's tests (Backends/PostgreSQL).
#
#   eval "$(.ci/postgres.sh start DIR)"   # initdb in DIR, start the server on a Unix socket in DIR,
#                                         # print the libpq PG* variables that reach it
#   .ci/postgres.sh stop DIR              # stop the server (DIR is left for you to remove)
#
# The server listens on no TCP port, only on a socket in DIR, with trust authentication for the local
# user: nothing outside this machine's user can reach it. PostgreSQL refuses to run as root; run as root
# (CI), the script creates the system user `sociolab-pg` and runs the server as that user.
# Server binaries: PGBIN, else /usr/lib/postgresql/15/bin (Debian's postgresql-15), else the PATH.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bin=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$bin/initdb" ]; then
    if command -v initdb >/dev/null 2>&1; then
        bin=$(dirname "$(command -v initdb)")
    elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing postgresql-15 (Debian)" >&2
        (apt-get update && apt-get install -y postgresql-15) >&2
    fi
fi
if [ ! -x "$bin/initdb" ]; then
    echo "no PostgreSQL server binaries in $bin: install postgresql-15 or set PGBIN" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u sociolab-pg -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    owner=$(id -un)
    if [ "$(id -u)" = 0 ]; then
        owner=sociolab-pg
        id -u "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 0755 "$dir"
    [ "$(id -u)" = 0 ] && chown "$owner" "$dir"
    as_owner "$bin/initdb" --pgdata="$dir/data" --username="$owner" --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        --options="-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=on" start >&2 || {
        cat "$dir/server.log" >&2
        exit 1
    }
    echo "export PGHOST='$dir' PGPORT=5432 PGUSER='$owner' PGDATABASE=postgres"
    ;;
stop)
    dir=$(cd "$dir" && pwd)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >&2
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
