"""Calls checked by `mypy --strict` in tests/test_typing.py: each line marked
with an "expect" comment must get exactly an error containing that text, every other
line none (so the correct calls here must be accepted)."""
from typing import Any, List, Optional, Union

import payintent

pis = payintent.Client("sk_test_typing").payment_intents

# Accepted: correct parameters, nested objects, enums, options.
pis.create(amount=2000, currency="usd")
pis.create(amount=2000, currency="usd", capture_method="manual", metadata={"order": "6735"},
           shipping={"name": "Ada", "address": {"line1": "1 Main St", "country": "US"}},
           automatic_payment_methods={"enabled": True}, idempotency_key="order-6735",
           api_version="2023-08-16", deadline=30.0, timeout=10, max_retries=1)
pis.update("pi_1", receipt_email="", setup_future_usage="")
pis.list(limit=3, created={"gte": 1700000000})
pis.list(created=1700000000)
pis.retrieve("pi_1", api_version="2023-08-16", deadline=5)
pis.cancel("pi_1", "duplicate")
pis.search("status:'succeeded'", limit=10)

# Rejected.
pis.create(amount="2000", currency="usd")  # expect: Argument "amount" to "create" of "PaymentIntents" has incompatible type "str"; expected "int"
pis.create(amount=2000, currency="usd", capture_methd="manual")  # expect: Unexpected keyword argument "capture_methd"
pis.create(amount=2000, currency="usd", capture_method="later")  # expect: Argument "capture_method" to "create" of "PaymentIntents" has incompatible type
pis.create(currency="usd")  # expect: Missing named argument "amount"
pis.create(amount=2000, currency="usd", shipping={"name": "Ada"})  # expect: Missing key "address"
pis.update("pi_1", transfer_data={"destination": "acct_1"})  # expect: Extra key "destination"
pis.capture("pi_1", amount_to_capture="all")  # expect: Argument "amount_to_capture" to "capture" of "PaymentIntents" has incompatible type "str"
pis.retrieve("pi_1", api_version=20230816)  # expect: Argument "api_version" to "retrieve" of "PaymentIntents" has incompatible type "int"
pis.list(created={"after": 5})  # expect: Argument "created" to "list" of "PaymentIntents" has incompatible type
pis.confirm_async("pi_1", return_urls="https://example.com")  # expect: Unexpected keyword argument "return_urls"

# Results: nested objects are typed classes, optional where the API may leave them out.
pi = payintent.PaymentIntent.from_dict({"id": "pi_1"})
city: str | None = pi.shipping.address.city if pi.shipping and pi.shipping.address else None
url: Optional[str] = pi.next_action.redirect_to_url.url if pi.next_action and pi.next_action.redirect_to_url else None
code: Optional[str] = pi.last_payment_error.code if pi.last_payment_error else None
enabled: bool = pi.automatic_payment_methods.enabled if pi.automatic_payment_methods else False
customer: Union[str, payintent.ExpandedObject, None] = pi.customer
customer_id: Optional[str] = pi.customer if isinstance(pi.customer, str) else pi.customer.id if pi.customer else None
charge_ids: List[Optional[str]] = [c.id for c in pi.charges] if pi.charges else []
raw_kind: Any = pi.next_action.konbini_display_details if pi.next_action else None
if pi.amount_details and pi.amount_details.tip:
    tip: str = pi.amount_details.tip.amount  # expect: Incompatible types in assignment (expression has type
pi.shipping.address  # expect: Item "None" of
pi.customer.email  # expect: has no attribute "email"
pi.shipping = None  # expect: Property "shipping" defined in "PaymentIntent" is read-only
