#!/usr/bin/env bash
# Prints claims/s for ingesting >= 100,000 claims (target >= 100k claims/s) and the time of a re-run over
# 10,000 unchanged documents (target < 1 s). Release build, single process.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCS="${BENCH_DOCS:-20000}"
source "$ROOT/Scripts/lib/release-binary.sh"
release_binary "$ROOT" "${BENCH_BIN:-}"
SRC="$(corpus_source "$ROOT")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 "$ROOT/Scripts/lib/copy-corpus.py" "$SRC" "$WORK/corpus" "$DOCS" 500

seconds() { python3 -c "import time; print(time.time())"; }
t0=$(seconds)
"$BIN" ingest "$WORK/corpus" --db "$WORK/bench.sqlite" > "$WORK/first.txt" 2>/dev/null
t1=$(seconds)
claims=$(python3 -c "import sqlite3; print(sqlite3.connect('$WORK/bench.sqlite').execute('select count(*) from claim').fetchone()[0])")

# Re-run over 10,000 unchanged documents (the first 20 folders of 500).
mkdir -p "$WORK/unchanged"
ls "$WORK/corpus" | head -20 | while read -r d; do ln -s "$WORK/corpus/$d" "$WORK/unchanged/$d"; done
"$BIN" ingest "$WORK/unchanged" --db "$WORK/bench.sqlite" >/dev/null 2>&1 || true
t2=$(seconds)
"$BIN" ingest "$WORK/unchanged" --db "$WORK/bench.sqlite" > "$WORK/rerun.txt" 2>/dev/null
t3=$(seconds)

python3 - "$t0" "$t1" "$t2" "$t3" "$claims" "$DOCS" <<'PY'
import sys
t0, t1, t2, t3 = map(float, sys.argv[1:5]); claims, docs = int(sys.argv[5]), int(sys.argv[6])
print("first ingest:  %d documents, %d claims in %.2f s = %.0f claims/s (target >= 100000)" % (docs, claims, t1 - t0, claims / (t1 - t0)))
print("re-run:        10000 unchanged documents in %.2f s (target < 1 s)" % (t3 - t2))
PY
cat "$WORK/rerun.txt"
