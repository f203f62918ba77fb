"""Benchmark (not a test): per-call time of sequential retrieve and cancel with
payintent and with the official `stripe` package, against the same local
fixed-response server, plus the import time of both packages.

    python3 bench/python_bench.py [--calls 2000]

Sets up its own venv in target/venv-bench with a release build of payintent.
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
VENV = ROOT / "target" / "venv-bench"
PY = VENV / "bin" / "python"


def setup() -> None:
    if not PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    have = subprocess.run([str(PY), "-c", "import maturin, stripe"], capture_output=True).returncode == 0
    if not have:
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "--disable-pip-version-check", "maturin>=1.8,<2", "stripe"], check=True)
    env = dict(os.environ, VIRTUAL_ENV=str(VENV), PATH=f"{VENV / 'bin'}:{os.environ['PATH']}")
    subprocess.run(["maturin", "develop", "--release", "--quiet"], cwd=ROOT / "bindings" / "python", env=env, check=True)
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


MEASURE = r'''
import statistics, sys, time
lib, url, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
RID, CID = "pi_3MtweELkdIwHu7ix0Dt0gF2H", "pi_3MtwBwLkdIwHu7ix28a3tqPa"
if lib == "payintent":
    import payintent
    pis = payintent.Client("sk_test_bench", base_url=url, max_retries=0).payment_intents
    retrieve = lambda: pis.retrieve(RID)
    cancel = lambda: pis.cancel(CID)
else:
    import stripe
    if hasattr(stripe, "StripeClient"):
        # current stripe-python: a client object whose base address is configurable
        client = stripe.StripeClient("sk_test_bench", base_addresses={"api": url}, max_network_retries=0)
        svc = getattr(client, "v1", client).payment_intents
        retrieve = lambda: svc.retrieve(RID)
        cancel = lambda: svc.cancel(CID)
    else:  # older global configuration
        stripe.api_key, stripe.api_base = "sk_test_bench", url
        retrieve = lambda: stripe.PaymentIntent.retrieve(RID)
        cancel = lambda: stripe.PaymentIntent.cancel(CID)
for name, fn in (("retrieve", retrieve), ("cancel", cancel)):
    for _ in range(max(10, n // 10)):
        fn()
    s = []
    for _ in range(n):
        t = time.perf_counter(); fn(); s.append(time.perf_counter() - t)
    s.sort()
    print(f"{lib:<10} {name:<9} n={n:<6} mean={statistics.mean(s)*1e6:8.1f} us  p50={s[n//2]*1e6:8.1f} us  p99={s[int(n*0.99)-1]*1e6:8.1f} us")
'''


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--no-setup", action="store_true")
    args = ap.parse_args()
    if not args.no_setup:
        setup()
    server = subprocess.Popen([str(ROOT / "target" / "release" / "payintent-bench"), "fixed-server", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip().rsplit(" ", 1)[-1]
        print(f"fixed-response server at {url}; sequential calls, one process each")
        for lib in ("payintent", "stripe"):
            subprocess.run([str(PY), "-c", MEASURE, lib, url, str(args.calls)], check=True)
        print(f"import payintent: {import_time('payintent'):6.1f} ms (median, interpreter start subtracted)")
        print(f"import stripe:    {import_time('stripe'):6.1f} ms (median, interpreter start subtracted)")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
