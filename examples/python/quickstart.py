"""Quickstart: create -> confirm -> capture, and create -> cancel.

Runs against the local sandbox (started here from target/debug) unless
PAYINTENT_BASE_URL and PAYINTENT_API_KEY are set.

    cargo build -p payintent-sandbox && python examples/python/quickstart.py
"""
import os
import pathlib
import subprocess

import payintent


def main() -> None:
    base_url = os.environ.get("PAYINTENT_BASE_URL")
    api_key = os.environ.get("PAYINTENT_API_KEY", "sk_test_quickstart")
    sandbox = None
    if not base_url:
        exe = pathlib.Path(__file__).resolve().parents[2] / "target" / "debug" / "payintent-sandbox"
        sandbox = subprocess.Popen([str(exe), "--port", "0"], stdout=subprocess.PIPE, text=True)
        assert sandbox.stdout is not None
        base_url = sandbox.stdout.readline().strip().rsplit(" ", 1)[-1]
        print("sandbox at", base_url)
    try:
        client = payintent.Client(api_key, base_url=base_url, profile=os.environ.get("PAYINTENT_PROFILE", "stripe"))
        pis = client.payment_intents

        pi = pis.create(amount=2000, currency="usd", capture_method="manual", metadata={"order_id": "1"})
        print("created  ", pi)
        pi = pis.confirm(pi.id, payment_method="pm_card_visa")
        print("confirmed", pi, "capturable", pi.amount_capturable)
        pi = pis.capture(pi.id, amount_to_capture=1500)
        print("captured ", pi, "received", pi.amount_received)

        pi = pis.create(amount=500, currency="usd")
        pi = pis.cancel(pi.id, cancellation_reason="requested_by_customer")
        print("canceled ", pi, "reason", pi.cancellation_reason)
        try:
            pis.cancel(pi.id)
        except payintent.InvalidRequestError as err:
            print("cancel again ->", err.kind, err.code)
    finally:
        if sandbox is not None:
            sandbox.terminate()
            sandbox.wait()


if __name__ == "__main__":
    main()
