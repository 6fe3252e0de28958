#!/usr/bin/env bash
# Converts Reports/latest/series_wide.csv (or the file given) to .xlsx with LibreOffice headless and checks that
# the year columns came out as numbers and the names as text. Skips with a message where LibreOffice is absent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CSV="${1:-$ROOT/Reports/latest/series_wide.csv}"
SOFFICE="$(command -v soffice || command -v libreoffice || true)"
if [ -z "$SOFFICE" ]; then
    echo "check-spreadsheet: skipped — LibreOffice is not installed (apt-get install libreoffice-calc)"
    exit 0
fi
[ -f "$CSV" ] || { echo "check-spreadsheet: $CSV does not exist; run yardstick report first" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"$SOFFICE" --headless --convert-to xlsx --outdir "$OUT" "$CSV" >/dev/null 2>&1
XLSX="$OUT/$(basename "${CSV%.csv}").xlsx"
[ -f "$XLSX" ] || { echo "check-spreadsheet: LibreOffice produced no .xlsx" >&2; exit 1; }
python3 - "$XLSX" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode()
cells = re.findall(r'<c r="([A-Z]+)(\d+)"([^>]*)>(.*?)</c>', sheet)
numbers = text = bad = 0
for col, row, attrs, body in cells:
    if row == "1":
        continue
    is_text = 't="s"' in attrs or 't="inlineStr"' in attrs or 't="str"' in attrs
    if col in ("A", "B", "C", "D"):
        text += is_text
        bad += not is_text
    else:
        numbers += not is_text
        bad += is_text
print("check-spreadsheet: %d number cells, %d text cells, %d of the wrong type" % (numbers, text, bad))
sys.exit(1 if bad or numbers == 0 else 0)
PY
