#!/usr/bin/env bash
# Sets up a fresh machine, then runs the scheduled job on the bundled sample briefs (Data/samples): ingest,
# import Data/reference, analyse, and write Reports/YYYY-MM-DD/ and Reports/latest/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash Scripts/setup.sh
.build/debug/yardstick run --config Data/yardstick.toml
echo
sed -n '1,40p' Reports/latest/report.txt
echo "…"
echo "Reports written to $ROOT/Reports/latest/ (report.txt, report.html, *.csv)"
