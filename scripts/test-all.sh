#!/usr/bin/env bash
# Runs every test suite of the project: the Rust core and sandbox, the client
# against localstripe, and the Python, Node, Kotlin and Swift bindings.
# Installs what it needs (pip, npm, Maven, apt, debootstrap) on first use.
#
#   scripts/test-all.sh              # everything
#   scripts/test-all.sh rust python  # only some suites
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ALL=(rust localstripe stripe-mock python node kotlin swift)
if [ $# -gt 0 ]; then SUITES=("$@"); else SUITES=("${ALL[@]}"); fi

suite_rust() {
  cargo build -p payintent-sandbox &&
  cargo test -p payintent -p payintent-sandbox 2>&1
}
suite_localstripe() { bash tests/localstripe/run.sh; }
suite_stripe-mock() { bash tests/stripe-mock/run.sh; }
suite_python() { bash bindings/python/test.sh; }
suite_node() { bash bindings/node/test.sh; }
suite_kotlin() { bash bindings/kotlin/test.sh; }
suite_swift() { bash bindings/swift/test.sh; }

passed=0; failed=0; failed_names=()
for s in "${SUITES[@]}"; do
  echo
  echo "=================== suite: $s ==================="
  start=$(date +%s)
  if "suite_$s"; then
    passed=$((passed + 1)); verdict=ok
  else
    failed=$((failed + 1)); failed_names+=("$s"); verdict=FAILED
  fi
  echo "=================== suite $s: $verdict in $(( $(date +%s) - start )) s"
done
echo
[ "$failed" -gt 0 ] && echo "failed suites: ${failed_names[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
