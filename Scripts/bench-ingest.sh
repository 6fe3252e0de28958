#!/usr/bin/env bash
# Prints claims/s for ingesting >= 100,000 claims (target >= 100k claims/s on SQLite) and the time of a re-run over
# 10,000 unchanged documents (target < 1 s). Release build, single process.
#
#   Scripts/bench-ingest.sh [--db postgresql://…] [--postgres]
# --db URL also ingests the same documents into that PostgreSQL database (they go in under new paths, so it need
# not be empty) and prints its figures beside SQLite's (target >= 30k claims/s); --postgres does the same on a
# throwaway server it starts on a Unix socket and stops at the end (Scripts/lib/pg-server.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCS="${BENCH_DOCS:-20000}"
PG=""
START_PG=0
while [ $# -gt 0 ]; do
    case "$1" in
        --db) PG="${2:?--db needs a postgresql:// URL}"; shift 2 ;;
        --db=*) PG="${1#--db=}"; shift ;;
        --postgres) START_PG=1; shift ;;
        *) echo "usage: $0 [--db postgresql://…] [--postgres]" >&2; exit 2 ;;
    esac
done
case "$PG" in ""|postgresql://*|postgres://*) ;; *) echo "bench-ingest: --db takes a postgresql:// URL" >&2; exit 2 ;; esac
source "$ROOT/Scripts/lib/release-binary.sh"
source "$ROOT/Scripts/lib/pg-server.sh"
release_binary "$ROOT" "${BENCH_BIN:-}"
SRC="$(corpus_source "$ROOT")"
WORK="$(mktemp -d)"
trap 'pg_server_stop; rm -rf "$WORK"' EXIT
if [ "$START_PG" -eq 1 ] && [ -z "$PG" ]; then
    pg_server_start || { echo "bench-ingest: cannot start a PostgreSQL server" >&2; exit 1; }
    PG="$PG_URL"
fi

python3 "$ROOT/Scripts/lib/copy-corpus.py" "$SRC" "$WORK/corpus" "$DOCS" 500

# Re-run over 10,000 unchanged documents: the first 20 folders of 500, ingested once before the timed run.
mkdir -p "$WORK/unchanged"
ls "$WORK/corpus" | head -20 | while read -r d; do ln -s "$WORK/corpus/$d" "$WORK/unchanged/$d"; done

# Timed from one python process (a `python3 -c time.time()` per timestamp would add its own start-up).
python3 - "$BIN" "$WORK" "$DOCS" "$PG" <<'PY'
import re, subprocess, sys, time
bin, work, docs, pg = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def ingest(folder, db, out):
    with open(out, "wb") as f:
        t = time.time()
        run = subprocess.run([bin, "ingest", folder, "--db", db], stdout=f, stderr=subprocess.PIPE)
        d = time.time() - t
    if run.returncode != 0:
        sys.exit("yardstick ingest %s failed (exit %d): %s" % (folder, run.returncode, run.stderr.decode(errors="replace")[-500:]))
    return d
def bench(name, db, target):
    first = ingest(work + "/corpus", db, work + "/first-%s.txt" % name)
    claims = int(re.search(r"claims: (\d+) added", open(work + "/first-%s.txt" % name).read()).group(1))
    ingest(work + "/unchanged", db, "/dev/null")
    rerun = ingest(work + "/unchanged", db, work + "/rerun-%s.txt" % name)
    print("%-11s first ingest: %d documents, %d claims in %.2f s = %.0f claims/s (target >= %d)"
          % (name + ":", docs, claims, first, claims / first, target))
    print("%-11s re-run:       10000 unchanged documents in %.2f s (target < 1 s)" % (name + ":", rerun))
    print("%-11s %s" % ("", open(work + "/rerun-%s.txt" % name).read().strip()))
bench("sqlite", work + "/bench.sqlite", 100000)
if pg:
    bench("postgresql", pg, 30000)
PY
