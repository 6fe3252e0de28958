#!/usr/bin/env bash
# Renders Reports/latest/report.html (or the file given) to a PNG with headless Chromium (Debian's `chromium`).
# Skips with a message where Chromium is not installed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HTML="${1:-$ROOT/Reports/latest/report.html}"
PNG="${2:-${HTML%.html}.png}"
BROWSER="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$BROWSER" ]; then
    echo "screenshot: skipped — no Chromium here (apt-get install chromium)"
    exit 0
fi
[ -f "$HTML" ] || { echo "screenshot: $HTML does not exist; run yardstick report or run first" >&2; exit 1; }
HTML="$(cd "$(dirname "$HTML")" && pwd)/$(basename "$HTML")"   # file:// needs an absolute path
"$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2600 \
    --screenshot="$PNG" "file://$HTML" >/dev/null 2>&1
[ -s "$PNG" ] || { echo "screenshot: Chromium wrote no image" >&2; exit 1; }
echo "screenshot: $PNG"
