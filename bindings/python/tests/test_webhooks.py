"""Webhooks in Python: verification of every kind of delivery (valid, tampered,
wrong secret, old, rotated secrets, malformed), typed events, and a real
delivery from the sandbox to a local server, handled once per event id."""
import hashlib
import hmac
import http.server
import json
import threading
import time
import urllib.parse
import urllib.request
from typing import Any, Dict, List, Set, Tuple

import pytest

import payintent
from conftest import Sandbox

SECRET = "whsec_python_test"
PAYLOAD = json.dumps({
    "id": "evt_1", "object": "event", "type": "payment_intent.succeeded", "created": 1,
    "data": {"object": {"id": "pi_1", "object": "payment_intent", "amount": 2000, "status": "succeeded",
                        "client_secret": "pi_1_secret_x"}},
    "request": {"id": "req_1", "idempotency_key": "ik_1"}, "pending_webhooks": 1, "livemode": False,
})


def header_for(payload: str, secret: str, t: int) -> str:
    sig = hmac.new(secret.encode(), f"{t}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={t},v1={sig}"


def test_a_valid_delivery_gives_a_typed_event() -> None:
    header = header_for(PAYLOAD, SECRET, int(time.time()))
    event = payintent.Webhook.construct_event(PAYLOAD.encode(), header, SECRET)
    assert (event.id, event.type, event.pending_webhooks) == ("evt_1", "payment_intent.succeeded", 1)
    assert event.request == {"id": "req_1", "idempotency_key": "ik_1"}
    pi = event.data.object
    assert isinstance(pi, payintent.PaymentIntent)
    assert (pi.id, pi.amount, pi.status) == ("pi_1", 2000, "succeeded")
    assert event.to_dict()["data"]["object"]["id"] == "pi_1"
    # str payloads work too, and the helper's header equals an independent HMAC.
    assert payintent.Webhook.generate_test_header(PAYLOAD, SECRET, timestamp=1_700_000_000) == header_for(
        PAYLOAD, SECRET, 1_700_000_000
    )
    assert payintent.Webhook.construct_event(PAYLOAD, header, SECRET).id == "evt_1"


@pytest.mark.parametrize(
    "payload,header,secret,words",
    [
        (PAYLOAD.replace("2000", "2"), "good", SECRET, "no signature"),
        (PAYLOAD, "good", "whsec_wrong", "no signature"),
        (PAYLOAD, "", SECRET, "no Stripe-Signature header"),
        (PAYLOAD, "v1=abcd", SECRET, "no timestamp"),
        (PAYLOAD, "t=123", SECRET, "no `v1="),
        (PAYLOAD, "garbage", SECRET, "malformed"),
    ],
)
def test_failures_say_which_check_failed(payload: str, header: str, secret: str, words: str) -> None:
    if header == "good":
        header = header_for(PAYLOAD, SECRET, int(time.time()))
    with pytest.raises(payintent.SignatureVerificationError) as info:
        payintent.Webhook.construct_event(payload.encode(), header, secret)
    assert info.value.kind == "signature_verification_error"
    assert words in str(info.value)
    assert SECRET not in str(info.value) and "python_test" not in repr(info.value)


def test_old_signatures_and_rotated_secrets() -> None:
    old = header_for(PAYLOAD, SECRET, int(time.time()) - 600)
    with pytest.raises(payintent.SignatureVerificationError, match="tolerance"):
        payintent.Webhook.construct_event(PAYLOAD, old, SECRET)
    assert payintent.Webhook.construct_event(PAYLOAD, old, SECRET, tolerance=900).id == "evt_1"
    now = int(time.time())
    rotated = header_for(PAYLOAD, "whsec_old", now) + "," + header_for(PAYLOAD, SECRET, now).split(",")[1]
    assert payintent.Webhook.construct_event(PAYLOAD, rotated, SECRET).id == "evt_1"
    assert payintent.Webhook.construct_event(PAYLOAD, rotated, "whsec_old").id == "evt_1"
    with pytest.raises(payintent.InvalidArgumentError):
        payintent.Webhook.construct_event(PAYLOAD, old, SECRET, tolerance=-1)


def test_non_events_and_unknown_objects() -> None:
    with pytest.raises(payintent.InvalidArgumentError):
        payintent.Webhook.construct_event("[1]", header_for("[1]", SECRET, int(time.time())), SECRET)
    with pytest.raises(payintent.InvalidArgumentError):
        payintent.Webhook.construct_event(12, "t=1,v1=00", SECRET)  # type: ignore[arg-type]
    other = json.dumps({"id": "evt_2", "type": "charge.dispute.created", "data": {"object": {"object": "dispute"}}})
    event = payintent.Webhook.construct_event(other, header_for(other, SECRET, int(time.time())), SECRET)
    assert event.data.object == {"object": "dispute"}
    assert event.data.previous_attributes is None
    assert event["type"] == "charge.dispute.created"


class Receiver(http.server.BaseHTTPRequestHandler):
    """Fails the first two deliveries with 500, then answers 200."""

    deliveries: List[Tuple[str, bytes]] = []
    failures_left = 2
    lock = threading.Lock()

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        with Receiver.lock:
            fail = Receiver.failures_left > 0
            Receiver.failures_left -= 1
            if not fail:
                Receiver.deliveries.append((self.headers.get("stripe-signature", ""), body))
        self.send_response(500 if fail else 200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_sandbox_deliveries_are_verified_and_handled_once(sb: Sandbox) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        form = urllib.parse.urlencode({"url": f"http://127.0.0.1:{server.server_address[1]}/hooks",
                                       "enabled_events[]": "*"}).encode()
        req = urllib.request.Request(sb.url + "/v1/webhook_endpoints", data=form, method="POST",
                                     headers={"authorization": "Bearer sk_test_webhooks_py"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            secret = json.loads(resp.read())["secret"]
        client = payintent.Client("sk_test_webhooks_py", base_url=sb.url)
        pi = client.payment_intents.create(amount=1200, currency="usd", payment_method="pm_card_visa", confirm=True)
        handled: Dict[str, str] = {}
        seen: Set[str] = set()
        deadline = time.time() + 20
        while {"payment_intent.created", "payment_intent.succeeded"} - seen and time.time() < deadline:
            with Receiver.lock:
                batch, Receiver.deliveries = Receiver.deliveries, []
            for signature, body in batch:
                event = payintent.Webhook.construct_event(body, signature, secret)
                if event.id in handled:
                    continue  # a repeated delivery
                handled[event.id] = event.type
                obj = event.data.object
                assert isinstance(obj, payintent.PaymentIntent) and obj.id == pi.id
                seen.add(event.type)
            time.sleep(0.05)
        assert {"payment_intent.created", "payment_intent.succeeded"} <= seen, seen
        # The same events by polling.
        # (The sandbox's event log is shared by every test of the run: keep this intent's events.)
        page = client.events.list(type="payment_intent.succeeded", limit=100)
        mine = [e for e in page.data if isinstance(e.data.object, payintent.PaymentIntent) and e.data.object.id == pi.id]
        assert [e.type for e in mine] == ["payment_intent.succeeded"]
        assert mine[0].id in handled
        assert client.events.retrieve(mine[0].id).id == mine[0].id
        with pytest.raises(payintent.InvalidArgumentError):
            client.events.list(limit=0)
    finally:
        server.shutdown()
        server.server_close()
