#!/usr/bin/env bash
# Build the Python binding into a venv and run stubtest and pytest against the sandbox.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="$ROOT/target/venv-python"
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
if ! "$VENV/bin/python" -c "import maturin, pytest, mypy" 2>/dev/null; then
  "$VENV/bin/pip" install --quiet "maturin>=1.5,<2" "pytest>=8" "mypy>=1.10"
fi
cd "$ROOT"
cargo build -q -p payintent-sandbox
(cd "$HERE" && VIRTUAL_ENV="$VENV" PATH="$VENV/bin:$PATH" maturin develop --quiet)
echo "==> stubtest"
"$VENV/bin/python" -m mypy.stubtest payintent._payintent
echo "==> mypy --strict (package and tests)"
(cd "$HERE" && "$VENV/bin/python" -m mypy --strict python/payintent tests --ignore-missing-imports)
echo "==> pytest"
cd "$HERE/tests" && "$VENV/bin/python" -m pytest -q -p no:cacheprovider .
