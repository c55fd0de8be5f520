#!/usr/bin/env bash
# Build the one-folder app with PyInstaller in a clean directory, then smoke-test the bundle:
# it must start offscreen, import the demo, write a letter PDF and exit 0.
#   packaging/build.sh [OUT_DIR]          (default: build/bundle)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/bundle}"
rm -rf "$out" && mkdir -p "$out"
python3 -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.5,<7" -e .
start=$(date +%s)
python3 -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" packaging/breakup-desk.spec
built=$(date +%s)
app="$out/dist/breakup-desk/breakup-desk"
size=$(du -sm "$out/dist/breakup-desk" | cut -f1)
echo "build: $((built - start)) s, bundle: ${size} MB"
export QT_QPA_PLATFORM=offscreen
t0=$(date +%s.%N)
result=$("$app" --self-test)
t1=$(date +%s.%N)
echo "$result"
pdf=$(echo "$result" | sed -n 's/.*letter at \(.*\.pdf\).*/\1/p')
test -s "$pdf"
python3 -c "import sys, pypdf; r = pypdf.PdfReader(sys.argv[1]); assert 'Victor Krane' in r.pages[0].extract_text()" "$pdf"
echo "self-test of the bundle: ok in $(python3 -c "print(round($t1 - $t0, 1))") s (PDF read back: $pdf)"
