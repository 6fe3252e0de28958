#!/usr/bin/env bash
# Tests extraction under Spark (Scripts/spark/extract.py): the job in local[2] over the dev corpus must give exactly
# the claims a plain `yardstick extract DOCS --format jsonl` gives (JSON objects parsed, then sorted and compared).
# A second run checks failure handling on the dev corpus plus one broken document, through a binary that crashes
# once: the crash fails its task and Spark retries it, the broken document is reported and the job goes on, and the
# claims again equal a plain extract of the same folder. Installs Java and PySpark when missing
# (Scripts/spark/setup.sh), builds the debug binary (or takes YARDSTICK_BIN), prints one PASS/FAIL line with counts
# and exits non-zero on any mismatch. Its temporary folder is removed, and no Spark process it started is left.
#
#   bash Scripts/test-spark.sh
#   YARDSTICK_BIN=.build/release/yardstick bash Scripts/test-spark.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

fail() { echo "test-spark: FAIL — $*"; exit 1; }

DOCS="$ROOT/../shared/corpus/dev/docs"
[ -d "$DOCS" ] || fail "no dev corpus at $DOCS"
DOCS="$(cd "$DOCS" && pwd)"

bash Scripts/spark/setup.sh
if [ -n "${YARDSTICK_BIN:-}" ]; then
    BIN="$(cd "$(dirname "$YARDSTICK_BIN")" && pwd)/$(basename "$YARDSTICK_BIN")"
else
    swift build --product yardstick >/dev/null || fail "swift build failed"
    BIN="$(swift build --show-bin-path)/yardstick"
