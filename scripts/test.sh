#!/usr/bin/env bash
# Sets everything up (first time only) and runs the whole test suite, headless.
# Extra arguments go to pytest, e.g.: bash scripts/test.sh -k sample
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
