#!/usr/bin/env bash
# Kills `yardstick ingest` with SIGKILL at random moments while it runs, 20 times: odd rounds on a fresh database,
# even rounds resuming the database the previous kill left. After every kill the database must still hold every
# document committed before that run started, no document with part of its claims and no path twice (and, on
# SQLite, pass PRAGMA integrity_check); resumed to the end it must equal a clean single ingest. Only kills that hit
# a running ingest count (exit by SIGKILL); fewer than half of them fails the test. Prints "N passed, M failed".
#
#   Scripts/crash-test.sh [--db sqlite|postgres|all]
# sqlite (the default) uses SQLite files; postgres starts a throwaway PostgreSQL server on a Unix socket
# (Scripts/lib/pg-server.sh; Scripts/setup-postgres.sh installs it) and stops it at the end; all runs both.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KILLS="${CRASH_KILLS:-20}"
DOCS="${CRASH_DOCS:-4000}"
STORES="sqlite"
while [ $# -gt 0 ]; do
    case "$1" in
        --db) STORES="${2:?--db needs sqlite, postgres or all}"; shift 2 ;;
        --db=*) STORES="${1#--db=}"; shift ;;
        *) echo "usage: $0 [--db sqlite|postgres|all]" >&2; exit 2 ;;
    esac
done
case "$STORES" in
    sqlite|postgres) ;;
    all) STORES="sqlite postgres" ;;
    *) echo "crash-test: --db takes sqlite, postgres or all" >&2; exit 2 ;;
esac
source "$ROOT/Scripts/lib/release-binary.sh"
source "$ROOT/Scripts/lib/pg-server.sh"
release_binary "$ROOT" "${CRASH_BIN:-}"
SRC="$(corpus_source "$ROOT")"
WORK="$(mktemp -d)"
trap 'pg_server_stop; rm -rf "$WORK"' EXIT

python3 "$ROOT/Scripts/lib/copy-corpus.py" "$SRC" "$WORK/corpus" "$DOCS" 100

# The store being tested: its --db for a database NAME, how to make NAME empty, and what it holds.
db_of() {  # db_of NAME
    if [ "$KIND" = sqlite ]; then echo "$WORK/$1.sqlite"; else echo "postgresql://yardstick@/$1?host=$PG_DIR/sock"; fi
}
fresh() {  # fresh NAME: no database NAME (SQLite) or an empty one (PostgreSQL)
    if [ "$KIND" = sqlite ]; then rm -f "$WORK/$1".sqlite*
    else pg_server_psql -d yardstick -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"; fi
}
# Per document path, its claim count, one "path<TAB>count" a line, in path order; nothing when no tables yet.
per_document() {  # per_document NAME
    local q="SELECT d.path, count(c.id) FROM document d LEFT JOIN claim c ON c.documentId = d.id GROUP BY d.id, d.path ORDER BY 1"
    if [ "$KIND" = sqlite ]; then
        python3 - "$WORK/$1.sqlite" "$q" <<'PY'
import os, sqlite3, sys
if not os.path.exists(sys.argv[1]): sys.exit(0)
db = sqlite3.connect(sys.argv[1])
if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
    print("integrity_check failed"); sys.exit(1)
if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'document'").fetchone(): sys.exit(0)
for path, n in db.execute(sys.argv[2]): print("%s\t%d" % (path, n))
PY
    else
        [ "$(pg_server_psql -d "$1" -A -t -c "SELECT to_regclass('document') IS NOT NULL")" = t ] || return 0
        pg_server_psql -d "$1" -A -t -F $'\t' -c "$q"
    fi
}
# Every stored claim with its document, in one order: equal for two databases holding the same.
everything() {  # everything NAME
    local q="SELECT d.path, d.contentHash, c.spanStart, c.spanEnd, c.text, c.entity, c.metric, c.kind, c.value, c.unit,
             c.period, c.basePeriod, c.bound FROM document d LEFT JOIN claim c ON c.documentId = d.id ORDER BY 1, 3, 4, c.id"
    if [ "$KIND" = sqlite ]; then
        python3 -c 'import sqlite3, sys; [print(repr(r)) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]' \
            "$WORK/$1.sqlite" "$q"
    else
        pg_server_psql -d "$1" -A -t -c "$q"
    fi
}

