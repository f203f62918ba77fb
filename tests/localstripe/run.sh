#!/usr/bin/env bash
# The Rust client's happy paths against localstripe, bound to 127.0.0.1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$ROOT/target/venv-localstripe"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import localstripe" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "localstripe==1.15.10"
fi
PORT=$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
LOG="$ROOT/target/localstripe.log"
"$VENV/bin/python" "$ROOT/tests/localstripe/serve.py" "$PORT" >"$LOG" 2>&1 &
PID=$!
# Stop it by PID whatever happens (success, failure, Ctrl-C, SIGTERM) and
# wait until it is gone, so that nothing outlives this script.
stop_server() { kill "$PID" 2>/dev/null && { wait "$PID" 2>/dev/null || true; }; return 0; }
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  kill -0 $PID 2>/dev/null || { cat "$LOG"; echo "localstripe did not start"; exit 1; }
  sleep 0.1
done
cd "$ROOT"
PAYINTENT_LOCALSTRIPE_URL="http://127.0.0.1:$PORT" cargo test -p payintent --test localstripe -- --ignored --test-threads=1
