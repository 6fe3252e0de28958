#!/usr/bin/env bash
# Times `yardstick check` over 100,000 synthetic series (target < 2 s): each series has three yearly levels,
# a change, a multiple and a target, written straight into a store made by the binary's own schema.
#   BASELINE_BIN=/path/to/older/yardstick Scripts/bench-check.sh   # also times that binary, alternating, same rows
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERIES="${BENCH_SERIES:-100000}"
source "$ROOT/Scripts/lib/release-binary.sh"
release_binary "$ROOT" "${BENCH_BIN:-}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/none"

# An empty store made by `binary`'s own schema (ingest of an empty folder), then the synthetic rows.
make_store() {
    local binary="$1" db="$2"
    "$binary" ingest "$WORK/none" --db "$db" >/dev/null
    python3 - "$db" "$SERIES" <<'PY'
import random, sqlite3, sys
db, n = sqlite3.connect(sys.argv[1]), int(sys.argv[2])
random.seed(7)
db.execute("INSERT INTO document (path, docId, contentHash, published, ingestedAt) VALUES ('synthetic', 'synthetic.txt', 'x', '2025-01-15', '2025-01-15T00:00:00Z')")
rows = []
for i in range(n):
    e = "Entity %d" % i
    base = random.uniform(1e5, 1e7)
    g = random.uniform(-0.1, 0.6)
    levels = [base * (1 + g) ** k for k in range(3)]
    for k, v in enumerate(levels):
        rows.append((1, 0, 1, "x", e, None, "freight_volume", "level", v, "t", str(2021 + k), None, "exact", v * 0.995, v * 1.005))
    ch = (levels[2] / levels[1] - 1) * 100 + random.uniform(-8, 8)
    rows.append((1, 0, 1, "x", e, None, "freight_volume", "change", ch, "%", "2023", "2022", "exact", ch - 0.5, ch + 0.5))
    m = levels[2] / levels[0] * random.uniform(0.8, 1.2)
    rows.append((1, 0, 1, "x", e, None, "freight_volume", "multiple", m, "x", "2023", "2021", "exact", m - 0.05, m + 0.05))
    t = levels[2] * random.uniform(1.2, 4)
    rows.append((1, 0, 1, "x", e, None, "freight_volume", "target", t, "t", "2030", None, "exact", t - 1, t + 1))
db.executemany("INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, counterpart, metric, kind, value, unit, period, basePeriod, bound, lo, hi) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
db.commit()
print("synthetic store: %d series, %d claims" % (n, len(rows)))
PY
}

DB="$WORK/bench.sqlite"
make_store "$BIN" "$DB"
STORES=("$BIN" "$DB")
if [[ -n "${BASELINE_BIN:-}" ]]; then
    [[ -x "$BASELINE_BIN" ]] || { echo "BASELINE_BIN=$BASELINE_BIN is not an executable file" >&2; exit 1; }
    make_store "$BASELINE_BIN" "$WORK/baseline.sqlite" >/dev/null
    STORES+=("$BASELINE_BIN" "$WORK/baseline.sqlite")
fi
python3 - "$WORK" "${STORES[@]}" <<'PY'
import subprocess, sys, time
work, pairs = sys.argv[1], sys.argv[2:]
binaries = [(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]
best = [None] * len(binaries)
findings = [0] * len(binaries)
# Output goes to a file, as a scheduled run writes it; a pipe read by this script would have the reader
# compete with yardstick for the same cores. Binaries alternate, so a busy moment hurts both alike.
for _ in range(3):
    for i, (binary, db) in enumerate(binaries):
        out_path = "%s/findings-%d.csv" % (work, i)
        with open(out_path, "wb") as out:
            t = time.time()
            run = subprocess.run([binary, "check", "--db", db, "--format", "csv"], stdout=out, stderr=subprocess.PIPE)
            d = time.time() - t
        if run.returncode != 0:
            sys.exit("%s check failed (exit %d): %s" % (binary, run.returncode, run.stderr.decode(errors="replace")[-500:]))
        best[i] = d if best[i] is None else min(best[i], d)
        with open(out_path, "rb") as f:
            findings[i] = sum(1 for _ in f) - 1
names = ["yardstick check", "baseline check "]
for i in range(len(binaries)):
    print("%s: %d findings in %.2f s (best of 3; target < 2 s)" % (names[i], findings[i], best[i]))
PY
