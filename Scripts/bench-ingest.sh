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

# Re-run over 10,000 unchanged documents: the first 20 folders of 500, ingested once before the timed run.
mkdir -p "$WORK/unchanged"
ls "$WORK/corpus" | head -20 | while read -r d; do ln -s "$WORK/corpus/$d" "$WORK/unchanged/$d"; done

# Timed from one python process (a `python3 -c time.time()` per timestamp would add its own start-up).
python3 - "$BIN" "$WORK" "$DOCS" <<'PY'
import sqlite3, subprocess, sys, time
bin, work, docs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def ingest(folder, out):
    with open(out, "wb") as f:
        t = time.time()
        run = subprocess.run([bin, "ingest", folder, "--db", work + "/bench.sqlite"], stdout=f, stderr=subprocess.PIPE)
        d = time.time() - t
    if run.returncode != 0:
        sys.exit("yardstick ingest %s failed (exit %d): %s" % (folder, run.returncode, run.stderr.decode(errors="replace")[-500:]))
    return d
first = ingest(work + "/corpus", work + "/first.txt")
claims = sqlite3.connect(work + "/bench.sqlite").execute("select count(*) from claim").fetchone()[0]
ingest(work + "/unchanged", "/dev/null")
rerun = ingest(work + "/unchanged", work + "/rerun.txt")
print("first ingest:  %d documents, %d claims in %.2f s = %.0f claims/s (target >= 100000)" % (docs, claims, first, claims / first))
print("re-run:        10000 unchanged documents in %.2f s (target < 1 s)" % rerun)
PY
cat "$WORK/rerun.txt"
