#!/usr/bin/env bash
# Sets everything up (first time only) and starts Kinerja Kecamatan on its default
# database (created on first run in the per-user data folder, holding the Belawang sample).
# Extra arguments go to the app, e.g.: bash scripts/run.sh --db /path/to/other.db
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  echo "Tidak ada layar grafis (DISPLAY kosong). Jalankan dari desktop, atau: xvfb-run bash scripts/run.sh" >&2
  exit 1
fi
exec "$ROOT/.venv/bin/kinerja" "$@"
