#!/usr/bin/env bash
# test-install part "swift" (run by scripts/test-install.sh): a fresh SwiftPM package in a temp dir depends by path
# on the unpacked $DIST_DIR/swift/payintent-swift-<version>.tar.gz, links the Linux library from
# $DIST_DIR/swift/linux-<arch>/, and runs a short quickstart (create, confirm, capture, a refused cancel) against
# the sandbox. Swift runs in the Debian trixie chroot of bindings/swift/setup-chroot.sh (needs root, like
# bindings/swift/test.sh); the temp dir lives inside the chroot and the repository is not mounted there.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
CHROOT="${PAYINTENT_SWIFT_CHROOT:-/var/cache/payintent/trixie-swift}"
export PAYINTENT_SWIFT_CHROOT="$CHROOT"

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    exec sudo -n --preserve-env=PATH,HOME,CARGO_HOME,RUSTUP_HOME,CARGO_TARGET_DIR,DIST_DIR,PAYINTENT_SWIFT_CHROOT,PAYINTENT_DEBIAN_MIRROR,TEST_ALL_RUN_ID \
      bash "${BASH_SOURCE[0]}" "$@"
  fi
  echo "test-install swift needs root (chroot, mount) or passwordless sudo" >&2
  exit 1
fi

VERSION="$(sed -n '/^\[workspace\.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml")"
ARCHIVE="$DIST_DIR/swift/payintent-swift-$VERSION.tar.gz"
NATIVE="$DIST_DIR/swift/linux-$(uname -m)/libpayintent_uniffi.so"
for f in "$ARCHIVE" "$NATIVE"; do
  [ -f "$f" ] || { echo "test-install swift: no $f (run DIST_TARGETS=host scripts/dist.sh swift)" >&2; exit 1; }
done
bash "$ROOT/bindings/swift/setup-chroot.sh"
CHROOT="$(readlink -f "$CHROOT")"
cargo build -q --manifest-path "$ROOT/Cargo.toml" -p payintent-sandbox
SANDBOX="${CARGO_TARGET_DIR:-$ROOT/target}/debug/payintent-sandbox"

# One run at a time per chroot (shared with bindings/swift/test.sh: the same mounts).
exec 8>"$CHROOT.run.lock"
flock 8
T="$(mktemp -d "$CHROOT/tmp/payintent-install.XXXXXX")"   # the host's path
IN="${T#"$CHROOT"}"                                          # the same dir inside the chroot
mounts=()
cleanup() {
  local i pid
  if [ -f "$T/sandbox.pid" ]; then
    pid=$(cat "$T/sandbox.pid")
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$CHROOT" ] && kill "$pid" 2>/dev/null || true
  fi
  for ((i=${#mounts[@]}-1; i>=0; i--)); do
    umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null || true
  done
  rm -rf "$T"
  rm -f "$CHROOT/tmp/$(echo "$IN/app" | tr / _)"_.build*.lock   # SwiftPM's lock files for the app's .build
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mnt() { mountpoint -q "$2" || { mkdir -p "$2"; mount "${@:3}" "$1" "$2"; mounts+=("$2"); }; }
mnt proc "$CHROOT/proc" -t proc
mnt /dev "$CHROOT/dev" --bind

mkdir -p "$T/lib" "$T/app/Sources/App"
tar xzf "$ARCHIVE" -C "$T"
mv "$T/payintent-swift-$VERSION" "$T/payintent"
cp "$NATIVE" "$T/lib/"
cp "$SANDBOX" "$T/payintent-sandbox"
cat > "$T/app/Package.swift" <<'EOF'
// swift-tools-version:5.9
// A consumer of the payintent Swift package (scripts/test-install/swift.sh).
import PackageDescription

let package = Package(
    name: "App",
    platforms: [.macOS(.v12)],
    dependencies: [.package(path: "../payintent")],
    targets: [
        .executableTarget(name: "App", dependencies: [.product(name: "PayIntent", package: "payintent")]),
    ]
)
EOF
cat > "$T/app/Sources/App/main.swift" <<'EOF'
// The installed package's quickstart (scripts/test-install/swift.sh): authorize, capture, a refused cancel.
import Foundation
import PayIntent

let env = ProcessInfo.processInfo.environment
let client = try Client(apiKey: "sk_test_install", options: ClientOptions(baseUrl: env["PAYINTENT_BASE_URL"], maxRetries: 2))
var pi = try await client.create(
    params: CreateParams(amount: 2000, currency: "usd", captureMethod: .manual),
    options: RequestOptions(idempotencyKey: "install-\(UUID().uuidString)"))
pi = try await client.confirm(id: pi.id, params: ConfirmParams(paymentMethod: "pm_card_visa"))
pi = try await client.capture(id: pi.id, params: CaptureParams(amountToCapture: 1500))
print("captured \(pi.id) \(pi.status) \(pi.amountReceived ?? 0)")
do {
    _ = try await client.cancel(id: pi.id)
    print("cancel of a captured intent succeeded")
} catch let e as PayIntentError {
    print("cancel refused: \(e.kind)")
}
EOF

start=$(date +%s)
chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 TEST_ALL_RUN_ID="${TEST_ALL_RUN_ID:-}" \
  /bin/bash -euo pipefail -c '
    IN=$1
    cd "$IN/app"
    swift build -q -Xlinker "-L$IN/lib" -Xlinker -rpath -Xlinker "$IN/lib"
    "$IN/payintent-sandbox" --port 0 > "$IN/sandbox.out" 2>/dev/null & echo $! > "$IN/sandbox.pid"
    for _ in $(seq 100); do grep -q listening "$IN/sandbox.out" && break; sleep 0.1; done
    url=$(head -1 "$IN/sandbox.out" | awk "{print \$NF}")
    PAYINTENT_BASE_URL=$url ./.build/debug/App | tee "$IN/app.out"
    kill "$(cat "$IN/sandbox.pid")"
  ' test-install "$IN"
grep -Eq '^captured pi_[A-Za-z0-9]+ succeeded 1500$' "$T/app.out" \
  || { echo "test-install swift: the quickstart did not capture 1500" >&2; exit 1; }
grep -qx 'cancel refused: invalid_request_error' "$T/app.out" \
  || { echo "test-install swift: cancelling a captured intent was not refused as invalid_request_error" >&2; exit 1; }
echo "test-install swift: ok (swift build and run $(( $(date +%s) - start )) s)"
