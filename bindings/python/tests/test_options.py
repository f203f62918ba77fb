"""Timeouts, deadlines and retry counts of any value or type never crash the
binding: unusable numbers raise InvalidArgumentError before anything is sent,
wrong types raise TypeError, and large but representable durations are
passed to the core (which uses them or rejects them with the same kind)."""
import math
from typing import Any, Callable, List

import pytest

import payintent
from conftest import Sandbox

KEY = "sk_test_python_options"
U64_MAX_MS_AS_SECONDS = (2**64 - 1) / 1000


class Decimalish:
    """Any object with __float__ counts as a number."""

    def __init__(self, v: float) -> None:
        self.v = v

    def __float__(self) -> float:
        return self.v


BAD_DURATIONS: List[Any] = [0, 0.0, -1, -0.5, 1e-300, 1e300, math.inf, -math.inf, math.nan, 10**400, 2**64,
                            U64_MAX_MS_AS_SECONDS * 4, Decimalish(math.nan), Decimalish(-3.0)]


@pytest.mark.parametrize("value", BAD_DURATIONS, ids=repr)
def test_unusable_durations_are_invalid_arguments(sb: Sandbox, value: Any) -> None:
    c = payintent.Client(KEY, base_url=sb.url)
    cases: List[Callable[[], object]] = [
        lambda: payintent.Client(KEY, base_url=sb.url, timeout=value),
        lambda: payintent.Client(KEY, base_url=sb.url, deadline=value),
        lambda: c.payment_intents.create(amount=500, currency="usd", timeout=value),
        lambda: c.payment_intents.retrieve("pi_123", timeout=value),
    ]
    for case in cases:
        with pytest.raises(payintent.InvalidArgumentError) as info:
            case()
        assert info.value.kind == "invalid_argument_error"
        assert info.value.param in ("timeout", "deadline")
    assert sb.requests() == []


def test_async_calls_check_durations_before_sending(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url).payment_intents
    with pytest.raises(payintent.InvalidArgumentError):
        pis.create_async(amount=500, currency="usd", timeout=math.inf)
    assert sb.requests() == []


@pytest.mark.parametrize("value", [-1, 101, 2**31, 2**64, 10**30, -(10**30)], ids=repr)
def test_unusable_retry_counts_are_invalid_arguments(sb: Sandbox, value: int) -> None:
    c = payintent.Client(KEY, base_url=sb.url)
    for case in (lambda: payintent.Client(KEY, base_url=sb.url, max_retries=value),
                 lambda: c.payment_intents.list(max_retries=value)):
        with pytest.raises(payintent.InvalidArgumentError) as info:
            case()
        assert info.value.param == "max_retries"


def test_wrong_option_types_are_type_errors(sb: Sandbox) -> None:
    c = payintent.Client(KEY, base_url=sb.url)
    for case in (lambda: payintent.Client(KEY, timeout="5"),  # type: ignore[arg-type]
                 lambda: payintent.Client(KEY, deadline=[1]),  # type: ignore[arg-type]
                 lambda: payintent.Client(KEY, max_retries=1.5),  # type: ignore[arg-type]
                 lambda: c.payment_intents.list(timeout=True),
                 lambda: c.payment_intents.list(max_retries="2")):  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            case()


@pytest.mark.parametrize("value", [10**6, 1e9, U64_MAX_MS_AS_SECONDS], ids=repr)
def test_large_durations_are_used_or_rejected_never_a_crash(sb: Sandbox, value: float) -> None:
    """The core may cap durations (invalid_argument_error); anything else must work."""
    makers: List[Callable[[], payintent.Client]] = [
        lambda: payintent.Client(KEY, base_url=sb.url, timeout=value, deadline=value),
        lambda: payintent.Client(KEY, base_url=sb.url),
    ]
    for make in makers:
        try:
            c = make()
            pi = c.payment_intents.create(amount=500, currency="usd", timeout=value)
        except payintent.InvalidArgumentError as e:
            assert e.param in ("timeout", "deadline"), e
        else:
            assert pi.status == "requires_payment_method"


def test_defaults_and_small_values_still_work(sb: Sandbox) -> None:
    c = payintent.Client(KEY, base_url=sb.url, timeout=None, max_retries=None, deadline=None)  # type: ignore[arg-type]
    pi = c.payment_intents.create(amount=500, currency="usd", timeout=Decimalish(30.0), max_retries=0)  # type: ignore[arg-type]
    assert pi.amount == 500
    assert "max_retries=2" in str(getattr(payintent.Client, "__text_signature__", ""))
