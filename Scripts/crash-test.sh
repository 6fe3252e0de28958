#!/usr/bin/env bash
# Kills `yardstick ingest` with SIGKILL at random moments while it runs, 20 times: odd rounds on a fresh database,
# even rounds resuming the database the previous kill left. After every kill the database must pass PRAGMA
# integrity_check and hold no document with part of its claims; resumed to the end it must equal a clean single
# ingest. Only kills that hit a running ingest count (exit by SIGKILL); fewer than half of them fails the test.
# Prints "N passed, M failed".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KILLS="${CRASH_KILLS:-20}"
DOCS="${CRASH_DOCS:-4000}"
source "$ROOT/Scripts/lib/release-binary.sh"
release_binary "$ROOT" "${CRASH_BIN:-}"
SRC="$(corpus_source "$ROOT")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 "$ROOT/Scripts/lib/copy-corpus.py" "$SRC" "$WORK/corpus" "$DOCS" 100

"$BIN" ingest "$WORK/corpus" --db "$WORK/clean.sqlite" >/dev/null 2>&1
# How long one ingest takes, timed around the binary alone; then every kill delay, drawn in one go so that no
# interpreter start-up sits between starting an ingest and killing it.
read -r duration delays < <(python3 - "$BIN" "$WORK" "$KILLS" <<'PY'
import random, subprocess, sys, time
binary, work, kills = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = time.time()
subprocess.run([binary, "ingest", work + "/corpus", "--db", work + "/timing.sqlite"], capture_output=True)
d = time.time() - t
print("%.3f" % d, " ".join("%.3f" % random.uniform(0.0, d) for _ in range(kills)))
PY
)
read -r -a delay <<< "$delays"

check() {  # check DB: integrity ok, and every stored document has exactly the claims the clean run stored for it
    python3 - "$1" "$WORK/clean.sqlite" <<'PY'
import os, sqlite3, sys
if not os.path.exists(sys.argv[1]):
    sys.exit(0)  # killed before the database was created: nothing stored, nothing to check
db, clean = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
    print("integrity_check failed"); sys.exit(1)
if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'document'").fetchone():
    sys.exit(0)  # killed before the first migration committed: an empty database
want = dict(clean.execute("SELECT d.path, count(c.id) FROM document d LEFT JOIN claim c ON c.documentId = d.id GROUP BY d.id"))
got = dict(db.execute("SELECT d.path, count(c.id) FROM document d LEFT JOIN claim c ON c.documentId = d.id GROUP BY d.id"))
partial = [p for p, n in got.items() if want.get(p) != n]
if partial:
    print("partial documents:", partial[:3]); sys.exit(1)
PY
}

passed=0
failed=0
live=0
for i in $(seq 1 "$KILLS"); do
    if [ $((i % 2)) -eq 1 ]; then rm -f "$WORK"/crash.sqlite*; fi
    "$BIN" ingest "$WORK/corpus" --db "$WORK/crash.sqlite" >/dev/null 2>&1 &
    pid=$!
    sleep "${delay[$((i - 1))]}"
    kill -9 "$pid" 2>/dev/null || true
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
    [ "$rc" -eq 137 ] && live=$((live + 1))
    if check "$WORK/crash.sqlite"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "kill $i: check failed"; fi
done
if [ $((live * 2)) -lt "$KILLS" ]; then
    failed=$((failed + 1))
    echo "only $live of $KILLS kills hit a running ingest: the corpus is too small for this machine (raise CRASH_DOCS)"
fi

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
echo "ingest of $DOCS documents (${duration}s) killed $KILLS times at random moments; $live kills hit a running ingest"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
