"""The PaymentIntent's client_secret and the API key never show in repr/str
output of any object; the secret stays readable as the attribute itself."""
import pytest

import payintent
from conftest import Sandbox

KEY = "sk_test_redaction_key_4242"


def texts_of(obj: object) -> "list[str]":
    return [repr(obj), str(obj), f"{obj!r}", f"{obj}", "%s" % (obj,), "%r" % (obj,)]


def test_client_secret_is_readable_but_never_printed(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url).payment_intents
    pi = pis.create(amount=900, currency="usd", customer="cus_redact")
    secret = pi.client_secret
    assert secret is not None and secret.startswith(pi.id + "_secret_")
    assert pi["client_secret"] == secret and pi.to_dict()["client_secret"] == secret
    page = pis.list(customer="cus_redact")
    found = pis.search(query="customer:'cus_redact'")
    for obj in [pi, page, found, page.data, found.data, list(page.auto_paging_iter()), pi.last_response]:
        for text in texts_of(obj):
            assert secret not in text and "_secret_" not in text, text


def test_attached_payment_intent_in_errors_is_not_printed(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url).payment_intents
    pi = pis.create(amount=1100, currency="usd")
    assert pi.client_secret
    with pytest.raises(payintent.CardError) as info:
        pis.confirm(pi.id, payment_method="pm_card_chargeDeclined")
    err = info.value
    assert err.payment_intent is not None and err.payment_intent.client_secret == pi.client_secret
    for text in texts_of(err) + texts_of(err.payment_intent) + [str(err.args), str(vars(err))]:
        assert pi.client_secret not in text and "_secret_" not in text, text


def test_from_dict_objects_and_pickles_keep_the_secret_out_of_repr() -> None:
    data = {"id": "pi_fromdict", "object": "payment_intent", "amount": 5, "currency": "usd",
            "status": "requires_payment_method", "created": 1, "livemode": False,
            "client_secret": "pi_fromdict_secret_abcdef", "metadata": {}, "payment_method_types": ["card"]}
    pi = payintent.PaymentIntent.from_dict(data)
    assert pi.client_secret == "pi_fromdict_secret_abcdef"
    for text in texts_of(pi):
        assert "secret_abcdef" not in text


def test_api_keys_never_show_in_client_or_options_objects(sb: Sandbox) -> None:
    c = payintent.Client(KEY, base_url=sb.url, stripe_account="acct_1", timeout=5, deadline=9, max_retries=1)
    for obj in [c, c.payment_intents]:
        for text in texts_of(obj):
            assert "redaction_key_4242" not in text, text
    assert "base_url='" + sb.url in repr(c)
    pis = c.payment_intents
    pager = pis.list(api_key="sk_test_percall_pager_key_777").auto_paging_iter()
    for text in texts_of(pager):
        assert "pager_key_777" not in text
    # A key the server rejects is echoed nowhere.
    with pytest.raises(payintent.AuthenticationError) as info:
        pis.create(amount=500, currency="usd", api_key="sk_live_wrongkey_echoed_555")
    for text in texts_of(info.value) + [str(vars(info.value))]:
        assert "echoed_555" not in text
