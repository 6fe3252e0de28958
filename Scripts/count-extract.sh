#!/usr/bin/env bash
# Instructions `yardstick extract` executes per input byte, counted by valgrind (callgrind): a figure that does
# not move with the load of the machine, unlike the wall-clock MB/s of bench-extract.sh. Use it to tell whether a
# change to the extractor made it cheaper when the machine is busy; use bench-extract.sh for the speed itself.
#
#   Scripts/count-extract.sh                 # build release, 1,000 documents
#   COUNT_DOCS=2000 Scripts/count-extract.sh
#   BENCH_BIN=/path/to/yardstick Scripts/count-extract.sh
#
# Prints the total, the instructions per byte, and the fifteen functions that execute the most instructions
# themselves. The count includes start-up (argument parsing, building the rule tables: ~25 M instructions).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/Scripts/lib/release-binary.sh"
DOCS="${COUNT_DOCS:-1000}"
[[ "$DOCS" =~ ^[1-9][0-9]*$ ]] || { echo "COUNT_DOCS must be a positive integer, not '$DOCS'" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "count-extract: valgrind is not installed (apt-get install -y valgrind)" >&2; exit 1; }

release_binary "$ROOT" "${BENCH_BIN:-}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/yardstick-count.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

python3 "$ROOT/Scripts/lib/copy-corpus.py" "$(corpus_source "$ROOT")" "$WORK/docs" "$DOCS" 1000
BYTES=$(find "$WORK/docs" -type f -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
# valgrind cannot read the DWARF 5 debug information the Swift toolchain writes; the symbol table is enough.
strip --strip-debug -o "$WORK/yardstick" "$BIN"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$WORK/yardstick" extract "$WORK/docs" \
    >/dev/null 2>"$WORK/valgrind.txt" || { tail -5 "$WORK/valgrind.txt" >&2; exit 1; }
TOTAL=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$WORK/valgrind.txt")
[ -n "$TOTAL" ] || { echo "count-extract: valgrind gave no count" >&2; tail -5 "$WORK/valgrind.txt" >&2; exit 1; }
python3 -c "import sys; t, b, d = map(int, sys.argv[1:4]); print(f'yardstick extract: {t / 1e6:.1f} M instructions for {d} documents, {b / 1e6:.2f} MB = {t / b:.0f} per byte')" \
    "$TOTAL" "$BYTES" "$DOCS"
echo "functions executing the most instructions themselves:"
callgrind_annotate --inclusive=no "$WORK/callgrind.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | sed -n 2,16p | cut -c1-150
