#!/usr/bin/env bash
# test-install part "python" (run by scripts/test-install.sh): installs the
# host wheels of $DIST_DIR/python (payintent and payintent-sandbox, never the
# repository's sources) into a fresh venv per available CPython >= 3.9, starts
# the sandbox from the payintent-sandbox wheel (`payintent-sandbox` console
# command in one venv, `python -m payintent_sandbox` in the others), runs
# examples/python/quickstart.py against it and checks its output, and runs
# `mypy --strict` on a small typed consumer (and proves it rejects a bad call)
# in the oldest and newest venv. When dist/ holds aarch64 wheels, it runs them
# under qemu-user: the manylinux2014 ones with Debian's arm64 CPython (the
# quickstart against their own aarch64 sandbox), the static musllinux sandbox
# binary as it is. Every server it starts is stopped and its temp dir removed
# on exit, whatever happens.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
WHEELS="$DIST_DIR/python"
say() { echo "test-install python: $*"; }

ls "$WHEELS"/payintent-*.whl "$WHEELS"/payintent_sandbox-*.whl >/dev/null 2>&1 \
  || { say "no wheels in $WHEELS: run DIST_TARGETS=host scripts/dist.sh python first" >&2; exit 1; }

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- which Pythons -------------------------------------------------------------
# Every CPython >= 3.9 that pyenv has (one per minor version, the newest patch),
# else the python3 on PATH. 3.9 is the oldest the package supports: if pyenv
# lacks it, one time-boxed `pyenv install` is tried.
pythons=()
if command -v pyenv >/dev/null; then
  vroot="$(pyenv root)/versions"
  if ! ls -d "$vroot"/3.9.* >/dev/null 2>&1; then
    say "pyenv has no 3.9: trying 'pyenv install 3.9' (at most 10 minutes)"
    timeout 600 pyenv install -s 3.9 >/dev/null 2>&1 || say "pyenv install 3.9 failed: testing without 3.9"
  fi
  for minor in $(ls "$vroot" | sed -n 's/^3\.\([0-9]\{1,\}\)\.[0-9]\{1,\}$/\1/p' | sort -un); do
    [ "$minor" -ge 9 ] || continue
    v="$(ls "$vroot" | grep -E "^3\.$minor\.[0-9]+$" | sort -t. -k3 -n | tail -1)"
    [ -x "$vroot/$v/bin/python3" ] && pythons+=("$vroot/$v/bin/python3")
  done
fi
[ ${#pythons[@]} -gt 0 ] || pythons=("$(command -v python3)")
say "Pythons: $(for p in "${pythons[@]}"; do "$p" -c 'import platform; print(platform.python_version(), end=" ")'; done)"
oldest="${pythons[0]}"
newest="${pythons[${#pythons[@]}-1]}"

# --- the quickstart's expected output ---------------------------------------------
# Lines (regular expressions) the quickstart must print against the sandbox.
EXPECT=(
  '^created +<PaymentIntent pi_[A-Za-z0-9]+ status=requires_payment_method amount=2000 usd> request req_'
  '^confirmed <PaymentIntent pi_[A-Za-z0-9]+ status=requires_capture .*capturable 2000$'
  '^captured +<PaymentIntent pi_[A-Za-z0-9]+ status=succeeded .*received 1500$'
  '^canceled +<PaymentIntent pi_[A-Za-z0-9]+ status=canceled .*reason requested_by_customer$'
  '^cancel again -> invalid_request_error payment_intent_unexpected_state 400$'
  '^declined -> card_error card_declined generic_decline status now requires_payment_method$'
  '^async +<PaymentIntent pi_.*100 eur>, <PaymentIntent pi_.*200 eur>, <PaymentIntent pi_.*300 eur>$'
)

# start_sandbox VENV HOW: starts the wheel's sandbox on a free port ("cli": the
# console command, "module": python -m payintent_sandbox); sets SANDBOX_URL.
start_sandbox() {
  local venv="$1" how="$2" out="$WORK/sandbox-$RANDOM.out" line=""
  case "$how" in
    cli)    "$venv/bin/payintent-sandbox" --port 0 >"$out" 2>&1 & ;;
    module) "$venv/bin/python" -m payintent_sandbox --port 0 >"$out" 2>&1 & ;;
  esac
  PIDS+=($!)
  for _ in $(seq 100); do
    line="$(head -1 "$out" 2>/dev/null || true)"
    [ -n "$line" ] && break
    sleep 0.1
  done
  case "$line" in
    "payintent-sandbox listening on http://"*) SANDBOX_URL="${line##* }" ;;
    *) say "the sandbox ($how) did not start: ${line:-no output}" >&2; cat "$out" >&2; return 1 ;;
  esac
}

