"""The objects inside a PaymentIntent are typed read-only classes over the
core's model: attributes per field of the API description, item access,
`get` and `to_dict()` with the JSON as sent (unknown fields and values of an
unexpected shape kept raw, never an exception), expandable fields as a `str`
id or an `ExpandedObject`. From the fixtures, and from the sandbox."""
import json
import pickle
from typing import Any, Dict

import pytest

import payintent
from conftest import ROOT, Sandbox

FIXTURES = ROOT / "tests" / "fixtures"


def fixture(name: str) -> Dict[str, Any]:
    data: Dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def full() -> Dict[str, Any]:
    """The succeeded fixture with every nested object filled in."""
    d = fixture("payment_intent_succeeded.json")
    d.update({
        "shipping": {"name": "Ada", "phone": "+33 1", "carrier": "UPS",
                     "address": {"city": "Paris", "country": "FR", "line1": "1 Rue", "postal_code": "75001"}},
        "next_action": {"type": "redirect_to_url",
                        "redirect_to_url": {"url": "https://hooks.example/3ds", "return_url": "https://shop.example"},
                        "konbini_display_details": {"expires_at": 1700000000}},
        "last_payment_error": {"type": "card_error", "code": "card_declined", "decline_code": "generic_decline",
                               "message": "Your card was declined.",
                               "payment_method": {"id": "pm_1", "object": "payment_method", "type": "card"},
                               "source": {"id": "src_1"}},
        "amount_details": {"tip": {"amount": 150}},
        "automatic_payment_methods": {"enabled": True, "allow_redirects": "never"},
        "processing": {"type": "card", "card": {"customer_notification": {"approval_requested": False}}},
        "transfer_data": {"destination": "acct_123", "amount": 1500},
    })
    return d


def test_nested_objects_are_typed_classes() -> None:
    pi = payintent.PaymentIntent.from_dict(full())
    assert isinstance(pi.shipping, payintent.Shipping) and isinstance(pi.shipping.address, payintent.Address)
    assert pi.shipping.address.city == "Paris" and pi.shipping.address.line2 is None
    assert pi.shipping.name == "Ada" and pi.shipping.carrier == "UPS" and pi.shipping.tracking_number is None
    na = pi.next_action
    assert isinstance(na, payintent.NextAction) and na.type == "redirect_to_url"
    assert isinstance(na.redirect_to_url, payintent.RedirectToUrl)
    assert na.redirect_to_url.url == "https://hooks.example/3ds"
    assert na.redirect_to_url.return_url == "https://shop.example" and na.verify_with_microdeposits is None
    assert na.konbini_display_details == {"expires_at": 1700000000}  # not typed: raw JSON
    err = pi.last_payment_error
    assert isinstance(err, payintent.LastPaymentError)
    assert (err.type, err.code, err.decline_code) == ("card_error", "card_declined", "generic_decline")
    assert isinstance(err.payment_method, payintent.ExpandedObject) and err.payment_method.id == "pm_1"
    assert err.payment_method["type"] == "card" and err.source == {"id": "src_1"} and err.setup_intent is None
    assert isinstance(pi.amount_details, payintent.AmountDetails)
    assert isinstance(pi.amount_details.tip, payintent.Tip) and pi.amount_details.tip.amount == 150
    apm = pi.automatic_payment_methods
    assert isinstance(apm, payintent.AutomaticPaymentMethods) and apm.enabled is True and apm.allow_redirects == "never"
    assert isinstance(pi.processing, payintent.Processing) and pi.processing.type == "card"
    assert pi.processing.card == {"customer_notification": {"approval_requested": False}}
    assert isinstance(pi.transfer_data, payintent.TransferData)
    assert pi.transfer_data.destination == "acct_123" and pi.transfer_data.amount == 1500
    for fields in [payintent.Shipping.FIELDS, payintent.Address.FIELDS, payintent.NextAction.FIELDS,
                   payintent.LastPaymentError.FIELDS, payintent.Tip.FIELDS, payintent.TransferData.FIELDS,
                   payintent.Processing.FIELDS]:
        assert fields and all(isinstance(n, str) for n in fields)
    assert "konbini_display_details" in payintent.NextAction.FIELDS and "type" in payintent.NextAction.FIELDS


