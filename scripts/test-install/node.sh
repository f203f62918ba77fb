#!/usr/bin/env bash
# Installs the npm tarballs of $DIST_DIR/node into a fresh npm project as a user
# would (offline: payintent + its host platform package, payintent-sandbox + its
# host binary package), starts the sandbox with `npx payintent-sandbox`, and runs
# a CommonJS quickstart (the repository's examples/node/quickstart.js), an ESM
# one and `tsc --strict` on a typed consumer (typescript from the registry, in a
# separate tools project); then the quickstart once more with its own sandbox
# (the installed binary) so that its webhooks arrive; and checks that the
# loader's error on an unsupported platform names the platform and the list.
# When dist/ holds other platforms' packages: the static musl sandbox binaries
# run (arm64 under qemu-user), and arm64 Node under qemu-user loads the
# linux-arm64-gnu addon and runs both quickstarts.
# Kills everything it started and removes its temp dir; writes no tracked file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
TGZ="$DIST_DIR/node"
say() { echo "test-install node: $*"; }

version="$(node -p "require('$ROOT/bindings/node/package.json').version")"
platform="$(node -p "require('$ROOT/packaging/npm-sandbox/bin/payintent-sandbox.js').platform()")"
tarballs=("$TGZ/payintent-$version.tgz" "$TGZ/payintent-$platform-$version.tgz"
          "$TGZ/payintent-sandbox-$version.tgz" "$TGZ/payintent-sandbox-$platform-$version.tgz")
for f in "${tarballs[@]}"; do
  [ -f "$f" ] || { say "missing $f: run DIST_TARGETS=host scripts/dist.sh node first" >&2; exit 1; }
