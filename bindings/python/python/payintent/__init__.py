"""payintent: the PaymentIntents API of Stripe and Stripe-compatible services,
on one Rust core shared with the Node, Swift, Kotlin and Rust APIs."""
from ._client import Client, PaymentIntents
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidArgumentError,
    InvalidRequestError,
    PayIntentError,
    PermissionDeniedError,
    RateLimitError,
)
from ._models import PaymentIntent, PaymentIntentList, ResponseMeta, SearchResult
from ._payintent import STRIPE_API_VERSION, __version__, error_kinds

__all__ = [
    "Client", "PaymentIntents", "PaymentIntent", "PaymentIntentList", "SearchResult", "ResponseMeta",
    "PayIntentError", "CardError", "InvalidRequestError", "AuthenticationError", "PermissionDeniedError",
    "RateLimitError", "IdempotencyError", "APIError", "APIConnectionError", "APITimeoutError",
    "InvalidArgumentError", "STRIPE_API_VERSION", "__version__", "error_kinds",
]
