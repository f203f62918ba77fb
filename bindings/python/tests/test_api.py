import asyncio
import json
import pickle
import threading
import time
from typing import Any, Callable, Dict, List

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
        payintent.Client("rk_test_readonly", base_url=sb.url).payment_intents.create(amount=500, currency="usd")


def test_error_kinds_match_the_core() -> None:
    classes = {
        "card_error": payintent.CardError, "invalid_request_error": payintent.InvalidRequestError,
        "authentication_error": payintent.AuthenticationError, "permission_error": payintent.PermissionDeniedError,
        "rate_limit_error": payintent.RateLimitError, "idempotency_error": payintent.IdempotencyError,
        "api_error": payintent.APIError, "connection_error": payintent.APIConnectionError,
        "timeout_error": payintent.APITimeoutError, "invalid_argument_error": payintent.InvalidArgumentError,
        "signature_verification_error": payintent.SignatureVerificationError,
        "cancelled_error": payintent.RequestCancelledError,
    }
    assert sorted(payintent.error_kinds()) == sorted(classes)
    assert issubclass(payintent.InvalidArgumentError, ValueError)
    assert issubclass(payintent.APITimeoutError, payintent.APIConnectionError)


def test_bad_input_is_typed(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    cases: List[Callable[[], object]] = [
        lambda: pis.create(amount="lots", currency="usd"),  # type: ignore[arg-type]
        lambda: pis.create(amount=0, currency="usd"),
        lambda: pis.create(currency="usd"),  # type: ignore[call-arg]
        lambda: pis.create(amount=500, currency="usd", metadata={"k": object()}),  # type: ignore[dict-item]
        lambda: pis.cancel(123),  # type: ignore[arg-type]
        lambda: pis.cancel("pi_1", cancellation_reason="bored"),
        lambda: pis.create(amount=500, currency="usd", idempotency_key="x" * 256),
        lambda: pis.create(amount=500, currency="usd", idempotency_key="a\r\nb"),
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
        c.payment_intents.create(amount=500, currency="usd")
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
        pis.create(amount=500, currency="usd", max_retries=0)
    sb.fault(kind="delay", ms=600)
    with pytest.raises(payintent.APITimeoutError):
        pis.create(amount=500, currency="usd", max_retries=0, timeout=0.1)


def test_gil_is_released_during_io(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=500, currency="usd")
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
    ids = [pis.create(amount=1000 + i, currency="usd", customer="cus_py_pages", metadata={"batch": "py"}).id for i in range(5)]
    page = pis.list(customer="cus_py_pages", limit=2)
    assert len(page) == 2 and page.has_more
    assert [p.id for p in page.auto_paging_iter()] == list(reversed(ids))
    found = pis.search(query="metadata['batch']:'py'", limit=2, expand=["total_count"])
    assert found.total_count == 5
    assert sorted(p.id for p in found.auto_paging_iter()) == sorted(ids)


def test_attributes_are_typed_and_read_only(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=700, currency="usd", customer="cus_py_attrs", description="attrs",
                    receipt_email="a@example.com", statement_descriptor_suffix="SUFFIX",
                    shipping={"name": "Ada", "address": {"line1": "1 Main St", "city": "Paris", "country": "FR"}})
    assert isinstance(pi.id, str) and pi.id.startswith("pi_")
    assert pi.object == "payment_intent" and isinstance(pi.created, int) and pi.livemode is False
    assert pi.customer == "cus_py_attrs" and pi.description == "attrs"
    assert pi.receipt_email == "a@example.com" and pi.statement_descriptor_suffix == "SUFFIX"
    assert pi.shipping is not None and pi.shipping["address"]["city"] == "Paris"
    assert pi.next_action is None and pi.last_payment_error is None and pi.canceled_at is None
    assert isinstance(pi.payment_method_types, list) and isinstance(pi.metadata, dict)
    assert pi.client_secret and pi.client_secret.startswith(pi.id)
    for name in payintent.PaymentIntent.FIELDS:
        getattr(pi, name)  # every modelled field is an attribute
    with pytest.raises(AttributeError):
        pi.amount = 5  # type: ignore[misc]
    with pytest.raises(AttributeError):
        pi.status = "succeeded"  # type: ignore[misc]
    pi.metadata["x"] = "y"  # a copy: the object is unchanged
    assert pi.metadata == {}
    assert pi["currency"] == "usd" and "currency" in pi and "nope" not in pi
    with pytest.raises(KeyError):
        pi["nope"]


def test_next_action_and_last_payment_error(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=1500, currency="usd", payment_method="pm_card_threeDSecure2Required", confirm=True)
    assert pi.status == "requires_action"
    assert pi.next_action is not None and isinstance(pi.next_action["type"], str)
    pi2 = pis.create(amount=1500, currency="usd")
    with pytest.raises(payintent.CardError) as info:
        pis.confirm(pi2.id, payment_method="pm_card_chargeDeclined")
    attached = info.value.payment_intent
    assert attached is not None and attached.last_payment_error is not None
    assert attached.last_payment_error["code"] == "card_declined"
    again = pis.retrieve(pi2.id)
    assert again.last_payment_error is not None and again.last_payment_error["code"] == "card_declined"


def test_microdeposits_and_increment(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=1000, currency="usd", payment_method_types=["us_bank_account"],
                    payment_method="pm_usBankAccount", confirm=True)
    assert pi.status == "requires_action"
    assert pi.next_action is not None and pi.next_action["type"] == "verify_with_microdeposits"
    with pytest.raises(payintent.PayIntentError):
        pis.verify_microdeposits(pi.id, amounts=[1, 2])
    pi = pis.verify_microdeposits(pi.id, amounts=[32, 45])
    assert pi.status in ("processing", "succeeded")
    held = pis.create(amount=1000, currency="usd", capture_method="manual", payment_method="pm_card_visa",
                      confirm=True, payment_method_options={"card": {"request_incremental_authorization": "if_available"}})
    assert held.status == "requires_capture"
    try:
        bigger = pis.increment_authorization(held.id, amount=1500)
        assert bigger.amount == 1500
    except payintent.InvalidRequestError as err:  # the sandbox may not model incremental auth
        assert err.kind == "invalid_request_error"


def test_to_dict_round_trip_and_unknown_fields(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=321, currency="usd", metadata={"a": "1"})
    d = pi.to_dict()
    assert d["id"] == pi.id and d["amount"] == 321 and d["metadata"] == {"a": "1"}
    assert json.loads(json.dumps(d)) == d
    again = payintent.PaymentIntent.from_dict(d)
    assert again == pi and again.to_dict() == d and again.last_response is None
    assert pickle.loads(pickle.dumps(pi)) == pi
    d["brand_new_field"] = {"nested": [1, 2]}
    d["customer"] = {"id": "cus_x", "object": "customer", "email": "x@example.com"}
    newer = payintent.PaymentIntent.from_dict(d)
    assert newer["brand_new_field"] == {"nested": [1, 2]}
    assert newer.to_dict()["brand_new_field"] == {"nested": [1, 2]}
    assert isinstance(newer.customer, payintent.ExpandedObject) and newer.customer["email"] == "x@example.com"
    assert newer != pi and pi != "not a payment intent"
    with pytest.raises(TypeError):
        hash(pi)
    with pytest.raises(payintent.InvalidArgumentError):
        payintent.PaymentIntent.from_dict({"object": "payment_intent"})
    page = pis.list(limit=1)
    assert page.to_dict()["object"] == "list" and page.to_dict()["data"][0] == page.data[0].to_dict()


def test_last_response_meta(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=500, currency="usd", idempotency_key="py-meta-1")
    meta = pi.last_response
    assert meta is not None
    assert (meta.http_status, meta.idempotency_key, meta.idempotent_replayed, meta.attempts) == (200, "py-meta-1", False, 1)
    assert "py-meta-1" in repr(meta)
    replay = pis.create(amount=500, currency="usd", idempotency_key="py-meta-1").last_response
    assert replay is not None and replay.idempotent_replayed
    with pytest.raises(AttributeError):
        meta.attempts = 3  # type: ignore[misc]


def test_request_options_reach_the_wire(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url, stripe_account="acct_default").payment_intents
    pis.create(amount=500, currency="usd")
    assert sb.requests()[-1]["headers"]["stripe-account"] == "acct_default"
    sb.clear()
    pis.create(amount=500, currency="usd", stripe_account="acct_other", idempotency_key="py-opt-1")
    headers = sb.requests()[-1]["headers"]
    assert headers["stripe-account"] == "acct_other" and headers["idempotency-key"] == "py-opt-1"
    assert "payintent-python/" in headers.get("user-agent", "")
    sb.clear()
    # a reserved keyword is never sent as a parameter
    pis.create(amount=500, currency="usd", timeout=30, max_retries=0)
    body = sb.requests()[-1]["body"]
    assert "timeout" not in body and "max_retries" not in body


def test_per_request_key_and_errors_never_show_keys(sb: Sandbox) -> None:
    good = client(sb).payment_intents
    secret = "sk_test_perrequestsecret123456"
    pi = good.create(amount=500, currency="usd", api_key=secret)
    assert pi.status == "requires_payment_method"
    bad = "sk_bogus_keythatleaks_999"
    with pytest.raises(payintent.AuthenticationError) as info:
        good.create(amount=500, currency="usd", api_key=bad)
    err = info.value
    assert err.kind == "authentication_error" and err.http_status == 401
    for text in (str(err), repr(err), str(err.args), str(vars(err))):
        assert "keythatleaks" not in text and "perrequestsecret" not in text
    for secret_key in ("sk_test_reprsecret_abcdef", "not-a-key-at-all-xyz"):
        try:
            c = payintent.Client(secret_key, base_url=sb.url)
            assert secret_key[-6:] not in repr(c)
        except payintent.InvalidArgumentError as e:
            assert secret_key[-6:] not in str(e)


def test_bad_types_never_crash(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    loop: Dict[str, Any] = {}
    loop["self"] = loop
    cases: List[Callable[[], object]] = [
        lambda: pis.create(amount="x", currency="usd"),  # type: ignore[arg-type]
        lambda: pis.create(amount=1.5, currency="usd"),  # type: ignore[arg-type]
        lambda: pis.create(amount=2**70, currency="usd"),
        lambda: pis.create(amount=float("nan"), currency="usd"),  # type: ignore[arg-type]
        lambda: pis.create(amount=500, currency=["usd"]),  # type: ignore[arg-type]
        lambda: pis.create(amount=500, currency="usd", metadata={1: "a"}),  # type: ignore[dict-item]
        lambda: pis.create(amount=500, currency="usd", metadata=loop),
        lambda: pis.create(amount=500, currency="usd", metadata={"k": b"bytes"}),  # type: ignore[dict-item]
        lambda: pis.retrieve(123),  # type: ignore[arg-type]
        lambda: pis.retrieve(None),  # type: ignore[arg-type]
        lambda: pis.retrieve("not_an_id/../x"),
        lambda: pis.capture("pi_1", amount_to_capture={"a": 1}),  # type: ignore[arg-type]
        lambda: pis.search(query=5),  # type: ignore[arg-type]
        lambda: pis.list(limit=1000),
        lambda: pis.create(amount=500, currency="usd", max_retries=-1),
        lambda: pis.create(amount=500, currency="usd", timeout=float("inf")),
        lambda: payintent.Client(KEY, base_url=sb.url, max_retries=-3),
        lambda: payintent.Client(KEY, base_url=sb.url, timeout=0),
    ]
    for i, case in enumerate(cases):
        with pytest.raises(payintent.InvalidArgumentError) as info:
            case()
        assert info.value.kind == "invalid_argument_error", i
        assert isinstance(info.value, ValueError)
    type_errors: List[Callable[[], object]] = [
        lambda: pis.create(amount=500, currency="usd", idempotency_key=5),  # type: ignore[arg-type]
        lambda: pis.create(amount=500, currency="usd", timeout="soon"),  # type: ignore[arg-type]
        lambda: payintent.Client(12345),  # type: ignore[arg-type]
        lambda: pis.retrieve(),  # type: ignore[call-arg]
        lambda: pis.cancel("pi_1", "abandoned", "extra"),  # type: ignore[call-arg]
    ]
    for case in type_errors:
        with pytest.raises(TypeError):
            case()
    assert sb.requests() == []


def test_async_errors_gather_and_search_paging(sb: Sandbox) -> None:
    pis = client(sb).payment_intents

    async def flow() -> None:
        made = await asyncio.gather(*(pis.create_async(amount=50 + i, currency="usd", metadata={"batch": "pyasync"}) for i in range(4)))
        results = await asyncio.gather(
            pis.retrieve_async(made[0].id),
            pis.update_async(made[1].id, description="updated"),
            pis.confirm_async(made[2].id, payment_method="pm_card_visa"),
            pis.cancel_async(made[3].id, "duplicate"),
            pis.retrieve_async("pi_doesnotexist"),
            return_exceptions=True,
        )
        assert isinstance(results[0], payintent.PaymentIntent) and results[0].id == made[0].id
        assert isinstance(results[1], payintent.PaymentIntent) and results[1].description == "updated"
        assert isinstance(results[2], payintent.PaymentIntent) and results[2].status == "succeeded"
        assert isinstance(results[3], payintent.PaymentIntent) and results[3].cancellation_reason == "duplicate"
        assert isinstance(results[4], payintent.InvalidRequestError) and results[4].http_status == 404
        with pytest.raises(payintent.InvalidArgumentError):
            await pis.create_async(amount="x", currency="usd")  # type: ignore[arg-type]
        found = await pis.search_async("metadata['batch']:'pyasync'", limit=3, expand=["total_count"])
        assert found.total_count == 4
        ids = [p.id async for p in found.auto_paging_iter_async()]
        assert sorted(ids) == sorted(p.id for p in made)
        captured = await pis.create_async(amount=900, currency="usd", capture_method="manual",
                                          payment_method="pm_card_visa", confirm=True)
        captured = await pis.capture_async(captured.id, amount_to_capture=400)
        assert captured.amount_received == 400

    asyncio.run(flow())


def test_async_calls_overlap(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=500, currency="usd")
    sb.fault(kind="delay", ms=400, count=3)

    async def flow() -> float:
        start = time.monotonic()
        await asyncio.gather(*(pis.retrieve_async(pi.id) for _ in range(3)))
        return time.monotonic() - start

    elapsed = asyncio.run(flow())
    assert elapsed < 1.0, f"three 400 ms calls took {elapsed:.2f}s"


def test_pagination_is_lazy_and_backward(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    ids = [pis.create(amount=2000 + i, currency="usd", customer="cus_py_lazy").id for i in range(5)]
    page = pis.list(customer="cus_py_lazy", limit=2)
    sb.clear()
    it = page.auto_paging_iter()
    first_two = [next(it), next(it)]
    assert [p.id for p in first_two] == [ids[4], ids[3]]
    assert sb.requests() == []  # the first page was already there
    third = next(it)
    assert third.id == ids[2] and len(sb.requests()) == 1
    assert "starting_after=" + ids[3] in sb.requests()[0]["query"]
    rest = list(it)
    assert [p.id for p in rest] == [ids[1], ids[0]]
    back = pis.list(customer="cus_py_lazy", limit=2, ending_before=ids[0])
    assert [p.id for p in back.data] == [ids[2], ids[1]]
    assert sorted(p.id for p in back.auto_paging_iter()) == sorted(ids[1:])
    last = pis.list(customer="cus_py_lazy", limit=10)
    assert not last.has_more and [p.id for p in last.auto_paging_iter()] == list(reversed(ids))
    assert [p.id for p in last] == list(reversed(ids)) and len(last) == 5
    assert last.last_response is not None and last.last_response.http_status == 200