# check_quickstart LOG: every expected line is in LOG.
check_quickstart() {
  local log="$1" re ok=0
  for re in "${EXPECT[@]}"; do
    grep -Eq "$re" "$log" || { say "quickstart output lacks a line matching: $re" >&2; ok=1; }
  done
  if [ $ok -ne 0 ]; then cat "$log" >&2; fi
  return $ok
}

# A typed consumer of both packages, and a call mypy must reject.
mkdir -p "$WORK/typed"
cat >"$WORK/typed/consumer.py" <<'PY'
"""A typed consumer of the installed payintent and payintent-sandbox wheels."""
import asyncio
from typing import List, Optional

import payintent
import payintent_sandbox


def sandbox_binary() -> str:
    return payintent_sandbox.binary_path()


def authorise(client: payintent.Client, amount: int) -> payintent.PaymentIntent:
    pi = client.payment_intents.create(amount=amount, currency="usd", capture_method="manual")
    return client.payment_intents.confirm(pi.id, payment_method="pm_card_visa")


async def create_two(client: payintent.Client) -> List[str]:
    made = await asyncio.gather(*(client.payment_intents.create_async(amount=100, currency="eur") for _ in range(2)))
    return [p.id for p in made]


def received(pi: payintent.PaymentIntent) -> Optional[int]:
    return pi.amount_received


def kind_of(err: payintent.PayIntentError) -> str:
    return err.kind
PY
cat >"$WORK/typed/bad_call.py" <<'PY'
"""A call mypy --strict must reject: the amount is a str."""
import payintent

payintent.Client("sk_test_x").payment_intents.create(amount="2000", currency="usd")
PY

# The example runs from a copy, so nothing of the repository is on sys.path.
cp "$ROOT/examples/python/quickstart.py" "$WORK/quickstart.py"

