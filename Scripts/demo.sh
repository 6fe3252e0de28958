#!/usr/bin/env bash
# Sets up a fresh machine and runs yardstick on the bundled sample briefs in Data/samples.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash Scripts/setup.sh
.build/debug/yardstick extract Data/samples --format table