done
ts_version="$(node -p "require('$ROOT/bindings/node/package-lock.json').packages['node_modules/typescript'].version")"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/payintent-node-install.XXXXXX")"
SANDBOX_PGID=""
cleanup() {
  if [ -n "$SANDBOX_PGID" ]; then kill -TERM -- "-$SANDBOX_PGID" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

APP="$WORK/app"; mkdir -p "$APP"
cd "$APP"
npm init -y >/dev/null
say "npm install --offline of ${#tarballs[@]} tarballs"
npm install --offline --no-audit --no-fund --loglevel=error "${tarballs[@]}"
[ ! -e node_modules/payintent/native/payintent.$platform.node ] \
  || { say "the main package carries an addon; it should come from payintent-$platform" >&2; exit 1; }
[ -f "node_modules/payintent-$platform/payintent.$platform.node" ] \
  || { say "payintent-$platform did not install its addon" >&2; exit 1; }
node -e "require('payintent'); console.log('test-install node: require(\"payintent\") loads the addon of payintent-$platform')"

# --- the sandbox through npx (its own process group, so that it can be killed whole)
setsid npx --no-install payintent-sandbox --port 0 >"$WORK/sandbox.out" 2>&1 &
SANDBOX_PGID=$!
for _ in $(seq 100); do
  grep -q "listening on http://" "$WORK/sandbox.out" 2>/dev/null && break
  kill -0 "$SANDBOX_PGID" 2>/dev/null || break
  sleep 0.1
done
URL="$(sed -n 's/^payintent-sandbox listening on \(http:[^ ]*\).*/\1/p' "$WORK/sandbox.out" | head -n1)"
[ -n "$URL" ] || { say "npx payintent-sandbox did not start:" >&2; cat "$WORK/sandbox.out" >&2; exit 1; }
say "sandbox from npx payintent-sandbox at $URL"

expect() {  # expect LOG REGEX...: every regex must match a line of LOG
  local log="$1"; shift
  for re in "$@"; do
    grep -Eq "$re" "$log" || { say "output lacks /$re/:" >&2; cat "$log" >&2; exit 1; }
  done
}

# --- CommonJS: the repository's quickstart, run from the app (require('payintent') resolves here)
cp "$ROOT/examples/node/quickstart.js" "$ROOT/examples/node/sandbox.js" "$APP/"
PAYINTENT_BASE_URL="$URL" PAYINTENT_API_KEY=sk_test_install node quickstart.js >"$WORK/cjs.log" 2>&1 \
  || { say "CommonJS quickstart failed:" >&2; cat "$WORK/cjs.log" >&2; exit 1; }
expect "$WORK/cjs.log" '^created +pi_[A-Za-z0-9]+ status=requires_payment_method' \
  '^captured +pi_[A-Za-z0-9]+ status=succeeded' '^canceled +pi_[A-Za-z0-9]+ status=canceled' \
  '^declined +pi_[A-Za-z0-9]+ kind=card_error'
say "CommonJS quickstart ok"

# --- ESM
cat >"$APP/quickstart.mjs" <<'JS'
// ESM consumer of the installed payintent package: create, confirm, capture, and a typed error.
import { Client, CardError, InvalidRequestError } from 'payintent';

const client = new Client({ apiKey: 'sk_test_install', baseUrl: process.env.PAYINTENT_BASE_URL });
const pi = await client.paymentIntents.create({ amount: 1500, currency: 'eur', capture_method: 'manual' });
const confirmed = await client.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
const captured = await client.paymentIntents.capture(pi.id);
console.log(`esm ${pi.id} ${pi.status} -> ${confirmed.status} -> ${captured.status} ${captured.amount_received}`);
try {
  await client.paymentIntents.retrieve('pi_does_not_exist');
} catch (e) {
  console.log(`esm missing -> ${e instanceof InvalidRequestError} ${e.constructor.name} ${e.httpStatus}`);
}
console.log(`esm CardError is a class: ${typeof CardError === 'function'}`);
JS
PAYINTENT_BASE_URL="$URL" node quickstart.mjs >"$WORK/esm.log" 2>&1 \
  || { say "ESM quickstart failed:" >&2; cat "$WORK/esm.log" >&2; exit 1; }
expect "$WORK/esm.log" '^esm pi_[A-Za-z0-9]+ requires_payment_method -> requires_capture -> succeeded 1500$' \
  '^esm missing -> true InvalidRequestError 404$' '^esm CardError is a class: true$'
say "ESM quickstart ok"

# --- TypeScript --strict on a typed consumer, and a bad call it must reject
TOOLS="$WORK/tools"; mkdir -p "$TOOLS"
(cd "$TOOLS" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "typescript@$ts_version")
cat >"$APP/consumer.ts" <<'TS'
// A typed consumer of the installed payintent package, checked with tsc --strict.
import { Client, PayIntentError, type PaymentIntent } from 'payintent';

async function captureOrder(client: Client, amount: number): Promise<PaymentIntent> {
  const pi = await client.paymentIntents.create({ amount, currency: 'usd', capture_method: 'manual' });
  const confirmed: PaymentIntent = await client.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
  const status: string = confirmed.status;
  if (status !== 'requires_capture') throw new Error(status);
  return client.paymentIntents.capture(pi.id, {}, { idempotencyKey: `capture-${pi.id}` });
}

export async function run(): Promise<number | null | undefined> {
  const client = new Client({ apiKey: 'sk_test_install', baseUrl: 'http://127.0.0.1:1' });
  try {
    return (await captureOrder(client, 1000)).amount_received;
  } catch (e) {
    if (e instanceof PayIntentError) return null;
    throw e;
  }
}
TS
cat >"$APP/tsconfig.json" <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "node16", "moduleResolution": "node16",
    "target": "es2022", "types": [], "skipLibCheck": false }, "files": ["consumer.ts"] }
JSON
"$TOOLS/node_modules/.bin/tsc" -p "$APP/tsconfig.json" >"$WORK/tsc.log" 2>&1 \
  || { say "tsc --strict rejected the typed consumer:" >&2; cat "$WORK/tsc.log" >&2; exit 1; }
sed -e 's/currency: .usd.,/currency: 42,/' "$APP/consumer.ts" >"$APP/bad.ts"
sed -e 's/"consumer.ts"/"bad.ts"/' "$APP/tsconfig.json" >"$APP/tsconfig.bad.json"
if "$TOOLS/node_modules/.bin/tsc" -p "$APP/tsconfig.bad.json" >"$WORK/tsc-bad.log" 2>&1; then
  say "tsc --strict accepted a numeric currency" >&2; exit 1
fi
expect "$WORK/tsc-bad.log" "bad\.ts.*error TS2322"
say "tsc --strict (typescript $ts_version): typed consumer ok, bad call rejected"

kill -TERM -- "-$SANDBOX_PGID"; wait "$SANDBOX_PGID" 2>/dev/null || true; SANDBOX_PGID=""

