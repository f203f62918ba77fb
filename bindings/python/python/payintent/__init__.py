"""payintent: the PaymentIntents API of Stripe and Stripe-compatible services,
on one Rust core shared with the Rust, Node, Swift and Kotlin APIs.

    import payintent
    client = payintent.Client("sk_test_...")
    pi = client.payment_intents.create(amount=2000, currency="usd")

The exception classes carry the same names in every language (``CardError``,
``PermissionError``, ...). ``PermissionDeniedError`` is a deprecated alias of
``PermissionError`` (the same class). ``__all__`` lists the alias, not
``PermissionError``, so that ``from payintent import *`` does not shadow the
builtin ``PermissionError``; use ``payintent.PermissionError``.
"""
from ._payintent import (
    STRIPE_API_VERSION,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    AutoPager,
    CardError,
    Charge,
    ChargeList,
    Client,
    Event,
    EventData,
    EventList,
    Events,
    IdempotencyError,
    InvalidArgumentError,
    InvalidRequestError,
    PayIntentError,
    PaymentIntent,
    PaymentIntentList,
    PaymentIntents,
    PermissionDeniedError,
    PermissionError as PermissionError,  # not in __all__: a star import would shadow the builtin
    RateLimitError,
    ResponseMeta,
    SearchResult,
    SignatureVerificationError,
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
    "Charge",
    "ChargeList",
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
    "STRIPE_API_VERSION",
    "__version__",
    "error_kinds",
]
