"""LeanRails fields are typed attributes: merchant_id and the charges list
(with Charge objects), decoded from a LeanRails-shaped PaymentIntent and
received from the sandbox in its LeanRails profile."""
import payintent
from conftest import Sandbox

LEANRAILS_PI = {
    "id": "pi_lr_1", "object": "payment_intent", "amount": 2000, "currency": "usd",
    "status": "succeeded", "created": 1234567890, "livemode": False, "amount_received": 2000,
    "capture_method": "automatic", "confirmation_method": "automatic", "customer": "cus_lr",
    "payment_method": "pm_lr", "description": "LeanRails order", "metadata": {},
    "merchant_id": "mer_42", "client_secret": "pi_lr_1_secret_xyz",
    "charges": {
        "object": "list",
        "data": [
            {"id": "ch_lr_1", "object": "charge", "amount": 2000, "amount_captured": 2000, "captured": True,
             "currency": "usd", "status": "succeeded", "paid": True, "payment_intent": "pi_lr_1",
             "metadata": {"k": "v"}, "risk_level": "normal"},
            {},
        ],
        "has_more": True,
    },
}


def test_merchant_id_and_charges_are_typed() -> None:
    pi = payintent.PaymentIntent.from_dict(LEANRAILS_PI)
    assert pi.merchant_id == "mer_42"
    charges = pi.charges
    assert isinstance(charges, payintent.ChargeList)
    assert (charges.object, charges.has_more, len(charges)) == ("list", True, 2)
    first, empty = charges.data
    assert isinstance(first, payintent.Charge)
    assert (first.id, first.amount, first.amount_captured, first.captured, first.paid) == ("ch_lr_1", 2000, 2000, True, True)
    assert (first.status, first.currency, first.payment_intent, first.metadata) == ("succeeded", "usd", "pi_lr_1", {"k": "v"})
    assert first["risk_level"] == "normal" and "risk_level" in first  # unknown fields are kept
    assert first.failure_code is None and first.refunded is None
    assert all(getattr(empty, name) in (None, {}) for name in payintent.Charge.FIELDS)
    assert [c.id for c in charges] == ["ch_lr_1", None]
    assert repr(first) == "<Charge ch_lr_1 status=succeeded amount=2000 usd>"
    assert "merchant_id" in payintent.PaymentIntent.FIELDS and "charges" in payintent.PaymentIntent.FIELDS
    assert pi.to_dict()["charges"]["data"][0]["risk_level"] == "normal"
    assert charges.to_dict()["data"][0]["id"] == "ch_lr_1"
    assert pi.to_dict()["merchant_id"] == "mer_42"


def test_stripe_objects_have_no_leanrails_fields() -> None:
    data = dict(LEANRAILS_PI)
    del data["merchant_id"], data["charges"]
    pi = payintent.PaymentIntent.from_dict(data)
    assert pi.merchant_id is None and pi.charges is None


def test_the_sandbox_in_leanrails_profile_sends_typed_fields(sb: Sandbox) -> None:
    lean = payintent.Client("sk_test_python_leanrails", base_url=sb.url, profile="leanrails").payment_intents
    pi = lean.create(amount=2000, currency="usd")
    assert pi.merchant_id is not None and pi.merchant_id.startswith("mer_")
    assert pi.charges is not None and len(pi.charges) == 0
    pi = lean.confirm(pi.id, payment_method="pm_card_visa")
    assert pi.status == "succeeded" and pi.charges is not None
    (charge,) = pi.charges.data
    assert isinstance(charge, payintent.Charge)
    assert (charge.status, charge.amount, charge.captured, charge.paid) == ("succeeded", 2000, True, True)
    assert charge.payment_intent == pi.id and charge.id is not None and charge.id.startswith("ch_")
    # The same object seen through the Stripe profile has neither field.
    stripe = payintent.Client("sk_test_python_leanrails", base_url=sb.url).payment_intents.retrieve(pi.id)
    assert stripe.merchant_id is None and stripe.charges is None
