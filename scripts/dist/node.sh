#!/usr/bin/env bash
# Builds the npm packages into $DIST_DIR/node/*.tgz (run by scripts/dist.sh):
#   payintent-<platform>          the native addon for one platform (bindings/node/npm/<platform>)
#   payintent                     lib/ + the loader, with optionalDependencies on the
#                                 platform packages built here, no addon of its own
#   payintent-sandbox-<platform>  the sandbox binary for one platform
#   payintent-sandbox             `npx payintent-sandbox` (packaging/npm-sandbox), with
#                                 optionalDependencies on the sandbox platform packages
# Platforms: DIST_TARGETS=host → the host's only; all → bindings/node/package.json's
# napi.targets (Linux x64/arm64 gnu/musl and macOS x64 (>= 10.12) / arm64 (>= 11.0),
# cross-linked with cargo-zigbuild + zig from PyPI; no macOS SDK is needed, and
# scripts/dist/check_macho.py checks each Mach-O file). Release builds, each target
# once. Never writes a tracked file: packages are staged under target/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
DIST_TARGETS="${DIST_TARGETS:-all}"
OUT="$DIST_DIR/node"
NODE_PKG="$ROOT/bindings/node"
SANDBOX_PKG="$ROOT/packaging/npm-sandbox"
STAGE="$ROOT/target/dist-stage/node"
TOOLS="$ROOT/target/dist-tools/node"     # venv with ziglang + cargo-zigbuild (git-ignored)
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

say() { echo "dist node: $*"; }

# --- npm tools of the binding (napi CLI), exactly as locked ---------------------
if [ ! -f "$NODE_PKG/node_modules/.package-lock.json" ] \
   || [ "$NODE_PKG/package-lock.json" -nt "$NODE_PKG/node_modules/.package-lock.json" ]; then
  say "npm ci in bindings/node"
  (cd "$NODE_PKG" && npm ci --no-audit --no-fund --silent)
fi
NAPI="$NODE_PKG/node_modules/.bin/napi"

HOST="$(rustc -vV | sed -n 's/^host: //p')"
mapfile -t ALL_TARGETS < <(node -p "require('$NODE_PKG/package.json').napi.targets.join('\n')")
case "$DIST_TARGETS" in
  all)  TARGETS=("${ALL_TARGETS[@]}") ;;
  host) printf '%s\n' "${ALL_TARGETS[@]}" | grep -qx "$HOST" \
          || { say "host $HOST is not one of napi.targets in bindings/node/package.json" >&2; exit 1; }
        TARGETS=("$HOST") ;;
  *) say "DIST_TARGETS must be all or host, not $DIST_TARGETS" >&2; exit 2 ;;
esac

# napi's platform name of a triple (as native/index.js computes it): linux-x64-gnu, darwin-arm64.
platform_of() {
  node -e "const [a,,o,abi]=process.argv[1].split('-');
    const c={x86_64:'x64',aarch64:'arm64'}[a]||a, p={linux:'linux',darwin:'darwin'}[o]||o;
    console.log([p,c,abi].filter(Boolean).join('-'))" "$1"
}

ensure_cross_tools() {
  rustup target list --installed | grep -qx "$1" || rustup target add "$1" >/dev/null 2>&1
  case "$1" in "$HOST") [ "${2:-}" = zig ] || return 0 ;; esac
  if [ ! -x "$TOOLS/bin/cargo-zigbuild" ] || ! "$TOOLS/bin/python" -c "import ziglang" 2>/dev/null; then
    say "installing ziglang and cargo-zigbuild into $TOOLS"
    [ -x "$TOOLS/bin/python" ] || python3 -m venv "$TOOLS"
    "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check ziglang cargo-zigbuild
  fi
  # napi --cross-compile and cargo-zigbuild want `zig` on PATH: PyPI's ziglang behind a shim.
  if [ ! -x "$TOOLS/bin/zig" ]; then
    printf '#!/bin/sh\nexec "%s" -m ziglang "$@"\n' "$TOOLS/bin/python" >"$TOOLS/bin/zig"
    chmod +x "$TOOLS/bin/zig"
  fi
}