# --- one venv per Python ------------------------------------------------------------
n=0
for py in "${pythons[@]}"; do
  ver="$("$py" -c 'import platform; print(platform.python_version())')"
  venv="$WORK/venv-$ver"
  say "== Python $ver: fresh venv $venv"
  "$py" -m venv "$venv"
  # Only the wheels of dist/ (no index, no sdist): pip must accept their tags here.
  env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL \
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index --only-binary :all: \
    --find-links "$WHEELS" payintent payintent-sandbox
  (cd "$WORK" && "$venv/bin/python" - "$venv" <<'PY'
import os, sys, payintent, payintent_sandbox
venv = os.path.realpath(sys.argv[1])
for mod in (payintent, payintent_sandbox):
    path = os.path.realpath(mod.__file__)
    assert path.startswith(venv + os.sep), f"{mod.__name__} imported from {path}, not from the venv"
assert os.path.realpath(payintent_sandbox.binary_path()).startswith(venv + os.sep), payintent_sandbox.binary_path()
print("test-install python: imported payintent and payintent_sandbox from the venv;",
      "sandbox binary", payintent_sandbox.binary_path())
PY
  )
  how=module
  [ "$py" = "$newest" ] && how=cli
  start_sandbox "$venv" "$how"
  say "sandbox from the wheel ($how) at $SANDBOX_URL"
  log="$WORK/quickstart-$ver.log"
  if ! (cd "$WORK" && PAYINTENT_BASE_URL="$SANDBOX_URL" "$venv/bin/python" "$WORK/quickstart.py") >"$log" 2>&1; then
    say "the quickstart failed on Python $ver" >&2; cat "$log" >&2; exit 1
  fi
  check_quickstart "$log"
  say "quickstart ok on Python $ver"
  kill "${PIDS[${#PIDS[@]}-1]}"; wait "${PIDS[${#PIDS[@]}-1]}" 2>/dev/null || true

  if [ "$py" = "$newest" ]; then
    # Without PAYINTENT_BASE_URL the quickstart starts its own sandbox from
    # <its root>/target/debug/payintent-sandbox (its root: two folders up) and
    # receives the webhook events of its flow: give it a root whose
    # target/debug holds the wheel's binary.
    qroot="$WORK/qsroot"
    mkdir -p "$qroot/examples/python" "$qroot/target/debug"
    cp "$WORK/quickstart.py" "$qroot/examples/python/"
    ln -sf "$venv/bin/payintent-sandbox" "$qroot/target/debug/payintent-sandbox"
    log="$WORK/quickstart-webhooks-$ver.log"
    if ! (cd "$WORK" && env -u PAYINTENT_BASE_URL timeout 120 "$venv/bin/python" "$qroot/examples/python/quickstart.py") >"$log" 2>&1; then
      say "the quickstart (own sandbox, webhooks) failed on Python $ver" >&2; cat "$log" >&2; exit 1
    fi
    check_quickstart "$log"
    for t in created succeeded canceled payment_failed; do
      grep -Eq "^webhook +evt_[A-Za-z0-9]+ payment_intent\.$t pi_" "$log" \
        || { cat "$log" >&2; say "no verified payment_intent.$t webhook in the quickstart's output" >&2; exit 1; }
    done
    say "quickstart with its own sandbox (the wheel's binary) and verified webhooks ok on Python $ver"
  fi

  if [ "$py" = "$oldest" ] || [ "$py" = "$newest" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "mypy>=1.10"
    (cd "$WORK/typed" && "$venv/bin/python" -m mypy --strict --no-incremental consumer.py)
    if out="$(cd "$WORK/typed" && "$venv/bin/python" -m mypy --strict --no-incremental bad_call.py 2>&1)"; then
      say "mypy accepted a str amount: the installed package's types are not in use" >&2; exit 1
    fi
    grep -q 'bad_call.py:4: error: .*"amount"' <<<"$out" || { echo "$out" >&2; say "mypy did not reject the str amount" >&2; exit 1; }
    say "mypy --strict ok on Python $ver (typed consumer passes, bad call rejected)"
  fi
  n=$((n + 1))
done

# --- aarch64 wheels under qemu-user ------------------------------------------------
# Only when dist/ holds them (DIST_TARGETS=all). No binfmt_misc is needed: qemu
# runs each arm64 program named on its command line, with the dynamic ones'
# libraries from a Debian 12 arm64 root (arm64-root.sh: apt's .debs, unpacked).
#  - manylinux2014 aarch64: the wheels are installed with pip --target for
#    cp311/aarch64 into a folder, the sandbox binary of payintent-sandbox's wheel
#    runs under qemu, and Debian's arm64 CPython 3.11 under qemu runs the
#    quickstart with the aarch64 payintent wheel against it.
#  - musllinux_1_2 aarch64: the sandbox binary is static and runs as it is; the
#    payintent wheel needs an arm64 musl CPython, which Debian does not ship.
QEMU="$(command -v qemu-aarch64-static || command -v qemu-aarch64 || true)"

# start_arm_sandbox BIN [qemu args...]: starts BIN under qemu; sets ARM_URL.
start_arm_sandbox() {
  local bin="$1" out="$WORK/arm-sandbox-$RANDOM.out" line=""; shift
  chmod +x "$bin"
  "$QEMU" "$@" "$bin" --port 0 >"$out" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 300); do [ -s "$out" ] && break; sleep 0.1; done
  line="$(head -1 "$out")"
  case "$line" in
    "payintent-sandbox listening on http://"*) ARM_URL="${line##* }" ;;
    *) say "the aarch64 sandbox $bin did not start under qemu: ${line:-no output}" >&2; cat "$out" >&2; return 1 ;;
  esac
}

