#!/usr/bin/env bash
# Installs what a fresh machine lacks (GNU GSL's headers, libgsl-dev) and builds yardstick.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

source "$ROOT/Scripts/lib/apt-install.sh"

if ! pkg-config --exists gsl 2>/dev/null; then
    echo "setup: libgsl-dev is missing; installing it with apt-get" >&2
    apt_install setup libgsl-dev
fi
pkg-config --exists gsl || { echo "setup: GSL still not found by pkg-config after installing libgsl-dev" >&2; exit 1; }

swift build --product yardstick
