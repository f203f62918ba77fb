#!/usr/bin/env bash
# Build the Node binding and run its tests against the sandbox.
# Idempotent: skips npm install when node_modules matches package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm install rather than npm ci: the lock file cannot list the other
  # platforms' optional packages of @napi-rs/cli's lzma dependency, which
  # this registry does not serve, so `npm ci` would refuse it as out of sync.
  echo "==> npm install (from package-lock.json)"
  npm install --no-audit --no-fund
else
  echo "==> npm dependencies up to date"
fi

echo "==> napi build --platform (debug)"
npx --no-install napi build --platform --output-dir native

echo "==> cargo build -p payintent-sandbox"
(cd "$ROOT" && cargo build -q -p payintent-sandbox)

echo "==> tsc --noEmit --strict (typed example)"
npx --no-install tsc --noEmit --strict -p test/tsconfig.json

echo "==> node --test"
node --test --test-reporter=spec test/*.test.js
