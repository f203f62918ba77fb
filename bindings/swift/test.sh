#!/usr/bin/env bash
# Build the uniffi library on the host, generate the Swift bindings, then build
# and test the Swift package (and compile the Swift example) inside a Debian
# trixie chroot that has swiftlang.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CHROOT="${PAYINTENT_SWIFT_CHROOT:-/var/cache/payintent/trixie-swift}"
export PAYINTENT_SWIFT_CHROOT="$CHROOT"

bash "$HERE/setup-chroot.sh"

cd "$ROOT"
cargo build -q -p payintent-uniffi -p uniffi-bindgen -p payintent-sandbox
GEN="$ROOT/target/uniffi-swift"
rm -rf "$GEN"
./target/debug/uniffi-bindgen generate --library target/debug/libpayintent_uniffi.so \
  --language swift --config uniffi.toml --out-dir "$GEN" 2>&1 | grep -v swiftformat || true
cp "$GEN/PayIntent.swift" "$HERE/Sources/PayIntent/PayIntent.swift"
cp "$GEN/payintent_uniffiFFI.h" "$HERE/Sources/payintent_uniffiFFI/payintent_uniffiFFI.h"

mounts=()
cleanup() {
  for ((i=${#mounts[@]}-1; i>=0; i--)); do umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() { mkdir -p "$2"; mountpoint -q "$2" || { mount --bind "$1" "$2"; mounts+=("$2"); }; }
mountpoint -q "$CHROOT/proc" || { mount -t proc proc "$CHROOT/proc"; mounts+=("$CHROOT/proc"); }
bind /dev "$CHROOT/dev"
bind "$ROOT" "$CHROOT$ROOT"

LIB="$ROOT/target/debug"
chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 \
  LD_LIBRARY_PATH="$LIB" PAYINTENT_SANDBOX="$LIB/payintent-sandbox" \
  PAYINTENT_SCENARIOS="$ROOT/tests/scenarios/payment_intents.json" \
  /bin/bash -ec "
    cd '$HERE'
    swift build -Xlinker -L'$LIB'
    swift test -Xlinker -L'$LIB'
    cd '$ROOT/examples/swift/Quickstart'
    swift build -Xlinker -L'$LIB'
  "
