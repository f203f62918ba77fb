#!/usr/bin/env bash
# Runs every test suite of the project: the API description and generated code
# (api), the Rust core and sandbox, the client against localstripe, the Python, Node, Kotlin and Swift bindings,
# and the packages of the host platform built and installed from dist/ (packages).
# Installs what it needs (pip, npm, Maven, apt, debootstrap) on first use.
#
#   scripts/test-all.sh              # everything
#   scripts/test-all.sh rust python  # only some suites
#
# The run must leave nothing behind: at the end it fails if a test server it
# started (payintent-sandbox, payintent-bench fixed-server, stripe-mock,
# localstripe) is still running (those are then killed by PID), or if a
# tracked file was modified (inside a git checkout).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Every process started by this run inherits this marker in its
# environment; the leftover check below only looks at processes carrying it
# (so servers of other runs on the same machine are never touched).
RUN_ID="test-all-$$-$(date +%s%N)"
export TEST_ALL_RUN_ID="$RUN_ID"

# Prints "PID command line" for each test server still running that carries
# this run's marker. Zombies (dead, not yet reaped) do not count.
leftover_servers() {
  python3 - "$RUN_ID" <<'PY'
import os, sys
marker = b"TEST_ALL_RUN_ID=" + sys.argv[1].encode()
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = [a for a in f.read().split(b"\0") if a]
        with open(f"/proc/{pid}/environ", "rb") as f:
            env = f.read().split(b"\0")
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
    except OSError:
        continue
    if not argv or state == b"Z" or marker not in env:
        continue
    exe = os.path.basename(argv[0])
    rest = b" ".join(argv[1:])
    if (exe in (b"payintent-sandbox", b"stripe-mock")
            or (exe == b"payintent-bench" and b"fixed-server" in rest)
            or (exe.startswith(b"python") and b"localstripe" in rest)):
        print(pid, b" ".join(argv).decode(errors="replace"))
PY
}

# The check must be able to see a leftover: a decoy named stripe-mock (a
# `sleep` under that name) started here must be reported.
leftover_check_works() {
  local dir pid found=""
  dir="$(mktemp -d)"
  ln -s "$(command -v sleep)" "$dir/stripe-mock"
  "$dir/stripe-mock" 60 &
  pid=$!
  for _ in $(seq 50); do
    grep -q stripe-mock "/proc/$pid/cmdline" 2>/dev/null && break
    sleep 0.05
  done
  found="$(leftover_servers | awk -v p="$pid" '$1 == p')"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rm -rf "$dir"
  [ -n "$found" ]
}

in_git=false
git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1 && in_git=true
tracked_changes() { git -C "$ROOT" status --porcelain --untracked-files=no; }
$in_git && changes_before="$(tracked_changes)"

ALL=(api rust localstripe stripe-mock python node kotlin swift packages)
if [ $# -gt 0 ]; then SUITES=("$@"); else SUITES=("${ALL[@]}"); fi

suite_api() {
  # --- release plumbing (issue 9): LICENSE copies identical, versions in step ---
  bash scripts/license-check.sh || return 1
  bash scripts/set-version.sh --check || return 1
  # --- end release plumbing ---
  bash scripts/codegen-check.sh || return 1
  # The five surfaces against the description (Swift/Kotlin from the built library).
  cargo build -q -p payintent-uniffi -p uniffi-bindgen || return 1
  python3 api/surfaces.py || return 1
  # The committed Swift sources (SwiftPM cannot run cargo) against the built library.
  bash bindings/swift/generate.sh --check
}
# The declared rust-version (Cargo.toml [workspace.package]) is true: the published
# crates check with exactly that toolchain against the locked dependencies.
rust_msrv_check() {
  local msrv
  msrv="$(sed -n '/^\[workspace\.package\]/,/^\[/s/^rust-version = "\(.*\)"/\1/p' Cargo.toml)"
  [ -n "$msrv" ] || { echo "no rust-version in Cargo.toml [workspace.package]"; return 1; }
  rustup toolchain list | grep -q "^$msrv[.-]" || rustup toolchain install "$msrv" --profile minimal || return 1
  cargo "+$msrv" check -q -p payintent -p payintent-sandbox --locked
}
suite_rust() {
  rust_msrv_check &&
  cargo build -p payintent-sandbox &&
  cargo test -p payintent -p payintent-sandbox 2>&1 &&
  # README's first command: the quickstart (with its webhook events) against the embedded sandbox.
  cargo run -q -p payintent --example quickstart
}
suite_localstripe() { bash tests/localstripe/run.sh; }
suite_stripe-mock() { bash tests/stripe-mock/run.sh; }
suite_python() { bash bindings/python/test.sh; }
suite_node() { bash bindings/node/test.sh; }
suite_kotlin() { bash bindings/kotlin/test.sh; }
suite_swift() { bash bindings/swift/test.sh; }
# Issue 9: every package of the host platform built into dist/ as for a
# release, then installed from there into fresh places and run (test-install).
suite_packages() {
  DIST_TARGETS=host bash scripts/dist.sh && bash scripts/test-install.sh &&
  # The Apple targets compile here (linking them needs Xcode: scripts/xcframework.sh on a Mac).
  bash scripts/xcframework.sh --check
}

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
echo "=================== leftovers ==================="
clean=true
if ! leftover_check_works; then
  clean=false
  echo "the leftover check cannot see processes (is /proc readable?)"
fi
left="$(leftover_servers)"
if [ -n "$left" ]; then
  clean=false
  echo "test servers started by this run are still running (killing them):"
  echo "$left" | sed 's/^/  /'
  echo "$left" | while read -r pid _; do kill -KILL "$pid" 2>/dev/null || true; done
fi
if $in_git; then
  changes_after="$(tracked_changes)"
  if [ -n "$changes_before" ]; then
    # The tree was already dirty (work in progress): report only new entries.
    new="$(comm -13 <(echo "$changes_before" | sort) <(echo "$changes_after" | sort))"
  else
    new="$changes_after"
  fi
  if [ -n "$new" ]; then
    clean=false
    echo "the run modified tracked files:"
    echo "$new" | sed 's/^/  /'
    [ -n "$changes_before" ] && echo "  (the tree was not clean at the start: edits made by hand during the run show here too)"
  fi
fi
if $clean; then
  echo "no test server left running, no tracked file modified"
else
  failed=$((failed + 1)); failed_names+=("leftovers")
fi
echo
[ "$failed" -gt 0 ] && echo "failed suites: ${failed_names[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
