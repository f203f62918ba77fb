import asyncio
import threading
import time
from typing import Callable, List

import pytest

import payintent
from conftest import Sandbox

KEY = "sk_test_python_suite"


def client(sb: Sandbox, **kw: object) -> payintent.Client:
    return payintent.Client(KEY, base_url=sb.url, **kw)  # type: ignore[arg-type]


def test_create_confirm_capture_typed_results(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=2000, currency="usd", capture_method="manual", metadata={"order": "7"})
    assert isinstance(pi, payintent.PaymentIntent)
    assert (pi.status, pi.amount, pi.currency, pi.metadata) == ("requires_payment_method", 2000, "usd", {"order": "7"})
    assert pi.last_response is not None and (pi.last_response.request_id or "").startswith("req_")
    assert pi.last_response.attempts == 1
    pi = pis.confirm(pi.id, payment_method="pm_card_visa")
    assert pi.status == "requires_capture" and pi.amount_capturable == 2000
    pi = pis.capture(pi.id, amount_to_capture=1500)
    assert (pi.status, pi.amount_received) == ("succeeded", 1500)
    d = pi.to_dict()
    assert d["id"] == pi.id and d["object"] == "payment_intent"
    assert repr(pi) == f"<PaymentIntent {pi.id} status=succeeded amount=2000 usd>"
    assert pis.retrieve(pi.id) == pis.retrieve(pi.id)


def test_exception_hierarchy_and_fields(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=1200, currency="usd")
    with pytest.raises(payintent.CardError) as info:
        pis.confirm(pi.id, payment_method="pm_card_chargeDeclinedInsufficientFunds")
    err = info.value
    assert isinstance(err, payintent.PayIntentError)
    assert (err.kind, err.code, err.decline_code, err.http_status) == ("card_error", "card_declined", "insufficient_funds", 402)
    assert err.request_id and err.request_id.startswith("req_")
    assert err.payment_intent is not None and err.payment_intent.status == "requires_payment_method"
    pis.cancel(pi.id)
    with pytest.raises(payintent.InvalidRequestError) as info2:
        pis.cancel(pi.id)
    assert info2.value.code == "payment_intent_unexpected_state"
    with pytest.raises(payintent.InvalidRequestError) as info3:
        pis.retrieve("pi_missing")
    assert (info3.value.http_status, info3.value.param) == (404, "intent")
    with pytest.raises(payintent.PermissionDeniedError):
        payintent.Client("rk_test_readonly", base_url=sb.url).payment_intents.create(amount=5, currency="usd")


def test_error_kinds_match_the_core() -> None:
    classes = {
        "card_error": payintent.CardError, "invalid_request_error": payintent.InvalidRequestError,
        "authentication_error": payintent.AuthenticationError, "permission_error": payintent.PermissionDeniedError,
        "rate_limit_error": payintent.RateLimitError, "idempotency_error": payintent.IdempotencyError,
        "api_error": payintent.APIError, "connection_error": payintent.APIConnectionError,
        "timeout_error": payintent.APITimeoutError, "invalid_argument_error": payintent.InvalidArgumentError,
    }
    assert sorted(payintent.error_kinds()) == sorted(classes)
    assert issubclass(payintent.InvalidArgumentError, ValueError)
    assert issubclass(payintent.APITimeoutError, payintent.APIConnectionError)


def test_bad_input_is_typed(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    cases: List[Callable[[], object]] = [
        lambda: pis.create(amount="lots", currency="usd"),
        lambda: pis.create(amount=0, currency="usd"),
        lambda: pis.create(currency="usd"),
        lambda: pis.create(amount=5, currency="usd", metadata={"k": object()}),
        lambda: pis.cancel(123),  # type: ignore[arg-type]
        lambda: pis.cancel("pi_1", cancellation_reason="bored"),
        lambda: pis.create(amount=5, currency="usd", idempotency_key="x" * 256),
        lambda: pis.create(amount=5, currency="usd", idempotency_key="a\r\nb"),
        lambda: pis.retrieve("pi_1", timeout=-1),
        lambda: payintent.Client(KEY, base_url="http://example.com"),
        lambda: payintent.Client(KEY, profile="soap"),
    ]
    for case in cases:
        with pytest.raises(payintent.InvalidArgumentError) as info:
            case()
        assert info.value.kind == "invalid_argument_error"
        assert info.value.param
    assert sb.requests() == []


def test_key_never_shown(sb: Sandbox) -> None:
    secret = "sk_live_pythonsecret000111"
    c = payintent.Client(secret, base_url=sb.url)
    assert "pythonsecret" not in repr(c)
    with pytest.raises(payintent.AuthenticationError) as info:
        c.payment_intents.create(amount=5, currency="usd")
    for text in (str(info.value), repr(info.value), str(info.value.args)):
        assert "pythonsecret" not in text


def test_retries_and_idempotency(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    sb.fault(kind="status", status=503, count=1)
    pi = pis.create(amount=900, currency="usd")
    assert pi.last_response is not None and pi.last_response.attempts == 2
    keys = {r["headers"]["idempotency-key"] for r in sb.requests()}
    assert len(keys) == 1
    a = pis.create(amount=901, currency="usd", idempotency_key="py-order-1")
    b = pis.create(amount=901, currency="usd", idempotency_key="py-order-1")
    assert a.id == b.id and b.last_response is not None and b.last_response.idempotent_replayed
    with pytest.raises(payintent.IdempotencyError):
        pis.create(amount=902, currency="usd", idempotency_key="py-order-1")
    sb.fault(kind="drop")
    with pytest.raises(payintent.APIConnectionError):
        pis.create(amount=5, currency="usd", max_retries=0)
    sb.fault(kind="delay", ms=600)
    with pytest.raises(payintent.APITimeoutError):
        pis.create(amount=5, currency="usd", max_retries=0, timeout=0.1)


def test_gil_is_released_during_io(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=5, currency="usd")
    sb.fault(kind="delay", ms=400, count=2)
    threads = [threading.Thread(target=pis.retrieve, args=(pi.id,)) for _ in range(2)]
    ticks = 0
    start = time.monotonic()
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        ticks += 1  # the main thread keeps running Python while the calls wait
        time.sleep(0.01)
    elapsed = time.monotonic() - start
    assert elapsed < 0.75, f"the two 400 ms calls did not overlap ({elapsed:.2f}s)"
    assert ticks > 10


def test_async_twins(sb: Sandbox) -> None:
    pis = client(sb).payment_intents

    async def flow() -> None:
        created = await asyncio.gather(*(pis.create_async(amount=100 + i, currency="usd") for i in range(5)))
        assert len({p.id for p in created}) == 5
        canceled = await pis.cancel_async(created[0].id, cancellation_reason="abandoned")
        assert canceled.status == "canceled"
        with pytest.raises(payintent.InvalidRequestError):
            await pis.cancel_async(created[0].id)
        page = await pis.list_async(limit=2)
        items = [p async for p in page.auto_paging_iter_async()]
        assert len(items) >= 5

    asyncio.run(flow())


def test_pagination_and_search(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    ids = [pis.create(amount=10 + i, currency="usd", customer="cus_py_pages", metadata={"batch": "py"}).id for i in range(5)]
    page = pis.list(customer="cus_py_pages", limit=2)
    assert len(page) == 2 and page.has_more
    assert [p.id for p in page.auto_paging_iter()] == list(reversed(ids))
    found = pis.search(query="metadata['batch']:'py'", limit=2)
    assert found.total_count == 5
    assert sorted(p.id for p in found.auto_paging_iter()) == sorted(ids)
