#!/usr/bin/env bash
# Runs the whole test suite: set-up first when the machine lacks something, then `swift test`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SKIP_BUILD=1 bash Scripts/setup.sh
swift build --product yardstick
swift test "$@"