check() {  # check NAME: every stored document has exactly the claims the clean run stored for it, each path once
    per_document "$1" > "$WORK/got.tsv" || { cat "$WORK/got.tsv"; return 1; }
    python3 - "$WORK/got.tsv" "$WORK/want.tsv" <<'PY'
import sys
def rows(p):
    return [line.rstrip("\n").split("\t") for line in open(p, encoding="utf-8") if line.strip()]
got, want = rows(sys.argv[1]), dict(rows(sys.argv[2]))
paths = [p for p, _ in got]
if len(paths) != len(set(paths)):
    print("a document stored twice"); sys.exit(1)
partial = [p for p, n in got if want.get(p) != n]
if partial:
    print("partial documents:", partial[:3]); sys.exit(1)
PY
}

TOTAL_PASSED=0
TOTAL_FAILED=0
for KIND in $STORES; do
    if [ "$KIND" = postgres ]; then pg_server_start || { echo "crash-test: cannot start a PostgreSQL server" >&2; exit 1; }; fi
    fresh clean
    "$BIN" ingest "$WORK/corpus" --db "$(db_of clean)" >/dev/null 2>&1
    per_document clean > "$WORK/want.tsv"
    fresh timing
    # How long one ingest takes, timed around the binary alone; then every kill delay, drawn in one go so that no
    # interpreter start-up sits between starting an ingest and killing it.
    # On PostgreSQL the kills are drawn from the first 70% of that time: over all of it only about half of them
    # landed in a running ingest here (resumed rounds finish early), too close to the test's bar.
    span=1.0
    [ "$KIND" = postgres ] && span=0.7
    read -r duration delays < <(python3 - "$BIN" "$WORK/corpus" "$(db_of timing)" "$KILLS" "$span" <<'PY'
import random, subprocess, sys, time
binary, corpus, db, kills, span = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
t = time.time()
subprocess.run([binary, "ingest", corpus, "--db", db], capture_output=True)
d = time.time() - t
print("%.3f" % d, " ".join("%.3f" % random.uniform(0.0, d * span) for _ in range(kills)))
PY
    )
    read -r -a delay <<< "$delays"

    passed=0
    failed=0
    live=0
    for i in $(seq 1 "$KILLS"); do
        if [ $((i % 2)) -eq 1 ]; then fresh crash; fi
        before="$(per_document crash | wc -l)"
        "$BIN" ingest "$WORK/corpus" --db "$(db_of crash)" >/dev/null 2>&1 &
        pid=$!
        sleep "${delay[$((i - 1))]}"
        kill -9 "$pid" 2>/dev/null || true
        rc=0
        wait "$pid" 2>/dev/null || rc=$?
        [ "$rc" -eq 137 ] && live=$((live + 1))
        if check crash && [ "$(wc -l < "$WORK/got.tsv")" -ge "$before" ]; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1)); echo "$KIND kill $i: check failed ($before documents stored before, $(wc -l < "$WORK/got.tsv") after)"
        fi
    done
    if [ $((live * 2)) -lt "$KILLS" ]; then
        failed=$((failed + 1))
        echo "$KIND: only $live of $KILLS kills hit a running ingest: the corpus is too small for this machine (raise CRASH_DOCS)"
    fi

    # Resume to the end, then compare with the clean single ingest.
    "$BIN" ingest "$WORK/corpus" --db "$(db_of crash)" >/dev/null 2>&1
    if [ "$(everything crash | sha256sum)" = "$(everything clean | sha256sum)" ] && [ -n "$(everything clean)" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1)); echo "$KIND: final store differs from a clean ingest"
    fi
    echo "$KIND: ingest of $DOCS documents (${duration}s) killed $KILLS times at random moments; $live kills hit a running ingest"
    echo "$KIND: $passed passed, $failed failed"
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
    if [ "$KIND" = postgres ]; then pg_server_stop; fi
done
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[ "$TOTAL_FAILED" -eq 0 ]