fi
[ -x "$BIN" ] || fail "$BIN is not an executable file"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/yardstick-test-spark.XXXXXX")"
cleanup() {
    # Spark's JVM and its Python workers name this folder on their command lines (their scratch lives in it):
    # any still running are ours, and end by their ids.
    local left
    left="$(pgrep -f -- "$WORK" || true)"
    if [ -n "$left" ]; then
        echo "test-spark: stopping Spark processes left running: $(echo $left)" >&2
        kill $left 2>/dev/null || true
        sleep 2
        kill -9 $(pgrep -f -- "$WORK" || true) 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
# extract.py keeps Spark's scratch in a temporary folder: here, inside $WORK.
export TMPDIR="$WORK"

spark_run() { # INPUT OUTPUT BINARY STATS LOG
    python3 Scripts/spark/extract.py --input "$1" --output "$2" --binary "$3" --master 'local[2]' --stats "$4" \
        >"$5" 2>&1 || { tail -n 30 "$5" >&2; fail "the Spark job over $1 failed (log above)"; }
}

# 1. The dev corpus, as it is.
"$BIN" extract "$DOCS" --format jsonl >"$WORK/plain.jsonl" 2>"$WORK/plain.log" || fail "plain extract of $DOCS failed"
spark_run "$DOCS" "$WORK/out" "$BIN" "$WORK/stats.json" "$WORK/spark.log"

# 2. The dev corpus and one document whose front matter never closes, through a binary that crashes (SIGSEGV) the
#    first time it runs: only a retry of that task lets the job finish.
mkdir "$WORK/docs2"
cp "$DOCS"/*.txt "$WORK/docs2/"
printf -- '---\npublished: 2024-07-03\ntitle: never closed\n\nTrade grew by 5%% in 2023.\n' >"$WORK/docs2/zz-broken.txt"
cat >"$WORK/crash-once" <<EOF
#!/bin/sh
# Dies of SIGSEGV on its first run, then is the yardstick binary.
if mkdir "$WORK/crashed" 2>/dev/null; then kill -SEGV \$\$; fi
exec "$BIN" "\$@"
EOF
chmod +x "$WORK/crash-once"
"$BIN" extract "$WORK/docs2" --format jsonl >"$WORK/plain2.jsonl" 2>"$WORK/plain2.log" \
    && fail "plain extract of a folder with a broken document exited 0"
spark_run "$WORK/docs2" "$WORK/out2" "$WORK/crash-once" "$WORK/stats2.json" "$WORK/spark2.log"
[ -d "$WORK/crashed" ] || fail "the crashing binary never ran"

python3 - "$WORK" <<'PY' || exit 1
import glob, json, sys

work = sys.argv[1]

def canonical(line):
    """A claim as a sorted-keys JSON text; `value` as a float (Spark writes a double: 8.0E9 for 8000000000)."""
    claim = json.loads(line)
    claim["value"] = float(claim["value"])
    return json.dumps(claim, sort_keys=True, ensure_ascii=False)

def claims(paths):
    return sorted(canonical(line) for p in paths for line in open(p, encoding="utf-8") if line.strip())

def compare(name, plain, spark):
    if plain == spark:
        return None
    only_plain = sorted(set(plain) - set(spark))[:3]
    only_spark = sorted(set(spark) - set(plain))[:3]
    for c in only_plain:
        print("  only in plain extract: " + c, file=sys.stderr)
    for c in only_spark:
        print("  only in Spark output:  " + c, file=sys.stderr)
    return "%s: %d claims from plain extract, %d from Spark" % (name, len(plain), len(spark))

def fields(path):
    return list(json.loads(open(path, encoding="utf-8").readline()))

plain, spark = claims([work + "/plain.jsonl"]), claims(glob.glob(work + "/out/claims.jsonl/part-*.json"))
plain2, spark2 = claims([work + "/plain2.jsonl"]), claims(glob.glob(work + "/out2/claims.jsonl/part-*.json"))
stats, stats2 = (json.load(open(work + f)) for f in ("/stats.json", "/stats2.json"))
problems = [p for p in (compare("dev corpus", plain, spark), compare("broken document and crash", plain2, spark2)) if p]
first = sorted(glob.glob(work + "/out/claims.jsonl/part-*.json"))
if first and fields(work + "/plain.jsonl") != fields(next(p for p in first if open(p).readline())):
    problems.append("JSON Lines fields differ: plain %s, Spark %s" % (fields(work + "/plain.jsonl"), fields(first[0])))
if not glob.glob(work + "/out/claims.parquet/part-*.parquet"):
    problems.append("no Parquet part files")
if stats["claims"] != len(plain):
    problems.append("the job counted %d claims, plain extract gives %d" % (stats["claims"], len(plain)))

# The Parquet output too, read back by Spark with extract.py's own local set-up (127.0.0.1, scratch in $TMPDIR).
sys.path.insert(0, "Scripts/spark")
sys.dont_write_bytecode = True
import extract, tempfile
scratch = tempfile.mkdtemp()
session = extract.start_spark("local[1]", scratch)
try:
    table = session.read.parquet(work + "/out/claims.parquet")
    rows, columns = table.collect(), table.columns
finally:
    session.stop()
    extract.stop_jvm()
parquet = sorted(canonical(json.dumps(r.asDict())) for r in rows)
if columns != fields(work + "/plain.jsonl"):
    problems.append("Parquet columns %s differ from the JSON Lines fields" % columns)
problems += [p for p in (compare("Parquet", plain, parquet),) if p]
if stats2["errors"] != 1:
    problems.append("the broken document gave %d error lines, not 1" % stats2["errors"])
if "Lost task" not in open(work + "/spark2.log").read():
    problems.append("no task was lost and retried after the crash")
if problems:
    print("test-spark: FAIL — " + "; ".join(problems))
    sys.exit(1)
print("test-spark: PASS — local[2] over the dev corpus: %d claims from %d documents (JSON Lines and Parquet) equal plain extract "
      "(Spark start %.1f s, job %.1f s); with a broken document and a crash: %d claims equal, 1 error reported, "
      "crashed task retried" % (len(spark), stats["documents"], stats["startup_s"], stats["job_s"], len(spark2)))
PY