def test_fields_kept_as_json_text_are_dicts() -> None:
    d = full()
    d["payment_method_options"] = {"link": {"persistent_token": None}, "card": {"installments": None, "n": [1, 2.5]}}
    pi = payintent.PaymentIntent.from_dict(d)
    assert pi.payment_method_options == d["payment_method_options"]
    assert list(pi.payment_method_options) == ["link", "card"]  # the order sent
    assert pi["payment_method_options"] == d["payment_method_options"]
    assert pi.to_dict()["payment_method_options"] == d["payment_method_options"]
    assert pi.processing is not None  # repr() writes the text as sent
    assert '"card":{"customer_notification":{"approval_requested":false}}' in repr(pi.processing)
    assert payintent.PaymentIntent.from_dict({**d, "payment_method_options": None}).payment_method_options is None
    assert payintent.PaymentIntent.from_dict(d) == pi


def test_item_access_get_and_to_dict_give_the_json_as_sent() -> None:
    d = full()
    pi = payintent.PaymentIntent.from_dict(d)
    assert pi.to_dict() == d
    assert pi.shipping is not None and pi.shipping.to_dict() == d["shipping"]
    assert pi.shipping["address"] == d["shipping"]["address"] and pi["shipping"] == d["shipping"]
    assert pi.shipping.address is not None and pi.shipping.address["city"] == "Paris"
    assert pi.shipping.tracking_number is None and "tracking_number" not in pi.shipping  # absent
    assert pi["description"] is None and "description" in pi  # null, written back as null
    assert pi.next_action is not None and pi.next_action["type"] == "redirect_to_url"
    assert pi.last_payment_error is not None and pi.last_payment_error["payment_method"]["type"] == "card"
    assert pi.amount_details is not None and pi.amount_details.get("tip") == {"amount": 150}
    assert pi.amount_details.get("nope") is None and pi.amount_details.get("nope", 7) == 7
    with pytest.raises(KeyError):
        pi.shipping["nope"]
    assert "nope" not in pi.shipping
    # an absent optional field is absent from the JSON too
    tip = payintent.PaymentIntent.from_dict(fixture("payment_intent_succeeded.json")).amount_details
    assert tip is not None and tip.tip is not None and tip.tip.amount is None and "amount" not in tip.tip
    assert tip.tip.to_dict() == {}


def test_equality_repr_pickling_and_read_only() -> None:
    a = payintent.PaymentIntent.from_dict(full())
    b = payintent.PaymentIntent.from_dict(full())
    assert a.shipping == b.shipping and a.shipping is not b.shipping
    assert a.next_action == b.next_action and a.shipping != b.next_action and a.shipping != a.to_dict()["shipping"]
    other = full()
    other["shipping"]["address"]["city"] = "Lyon"
    assert payintent.PaymentIntent.from_dict(other).shipping != a.shipping
    assert "Paris" in repr(a.shipping) and repr(a.shipping).startswith("<Shipping ")
    assert pickle.loads(pickle.dumps(a)).shipping == a.shipping
    with pytest.raises(AttributeError):
        a.shipping.name = "Bob"  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(a.shipping)


def test_a_field_of_an_unexpected_shape_is_kept_raw() -> None:
    d = full()
    d["shipping"]["address"] = "1 Rue, Paris"  # a string where an object belongs
    d["amount_details"]["tip"]["amount"] = "150"  # a string where an integer belongs
    d["next_action"]["redirect_to_url"] = ["https://x"]
    d["transfer_data"] = {"amount": 5}  # without its required destination
    d["automatic_payment_methods"]["enabled"] = "yes"
    d["brand_new"] = {"nested": [1, 2]}
    d["shipping"]["brand_new"] = 1
    pi = payintent.PaymentIntent.from_dict(d)
    assert pi.shipping is not None and pi.shipping.address is None and pi.shipping.name == "Ada"
    assert pi.shipping["address"] == "1 Rue, Paris" and pi.shipping["brand_new"] == 1
    assert pi.amount_details is not None and pi.amount_details.tip is not None
    assert pi.amount_details.tip.amount is None and pi.amount_details.tip["amount"] == "150"
    assert pi.next_action is not None and pi.next_action.redirect_to_url is None
    assert pi.next_action["redirect_to_url"] == ["https://x"]
    assert pi.transfer_data is None and pi["transfer_data"] == {"amount": 5}
    assert pi.automatic_payment_methods is not None and pi.automatic_payment_methods.enabled is False
    assert pi.automatic_payment_methods["enabled"] == "yes"
    assert pi["brand_new"] == {"nested": [1, 2]}
    assert pi.to_dict() == d  # everything written back unchanged


