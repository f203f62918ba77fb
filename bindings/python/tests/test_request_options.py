"""Per-call request options `api_version` and `deadline` (besides
idempotency_key, stripe_account, api_key, timeout and max_retries): they
change how the request is sent and are never sent as API parameters."""
import asyncio

import pytest

import payintent
from conftest import Sandbox

KEY = "sk_test_python_request_options"


def client(sb: Sandbox) -> payintent.Client:
    return payintent.Client(KEY, base_url=sb.url)


def test_api_version_per_call_is_a_header_not_a_parameter(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=700, currency="usd", api_version="2024-04-10", deadline=30)
    got = pis.retrieve(pi.id, api_version="2023-10-16", deadline=30.0)
    assert got.id == pi.id
    created, retrieved = sb.requests()[-2:]
    assert created["headers"]["stripe-version"] == "2024-04-10"
    assert retrieved["headers"]["stripe-version"] == "2023-10-16"
    assert "api_version" not in retrieved["query"] and "deadline" not in retrieved["query"]
    assert "api_version" not in str(created.get("body", "")) and "deadline" not in str(created.get("body", ""))
    # Without the option, the client's version is sent.
    pis.retrieve(pi.id)
    assert sb.requests()[-1]["headers"]["stripe-version"] == payintent.STRIPE_API_VERSION


def test_async_methods_take_the_options_too(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=701, currency="usd")

    async def flow() -> payintent.PaymentIntent:
        return await pis.cancel_async(pi.id, api_version="2023-10-16", deadline=30)

    assert asyncio.run(flow()).status == "canceled"
    assert sb.requests()[-1]["headers"]["stripe-version"] == "2023-10-16"


def test_deadline_per_call_bounds_the_whole_call(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    pi = pis.create(amount=702, currency="usd")
    sb.fault(kind="delay", ms=800, count=5)
    with pytest.raises(payintent.APITimeoutError):
        pis.retrieve(pi.id, deadline=0.2)


def test_unusable_deadline_is_refused_before_sending(sb: Sandbox) -> None:
    pis = client(sb).payment_intents
    with pytest.raises(payintent.InvalidArgumentError) as info:
        pis.create(amount=703, currency="usd", deadline=-1)
    assert "deadline" in str(info.value)
    assert sb.requests() == []


def test_leanrails_gets_the_per_call_version_in_its_own_header(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url, profile="leanrails").payment_intents
    pis.create(amount=704, currency="usd", idempotency_key="py-lr-version", api_version="2024-01-01")
    sent = sb.requests()[-1]
    assert sent["headers"]["x-api-version"] == "2024-01-01"
    assert "api_version" not in str(sent.get("body", ""))


@pytest.mark.parametrize("value", ["", "2024-01-01\r\nX-Injected: 1"])
def test_unusable_api_version_is_refused_before_sending(sb: Sandbox, value: str) -> None:
    pis = client(sb).payment_intents
    with pytest.raises(payintent.InvalidArgumentError) as info:
        pis.retrieve("pi_123", api_version=value)
    assert info.value.param == "api_version"
    assert sb.requests() == []
