"""payintent: the PaymentIntents API of Stripe and Stripe-compatible services,
on one Rust core shared with the Rust, Node, Swift and Kotlin APIs.

    import payintent
    client = payintent.Client("sk_test_...")
    pi = client.payment_intents.create(amount=2000, currency="usd")

Results are read-only typed classes: ``PaymentIntent`` and the objects it
contains (``pi.shipping.address.city``, ``pi.next_action.redirect_to_url.url``,
``pi.last_payment_error.code``, ...). An expandable field (``customer``,
``payment_method``, ``latest_charge``, ...) is the id as a ``str``, or an
``ExpandedObject`` when ``expand=[...]`` named it. On every result class
``obj["key"]``, ``get`` and ``to_dict()`` give the JSON as sent, fields this
version does not know included.

The exception classes carry the same names in every language (``CardError``,
``PermissionError``, ...). ``PermissionDeniedError`` is a deprecated alias of
``PermissionError`` (the same class). ``__all__`` lists the alias, not
``PermissionError``, so that ``from payintent import *`` does not shadow the
builtin ``PermissionError``; use ``payintent.PermissionError``.

Every result's ``last_response`` and every error give the HTTP status and
headers (``headers``, a case-insensitive mapping). Requests are logged to the
``payintent`` logger (DEBUG: each attempt and response; INFO: failed attempts,
retries, cancellations), with the fields as record attributes, never the API
key. Ctrl-C interrupts a sync call; cancelling an asyncio task cancels its
request; a cancelled POST reports its ``idempotency_key`` to send it again.
"""
from ._payintent import (
    STRIPE_API_VERSION,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    AutoPager,
    CardError,
    Address,
    AmountDetails,
    AutomaticPaymentMethods,
    Charge,
    ChargeList,
    Client,
    Event,
    EventData,
    EventList,
    Events,
    ExpandedObject,
    IdempotencyError,
    InvalidArgumentError,
    InvalidRequestError,
    LastPaymentError,
    NextAction,
    PayIntentError,
    PaymentIntent,
    PaymentIntentList,
    PaymentIntents,
    PermissionDeniedError,
    PermissionError as PermissionError,  # not in __all__: a star import would shadow the builtin
    Processing,
    RateLimitError,
    RedirectToUrl,
    RequestCancelledError,
    ResponseHeaders,
    ResponseMeta,
    SearchResult,
    Shipping,
    SignatureVerificationError,
    Tip,
    TransferData,
    VerifyWithMicrodeposits,
    Webhook,
    __version__,
    error_kinds,
)

__all__ = [
    "Client",
    "Webhook",
    "Event",
    "EventData",
    "EventList",
    "Events",
    "PaymentIntents",
    "PaymentIntent",
    "PaymentIntentList",
    "SearchResult",
    "AutoPager",
    "ResponseMeta",
    "ResponseHeaders",
    "Charge",
    "ChargeList",
    "ExpandedObject",
    "Shipping",
    "Address",
    "NextAction",
    "RedirectToUrl",
    "VerifyWithMicrodeposits",
    "LastPaymentError",
    "AmountDetails",
    "Tip",
    "AutomaticPaymentMethods",
    "Processing",
    "TransferData",
    "PayIntentError",
    "CardError",
    "InvalidRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "RateLimitError",
    "IdempotencyError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "InvalidArgumentError",
    "SignatureVerificationError",
    "RequestCancelledError",
    "STRIPE_API_VERSION",
    "__version__",
    "error_kinds",
]