def test_expandable_fields_are_ids_or_expanded_objects() -> None:
    d = full()
    assert payintent.PaymentIntent.from_dict(d).latest_charge == "ch_3MtweELkdIwHu7ix05lnLAFd"
    d["customer"] = {"id": "cus_1", "object": "customer", "email": "ada@example.com", "address": None}
    d["transfer_data"] = {"destination": {"id": "acct_9", "object": "account", "country": "FR"}}
    d["latest_charge"] = {"object": "charge", "amount": 5}  # an expanded object without an id
    pi = payintent.PaymentIntent.from_dict(d)
    cus = pi.customer
    assert isinstance(cus, payintent.ExpandedObject)
    assert (cus.id, cus.object, cus["email"], cus.get("address", 1)) == ("cus_1", "customer", "ada@example.com", None)
    assert "email" in cus and "phone" not in cus and cus.to_dict() == d["customer"]
    assert set(payintent.ExpandedObject.FIELDS) == {"id", "object"}
    assert cus == payintent.PaymentIntent.from_dict(d).customer and "cus_1" in repr(cus)
    assert pi["customer"] == d["customer"]
    assert pi.transfer_data is not None and isinstance(pi.transfer_data.destination, payintent.ExpandedObject)
    assert pi.transfer_data.destination.id == "acct_9" and pi.transfer_data.destination["country"] == "FR"
    charge = pi.latest_charge
    assert isinstance(charge, payintent.ExpandedObject) and charge.id is None and charge["amount"] == 5


def test_leanrails_charges_are_typed() -> None:
    d = fixture("payment_intent_succeeded.json")
    d["merchant_id"] = "mer_1"
    d["charges"] = {"object": "list", "has_more": False, "data": [
        {"id": "ch_1", "object": "charge", "amount": 2000, "currency": "usd", "status": "succeeded",
         "balance_transaction": {"id": "txn_1", "object": "balance_transaction", "fee": 88},
         "outcome": {"risk_level": "normal"}, "captured": "yes"},
        "not a charge",
    ]}
    pi = payintent.PaymentIntent.from_dict(d)
    assert pi.charges is not None and len(pi.charges) == 1
    (ch,) = pi.charges
    assert isinstance(ch, payintent.Charge) and repr(ch) == "<Charge ch_1 status=succeeded amount=2000 usd>"
    assert isinstance(ch.balance_transaction, payintent.ExpandedObject) and ch.balance_transaction["fee"] == 88
    assert ch.outcome == {"risk_level": "normal"} and ch.refunds is None  # fields the model leaves raw
    assert ch.captured is None and ch["captured"] == "yes"
    assert pi.charges.to_dict() == d["charges"]  # the unreadable item is kept too
    assert pi.to_dict() == d


def test_nested_classes_from_the_sandbox(sb: Sandbox) -> None:
    pis = payintent.Client("sk_test_nested_py", base_url=sb.url).payment_intents
    pi = pis.create(amount=1500, currency="usd", customer="cus_nested",
                    shipping={"name": "Ada", "address": {"line1": "1 Main St", "city": "Paris", "country": "FR"}},
                    automatic_payment_methods={"enabled": True})
    assert pi.shipping is not None and pi.shipping.address is not None
    assert pi.shipping.address.city == "Paris" and pi.shipping.name == "Ada"
    assert pi.automatic_payment_methods is not None and pi.automatic_payment_methods.enabled is True
    assert pi.customer == "cus_nested"
    declined = pis.create(amount=1500, currency="usd")
    with pytest.raises(payintent.CardError) as info:
        pis.confirm(declined.id, payment_method="pm_card_chargeDeclined")
    err = info.value.payment_intent
    assert err is not None and err.last_payment_error is not None
    assert err.last_payment_error.code == "card_declined" and err.last_payment_error.type == "card_error"
    action = pis.create(amount=1500, currency="usd", payment_method="pm_card_threeDSecure2Required", confirm=True,
                        return_url="https://shop.example/back")
    assert action.next_action is not None and isinstance(action.next_action.type, str)
    if action.next_action.type == "redirect_to_url":
        assert action.next_action.redirect_to_url is not None and action.next_action.redirect_to_url.url
    paid = pis.create(amount=900, currency="usd", payment_method="pm_card_visa", confirm=True)
    expanded = pis.retrieve(paid.id, expand=["latest_charge"])
    assert isinstance(paid.latest_charge, str)
    charge = expanded.latest_charge
    assert isinstance(charge, payintent.ExpandedObject) and charge.id == paid.latest_charge
    assert charge.object == "charge" and charge["amount"] == 900