# --- the quickstart with its own sandbox (the installed binary) receives its webhooks
mkdir -p "$WORK/target/debug"
ln -s "$(node -p "require('payintent-sandbox').binaryPath()")" "$WORK/target/debug/payintent-sandbox"
(unset PAYINTENT_BASE_URL; CARGO_TARGET_DIR="$WORK/target" setsid node quickstart.js >"$WORK/own.log" 2>&1) \
  || { say "quickstart with its own sandbox failed:" >&2; cat "$WORK/own.log" >&2; exit 1; }
expect "$WORK/own.log" '^started the sandbox at http://127\.0\.0\.1:' '^webhook +evt_[A-Za-z0-9]+ payment_intent\.succeeded' \
  '^handled [0-9]+ events of the flow once each'
say "quickstart with its own sandbox: webhooks received and verified"

# --- the loader's error on a platform without an addon names it and the supported ones
node -e "
  Object.defineProperty(process, 'arch', { value: 'riscv64' });
  try { require('payintent'); console.log('loaded?!'); } catch (e) { console.log(e.code + ' ' + e.message); }
" >"$WORK/unsupported.log" 2>&1
expect "$WORK/unsupported.log" '^ERR_PAYINTENT_NATIVE_UNAVAILABLE .*os linux, arch riscv64, libc (gnu|musl) \(linux-riscv64-(gnu|musl)\)' \
  "Prebuilt addons exist for: .*$platform"
say "unsupported platform: $(grep -o 'os linux, arch riscv64, libc [a-z]*' "$WORK/unsupported.log")"
# --- other platforms' packages that can run here ------------------------------------
# Only when dist/ holds them (DIST_TARGETS=all). qemu-user runs each arm64
# program named on its command line (no binfmt_misc needed); Debian 12's arm64
# Node (18, napi 9: enough for the addon's napi8) and its libraries come from
# an arm64 root unpacked from apt's .debs (arm64-root.sh).
QEMU="$(command -v qemu-aarch64-static || command -v qemu-aarch64 || true)"
unpack() {  # unpack TGZ DIR: an npm tarball's package/ as DIR (what npm install writes)
  mkdir -p "$2" && tar xzf "$1" -C "$2" --strip-components=1
}
# run_sandbox NAME CMD...: starts a sandbox binary, creates a PaymentIntent (fetch), stops it.
run_sandbox() {
  local name="$1" out="$WORK/sb-$RANDOM.out" pid url pi; shift
  "$@" --port 0 >"$out" 2>&1 & pid=$!
  for _ in $(seq 300); do [ -s "$out" ] && break; sleep 0.1; done
  url="$(sed -n 's/^payintent-sandbox listening on \(http:[^ ]*\).*/\1/p' "$out" | head -n1)"
  [ -n "$url" ] || { kill "$pid" 2>/dev/null; say "$name did not start:" >&2; cat "$out" >&2; exit 1; }
  pi="$(node -e "fetch(process.argv[1] + '/v1/payment_intents', { method: 'POST',
      headers: { authorization: 'Bearer sk_test_install', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'amount=700&currency=usd' }).then((r) => r.text()).then(console.log)" "$url")" \
    || { kill "$pid"; say "$name did not answer" >&2; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -q '"status": *"requires_payment_method"' <<<"$pi" || { say "$name answered: $pi" >&2; exit 1; }
  say "$name answers: created $(sed -n 's/.*"id": *"\(pi_[A-Za-z0-9]*\)".*/\1/p' <<<"$pi" | head -n1)"
}

for p in linux-x64-musl linux-arm64-musl; do
  f="$TGZ/payintent-sandbox-$p-$version.tgz"
  [ -f "$f" ] && [ "$p" != "$platform" ] || continue
  unpack "$f" "$WORK/sb-$p"
  case "$p" in
    linux-x64-*) run_sandbox "payintent-sandbox-$p (static musl binary)" "$WORK/sb-$p/payintent-sandbox" ;;
    *) if [ -n "$QEMU" ]; then run_sandbox "payintent-sandbox-$p (static musl binary, under qemu)" "$QEMU" "$WORK/sb-$p/payintent-sandbox"
       else say "payintent-sandbox-$p: not run (qemu-user is not installed: apt-get install qemu-user-static)"; fi ;;
  esac
  [ -f "$TGZ/payintent-$p-$version.tgz" ] && say "payintent-$p: addon not loaded (no musl Node on this Debian machine)"
