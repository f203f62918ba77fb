#!/usr/bin/env bash
# Build the Python binding into a venv (bindings/python/.venv) and run
# mypy.stubtest, mypy and pytest against the sandbox. Idempotent: reuses the
# venv and skips installs that are already done.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="$HERE/.venv"
PY="$VENV/bin/python"

if [ ! -x "$PY" ]; then
  echo "==> creating venv $VENV"
  python3 -m venv "$VENV"
fi
if ! "$PY" -c "import maturin, pytest, mypy" 2>/dev/null; then
  echo "==> installing maturin, pytest, mypy"
  "$PY" -m pip install --quiet --disable-pip-version-check "maturin>=1.8,<2" "pytest>=8" "mypy>=1.10"
fi

echo "==> building the sandbox"
(cd "$ROOT" && cargo build --quiet -p payintent-sandbox)

echo "==> maturin develop (debug)"
(cd "$HERE" && VIRTUAL_ENV="$VENV" PATH="$VENV/bin:$PATH" maturin develop --quiet)

cd "$HERE"
echo "==> stubtest"
"$PY" -m mypy.stubtest payintent
echo "==> mypy --strict (package, tests, example)"
"$PY" -m mypy --strict --cache-dir "$HERE/.mypy_cache" python/payintent tests "$ROOT/examples/python/quickstart.py"
echo "==> pytest"
PAYINTENT_SANDBOX_BIN="$ROOT/target/debug/payintent-sandbox" "$PY" -m pytest -p no:cacheprovider tests "$@"
