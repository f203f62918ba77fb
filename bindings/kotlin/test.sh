#!/usr/bin/env bash
# Kotlin suite: the binding crate's unit tests, then the Maven build (which builds the library, generates the
# Kotlin bindings and stages the native library as a JNA resource) and its JUnit suite against the sandbox.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
cargo build -q -p payintent-sandbox
mkdir -p "$HERE/target"
# Unit tests of the binding crate itself (keys, durations, typed errors, unknown enums).
if ! cargo test -q -p payintent-uniffi > "$HERE/target/cargo-test.log" 2>&1; then
  cat "$HERE/target/cargo-test.log"; exit 1
fi
grep "^test result" "$HERE/target/cargo-test.log" | head -1 | sed 's/^/payintent-uniffi unit tests: /'
cd "$HERE"
# Classes from an earlier generation would stay on the compile classpath and hide errors.
rm -rf target/surefire-reports target/classes target/test-classes
rc=0
# The pom's default cargo profile, dev: the library build the other suites share.
mvn -B -q -Dstyle.color=never test \
  ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local="$MAVEN_REPO_LOCAL"} || rc=$?
echo "kotlin: surefire reports:"
cat target/surefire-reports/*.txt 2>/dev/null || true
# Totals in Surefire's own summary format.
awk -F'[:,]' '/^Tests run:/ { r += $2; f += $4; e += $6; s += $8 }
  END { printf "\nResults:\n\nTests run: %d, Failures: %d, Errors: %d, Skipped: %d\n", r, f, e, s }' \
  target/surefire-reports/*.txt 2>/dev/null || true
exit "$rc"