# check_elf TRIPLE FILE: FILE is for the triple's CPU; musl: needs no library beyond musl's libc
# (and libgcc_s); glibc: no symbol version newer than GLIBC_2.17 (what zig links against).
check_elf() {
  local t="$1" f="$2" machine needed newest
  machine="$(readelf -h "$f" | sed -n 's/^ *Machine: *//p')"
  case "$t:$machine" in
    x86_64-*:"Advanced Micro Devices X86-64"|aarch64-*:AArch64) ;;
    *) say "$f is built for $machine, not $t" >&2; exit 1 ;;
  esac
  needed="$(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')"
  case "$t" in
    *-musl)
      for lib in $needed; do
        case "$lib" in libc.so|libc.musl-*.so.1|libgcc_s.so.1) ;; *) say "$f needs $lib beyond musl libc" >&2; exit 1 ;; esac
      done
      say "$(basename "$f"): $machine, musl, needs ${needed:-nothing (static)}" ;;
    *-gnu)
      newest="$(readelf -V "$f" | grep -o 'GLIBC_[0-9.]*' | sort -t. -k1,1 -k2,2n -k3,3n -u | tail -1)"
      if [ -n "$newest" ] && [ "$(printf '%s\nGLIBC_2.17\n' "$newest" | sort -V | tail -1)" != GLIBC_2.17 ]; then
        say "$f needs $newest, newer than GLIBC_2.17" >&2; exit 1
      fi
      say "$(basename "$f"): $machine, glibc, newest symbol version ${newest:-none}" ;;
  esac
}

rm -rf "$OUT" "$STAGE"
mkdir -p "$OUT" "$STAGE"
BUILT=()
for t in "${TARGETS[@]}"; do
  p="$(platform_of "$t")"
  # Linux glibc targets, the host's too, link against glibc 2.17 with zig (as the manylinux2014
  # wheels do): a host build would need the build machine's glibc (2.34+ here), newer than the
  # 2.28 that Node 20 itself runs on.
  case "$t" in
    *-linux-gnu) zig_target="$t.2.17"; ensure_cross_tools "$t" zig ;;
    "$HOST")     zig_target=""; ensure_cross_tools "$t" ;;
    *)           zig_target="$t"; ensure_cross_tools "$t" zig ;;
  esac
  log="$STAGE/build-$p.log"
  addon_out="$STAGE/addon-$p"
  # napi always passes --target, so the sandbox does too: the addon goes to
  # target/<triple>/dist (Cargo.toml's dist profile), the sandbox to target/<triple>/release.
  sandbox_bin="$TARGET_DIR/$t/release/payintent-sandbox"
  if [ -z "$zig_target" ]; then
    napi_args=(--target "$t"); cargo_cmd=(cargo build --target "$t")
  else
    napi_args=(--target "$zig_target" --cross-compile); cargo_cmd=(cargo zigbuild --target "$zig_target")
  fi
  case "$t" in
    aarch64-apple-darwin) export MACOSX_DEPLOYMENT_TARGET=11.0 ;;
    x86_64-apple-darwin)  export MACOSX_DEPLOYMENT_TARGET=10.12 ;;
    *) unset MACOSX_DEPLOYMENT_TARGET ;;
  esac
  say "building $p ($t): addon (dist profile) and sandbox (release)"
  if ! (cd "$NODE_PKG" && PATH="$TOOLS/bin:$PATH" "$NAPI" build --platform --profile dist --js binding.js \
          --output-dir "$addon_out" "${napi_args[@]}") >"$log" 2>&1 \
     || ! PATH="$TOOLS/bin:$PATH" "${cargo_cmd[@]}" --release -q -p payintent-sandbox >>"$log" 2>&1; then
    say "building $p failed; see $log" >&2; tail -n 30 "$log" >&2; exit 1
  fi
  case "$t" in
    *-linux-*)
      check_elf "$t" "$addon_out/payintent.$p.node"
      check_elf "$t" "$sandbox_bin" ;;
    *-apple-darwin)
      python3 scripts/dist/check_macho.py --target "$t" --min-os "$MACOSX_DEPLOYMENT_TARGET" \
        --host-symbols _napi_ "$addon_out/payintent.$p.node"
      python3 scripts/dist/check_macho.py --target "$t" --min-os "$MACOSX_DEPLOYMENT_TARGET" "$sandbox_bin" ;;
  esac

  # payintent-<platform>: its npm/<platform>/package.json and the addon.
  pkg="$STAGE/pkg-$p"; mkdir -p "$pkg"
  cp "$NODE_PKG/npm/$p/package.json" "$pkg/"
  cp "$addon_out/payintent.$p.node" "$pkg/"
  cp "$NODE_PKG/LICENSE" "$pkg/"
  printf '# payintent-%s\n\nThe native addon of [payintent](https://www.npmjs.com/package/payintent) for %s.\nInstall `payintent`; npm picks this package when it matches the platform.\n' "$p" "$p" >"$pkg/README.md"

  # payintent-sandbox-<platform>: the binary, with os/cpu/libc from the addon's package.
  spkg="$STAGE/sandbox-$p"; mkdir -p "$spkg"
  cp "$sandbox_bin" "$spkg/payintent-sandbox"
  node -e "
    const [src, dst, sbx, p] = process.argv.slice(1);
    const plat = require(src), main = require(sbx);
    const m = { name: 'payintent-sandbox-' + p, version: main.version,
      description: 'The payintent sandbox binary for ' + p + ' (used by payintent-sandbox)',
      license: main.license, repository: main.repository, os: plat.os, cpu: plat.cpu,
      ...(plat.libc ? { libc: plat.libc } : {}), files: ['payintent-sandbox'] };
    require('fs').writeFileSync(dst, JSON.stringify(m, null, 2) + '\n');
  " "$pkg/package.json" "$spkg/package.json" "$SANDBOX_PKG/package.json" "$p"
  BUILT+=("$p")
  [ -n "${HOST_ADDON_OUT:-}" ] || HOST_ADDON_OUT="$addon_out"
  [ "$t" = "$HOST" ] && HOST_ADDON_OUT="$addon_out"
