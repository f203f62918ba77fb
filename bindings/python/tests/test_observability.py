"""The core's request events in Python's logging (logger `payintent`), with
their fields as record attributes and never the API key; response headers and
status on results and errors."""
import asyncio
import logging
from typing import List

import pytest

import payintent
from conftest import Capture, Sandbox

KEY = "sk_test_python_observabilitysecret"
FIELDS = ("method", "path", "attempt", "status", "duration", "request_id", "idempotency_key")


def client(sb: Sandbox) -> payintent.Client:
    return payintent.Client(KEY, base_url=sb.url)


def assert_no_key(records: List[logging.LogRecord]) -> None:
    for r in records:
        assert "observabilitysecret" not in r.getMessage()
        assert "observabilitysecret" not in repr(vars(r))


def test_each_attempt_is_logged_with_its_fields(sb: Sandbox, captured: Capture) -> None:
    pi = client(sb).payment_intents.create(amount=700, currency="usd")
    kinds = [getattr(r, "event") for r in captured.records]
    assert kinds == ["request", "response"]
    request, response = captured.records
    assert request.levelno == response.levelno == logging.DEBUG
    for r in (request, response):
        for f in FIELDS:
            assert hasattr(r, f), f
        assert getattr(r, "method") == "POST" and getattr(r, "path") == "/v1/payment_intents"
        assert getattr(r, "attempt") == 1
        assert pi.last_response is not None and getattr(r, "idempotency_key") == pi.last_response.idempotency_key
        assert r.name == "payintent"
    assert getattr(response, "status") == 200 and getattr(response, "duration") > 0
    assert pi.last_response is not None and getattr(response, "request_id") == pi.last_response.request_id
    assert "response 200 to POST /v1/payment_intents" in response.getMessage()
    assert_no_key(captured.records)


def test_a_retry_is_logged_at_info(sb: Sandbox, captured: Capture) -> None:
    sb.fault(kind="status", status=503, count=1)
    client(sb).payment_intents.create(amount=701, currency="usd")
    kinds = [(getattr(r, "event"), r.levelno) for r in captured.records]
    assert kinds == [
        ("request", logging.DEBUG),
        ("response", logging.DEBUG),
        ("retry", logging.INFO),
        ("request", logging.DEBUG),
        ("response", logging.DEBUG),
    ]
    retry = captured.records[2]
    assert getattr(retry, "status") == 503 and getattr(retry, "retry_delay") > 0
    assert [getattr(r, "attempt") for r in captured.records] == [1, 1, 1, 2, 2]
    assert len({getattr(r, "idempotency_key") for r in captured.records}) == 1
    assert_no_key(captured.records)


def test_async_calls_are_logged_too(sb: Sandbox, captured: Capture) -> None:
    pis = client(sb).payment_intents

    async def flow() -> None:
        pi = await pis.create_async(amount=702, currency="usd")
        await pis.retrieve_async(pi.id)

    asyncio.run(flow())
    assert [(getattr(r, "event"), getattr(r, "method")) for r in captured.records] == [
        ("request", "POST"),
        ("response", "POST"),
        ("request", "GET"),
        ("response", "GET"),
    ]
    assert getattr(captured.records[2], "idempotency_key") is None
    assert_no_key(captured.records)


def test_nothing_is_logged_while_the_logger_is_off(sb: Sandbox, captured: Capture) -> None:
    logging.getLogger("payintent").setLevel(logging.WARNING)
    sb.fault(kind="status", status=503, count=1)
    client(sb).payment_intents.create(amount=703, currency="usd")
    assert captured.records == []


def test_results_carry_the_response_headers_and_status(sb: Sandbox) -> None:
    pi = client(sb).payment_intents.create(amount=704, currency="usd")
    meta = pi.last_response
    assert meta is not None and meta.http_status == 200
    h = meta.headers
    assert h["Request-Id"] == h["request-id"] == meta.request_id
    assert "REQUEST-ID" in h and "no-such-header" not in h
    assert h.get("no-such-header") is None and h.get("no-such-header", "x") == "x"
    assert "content-type" in list(h) and dict(h.items())["content-type"].startswith("application/json")
    assert len(h) == len(h.keys()) and h.get_all("request-id") == [meta.request_id]
    with pytest.raises(KeyError):
        h["no-such-header"]
    assert "observabilitysecret" not in repr(h)


def test_errors_carry_the_response_headers(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    with pytest.raises(payintent.InvalidRequestError) as info:
        pis.retrieve("pi_doesnotexist")
    err = info.value
    assert err.http_status == 404 and err.headers is not None
    assert err.headers["request-id"] == err.request_id
    sb.fault(kind="drop")
    with pytest.raises(payintent.APIConnectionError) as conn:
        pis.retrieve("pi_doesnotexist", max_retries=0)
    assert conn.value.headers is None



def test_events_calls_are_logged_like_the_payment_intents_calls(sb: Sandbox, captured: Capture) -> None:
    c = client(sb)
    c.payment_intents.create(amount=703, currency="usd")
    captured.records.clear()
    page = c.events.list(limit=3)
    assert page.data, "creating an intent makes an event"
    event_path = f"/v1/events/{page.data[0].id}"

    async def one() -> payintent.Event:
        return await c.events.retrieve_async(page.data[0].id)

    asyncio.run(one())
    assert [(getattr(r, "event"), getattr(r, "method"), getattr(r, "path")) for r in captured.records] == [
        ("request", "GET", "/v1/events"),
        ("response", "GET", "/v1/events"),
        ("request", "GET", event_path),
        ("response", "GET", event_path),
    ]
    for r in captured.records:
        for f in FIELDS:
            assert hasattr(r, f), f
    assert getattr(captured.records[1], "status") == 200
    assert_no_key(captured.records)
