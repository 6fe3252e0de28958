#!/usr/bin/env bash
# Throughput and peak-memory benchmark for `yardstick extract`.
#
#   Scripts/bench-extract.sh            # build release binary, 24 MB corpus
#   BENCH_MB=48 Scripts/bench-extract.sh
#   BENCH_BIN=/path/to/yardstick Scripts/bench-extract.sh   # skip the build
#   BENCH_RUNS=5 BENCH_KEEP=1 Scripts/bench-extract.sh      # more runs, keep the corpus
#   BASELINE_BIN=/path/to/older/yardstick Scripts/bench-extract.sh
#                                       # also time an older binary on one core, alternating runs with this one,
#                                       # and print both side by side (the machine's load moves both alike)
#
# The corpus repeats the dev documents ($ROOT/../shared/corpus/dev/docs/*.txt,
# else $ROOT/Data/samples/*.txt) in two shapes: a folder of many .txt files and
# one JSON Lines file ({"id","published","text"} a line). Each shape is timed
# best-of-N (wall clock), one process on every core; the folder shape also pinned
# to one core (the single-thread figure). yardstick output to /dev/null. MB = 1e6
# bytes of input as it sits on disk for that shape. Peak RSS comes from
# `/usr/bin/time -v` ("Maximum resident set size"), or, if that is missing
# (or BENCH_TIME names a missing file), from python3's
# resource.getrusage(RUSAGE_CHILDREN).ru_maxrss.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"

BENCH_MB="${BENCH_MB:-24}"
RUNS="${BENCH_RUNS:-3}"

die() { echo "bench-extract: $*" >&2; exit 1; }

command -v python3 >/dev/null || die "python3 is needed to write the corpus and do arithmetic"
[[ "$BENCH_MB" =~ ^[0-9]+([.][0-9]+)?$ ]] || die "BENCH_MB must be a number of megabytes, not '$BENCH_MB'"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, not '$RUNS'"

# ---------------------------------------------------------------- binary
if [[ -n "${BENCH_BIN:-}" ]]; then
    BIN="$BENCH_BIN"
    [[ -x "$BIN" ]] || die "BENCH_BIN=$BIN is not an executable file"
    echo "== using BENCH_BIN=$BIN (no build)"
else
    echo "== building release binary into $ROOT/.build-bench"
    swift build -c release --product yardstick --scratch-path "$ROOT/.build-bench" --package-path "$ROOT"
    BIN="$(swift build -c release --product yardstick --scratch-path "$ROOT/.build-bench" --package-path "$ROOT" --show-bin-path)/yardstick"
    [[ -x "$BIN" ]] || die "build finished but $BIN is missing"
fi

# ---------------------------------------------------------------- corpus
SRC_DIR="$ROOT/../shared/corpus/dev/docs"
if ! compgen -G "$SRC_DIR/*.txt" >/dev/null; then
    SRC_DIR="$ROOT/Data/samples"
    compgen -G "$SRC_DIR/*.txt" >/dev/null \
        || die "no source documents: neither $ROOT/../shared/corpus/dev/docs/*.txt nor $ROOT/Data/samples/*.txt exists"
fi
SRC_DIR="$(cd "$SRC_DIR" && pwd)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/yardstick-bench.XXXXXX")"
if [[ -n "${BENCH_KEEP:-}" ]]; then
    echo "== keeping corpus in $WORK"
else
    trap 'rm -rf "$WORK"' EXIT
fi

