"""`client.events` as complete as `client.payment_intents`: `retrieve_async`
and `list_async` against the sandbox, and the seven keyword-only per-call
options on every Events method (sent as headers, checked before sending)."""
import asyncio
from typing import Any, Callable, Dict, List, Tuple

import pytest

import payintent
from conftest import Sandbox

KEY = "sk_test_python_events"


def intent_in(account: str, sb: Sandbox) -> Tuple[payintent.Client, payintent.PaymentIntent]:
    """A client and a succeeded intent made on the connected `account` (the
    sandbox keeps each account's events apart)."""
    client = payintent.Client(KEY, base_url=sb.url)
    pi = client.payment_intents.create(
        amount=1500, currency="usd", payment_method="pm_card_visa", confirm=True, stripe_account=account
    )
    assert pi.status == "succeeded"
    return client, pi


def of_intent(page: payintent.EventList, pi: payintent.PaymentIntent) -> List[str]:
    return [e.type for e in page.data if isinstance(e.data.object, payintent.PaymentIntent) and e.data.object.id == pi.id]


def test_async_list_and_retrieve_return_the_events_of_the_flow(sb: Sandbox) -> None:
    account = "acct_py_events_async"
    client, pi = intent_in(account, sb)

    async def flow() -> Tuple[payintent.EventList, payintent.Event, payintent.EventList]:
        page = await client.events.list_async(limit=100, stripe_account=account)
        first = page.data[0]
        again, succeeded = await asyncio.gather(
            client.events.retrieve_async(first.id, stripe_account=account, timeout=30),
            client.events.list_async(type="payment_intent.succeeded", stripe_account=account),
        )
        return page, again, succeeded

    page, again, succeeded = asyncio.run(flow())
    assert {"payment_intent.created", "payment_intent.succeeded"} <= set(of_intent(page, pi))
    assert isinstance(again, payintent.Event)
    assert (again.id, again.type) == (page.data[0].id, page.data[0].type)
    assert of_intent(succeeded, pi) == ["payment_intent.succeeded"]
    assert all(e.type == "payment_intent.succeeded" for e in succeeded.data)


def test_async_errors_arrive_as_the_exception_classes(sb: Sandbox) -> None:
    client = payintent.Client(KEY, base_url=sb.url)

    async def missing() -> payintent.Event:
        return await client.events.retrieve_async("evt_does_not_exist")

    with pytest.raises(payintent.InvalidRequestError) as info:
        asyncio.run(missing())
    assert info.value.http_status == 404


def test_stripe_account_reaches_the_request_sync_and_async(sb: Sandbox) -> None:
    account = "acct_py_events_opts"
    client, pi = intent_in(account, sb)
    sb.clear()
    page = client.events.list(stripe_account=account, api_version="2023-10-16", limit=100)
    assert "payment_intent.succeeded" in of_intent(page, pi)
    listed = sb.requests()[-1]
    assert listed["headers"]["stripe-account"] == account
    assert listed["headers"]["stripe-version"] == "2023-10-16"
    assert "stripe_account" not in listed["query"] and "api_version" not in listed["query"]
    # Another account (here the platform's own) does not see these events.
    assert of_intent(client.events.list(limit=100), pi) == []
    event_id = page.data[0].id
    with pytest.raises(payintent.InvalidRequestError):
        client.events.retrieve(event_id)
    assert client.events.retrieve(event_id, stripe_account=account).id == event_id

    async def retrieve() -> payintent.Event:
        return await client.events.retrieve_async(event_id, stripe_account=account, api_version="2024-04-10")

    assert asyncio.run(retrieve()).id == event_id
    sent = sb.requests()[-1]
    assert sent["headers"]["stripe-account"] == account
    assert sent["headers"]["stripe-version"] == "2024-04-10"


BAD: List[Tuple[Dict[str, Any], str]] = [
    ({"timeout": -1}, "timeout"),
    ({"deadline": float("nan")}, "deadline"),
    ({"max_retries": 101}, "max_retries"),
    ({"api_version": ""}, "api_version"),
]


@pytest.mark.parametrize("opts,param", BAD)
def test_bad_options_are_refused_before_sending(sb: Sandbox, opts: Dict[str, Any], param: str) -> None:
    events = payintent.Client(KEY, base_url=sb.url).events

    async def retrieve_async() -> payintent.Event:
        return await events.retrieve_async("evt_123", **opts)

    async def list_async() -> payintent.EventList:
        return await events.list_async(**opts)

    calls: List[Callable[[], object]] = [
        lambda: events.retrieve("evt_123", **opts),
        lambda: events.list(limit=3, **opts),
        lambda: asyncio.run(retrieve_async()),
        lambda: asyncio.run(list_async()),
    ]
    for call in calls:
        with pytest.raises(payintent.InvalidArgumentError) as info:
            call()
        assert param in str(info.value)
    assert sb.requests() == []


def test_options_of_the_wrong_type_are_type_errors(sb: Sandbox) -> None:
    events = payintent.Client(KEY, base_url=sb.url).events
    with pytest.raises(TypeError):
        events.list(timeout="soon")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        events.retrieve("evt_123", max_retries=1.5)  # type: ignore[arg-type]
    assert sb.requests() == []
