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
# Two packages: dev.payintent (client, options, pagers) and dev.payintent.types (the core's own types).
for f in dev/payintent/payintent_uniffi.kt dev/payintent/types/payintent.kt; do
  test -f "$HERE/target/generated-sources/uniffi/$f" || { echo "kotlin: uniffi-bindgen did not generate $f" >&2; exit 1; }
done
# Unit tests of the binding crate itself (keys, durations, typed errors, unknown enums).
if ! cargo test -q -p payintent-uniffi > "$HERE/target/cargo-test.log" 2>&1; then
  cat "$HERE/target/cargo-test.log"; exit 1
fi
grep "^test result" "$HERE/target/cargo-test.log" | head -1 | sed 's/^/payintent-uniffi unit tests: /'
cd "$HERE"
# Classes from an earlier generation would stay on the compile classpath and hide errors.
rm -rf target/surefire-reports target/classes target/test-classes
rc=0
mvn -B -q -Dstyle.color=never test ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local="$MAVEN_REPO_LOCAL"} || rc=$?
echo "kotlin: surefire reports:"
cat target/surefire-reports/*.txt 2>/dev/null || true
# Totals in Surefire's own summary format.
awk -F'[:,]' '/^Tests run:/ { r += $2; f += $4; e += $6; s += $8 }
  END { printf "\nResults:\n\nTests run: %d, Failures: %d, Errors: %d, Skipped: %d\n", r, f, e, s }' \
  target/surefire-reports/*.txt 2>/dev/null || true
exit "$rc"
