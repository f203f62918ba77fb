"""Benchmark (not a test): per-call time of payintent next to the official
`stripe` package and the standard library's `http.client` (the floor), all
against the same local fixed-response server, in interleaved rounds; plus the
import time of both packages.

    python3 bench/python_bench.py [--calls 2000] [--rounds 5] [--no-setup] [--no-pin] [--cpu 0]
                                  [--payintent NAME=DIR ...] [--only NAME,NAME] [--instructions]

Figures per contender (median of the rounds; every round runs each contender
once, in a fresh process, in rotated order):
- `sync`: sequential `retrieve` (one call at a time);
- `async1`: sequential `await retrieve_async` in one asyncio task;
- `async32`: 32 asyncio tasks sharing the calls (wall time / calls).
`http.client` has only `sync` (one keep-alive connection, body parsed with
`json.loads`). By default the server and every client are pinned to one CPU
(`taskset -c 0`): on a 2-vCPU machine each cross-CPU wake-up costs tens of
microseconds and lands differently per connection, so unpinned figures swing
by 3x.

Sets up its own venv in target/venv-bench (payintent built as its wheels are: the dist profile;
`stripe` and `httpx` for stripe's async client) unless --no-setup.
`--payintent NAME=DIR` (repeatable) measures other builds of payintent side
by side, each installed in DIR (`pip install --target DIR payintent-*.whl`).

`--instructions` counts instructions per call instead of timing (steady on
a busy machine): each contender and mode runs under `valgrind
--tool=callgrind` twice, with `--calls` and with five times as many, and the
difference is divided by the difference in calls (start-up and warm-up cancel
out). Every thread of the client process counts (the runtime's too), the
server's work does not.
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time
from typing import Dict, List, Optional, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[1]
VENV = ROOT / "target" / "venv-bench"
PY = VENV / "bin" / "python"
SERVER = ROOT / "target" / "release" / "payintent-bench"
CONCURRENCY = 32


def setup() -> None:
    if not PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    have = subprocess.run([str(PY), "-c", "import maturin, stripe, httpx"], capture_output=True).returncode == 0
    if not have:
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "maturin>=1.8,<2", "stripe", "httpx"], check=True)
    env = dict(os.environ, VIRTUAL_ENV=str(VENV), PATH=f"{VENV / 'bin'}:{os.environ['PATH']}")
    subprocess.run(["maturin", "develop", "--profile", "dist", "--quiet"], cwd=ROOT / "bindings" / "python", env=env, check=True)
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "payintent-bench"], cwd=ROOT, check=True)


def import_time(module: str, runs: int = 15) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([str(PY), "-c", f"import {module}"], check=True)
        samples.append(time.perf_counter() - t)
    base = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([str(PY), "-c", "pass"], check=True)
        base.append(time.perf_counter() - t)
    return (statistics.median(samples) - statistics.median(base)) * 1000


# Runs in a fresh process: prints one line "<mode> <microseconds per call>" per mode.
MEASURE = r'''
import asyncio, json, sys, time, urllib.parse
lib, url, n, modes = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
RID = "pi_3MtweELkdIwHu7ix0Dt0gF2H"
sync = aget = None
if lib == "http.client":
    import http.client
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port)
    headers = {"Authorization": "Bearer sk_test_bench"}
    def sync():
        conn.request("GET", "/v1/payment_intents/" + RID, headers=headers)
        r = conn.getresponse()
        return json.loads(r.read())
elif lib == "stripe":
    import stripe
    client = stripe.StripeClient("sk_test_bench", base_addresses={"api": url}, max_network_retries=0)
    svc = getattr(client, "v1", client).payment_intents
    sync = lambda: svc.retrieve(RID)
    aget = lambda: svc.retrieve_async(RID)
else:
    import payintent
    pis = payintent.Client("sk_test_bench", base_url=url, max_retries=0).payment_intents
    sync = lambda: pis.retrieve(RID)
    aget = lambda: pis.retrieve_async(RID)

def run_sync():
    for _ in range(max(10, n // 10)):
        sync()
    t = time.perf_counter()
    for _ in range(n):
        sync()
    return (time.perf_counter() - t) / n

async def run_async1():
    for _ in range(max(10, n // 10)):
        await aget()
    t = time.perf_counter()
    for _ in range(n):
        await aget()
    return (time.perf_counter() - t) / n

async def run_async32():
    per = max(1, n // 32)
    async def worker(k):
        for _ in range(k):
            await aget()
    await asyncio.gather(*(worker(max(1, per // 10)) for _ in range(32)))
    t = time.perf_counter()
    await asyncio.gather(*(worker(per) for _ in range(32)))
    return (time.perf_counter() - t) / (per * 32)

async def run_async_modes():
    # One event loop for both: stripe's async HTTP client stays bound to its first loop.
    for mode in modes:
        if mode == "async1":
            print(mode, await run_async1() * 1e6, flush=True)
        elif mode == "async32":
            print(mode, await run_async32() * 1e6, flush=True)

if "sync" in modes and sync:
    print("sync", run_sync() * 1e6, flush=True)
if aget:
    asyncio.run(run_async_modes())
'''


def calls_made(mode: str, n: int) -> int:
    """How many calls MEASURE makes in `mode` for `n`, warm-up included."""
    if mode == "async32":
        per = max(1, n // CONCURRENCY)
        return CONCURRENCY * (max(1, per // 10) + per)
    return max(10, n // 10) + n


def instructions(lib: str, pythonpath: Optional[str], url: str, n: int, mode: str) -> Optional[float]:
    """Instructions per call of `mode` (callgrind), or None when the contender lacks it."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    counts = []
    for calls in (n, 5 * n):
        done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                               str(PY), "-c", MEASURE, lib, url, str(calls), mode],
                              capture_output=True, text=True, env=env)
        if done.returncode != 0:
            sys.exit(f"{lib} {mode} under callgrind failed:\n{done.stderr[-2000:]}")
        if not done.stdout.strip():
            return None
        found = [line for line in done.stderr.splitlines() if "Collected :" in line]
        counts.append(int(found[-1].rsplit(":", 1)[1].strip()))
    return (counts[1] - counts[0]) / (calls_made(mode, 5 * n) - calls_made(mode, n))


