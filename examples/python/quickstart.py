"""Quickstart: create -> confirm -> capture, create -> cancel, and a declined card,
with the webhook events of that flow received on a local HTTP server (with the
local sandbox only), verified against the raw body and handled once per id.

Runs against the local sandbox (started here from target/debug, built first if
missing, and stopped at the end whatever happens: an error, Ctrl-C, SIGTERM)
unless PAYINTENT_BASE_URL is set; PAYINTENT_API_KEY and PAYINTENT_PROFILE
(stripe | leanrails) are optional.

    bash bindings/python/test.sh        # or: cd bindings/python && maturin develop
    python examples/python/quickstart.py
"""
import asyncio
import http.server
import json
import os
import pathlib
import queue
import signal
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from typing import Any, Optional, Set, Tuple

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


class WebhookReceiver(http.server.BaseHTTPRequestHandler):
    """Answers 200 at once and queues (Stripe-Signature, raw body) for the program."""

    deliveries: "queue.Queue[Tuple[str, bytes]]" = queue.Queue()

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        self.deliveries.put((self.headers.get("stripe-signature", ""), body))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def register_webhook(base_url: str, api_key: str, url: str) -> str:
    """Registers `url` for every event type; returns the endpoint's signing secret."""
    form = urllib.parse.urlencode({"url": url, "enabled_events[]": "*"}).encode()
    req = urllib.request.Request(base_url + "/v1/webhook_endpoints", data=form, method="POST",
                                 headers={"authorization": f"Bearer {api_key}"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return str(json.loads(resp.read())["secret"])


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
        receiver: Optional[http.server.ThreadingHTTPServer] = None
        secret = ""
        if sandbox is not None:  # a real API needs a public HTTPS endpoint (e.g. the Stripe CLI)
            receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), WebhookReceiver)
            threading.Thread(target=receiver.serve_forever, daemon=True).start()
            secret = register_webhook(base_url, api_key, f"http://127.0.0.1:{receiver.server_address[1]}/webhooks")
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

        # The events of the flow: at least once and in any order, so verify each
        # delivery against its raw body and handle each event id once.
        if receiver is not None:
            handled: Set[str] = set()
            wanted = {"payment_intent.created", "payment_intent.succeeded", "payment_intent.canceled",
                      "payment_intent.payment_failed"}
            types: Set[str] = set()
            while wanted - types:
                signature, body = WebhookReceiver.deliveries.get(timeout=10)
                event = payintent.Webhook.construct_event(body, signature, secret)
                if event.id in handled:
                    continue
                handled.add(event.id)
                types.add(event.type)
                print("webhook  ", event.id, event.type, getattr(event.data.object, "id", "-"))
            receiver.shutdown()
            receiver.server_close()
    finally:
        if sandbox is not None:
            sandbox.kill()
            sandbox.wait()


if __name__ == "__main__":
    main()
