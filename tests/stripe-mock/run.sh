#!/usr/bin/env bash
# The Rust client's Stripe-profile requests for all eleven operations, checked
# by stripe-mock against the official OpenAPI spec (the copy in api/openapi), on 127.0.0.1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SPEC="${PAYINTENT_SPEC:-$ROOT/api/openapi/payment_intents.openapi.json}"
[ -f "$SPEC" ] || { echo "spec not found at $SPEC"; exit 1; }
BIN="$ROOT/target/gobin/stripe-mock"
if [ ! -x "$BIN" ]; then
  GOBIN="$ROOT/target/gobin" go install github.com/stripe/stripe-mock@v0.197.0
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
LOG="$ROOT/target/stripe-mock.log"
# HTTPS cannot be switched off; keep it on a random loopback port too.
"$BIN" -spec "$SPEC" -strict-version-check -http-addr "127.0.0.1:$PORT" -https-addr 127.0.0.1:0 >"$LOG" 2>&1 &
PID=$!
# Stop it by PID whatever happens (success, failure, Ctrl-C, SIGTERM) and
# wait until it is gone, so that nothing outlives this script.
stop_server() { kill "$PID" 2>/dev/null && { wait "$PID" 2>/dev/null || true; }; return 0; }
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  kill -0 $PID 2>/dev/null || { cat "$LOG"; echo "stripe-mock did not start"; exit 1; }
  sleep 0.1
done
cd "$ROOT"
PAYINTENT_STRIPE_MOCK_URL="http://127.0.0.1:$PORT" cargo test -p payintent --test stripe_mock -- --ignored
