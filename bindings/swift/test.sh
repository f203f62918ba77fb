#!/usr/bin/env bash
# Builds and tests the Swift package:
#   1. a Debian trixie chroot with swiftlang (setup-chroot.sh; skipped when ready),
#   2. on the host: cargo build of the uniffi library, uniffi-bindgen and the
#      sandbox (bookworm's glibc is older than trixie's, so they run in the chroot),
#   3. generate.sh: the generated Swift code and FFI headers brought up to date
#      in the package (they are committed), and gen-swift.py's mirrors and test helpers,
#   4. in the chroot (the repository bind-mounted at the same path):
#      `swift build`, `swift test` (XCTest, shared scenarios against the
#      sandbox), and the example package built and run against the sandbox
#      (checking that the webhook events of its flow arrived, once each).
# Exits non-zero when anything fails. Needs root (chroot, mount).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CHROOT="${PAYINTENT_SWIFT_CHROOT:-/var/cache/payintent/trixie-swift}"
export PAYINTENT_SWIFT_CHROOT="$CHROOT"
t0=$(date +%s)

if [ "$(id -u)" -ne 0 ]; then
  # chroot and mount need root; keep the caller's toolchain (cargo) on PATH.
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    exec sudo -n --preserve-env=PATH,HOME,CARGO_HOME,RUSTUP_HOME,CARGO_TARGET_DIR,PAYINTENT_SWIFT_CHROOT,PAYINTENT_DEBIAN_MIRROR,TEST_ALL_RUN_ID \
      bash "${BASH_SOURCE[0]}" "$@"
  fi
  echo "bindings/swift/test.sh needs root (chroot, mount) or passwordless sudo" >&2
  exit 1
fi

bash "$HERE/setup-chroot.sh"
CHROOT="$(readlink -f "$CHROOT")"
t1=$(date +%s)

cd "$ROOT"
cargo build -p payintent-uniffi -p uniffi-bindgen -p payintent-sandbox
LIB="$ROOT/target/debug"
# The generated Swift code, FFI headers, mirrors and test helpers (committed; only changed files are
# rewritten, so that SwiftPM's incremental build stays warm).
bash "$HERE/generate.sh"
t2=$(date +%s)

# One run at a time per chroot (runs share the mounts and .build; two runs
# from different checkouts would still both bind-mount their own tree).
exec 8>"$CHROOT.run.lock"
flock 8

# The test process lists the sandboxes it starts here (same PIDs on the host).
PIDS="$ROOT/target/swift-sandbox.pids"
: > "$PIDS"
mounts=()
cleanup() {
  local i pid
  # A sandbox left behind by a crashed test process: kill it, if that PID
  # still is a process inside the chroot.
  while read -r pid; do
    [ -n "$pid" ] && [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$CHROOT" ] && kill -KILL "$pid" 2>/dev/null || true
  done < "$PIDS"
  for ((i=${#mounts[@]}-1; i>=0; i--)); do
    umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mnt() { mountpoint -q "$2" || { mkdir -p "$2"; mount "${@:3}" "$1" "$2"; mounts+=("$2"); }; }
mnt proc "$CHROOT/proc" -t proc
mnt sysfs "$CHROOT/sys" -t sysfs
mnt /dev "$CHROOT/dev" --bind
mnt "$ROOT" "$CHROOT$ROOT" --bind

# -rpath: the test bundle and the example find libpayintent_uniffi.so without
# LD_LIBRARY_PATH. --disable-swift-testing: the suite is XCTest only.
LINK=(-Xlinker "-L$LIB" -Xlinker -rpath -Xlinker "$LIB")
status=0
chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 \
  PAYINTENT_SANDBOX="$LIB/payintent-sandbox" PAYINTENT_SANDBOX_PIDS="$PIDS" \
  TEST_ALL_RUN_ID="${TEST_ALL_RUN_ID:-}" \
  PAYINTENT_SCENARIOS="$ROOT/tests/scenarios/payment_intents.json" \
  /bin/bash -euo pipefail -c '
    HERE=$1; ROOT=$2; shift 2; LINK=("$@")
    cd "$HERE"
    swift build --build-tests "${LINK[@]}"
    swift test --skip-build --disable-swift-testing "${LINK[@]}"

    echo "--- example: examples/swift/Quickstart"
    cd "$ROOT/examples/swift/Quickstart"
    swift build "${LINK[@]}"
    out=$(mktemp); "$PAYINTENT_SANDBOX" --port 0 > "$out" 2>/dev/null & sb=$!
    echo "$sb" >> "$PAYINTENT_SANDBOX_PIDS"   # killed by the host side too if this shell dies
    trap "kill $sb 2>/dev/null || true; rm -f $out" EXIT
    for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.1; done
    url=$(head -1 "$out" | awk "{print \$NF}")
    log=$(mktemp)
    trap "kill $sb 2>/dev/null || true; rm -f $out $log" EXIT
    PAYINTENT_BASE_URL=$url PAYINTENT_API_KEY=sk_test_quickstart ./.build/debug/Quickstart | tee "$log"
    # The webhook events of its flow arrived, verified, each event id handled once.
    for t in created amount_capturable_updated succeeded canceled payment_failed; do
      grep -q "^webhook   evt_[A-Za-z0-9]* payment_intent\.$t pi_" "$log" \
        || { echo "quickstart: no payment_intent.$t webhook event" >&2; exit 1; }
    done
    n=$(grep -c "^webhook   evt_" "$log")
    [ "$(grep "^webhook   evt_" "$log" | awk "{print \$2}" | sort -u | wc -l)" -eq "$n" ] \
      || { echo "quickstart: an event id was handled twice" >&2; exit 1; }
    grep -q "^handled $n events of the flow once each$" "$log" || { echo "quickstart: no summary line" >&2; exit 1; }
    if grep -q "refused a delivery" "$log"; then echo "quickstart: a delivery did not verify" >&2; exit 1; fi
    rm -f "$log"
  ' swift-suite "$HERE" "$ROOT" "${LINK[@]}" || status=$?
t3=$(date +%s)
echo "swift suite: chroot $((t1 - t0)) s, cargo + bindgen $((t2 - t1)) s, swift build/test/example $((t3 - t2)) s"
exit "$status"
