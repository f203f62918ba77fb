#!/usr/bin/env bash
# Build the Node binding and run its tests against the sandbox.
# Idempotent: skips `npm ci` when node_modules matches package-lock.json.
# Never rewrites a tracked file: `npm ci` installs exactly the lock file
# (which lists every platform's optional packages, so it is in sync) and
# fails instead of changing it.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci (from package-lock.json)"
  npm ci --no-audit --no-fund
else
  echo "==> npm dependencies up to date"
fi

echo "==> napi build --platform (debug)"
npm run --silent build   # napi build --platform --js binding.js --output-dir native

echo "==> cargo build -p payintent-sandbox"
(cd "$ROOT" && cargo build -q -p payintent-sandbox)

echo "==> tsc --noEmit --strict (typed example)"
npx --no-install tsc --noEmit --strict -p test/tsconfig.json

echo "==> node --test"
node --test --test-reporter=spec test/*.test.js
