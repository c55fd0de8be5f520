#!/usr/bin/env bash
# Build the one-folder app with PyInstaller from a clean copy of this checkout, then smoke-test
# the bundle: --version, --self-test (window offscreen, demo import, letter PDF read back), the
# code paths the self-test does not reach (letters in every language, the brief with vector
# charts, chart PDF/SVG, signing and verifying), and the time to a painted window.
#
#   packaging/build.sh [OUT_DIR]     default: build/bundle; OUT_DIR is wiped, so it must be
#                                    new, empty, or an earlier OUT_DIR of this script
#
# Prints the build time, the bundle's size (on disk and as .tar.gz) and start times. The
# build runs under `nice -n ${BUILD_NICE:-10}`. It installs PyInstaller and the app's
# dependencies if they are missing, never the app itself (an editable install stays as it is).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$repo/build/bundle}")
# It wipes OUT_DIR, so OUT_DIR must hold nothing but what this script writes there.
if [ -d "$out" ]; then
    for entry in "$out"/* "$out"/.[!.]*; do
        case "${entry##*/}" in
        src | work | dist | requirements.txt | breakup-desk.tar.gz | '*' | '.[!.]*') ;;
        *) echo "build.sh: $out holds $entry; give an empty or new directory" >&2; exit 2 ;;
        esac
    done
fi
rm -rf "$out" && mkdir -p "$out/src"

# A clean copy: the checkout's tracked files (no caches, no untracked work in progress).
git -C "$repo" ls-files -z |
    (cd "$repo" && tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$out/src"
cd "$out/src"

python3 - >"$out/requirements.txt" <<'EOF'
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
print("pyinstaller>=6.5,<7\npypdf>=4,<8")  # pypdf reads the PDFs back
EOF
python3 -m pip install --quiet --disable-pip-version-check -r "$out/requirements.txt"

t0=$(date +%s.%N)
nice -n "${BUILD_NICE:-10}" python3 -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" packaging/breakup-desk.spec
t1=$(date +%s.%N)
bundle="$out/dist/breakup-desk"
app="$bundle/breakup-desk"
tar -C "$out/dist" -czf "$out/breakup-desk.tar.gz" breakup-desk
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$@"; }
echo "build: $(seconds "$t0" "$t1") s; bundle: $(du -sm "$bundle" | cut -f1) MB on disk," \
    "$(du -m "$out/breakup-desk.tar.gz" | cut -f1) MB as .tar.gz"

# The desktop integration travels in share/; the MIME package must compile.
share="$bundle/share"
test -f "$share/applications/org.breakupdesk.BreakupDesk.desktop"
test -f "$share/icons/hicolor/scalable/apps/org.breakupdesk.BreakupDesk.svg"
if command -v update-mime-database >/dev/null && [ -d /usr/share/mime/packages ]; then
    mime=$(mktemp -d) && mkdir -p "$mime/packages"
    cp /usr/share/mime/packages/*.xml "$share/mime/packages/"*.xml "$mime/packages/"
    update-mime-database "$mime" 2>/dev/null && grep -q "application/x-ndjson:\*.ndjson" "$mime/globs2"
    rm -rf "$mime"
fi

# Outside the checkout, with no Python path pointing into it: only the bundle may answer.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM=offscreen BREAKUP_DESK_HOME="$work/home" PYTHONPATH=
unset BREAKUP_DESK_DB BREAKUP_DESK_SETTINGS

# One version: desk/__init__.py (hatch reads it), the bundle's --version, the metainfo.
want=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$out/src/desk/__init__.py")
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' \
    "$out/src/packaging/org.breakupdesk.BreakupDesk.metainfo.xml" | head -1)
got=$("$app" --version)
test "$got" = "breakup-desk $want" || { echo "--version says '$got', want $want" >&2; exit 1; }
test "$release" = "$want" || { echo "metainfo's newest release is $release, not $want" >&2; exit 1; }
timed() { local a b; a=$(date +%s.%N); "$@" >/dev/null; b=$(date +%s.%N); seconds "$a" "$b"; }
version_times="$(timed "$app" --version) $(timed "$app" --version) $(timed "$app" --version)"

t0=$(date +%s.%N)
result=$("$app" --self-test)
t1=$(date +%s.%N)
echo "$result" | tail -1
pdf=$(echo "$result" | sed -n 's/.*letter at \(.*\.pdf\).*/\1/p')
selftest_dir=$(dirname "$pdf")
trap 'rm -rf "$work" "$selftest_dir"' EXIT
readback() {  # FILE TEXT: the PDF has a page whose text contains TEXT
    python3 -c "import sys, pypdf; r = pypdf.PdfReader(sys.argv[1]); \
assert any(sys.argv[2] in p.extract_text() for p in r.pages), sys.argv[1]" "$1" "$2"
}
readback "$pdf" "Victor Krane"
echo "self-test of the bundle: ok in $(seconds "$t0" "$t1") s (the letter PDF reads back)"

# What the self-test does not reach: babel's locales, svglib, matplotlib's PDF/SVG, pyHanko.
db="sqlite:///$selftest_dir/selftest.sqlite3"
for lang in en es ru zh sv; do
    "$app" -q --db "$db" letter draft 1 --lang "$lang" --out "$work/letter-$lang.pdf" >/dev/null
    readback "$work/letter-$lang.pdf" "Krane"
done
"$app" -q --db "$db" case brief 1 --out "$work/brief.pdf" >/dev/null
readback "$work/brief.pdf" "Victor Krane"
for kind in pdf svg png; do
    "$app" -q --db "$db" chart victor.krane@kranelogistics.example --out "$work/chart.$kind" \
        >/dev/null
    test -s "$work/chart.$kind"
done
python3 - "$work/signer.p12" <<'EOF'
import datetime as dt, sys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

key = ec.generate_private_key(ec.SECP256R1())
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bundle Smoke Test")])
now = dt.datetime.now(dt.timezone.utc)
cert = (
    x509.CertificateBuilder().subject_name(name).issuer_name(name)
    .public_key(key.public_key()).serial_number(x509.random_serial_number())
    .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
    .sign(key, hashes.SHA256())
)
p12 = pkcs12.serialize_key_and_certificates(
    b"smoke", key, cert, None, serialization.BestAvailableEncryption(b"smoke")
)
open(sys.argv[1], "wb").write(p12)
EOF
export SMOKE_P12_PASSWORD=smoke
"$app" -q --db "$db" letter sign "$work/letter-en.pdf" --p12 "$work/signer.p12" \
    --password-env SMOKE_P12_PASSWORD --out "$work/signed.pdf" >/dev/null
# (pyHanko logs why a self-signed signer is untrusted; the verdict is on stdout)
"$app" -q letter verify "$work/signed.pdf" 2>/dev/null | grep -q "intact: True"
echo "letters in en/es/ru/zh/sv, the brief, charts as PDF/SVG/PNG, signing: ok"

# Time to a painted window: on a new (empty) database, then on the self-test's 300 customers.
probe() { timed env BREAKUP_DESK_STARTUP_PROBE=1 "$@"; }
gui="$bundle/breakup-desk-gui"
empty="$(probe "$gui") $(probe "$gui") $(probe "$gui")"
demo="$(probe "$app" --db "$db") $(probe "$app" --db "$db") $(probe "$app" --db "$db")"
echo "start: --version $version_times s; window (empty db) $empty s;" \
    "window (300 customers) $demo s"
echo "bundle: $bundle (and $out/breakup-desk.tar.gz)"