if ls "$WHEELS"/*manylinux*aarch64.whl >/dev/null 2>&1; then
  if [ -z "$QEMU" ]; then
    say "aarch64 manylinux wheels: not run (qemu-user is not installed: apt-get install qemu-user-static)"
  elif ! arm_root="$(bash "$ROOT/scripts/test-install/arm64-root.sh" python3.11)"; then
    say "aarch64 manylinux wheels: not run ($arm_root)"
  else
    site="$WORK/arm-site"
    env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL \
      "$newest" -m pip install --quiet --disable-pip-version-check --no-index --only-binary :all: \
      --platform manylinux2014_aarch64 --python-version 3.11 --implementation cp \
      --target "$site" --find-links "$WHEELS" payintent payintent-sandbox
    start_arm_sandbox "$site/bin/payintent-sandbox" -L "$arm_root"
    say "aarch64 manylinux sandbox binary (glibc, under qemu) at $ARM_URL"
    arm_py=("$QEMU" -L "$arm_root" "$arm_root/usr/bin/python3.11")
    (cd "$WORK" && PYTHONPATH="$site" "${arm_py[@]}" - "$site" <<'PY'
import os, platform, sys, payintent, payintent_sandbox
site = os.path.realpath(sys.argv[1])
assert platform.machine() == "aarch64", platform.machine()
ext = [f for f in os.listdir(os.path.dirname(payintent.__file__)) if f.endswith(".so")]
assert os.path.realpath(payintent.__file__).startswith(site + os.sep) and ext, (payintent.__file__, ext)
assert os.path.realpath(payintent_sandbox.binary_path()).startswith(site + os.sep), payintent_sandbox.binary_path()
print(f"test-install python: {platform.machine()} CPython {platform.python_version()} imports payintent ({ext[0]})",
      "and payintent_sandbox from the aarch64 wheels")
PY
    )
    log="$WORK/quickstart-aarch64.log"
    if ! (cd "$WORK" && PYTHONPATH="$site" PAYINTENT_BASE_URL="$ARM_URL" timeout 600 "${arm_py[@]}" "$WORK/quickstart.py") >"$log" 2>&1; then
      say "the quickstart failed on aarch64 CPython under qemu" >&2; cat "$log" >&2; exit 1
    fi
    check_quickstart "$log"
    say "quickstart ok on aarch64 (qemu): the manylinux2014 aarch64 payintent wheel against its aarch64 sandbox"
    kill "${PIDS[${#PIDS[@]}-1]}"; wait "${PIDS[${#PIDS[@]}-1]}" 2>/dev/null || true
  fi
fi

if ls "$WHEELS"/payintent-*musllinux*aarch64.whl >/dev/null 2>&1; then
  say "aarch64 musllinux payintent wheel: not imported (no arm64 musl CPython here: Debian packages only glibc ones)"
fi
if whl="$(ls "$WHEELS"/payintent_sandbox-*musllinux*aarch64.whl 2>/dev/null | head -1)" && [ -n "$whl" ]; then
  if [ -z "$QEMU" ]; then
    say "aarch64 musllinux sandbox wheel: not run (qemu-user is not installed: apt-get install qemu-user-static)"
  else
    mkdir -p "$WORK/arm" && (cd "$WORK/arm" && "$newest" -m zipfile -e "$whl" .)
    start_arm_sandbox "$(ls "$WORK"/arm/*.data/scripts/payintent-sandbox)"
    "$newest" - "$ARM_URL" <<'PY'
import json, sys, urllib.request, urllib.parse
req = urllib.request.Request(sys.argv[1] + "/v1/payment_intents", method="POST",
                             data=urllib.parse.urlencode({"amount": 900, "currency": "usd"}).encode(),
                             headers={"authorization": "Bearer sk_test_qemu"})
pi = json.load(urllib.request.urlopen(req, timeout=20))
assert pi["amount"] == 900 and pi["status"] == "requires_payment_method", pi
print("test-install python: the aarch64 musllinux sandbox binary (static) answers under qemu-user:", pi["id"])
PY
    kill "${PIDS[${#PIDS[@]}-1]}"; wait "${PIDS[${#PIDS[@]}-1]}" 2>/dev/null || true
  fi
fi

say "$n Python version(s) passed"