def measure(pin: List[str], lib: str, pythonpath: Optional[str], url: str, n: int, modes: List[str]) -> Dict[str, float]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(pin + [str(PY), "-c", MEASURE, lib, url, str(n), ",".join(modes)],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.exit(f"{lib} failed:\n{done.stderr}")
    out = done.stdout
    figures = {}
    for line in out.splitlines():
        mode, us = line.split()
        figures[mode] = float(us)
    return figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-setup", action="store_true")
    ap.add_argument("--no-pin", action="store_true")
    ap.add_argument("--cpu", default="0")
    ap.add_argument("--payintent", action="append", default=[], metavar="NAME=DIR",
                    help="also measure the payintent installed in DIR, shown as NAME")
    ap.add_argument("--no-import", action="store_true", help="skip the import times")
    ap.add_argument("--only", help="comma-separated names of the contenders to run (http.client always runs)")
    ap.add_argument("--url", help="use this running fixed-response server instead of starting one (bench/run.py)")
    ap.add_argument("--json-out", metavar="FILE", help="also write the medians as JSON (keys python.*) to FILE")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions per call under valgrind's callgrind instead of timing")
    args = ap.parse_args()
    if args.instructions and not shutil.which("valgrind"):
        sys.exit("--instructions needs valgrind")
    if not args.no_setup:
        setup()
    pin = [] if args.no_pin or not shutil.which("taskset") else ["taskset", "-c", args.cpu]
    # (shown name, module, PYTHONPATH)
    contenders: List[Tuple[str, str, Optional[str]]] = [("payintent", "payintent", None)]
    for spec in args.payintent:
        name, _, path = spec.partition("=")
        contenders.append((name, "payintent", path))
    contenders += [("stripe", "stripe", None), ("http.client", "http.client", None)]
    if args.only:
        keep = set(args.only.split(",")) | {"http.client"}
        contenders = [c for c in contenders if c[0] in keep]
    modes = ["sync", "async1", "async32"]

    server = None
    if not args.url:
        server = subprocess.Popen(pin + [str(SERVER), "fixed-server", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        if server is None:
            url = args.url
        else:
            assert server.stdout is not None
            url = server.stdout.readline().strip().rsplit(" ", 1)[-1]
        if args.instructions:
            print(f"fixed-response server at {url}; instructions per call (callgrind, {args.calls} and "
                  f"{5 * args.calls} calls per contender and mode)")
            print(f"{'instructions per call':<24}" + "".join(f"{m:>10}" for m in modes))
            for name, module, path in contenders:
                cells = [instructions(module, path, url, args.calls, mode) for mode in modes]
                print(f"{name:<24}" + "".join(f"{c:10.0f}" if c is not None else f"{'-':>10}" for c in cells),
                      flush=True)
            return
        print(f"fixed-response server at {url}; {args.rounds} rounds of {args.calls} calls per contender and mode, "
              f"{'pinned to CPU ' + args.cpu if pin else 'not pinned'}")
        results: Dict[Tuple[str, str], List[float]] = {}
        for r in range(args.rounds):
            k = r % len(contenders)
            for name, module, path in contenders[k:] + contenders[:k]:
                for mode, us in measure(pin, module, path, url, args.calls, modes).items():
                    results.setdefault((name, mode), []).append(us)
        floor = statistics.median(results[("http.client", "sync")])
        print(f"{'per call (us), median':<24}" + "".join(f"{m:>10}" for m in modes) + "   (sync vs http.client)")
        for name, _, _ in contenders:
            cells = []
            for mode in modes:
                s = results.get((name, mode))
                cells.append(f"{statistics.median(s):10.1f}" if s else f"{'-':>10}")
            ratio = statistics.median(results[(name, "sync")]) / floor
            print(f"{name:<24}" + "".join(cells) + f"   {ratio:5.2f}x")
        if args.json_out:
            # Names bench/run.py knows: payintent, its peer (stripe-python) and the floor (http.client).
            keys = {("payintent", "sync"): "python.sync_retrieve", ("payintent", "async1"): "python.async_retrieve",
                    ("payintent", "async32"): "python.async32_retrieve", ("stripe", "sync"): "python.stripe_sync_retrieve",
                    ("stripe", "async1"): "python.stripe_async_retrieve",
                    ("stripe", "async32"): "python.stripe_async32_retrieve",
                    ("http.client", "sync"): "python.http_client_retrieve"}
            out = {key: statistics.median(results[k]) for k, key in keys.items() if results.get(k)}
            with open(args.json_out, "w") as f:
                json.dump(out, f)
        if not args.no_import:
            print(f"import payintent: {import_time('payintent'):6.1f} ms (median, interpreter start subtracted)")
            print(f"import stripe:    {import_time('stripe'):6.1f} ms (median, interpreter start subtracted)")
    finally:
        if server is not None:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
