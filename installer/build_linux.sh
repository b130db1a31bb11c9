#!/usr/bin/env bash
# Freeze the Linux bundle with PyInstaller (from the project's .venv) and smoke-test it:
# it creates its database from the sample, prints the lampiran (text checked), renders its
# window to PNG; then start-up of the frozen app against the app from source, same run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/build/linux"
rm -rf "$OUT"
mkdir -p "$OUT"
PY="$ROOT/.venv/bin/python"
bash scripts/setup.sh  # idempotent: installs only what is missing
if ! command -v pdftotext >/dev/null 2>&1; then  # to read the smoke test's PDF back
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
fi
"$PY" -m pip install -q "pyinstaller>=6.10"
START=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/work" installer/kinerja.spec
BUILD_S=$(( $(date +%s) - START ))
EXE="$OUT/dist/KinerjaKecamatan/KinerjaKecamatan"
export QT_QPA_PLATFORM=offscreen KINERJA_DATA_DIR="$OUT/data"
"$EXE" gui --screenshot "$OUT/jendela.png" 2>/dev/null
test -s "$KINERJA_DATA_DIR/kinerja.db" && test -s "$OUT/jendela.png"
"$EXE" print lampiran --out "$OUT/lampiran.pdf" >/dev/null
pdftotext "$OUT/lampiran.pdf" "$OUT/lampiran.txt"
for s in "KASI PEMERINTAHAN" "MUHAMMAD HUSAINI, S.Sos, M.Si" "NIP. 19741018 199403 1 003"; do
  grep -q "$s" "$OUT/lampiran.txt" || { echo "PDF tanpa «$s»"; exit 1; }
done
"$EXE" check >/dev/null
ms() { local a b; a=$(date +%s%N); "$@" >/dev/null 2>&1; b=$(date +%s%N); echo $(( (b - a) / 1000000 )); }
frozen=(); source=()
for i in 1 2 3 4 5; do
  frozen+=("$(ms "$EXE" gui --screenshot "$OUT/f.png")")
  source+=("$(ms "$PY" -m app gui --screenshot "$OUT/s.png")")
done
med() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
F=$(med "${frozen[@]}"); S=$(med "${source[@]}")
cat > "$OUT/ringkasan.txt" <<EOT
Linux bundle: $(du -sm "$OUT/dist/KinerjaKecamatan" | cut -f1) MB, built in $BUILD_S s
start + window PNG, median of 5: frozen $F ms, from source $S ms, ratio $(python3 -c "print(round($F / $S, 2))")
EOT
cat "$OUT/ringkasan.txt"
