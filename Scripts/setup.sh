#!/usr/bin/env bash
# Installs what a fresh machine lacks (GNU GSL's headers, libgsl-dev) and builds yardstick.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if ! pkg-config --exists gsl 2>/dev/null; then
    echo "setup: libgsl-dev is missing; installing it with apt-get" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to install libgsl-dev" >&2; exit 1; }
        SUDO="sudo"
    fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgsl-dev >/dev/null
fi
pkg-config --exists gsl || { echo "setup: GSL still not found by pkg-config after installing libgsl-dev" >&2; exit 1; }

swift build --product yardstick
