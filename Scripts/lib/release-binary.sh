# Sourced by the benchmark scripts: sets BIN to $1 when given (an existing binary), else builds the release
# binary into .build-bench/ and points BIN at it. A failed build stops the script with the compiler's output.
release_binary() {
    local root="$1" given="${2:-}"
    if [ -n "$given" ]; then
        [ -x "$given" ] || { echo "$given is not an executable file" >&2; exit 1; }
        BIN="$given"
        return
    fi
    swift build -c release --product yardstick --scratch-path "$root/.build-bench" >/dev/null \
        || { echo "release build failed" >&2; exit 1; }
    BIN="$root/.build-bench/release/yardstick"
}

# The documents to copy into a corpus: the dev corpus beside the checkout, else the bundled sample briefs.
corpus_source() {
    local root="$1"
    if [ -d "$root/../shared/corpus/dev/docs" ]; then echo "$root/../shared/corpus/dev/docs"; else echo "$root/Data/samples"; fi
}
