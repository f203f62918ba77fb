#!/usr/bin/env bash
# A Debian trixie chroot with the `swiftlang` package (Swift 6.0.3), for
# building and testing the Swift package on a machine without Swift (e.g. a
# Debian bookworm CI host). Needs root.
#
# Idempotent: each stage leaves a marker, so a second run returns at once and
# an interrupted run resumes. The chroot lives outside the repository:
#   PAYINTENT_SWIFT_CHROOT   default /var/cache/payintent/trixie-swift
#   PAYINTENT_DEBIAN_MIRROR  default: the Debian mirror this machine's apt uses
#
# Measured on 2 cores (deb.debian.org): debootstrap ~90 s, swiftlang + deps
# (~570 MB of .debs, 2.6 GB in all) ~90 s; about 3 minutes in all.
set -euo pipefail
CHROOT="${PAYINTENT_SWIFT_CHROOT:-/var/cache/payintent/trixie-swift}"
READY="$CHROOT/.payintent-swift-ready"
BOOTSTRAPPED="$CHROOT/.payintent-debootstrap-done"
# swiftlang pulls in gcc, binutils and libswiftlang (Foundation, XCTest; needs
# libcurl4t64 and libxml2, which it depends on). libc6-dev is only a
# Recommends of gcc, but Swift needs its headers for the Glibc module.
PACKAGES=(swiftlang libc6-dev)

# The ready marker holds the package list, so changing it re-runs apt.
ready() { [ -f "$READY" ] && [ "$(cat "$READY")" = "${PACKAGES[*]}" ]; }
if ready; then echo "swift chroot ready at $CHROOT"; exit 0; fi
[ "$(id -u)" -eq 0 ] || { echo "setup-chroot.sh must run as root (debootstrap, chroot, mount)" >&2; exit 1; }

# One setup at a time (two suites started together must not both debootstrap).
mkdir -p "$(dirname "$CHROOT")"
exec 9>"$CHROOT.lock"
flock 9
if ready; then echo "swift chroot ready at $CHROOT"; exit 0; fi

mirror() {
  if [ -n "${PAYINTENT_DEBIAN_MIRROR:-}" ]; then echo "$PAYINTENT_DEBIAN_MIRROR"; return; fi
  local m
  # deb822 sources (bookworm's default), then one-line sources.list entries.
  m=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | tr ' ' '\n' | grep -E '^https?://.*/debian/?$' | head -1 || true)
  [ -n "$m" ] || m=$(grep -hsE '^deb +(\[[^]]*\] +)?https?://' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
    | sed -E 's/^deb +(\[[^]]*\] +)?//' | awk '{print $1}' | grep -E '/debian/?$' | head -1 || true)
  echo "$m"
}

started=$(date +%s)
# (A ready marker from an older package list means debootstrap finished.)
[ -f "$READY" ] && touch "$BOOTSTRAPPED"
if [ ! -f "$BOOTSTRAPPED" ]; then
  if ! command -v debootstrap >/dev/null; then
    echo "installing debootstrap on the host"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  MIRROR=$(mirror)
  [ -n "$MIRROR" ] || { echo "no Debian mirror found in /etc/apt; set PAYINTENT_DEBIAN_MIRROR" >&2; exit 1; }
  # A half-finished debootstrap cannot be resumed: start over (nothing may be
  # mounted inside; refuse rather than delete through a mount).
  if [ -e "$CHROOT" ]; then
    if grep -q " $CHROOT/" /proc/mounts; then echo "$CHROOT has mounts inside; unmount them first" >&2; exit 1; fi
    rm -rf "$CHROOT"
  fi
  echo "debootstrap trixie (minbase) from $MIRROR into $CHROOT"
  debootstrap --variant=minbase trixie "$CHROOT" "$MIRROR" > "$CHROOT.debootstrap.log" 2>&1 \
    || { tail -20 "$CHROOT.debootstrap.log" >&2; exit 1; }
  touch "$BOOTSTRAPPED"
  echo "debootstrap done in $(( $(date +%s) - started )) s"
fi

mounted=()
cleanup() { for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT
# apt and dpkg maintainer scripts want /proc; nothing here needs /sys or /dev
# beyond the nodes debootstrap creates.
mountpoint -q "$CHROOT/proc" || { mount -t proc proc "$CHROOT/proc"; mounted+=("$CHROOT/proc"); }
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true

step=$(date +%s)
in_chroot() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
in_chroot apt-get update -qq
echo "installing in the chroot: ${PACKAGES[*]} ($(in_chroot apt-cache policy swiftlang | awk '/Candidate/{print "swiftlang " $2}'))"
in_chroot apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" > "$CHROOT.apt.log" 2>&1 \
  || { tail -20 "$CHROOT.apt.log" >&2; exit 1; }
in_chroot apt-get clean
echo "packages installed in $(( $(date +%s) - step )) s"
version=$(in_chroot swift --version 2>&1) || { echo "$version" >&2; exit 1; }
echo "${version%%$'\n'*}"
echo "${PACKAGES[*]}" > "$READY"
echo "swift chroot ready at $CHROOT after $(( $(date +%s) - started )) s"
