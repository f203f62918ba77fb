#!/usr/bin/env bash
# A Debian trixie chroot with the swiftlang package, for building and testing
# the Swift package on a machine without Swift. Idempotent: a marker file
# records a finished setup. The chroot lives outside the repository.
set -euo pipefail
CHROOT="${PAYINTENT_SWIFT_CHROOT:-/var/cache/payintent/trixie-swift}"
MARKER="$CHROOT/.payintent-swift-ready"
if [ -f "$MARKER" ]; then echo "swift chroot ready at $CHROOT"; exit 0; fi

# The Debian mirror this machine already uses.
MIRROR=$(grep -hoE '^URIs: *http[^ ]*/debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | sed 's/^URIs: *//')
[ -n "$MIRROR" ] || MIRROR=$(grep -hoE '^deb +http[^ ]*/debian/? ' /etc/apt/sources.list 2>/dev/null | head -1 | awk '{print $2}')
[ -n "$MIRROR" ] || { echo "no Debian mirror configured in /etc/apt"; exit 1; }

if ! command -v debootstrap >/dev/null; then
  apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null
fi
mkdir -p "$CHROOT"
if [ ! -x "$CHROOT/usr/bin/apt-get" ]; then
  echo "debootstrap trixie from $MIRROR into $CHROOT"
  debootstrap --variant=minbase trixie "$CHROOT" "$MIRROR"
fi
mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
trap 'umount "$CHROOT/proc" 2>/dev/null || true' EXIT
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true
chroot "$CHROOT" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$CHROOT" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  swiftlang libcurl4-openssl-dev libxml2-dev ca-certificates >/dev/null
chroot "$CHROOT" swift --version
touch "$MARKER"