echo "== writing corpus (${BENCH_MB} MB target) from $SRC_DIR"
# Writes full/ and half/ (folder shape) plus full.jsonl and half.jsonl.
# Prints: FULL_FILE_BYTES FULL_JSONL_BYTES FULL_DOCS HALF_FILE_BYTES HALF_JSONL_BYTES HALF_DOCS SRC_DOCS
read -r FULL_FB FULL_JB FULL_DOCS HALF_FB HALF_JB HALF_DOCS SRC_DOCS < <(
python3 - "$SRC_DIR" "$WORK" "$BENCH_MB" <<'PY'
import glob, json, math, os, sys

src, work, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
docs = []
for path in sorted(glob.glob(os.path.join(src, "*.txt"))):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    # Split off front matter (--- ... ---) so the JSON line carries `published`
    # as a field and the body as `text`, the way JSON Lines inputs usually look.
    published, body = None, text
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            for line in text[4:end].splitlines():
                key, _, value = line.partition(":")
                if key.strip() == "published":
                    published = value.strip()
            body = text[end + 5:]
    docs.append((os.path.splitext(os.path.basename(path))[0], raw, published, body))
if not docs:
    sys.exit("no documents")
per_round = sum(len(d[1]) for d in docs)
rounds = max(2, math.ceil(mb * 1e6 / per_round))
half_rounds = max(1, rounds // 2)

def write(name, n_rounds):
    folder = os.path.join(work, name)
    os.makedirs(folder)
    fbytes = ndocs = 0
    with open(os.path.join(work, name + ".jsonl"), "w", encoding="utf-8") as out:
        for r in range(n_rounds):
            # 100 rounds of the dev documents per subfolder keeps directories a realistic size.
            sub = os.path.join(folder, "%04d" % (r // 100))
            os.makedirs(sub, exist_ok=True)
            for stem, raw, published, body in docs:
                doc_id = "%05d-%s" % (r, stem)
                with open(os.path.join(sub, doc_id + ".txt"), "wb") as f:
                    f.write(raw)
                fbytes += len(raw)
                ndocs += 1
                out.write(json.dumps({"id": doc_id, "published": published, "text": body},
                                     ensure_ascii=False) + "\n")
    return fbytes, os.path.getsize(os.path.join(work, name + ".jsonl")), ndocs

full = write("full", rounds)
half = write("half", half_rounds)
print(*full, *half, len(docs))
PY
)

mb() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6:.1f}')" "$1"; }
echo "   folder: $(mb "$FULL_FB") MB in $FULL_DOCS files ($SRC_DOCS source documents repeated)"
echo "   jsonl:  $(mb "$FULL_JB") MB in $FULL_DOCS lines"
echo "   half:   $(mb "$HALF_FB") MB folder / $(mb "$HALF_JB") MB jsonl in $HALF_DOCS documents"

# ---------------------------------------------------------------- measuring
TIME_BIN="${BENCH_TIME:-/usr/bin/time}"
if [[ -x "$TIME_BIN" ]]; then
    RSS_METHOD="$TIME_BIN -v (Maximum resident set size)"
else
    RSS_METHOD="python3 resource.getrusage(RUSAGE_CHILDREN).ru_maxrss"
fi

# Where stdout goes. yardstick writes to /dev/null; grep must not, because GNU
# grep notices /dev/null and stops at the first match (like -q), which would
# make it look absurdly fast. Its output goes to a scratch file instead.
OUT=/dev/null

# run_once STDIN_FILE CMD... -> prints "NANOSECONDS RSS_KB"; fails loudly if CMD fails.
run_once() {
    local stdin="$1"; shift
    local start end status=0
    start=$(date +%s%N)
    if [[ -x "$TIME_BIN" ]]; then
        "$TIME_BIN" -v -o "$WORK/time.txt" "$@" <"$stdin" >"$OUT" 2>"$WORK/stderr.txt" || status=$?
    else
        python3 -c '
import resource, subprocess, sys
rc = subprocess.call(sys.argv[2:])
open(sys.argv[1], "w").write("Maximum resident set size (kbytes): %d\n"
    % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(rc)' "$WORK/time.txt" "$@" <"$stdin" >"$OUT" 2>"$WORK/stderr.txt" || status=$?
    fi
    end=$(date +%s%N)
    if [[ $status -ne 0 ]]; then
        echo "bench-extract: command failed (exit $status): $*" >&2
        tail -n 20 "$WORK/stderr.txt" >&2
        exit 1
    fi
    local rss
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$WORK/time.txt")
    echo "$(( end - start )) ${rss:-0}"
}

# measure LABEL BYTES STDIN_FILE CMD... -> sets M_SECS (best), M_MBS, M_RSS_MB (max over runs)
measure() {
    local label="$1" bytes="$2" stdin="$3"; shift 3
    local best="" maxrss=0 ns rss i
    for (( i = 1; i <= RUNS; i++ )); do
        read -r ns rss < <(run_once "$stdin" "$@")
        [[ -z "$best" || $ns -lt $best ]] && best=$ns
        (( rss > maxrss )) && maxrss=$rss
    done
    read -r M_SECS M_MBS M_RSS_MB < <(python3 -c '
import sys
ns, b, kb = map(int, sys.argv[1:4])
s = ns / 1e9
print(f"{s:.3f} {b / 1e6 / s:.1f} {kb / 1024:.1f}")' "$best" "$bytes" "$maxrss")
    printf '   %-34s best %7ss  %8s MB/s  peak RSS %7s MB\n' "$label" "$M_SECS" "$M_MBS" "$M_RSS_MB"
}

RSS_NOTE=""
if [[ ! -x "$TIME_BIN" ]]; then
    # The python wrapper forks itself before exec, and Linux carries the
    # pre-exec image's high-water mark into ru_maxrss, so every figure has a
    # floor of the interpreter's own RSS (and each time includes its start-up).
    read -r _ floor_kb < <(run_once /dev/null true)
    RSS_NOTE="   (python wrapper: RSS floor $(python3 -c "import sys; print(f'{int(sys.argv[1]) / 1024:.1f}')" "$floor_kb") MB; figures near it mean 'at most that')"
fi

echo "== timing: best of $RUNS wall-clock runs, MB = 1e6 input bytes"
echo "   yardstick output to /dev/null; grep output to a scratch file (GNU grep quits early on /dev/null)"
echo "   peak RSS via $RSS_METHOD"
[[ -n "$RSS_NOTE" ]] && echo "$RSS_NOTE"
measure "yardstick extract (files)" "$FULL_FB" /dev/null "$BIN" extract "$WORK/full" --format jsonl
Y_FILES_MBS=$M_MBS; Y_FILES_RSS=$M_RSS_MB
measure "yardstick extract (jsonl stdin)" "$FULL_JB" "$WORK/full.jsonl" "$BIN" extract - --input jsonl --format jsonl
Y_JSONL_MBS=$M_MBS; Y_JSONL_RSS=$M_RSS_MB
measure "yardstick extract (files, half)" "$HALF_FB" /dev/null "$BIN" extract "$WORK/half" --format jsonl
H_FILES_MBS=$M_MBS; H_FILES_RSS=$M_RSS_MB
measure "yardstick extract (jsonl, half)" "$HALF_JB" "$WORK/half.jsonl" "$BIN" extract - --input jsonl --format jsonl
H_JSONL_MBS=$M_MBS; H_JSONL_RSS=$M_RSS_MB
# The same files on one core: yardstick spreads documents over every core, so this is the single-thread
# figure the target is stated for (taskset from util-linux pins the process and all its threads).
if command -v taskset >/dev/null; then
    measure "yardstick extract (files, one core)" "$FULL_FB" /dev/null taskset -c 0 "$BIN" extract "$WORK/full" --format jsonl
    Y_ONE_MBS="$M_MBS MB/s"
    # The same documents as one JSON Lines stream on one core: no file to open per document.
    measure "yardstick extract (jsonl, one core)" "$FULL_JB" "$WORK/full.jsonl" taskset -c 0 "$BIN" extract - --input jsonl --format jsonl
    Y_ONE_JSONL_MBS="$M_MBS MB/s"
else
    Y_ONE_MBS="not measured (taskset missing)"
    Y_ONE_JSONL_MBS="$Y_ONE_MBS"
fi
BASELINE_LINE=""
if [[ -n "${BASELINE_BIN:-}" ]] && command -v taskset >/dev/null; then
    [[ -x "$BASELINE_BIN" ]] || die "BASELINE_BIN=$BASELINE_BIN is not an executable file"
    # Alternate the two binaries run by run, so a change of load falls on both.
    echo "== one core, this binary against BASELINE_BIN=$BASELINE_BIN, alternating, best of $RUNS each"
    THIS_BEST="" BASE_BEST=""
    for (( r = 1; r <= RUNS; r++ )); do
        read -r ns _ < <(run_once /dev/null taskset -c 0 "$BIN" extract "$WORK/full" --format jsonl)
        [[ -z "$THIS_BEST" || $ns -lt $THIS_BEST ]] && THIS_BEST=$ns
        read -r ns _ < <(run_once /dev/null taskset -c 0 "$BASELINE_BIN" extract "$WORK/full" --format jsonl)
        [[ -z "$BASE_BEST" || $ns -lt $BASE_BEST ]] && BASE_BEST=$ns
    done
    BASELINE_LINE=$(python3 -c '
import sys
this, base, b = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print(f"one core, files: this {b / this * 1e3:.1f} MB/s, baseline {b / base * 1e3:.1f} MB/s (this/baseline = {base / this:.3f})")' \
        "$THIS_BEST" "$BASE_BEST" "$FULL_FB")
    echo "   $BASELINE_LINE"
fi
OUT="$WORK/grep.out"
measure "grep -oE numbers (files)" "$FULL_FB" /dev/null grep -oE '[0-9][0-9.,]*' -r "$WORK/full"
G_FILES_MBS=$M_MBS
measure "grep -oE numbers (jsonl)" "$FULL_JB" /dev/null grep -oE '[0-9][0-9.,]*' "$WORK/full.jsonl"
G_JSONL_MBS=$M_MBS
rm -f "$WORK/grep.out"

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.3f}')" "$1" "$2"; }

# ---------------------------------------------------------------- summary
cat <<EOF

== summary ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc 2>/dev/null || echo '?') cores, LC_ALL=${LC_ALL:-} LANG=${LANG:-})
corpus: $(mb "$FULL_FB") MB in $FULL_DOCS documents (jsonl file $(mb "$FULL_JB") MB); MB = 1e6 bytes
yardstick extract (files):  $Y_FILES_MBS MB/s   peak RSS $Y_FILES_RSS MB
yardstick extract (jsonl):  $Y_JSONL_MBS MB/s   peak RSS $Y_JSONL_RSS MB
yardstick extract on one core: files $Y_ONE_MBS, jsonl $Y_ONE_JSONL_MBS
peak RSS at half size:      files $H_FILES_RSS MB, jsonl $H_JSONL_RSS MB   ($(mb "$HALF_FB") MB, $HALF_DOCS documents)
grep -oE numbers (files):   $G_FILES_MBS MB/s   (yardstick/grep = $(ratio "$Y_FILES_MBS" "$G_FILES_MBS"))
grep -oE numbers (jsonl):   $G_JSONL_MBS MB/s   (yardstick/grep = $(ratio "$Y_JSONL_MBS" "$G_JSONL_MBS"))
target: >= 100 MB/s single thread (the one-core figure), RSS independent of corpus size
EOF
if [[ -n "$BASELINE_LINE" ]]; then echo "$BASELINE_LINE"; fi
echo "(peak RSS via $RSS_METHOD)"
