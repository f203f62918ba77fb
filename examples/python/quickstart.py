"""Quickstart: create -> confirm -> capture, create -> cancel, and a declined card.

Runs against the local sandbox (started here from target/debug, built first if
missing, and stopped at the end whatever happens: an error, Ctrl-C, SIGTERM)
unless PAYINTENT_BASE_URL is set; PAYINTENT_API_KEY and PAYINTENT_PROFILE
(stripe | leanrails) are optional.

    bash bindings/python/test.sh        # or: cd bindings/python && maturin develop
    python examples/python/quickstart.py
"""
import asyncio
import os
import pathlib
import signal
import subprocess
import sys
from typing import Optional

import payintent

ROOT = pathlib.Path(__file__).resolve().parents[2]


def start_sandbox() -> "tuple[subprocess.Popen[str], str]":
    exe = ROOT / "target" / "debug" / "payintent-sandbox"
    if not exe.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "payintent-sandbox"], cwd=ROOT, check=True)
    proc = subprocess.Popen([str(exe), "--port", "0"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()  # "payintent-sandbox listening on http://127.0.0.1:PORT"
    if not line.startswith("payintent-sandbox listening on "):
        proc.kill()
        proc.wait()
        raise RuntimeError(f"the sandbox did not start: {line!r}")
    return proc, line.rsplit(" ", 1)[-1]


def main() -> None:
    # SIGTERM ends the program through `finally` (like Ctrl-C), so the
    # sandbox is stopped.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    base_url = os.environ.get("PAYINTENT_BASE_URL")
    api_key = os.environ.get("PAYINTENT_API_KEY", "sk_test_quickstart")
    sandbox: Optional["subprocess.Popen[str]"] = None
    try:
        if not base_url:
            sandbox, base_url = start_sandbox()
            print("sandbox at", base_url, flush=True)
        client = payintent.Client(api_key, base_url=base_url, profile=os.environ.get("PAYINTENT_PROFILE", "stripe"))
        print(client)
        pis = client.payment_intents

        # Authorise now, capture later (partially).
        pi = pis.create(amount=2000, currency="usd", capture_method="manual", metadata={"order_id": "1"},
                        idempotency_key="quickstart-order-1")
        print("created  ", pi, "request", pi.last_response.request_id if pi.last_response else None)
        pi = pis.confirm(pi.id, payment_method="pm_card_visa")
        print("confirmed", pi, "capturable", pi.amount_capturable)
        pi = pis.capture(pi.id, amount_to_capture=1500)
        print("captured ", pi, "received", pi.amount_received)

        # Create and cancel.
        pi = pis.create(amount=500, currency="usd")
        pi = pis.cancel(pi.id, cancellation_reason="requested_by_customer")
        print("canceled ", pi, "reason", pi.cancellation_reason)
        try:
            pis.cancel(pi.id)
        except payintent.InvalidRequestError as err:
            print("cancel again ->", err.kind, err.code, err.http_status)

        # A declined card: the error carries the codes and the PaymentIntent.
        pi = pis.create(amount=700, currency="usd")
        try:
            pis.confirm(pi.id, payment_method="pm_card_chargeDeclined")
        except payintent.CardError as err:
            print("declined ->", err.kind, err.code, err.decline_code, "status now",
                  err.payment_intent.status if err.payment_intent else None)

        # The same API with asyncio.
        async def concurrently() -> None:
            made = await asyncio.gather(*(pis.create_async(amount=100 * (i + 1), currency="eur") for i in range(3)))
            print("async    ", ", ".join(repr(p) for p in made))

        asyncio.run(concurrently())
    finally:
        if sandbox is not None:
            sandbox.kill()
            sandbox.wait()


if __name__ == "__main__":
    main()
