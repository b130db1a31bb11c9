#!/usr/bin/env bash
# Sets up everything Kinerja Kecamatan needs on a fresh Debian/Ubuntu machine:
#   1. the system libraries Qt needs (apt-get, as root or through sudo);
#   2. a Python virtual environment in .venv with the app installed (editable).
# Usage: bash scripts/setup.sh [--test]   (--test also installs the test tools)
# Safe to run again: it only does what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
EXTRAS=""
[ "${1:-}" = "--test" ] && EXTRAS="[test]"

DEBS="libegl1 libgl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
      libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core python3-venv"
# the tests also kill a commit at chosen writes (strace's fault injection)
[ "${1:-}" = "--test" ] && DEBS="$DEBS strace"
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $DEBS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "==> Memasang pustaka sistem untuk Qt:$missing"
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "Perlu hak root untuk memasang:$missing" >&2; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Perlu Python 3.11 atau lebih baru (ditemukan: $("$PY" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "==> Membuat lingkungan Python di .venv"
  "$PY" -m venv .venv
fi
stamp=".venv/.terpasang$EXTRAS"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "==> Memasang aplikasi dan dependensinya (sekali saja; beberapa menit)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$EXTRAS"
  touch "$stamp"
fi