done
[ ${#BUILT[@]} -gt 0 ] || { say "no platform built" >&2; exit 1; }

# optionalDependencies on what was built, all at the main package's version.
optional_deps() {  # prefix version
  node -e "const [pre, v, ...ps] = process.argv.slice(1);
    console.log(JSON.stringify(Object.fromEntries(ps.map((p) => [pre + p, v]))))" "$@"
}

# payintent: lib/, the loader (native/index.js + the generated binding.js and types).
main="$STAGE/main"; mkdir -p "$main/native"
cp -r "$NODE_PKG/lib" "$main/"
cp "$NODE_PKG/native/index.js" "$HOST_ADDON_OUT/binding.js" "$HOST_ADDON_OUT/index.d.ts" "$main/native/"
cp "$NODE_PKG/README.md" "$NODE_PKG/LICENSE" "$main/"
version="$(node -p "require('$NODE_PKG/package.json').version")"
node -e "
  const [src, dst, deps] = process.argv.slice(1);
  const m = require(src);
  delete m.devDependencies; delete m.scripts;
  m.files = m.files.filter((f) => !f.endsWith('.node') && !f.includes('ensure-built'));
  m.optionalDependencies = JSON.parse(deps);
  require('fs').writeFileSync(dst, JSON.stringify(m, null, 2) + '\n');
" "$NODE_PKG/package.json" "$main/package.json" "$(optional_deps payintent- "$version" "${BUILT[@]}")"

# payintent-sandbox: the bin script, with optionalDependencies on its binaries.
smain="$STAGE/sandbox"; mkdir -p "$smain"
cp -r "$SANDBOX_PKG/bin" "$SANDBOX_PKG/README.md" "$smain/"
cp "$NODE_PKG/LICENSE" "$smain/"
sversion="$(node -p "require('$SANDBOX_PKG/package.json').version")"
node -e "
  const [src, dst, deps] = process.argv.slice(1);
  const m = require(src);
  m.optionalDependencies = JSON.parse(deps);
  require('fs').writeFileSync(dst, JSON.stringify(m, null, 2) + '\n');
" "$SANDBOX_PKG/package.json" "$smain/package.json" "$(optional_deps payintent-sandbox- "$sversion" "${BUILT[@]}")"

for d in "$main" "$smain" "$STAGE"/pkg-* "$STAGE"/sandbox-*; do
  [ -d "$d" ] || continue
  (cd "$d" && npm pack --ignore-scripts --silent --pack-destination "$OUT" >/dev/null)
done
say "built for ${BUILT[*]}:"
(cd "$OUT" && ls -1 *.tgz | sed 's/^/  /')