done

arm="linux-arm64-gnu"
if [ -f "$TGZ/payintent-$arm-$version.tgz" ] && [ "$arm" != "$platform" ]; then
  if [ -z "$QEMU" ]; then
    say "payintent-$arm: not run (qemu-user is not installed: apt-get install qemu-user-static)"
  elif ! arm_root="$(bash "$ROOT/scripts/test-install/arm64-root.sh" nodejs)"; then
    say "payintent-$arm: not run ($arm_root)"
  else
    ARM_APP="$WORK/arm-app"
    mkdir -p "$ARM_APP/node_modules"
    unpack "$TGZ/payintent-$version.tgz" "$ARM_APP/node_modules/payintent"
    unpack "$TGZ/payintent-$arm-$version.tgz" "$ARM_APP/node_modules/payintent-$arm"
    unpack "$TGZ/payintent-sandbox-$arm-$version.tgz" "$ARM_APP/node_modules/payintent-sandbox-$arm"
    run_sandbox "payintent-sandbox-$arm (glibc binary, under qemu)" \
      "$QEMU" -L "$arm_root" "$ARM_APP/node_modules/payintent-sandbox-$arm/payintent-sandbox"
    # The quickstarts against the host's sandbox (installed above), run by arm64 Node.
    setsid "$APP/node_modules/.bin/payintent-sandbox" --port 0 >"$WORK/sandbox2.out" 2>&1 &
    SANDBOX_PGID=$!
    for _ in $(seq 100); do grep -q "listening on http://" "$WORK/sandbox2.out" 2>/dev/null && break; sleep 0.1; done
    URL="$(sed -n 's/^payintent-sandbox listening on \(http:[^ ]*\).*/\1/p' "$WORK/sandbox2.out" | head -n1)"
    [ -n "$URL" ] || { say "the sandbox did not start again:" >&2; cat "$WORK/sandbox2.out" >&2; exit 1; }
    cp "$APP/quickstart.js" "$APP/sandbox.js" "$APP/quickstart.mjs" "$ARM_APP/"
    arm_node=("$QEMU" -L "$arm_root" "$arm_root/usr/bin/node")
    (cd "$ARM_APP" && "${arm_node[@]}" -e "
      const b = require('payintent-$arm/package.json'), pi = require('payintent');
      if (process.arch !== 'arm64') throw new Error(process.arch);
      console.log('test-install node: arm64 Node ' + process.version + ' loads payintent with the addon of ' + b.name)")
    (cd "$ARM_APP" && PAYINTENT_BASE_URL="$URL" PAYINTENT_API_KEY=sk_test_install timeout 600 "${arm_node[@]}" quickstart.js) \
      >"$WORK/arm-cjs.log" 2>&1 || { say "CommonJS quickstart failed on arm64 Node:" >&2; cat "$WORK/arm-cjs.log" >&2; exit 1; }
    expect "$WORK/arm-cjs.log" '^created +pi_[A-Za-z0-9]+ status=requires_payment_method' \
      '^captured +pi_[A-Za-z0-9]+ status=succeeded' '^canceled +pi_[A-Za-z0-9]+ status=canceled' \
      '^declined +pi_[A-Za-z0-9]+ kind=card_error'
    (cd "$ARM_APP" && PAYINTENT_BASE_URL="$URL" timeout 600 "${arm_node[@]}" quickstart.mjs) >"$WORK/arm-esm.log" 2>&1 \
      || { say "ESM quickstart failed on arm64 Node:" >&2; cat "$WORK/arm-esm.log" >&2; exit 1; }
    expect "$WORK/arm-esm.log" '^esm pi_[A-Za-z0-9]+ requires_payment_method -> requires_capture -> succeeded 1500$' \
      '^esm missing -> true InvalidRequestError 404$'
    say "CommonJS and ESM quickstarts ok on arm64 Node under qemu (payintent-$arm)"
    kill -TERM -- "-$SANDBOX_PGID"; wait "$SANDBOX_PGID" 2>/dev/null || true; SANDBOX_PGID=""
  fi
fi

say "all checks passed"
