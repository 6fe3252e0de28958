#!/usr/bin/env bash
# Installs Debian's PostgreSQL server (package `postgresql`) when no initdb is on PATH or under
# /usr/lib/postgresql/*/bin, so the PostgreSQL tests, crash test and benchmark can start a throwaway server.
# Needs root or sudo only when it has to install. Prints where the server binaries are.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/Scripts/lib/pg-server.sh"
source "$ROOT/Scripts/lib/apt-install.sh"

if ! pg_server_bin >/dev/null || ! id postgres >/dev/null 2>&1; then
    echo "setup-postgres: no PostgreSQL server found; installing Debian's postgresql with apt-get" >&2
    # The package would start a cluster of its own as a service; nothing here uses it, and a container has no init.
    apt_install setup-postgres postgresql
fi
bin="$(pg_server_bin)" || { echo "setup-postgres: still no initdb after installing postgresql" >&2; exit 1; }
echo "setup-postgres: server binaries in $bin"
