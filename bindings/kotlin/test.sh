#!/usr/bin/env bash
# Build the uniffi library, generate the Kotlin bindings, run the JUnit suite.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
cargo build -q -p payintent-uniffi -p uniffi-bindgen -p payintent-sandbox
rm -rf "$HERE/target/generated-sources/uniffi"
./target/debug/uniffi-bindgen generate --library target/debug/libpayintent_uniffi.so \
  --language kotlin --config uniffi.toml --out-dir "$HERE/target/generated-sources/uniffi" 2>&1 | grep -v -i 'ktlint\|format' || true
test -f "$HERE/target/generated-sources/uniffi/dev/payintent/payintent_uniffi.kt"
cd "$HERE" && mvn -B -q test -Dsurefire.printSummary=true
echo "kotlin: surefire reports:"
cat "$HERE"/target/surefire-reports/*.txt
