#!/usr/bin/env bash
# Kills `yardstick ingest` with SIGKILL at random moments, 20 times, resuming each time. After every kill the
# database must pass PRAGMA integrity_check and hold no document with part of its claims; at the end it must equal
# a clean single ingest. Prints "N passed, M failed".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KILLS="${CRASH_KILLS:-20}"
DOCS="${CRASH_DOCS:-1200}"
BIN="${CRASH_BIN:-}"
if [ -z "$BIN" ]; then
    swift build -c release --product yardstick --scratch-path "$ROOT/.build-bench" >/dev/null
    BIN="$ROOT/.build-bench/release/yardstick"
fi
SRC="$ROOT/../shared/corpus/dev/docs"
[ -d "$SRC" ] || SRC="$ROOT/Data/samples"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# A corpus of distinct documents: the source documents repeated, each copy with its own closing line.
python3 - "$SRC" "$WORK/corpus" "$DOCS" <<'PY'
import os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = sorted(os.path.join(src, f) for f in os.listdir(src) if f.endswith(".txt"))
for i in range(n):
    d = os.path.join(out, "b%03d" % (i // 100))
    os.makedirs(d, exist_ok=True)
    text = open(docs[i % len(docs)], encoding="utf-8").read()
    with open(os.path.join(d, "doc%05d.txt" % i), "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n\nCopy %d.\n" % i)
PY

"$BIN" ingest "$WORK/corpus" --db "$WORK/clean.sqlite" >/dev/null 2>&1
start=$(date +%s.%N)
"$BIN" ingest "$WORK/corpus" --db "$WORK/timing.sqlite" >/dev/null 2>&1
duration=$(python3 -c "import time; print(max(0.05, time.time() - $start))")

check() {  # check DB: integrity ok, and every stored document has exactly the claims the clean run stored for it
    python3 - "$1" "$WORK/clean.sqlite" <<'PY'
import sqlite3, sys
db, clean = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
    print("integrity_check failed"); sys.exit(1)
want = dict(clean.execute("SELECT d.path, count(c.id) FROM document d LEFT JOIN claim c ON c.documentId = d.id GROUP BY d.id"))
got = dict(db.execute("SELECT d.path, count(c.id) FROM document d LEFT JOIN claim c ON c.documentId = d.id GROUP BY d.id"))
partial = [p for p, n in got.items() if want.get(p) != n]
if partial:
    print("partial documents:", partial[:3]); sys.exit(1)
PY
}

passed=0
failed=0
for i in $(seq 1 "$KILLS"); do
    "$BIN" ingest "$WORK/corpus" --db "$WORK/crash.sqlite" >/dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c "import random; print(round(random.uniform(0.0, $duration), 3))")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if check "$WORK/crash.sqlite"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "kill $i: check failed"; fi
done

# Resume to the end, then compare with the clean single ingest.
"$BIN" ingest "$WORK/corpus" --db "$WORK/crash.sqlite" >/dev/null 2>&1
if python3 - "$WORK/crash.sqlite" "$WORK/clean.sqlite" <<'PY'
import sqlite3, sys
q = ("SELECT d.path, d.contentHash, c.spanStart, c.spanEnd, c.text, c.entity, c.metric, c.kind, c.value, c.unit, "
     "c.period, c.basePeriod, c.bound FROM document d LEFT JOIN claim c ON c.documentId = d.id ORDER BY 1, 3")
a, b = [sqlite3.connect(p).execute(q).fetchall() for p in sys.argv[1:3]]
sys.exit(0 if a == b else 1)
PY
then passed=$((passed + 1)); else failed=$((failed + 1)); echo "final store differs from a clean ingest"; fi
echo "ingest of $DOCS documents killed $KILLS times at random moments within ${duration}s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
