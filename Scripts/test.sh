#!/usr/bin/env bash
# Runs the whole test suite: set-up first when the machine lacks something; a smoke run of the scheduled job on the
# samples (and, where Chromium or LibreOffice are installed, a screenshot of the HTML report and a spreadsheet check of
# series_wide.csv — both skip with a message otherwise); the kill -9 crash test on SQLite and PostgreSQL; extraction
# under Spark against a plain extract of the dev
# corpus (installs Java and PySpark when missing; skipped with a message when ../shared is absent, except under CI);
# then `swift test`, whose summary closes the output.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash Scripts/setup.sh
bash Scripts/setup-postgres.sh   # the PostgreSQL tests start a throwaway server; CI must run them

SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE" Data/.smoke.toml' EXIT
sed -e "s#^database = .*#database = \"$SMOKE/yardstick.sqlite\"#" -e "s#^reports = .*#reports = \"$SMOKE/Reports\"#" \
    Data/yardstick.toml > Data/.smoke.toml
.build/debug/yardstick run --config Data/.smoke.toml 2>/dev/null
echo "smoke run: $(ls "$SMOKE/Reports/latest" | tr '\n' ' ')"
bash Scripts/screenshot.sh "$SMOKE/Reports/latest/report.html" "$ROOT/Reports/screenshot.png" || echo "screenshot: failed (not a test)"
bash Scripts/check-spreadsheet.sh "$SMOKE/Reports/latest/series_wide.csv"

# kill -9 during ingest, 20 times on each store (SQLite and a throwaway PostgreSQL server), with the debug binary
CRASH_BIN="$ROOT/.build/debug/yardstick" bash Scripts/crash-test.sh --db all

if [ -d "$ROOT/../shared/corpus/dev/docs" ] || [ -n "${CI:-}" ]; then
    bash Scripts/test-spark.sh
else
    echo "test-spark: skipped (no ../shared/corpus/dev/docs beside the checkout)"
fi

swift test "$@"
