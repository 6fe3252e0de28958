#!/usr/bin/env bash
# Benchmark of extraction under Spark: over the 24 MB benchmark corpus (the dev documents copied into a folder of
# .txt files by Scripts/lib/copy-corpus.py, 500 a folder), claims/s and MB/s of Scripts/spark/extract.py in local[1]
# and local[2] against the plain release binary (`yardstick extract FOLDER --format jsonl`) on the same input,
# printed side by side; then the same for the same documents as one JSON Lines file (`extract - --input jsonl`). The JVM's start-up is reported apart: the Spark rates are for the job alone (reading,
# extracting, writing Parquet and JSON Lines), and again for the whole run of the script. Checks that every run
# finds the same number of claims.
#
#   bash Scripts/bench-spark.sh
#   BENCH_MB=48 BENCH_RUNS=3 bash Scripts/bench-spark.sh
#   BENCH_BIN=/path/to/yardstick bash Scripts/bench-spark.sh      # skip the release build
#   BENCH_WHOLE_TEXT_FILES=1 bash Scripts/bench-spark.sh            # also local[2] reading with wholeTextFiles
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH_MB="${BENCH_MB:-24}"
RUNS="${BENCH_RUNS:-1}"
[[ "$BENCH_MB" =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "BENCH_MB must be a number of megabytes" >&2; exit 1; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_RUNS must be a positive integer" >&2; exit 1; }

bash Scripts/spark/setup.sh
source "$ROOT/Scripts/lib/release-binary.sh"
release_binary "$ROOT" "${BENCH_BIN:-}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
SRC="$(corpus_source "$ROOT")"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/yardstick-bench-spark.XXXXXX")"
cleanup() {
    # Spark processes name this folder on their command lines (their scratch lives in it): any left are ours.
    local left
    left="$(pgrep -f -- "$WORK" || true)"
    [ -z "$left" ] || kill $left 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
export TMPDIR="$WORK"

# As many copies of the source documents as make BENCH_MB megabytes (1e6 bytes), each with its own closing line.
DOCS="$(python3 -c '
import math, os, sys
src, mb = sys.argv[1], float(sys.argv[2])
sizes = [os.path.getsize(os.path.join(src, f)) for f in os.listdir(src) if f.endswith(".txt")]
print(math.ceil(mb * 1e6 / (sum(sizes) / len(sizes) + 12)))' "$SRC" "$BENCH_MB")"
python3 "$ROOT/Scripts/lib/copy-corpus.py" "$SRC" "$WORK/corpus" "$DOCS" 500
BYTES="$(find "$WORK/corpus" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
echo "== corpus: $DOCS documents, $(python3 -c "print(f'{$BYTES / 1e6:.1f}')") MB (copies of $SRC); best of $RUNS runs; $(nproc) cores"

# Timed from one python process; prints one JSON object per configuration.
python3 - "$BIN" "$WORK" "$BYTES" "$RUNS" "${BENCH_WHOLE_TEXT_FILES:-}" <<'PY'
import json, os, subprocess, sys, time

bin, work, nbytes, runs, whole = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
corpus = work + "/corpus"
rows = []

def plain(shape):
    best = None
    for _ in range(runs):
        with open(work + "/plain.jsonl", "wb") as out:
            args = ([bin, "extract", corpus, "--format", "jsonl"] if shape == "folder"
                    else [bin, "extract", "-", "--input", "jsonl", "--format", "jsonl"])
            stdin = open(work + "/corpus.jsonl", "rb") if shape == "jsonl" else subprocess.DEVNULL
            t = time.time()
            run = subprocess.run(args, stdin=stdin, stdout=out, stderr=subprocess.PIPE)
            d = time.time() - t
        if run.returncode != 0:
            sys.exit("plain extract failed (exit %d): %s" % (run.returncode, run.stderr.decode(errors="replace")[-500:]))
        best = d if best is None else min(best, d)
    claims = sum(1 for _ in open(work + "/plain.jsonl", "rb"))
    return {"name": "plain binary", "shape": shape, "claims": claims, "wall": best, "start": 0.0, "job": best}

def spark(shape, master, *extra):
    best = None
    for _ in range(runs):
        stats = work + "/stats.json"
        t = time.time()
        run = subprocess.run([sys.executable, "Scripts/spark/extract.py", "--output", work + "/out",
                              "--input", corpus if shape == "folder" else work + "/corpus.jsonl",
                              "--binary", bin, "--master", master, "--stats", stats, "--quiet", *extra],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.time() - t
        if run.returncode != 0:
            sys.exit("Spark %s failed (exit %d): %s" % (master, run.returncode, run.stderr.decode(errors="replace")[-2000:]))
        s = json.load(open(stats))
        if best is None or s["job_s"] < best["job"]:
            best = {"name": "Spark " + master + (" wTF" if extra else ""), "shape": shape, "claims": s["claims"],
                    "wall": wall, "start": s["startup_s"], "job": s["job_s"], "phases": s["phases_s"]}
    return best

# The same documents as one JSON Lines file, each file whole as `text` (front matter and all) and its name as
# `id`: the claims are those of the folder.
with open(work + "/corpus.jsonl", "w", encoding="utf-8") as out:
    for folder, _, names in sorted(os.walk(corpus)):
        for name in sorted(names):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            out.write(json.dumps({"id": name, "published": None, "text": text}, ensure_ascii=False) + "\n")
jsonl_bytes = os.path.getsize(work + "/corpus.jsonl")

rows = []
for shape in ("folder", "jsonl"):
    rows += [plain(shape), spark(shape, "local[1]"), spark(shape, "local[2]")]
    if whole and shape == "folder":
        rows.append(spark(shape, "local[2]", "--whole-text-files"))
print("%-27s %9s %9s %9s %12s %9s %14s %12s" % ("", "claims", "JVM s", "job s", "claims/s", "MB/s",
                                                 "whole run s", "MB/s whole"))
for r in rows:
    mb = (nbytes if r["shape"] == "folder" else jsonl_bytes) / 1e6
    print("%-27s %9d %9s %9.2f %12.0f %9.2f %14.2f %12.2f" % (
        r["shape"] + ": " + r["name"], r["claims"], ("%.2f" % r["start"]) if r["start"] else "-", r["job"], r["claims"] / r["job"],
        mb / r["job"], r["wall"], mb / r["wall"]))
print("job s: the plain binary's run; for Spark, from a started SparkSession to both outputs written "
      "(Parquet and JSON Lines). JVM s: starting the SparkSession. whole run s: the script, start to exit. MB = 1e6 bytes "
      "of input: the folder's files, or the JSON Lines file (%.1f MB)." % (jsonl_bytes / 1e6)
      + (" wTF: the folder read with wholeTextFiles." if whole else ""))
print("Spark job phases (s): " + "; ".join("%s %s: read and extract %.1f, Parquet %.1f, JSON Lines %.1f" % (
    r["shape"], r["name"][len("Spark "):], r["phases"]["extract"], r["phases"]["parquet"], r["phases"]["json"])
    for r in rows if "phases" in r))
if len({r["claims"] for r in rows}) != 1:
    sys.exit("claim counts differ: " + ", ".join("%s %d" % (r["name"], r["claims"]) for r in rows))
PY
