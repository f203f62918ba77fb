"""The exception hierarchy. Every error raised by payintent is a PayIntentError;
``kind`` is the stable code shared with the Rust, Node, Swift and Kotlin APIs."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from ._models import PaymentIntent


class PayIntentError(Exception):
    """Base class of every payintent error."""

    kind: str
    message: str
    http_status: Optional[int]
    error_type: Optional[str]
    code: Optional[str]
    decline_code: Optional[str]
    param: Optional[str]
    doc_url: Optional[str]
    request_id: Optional[str]
    idempotency_key: Optional[str]

    def __init__(
        self,
        message: str,
        *,
        kind: str = "api_error",
        http_status: Optional[int] = None,
        error_type: Optional[str] = None,
        code: Optional[str] = None,
        decline_code: Optional[str] = None,
        param: Optional[str] = None,
        doc_url: Optional[str] = None,
        request_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        payment_intent_json: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.http_status = http_status
        self.error_type = error_type
        self.code = code
        self.decline_code = decline_code
        self.param = param
        self.doc_url = doc_url
        self.request_id = request_id
        self.idempotency_key = idempotency_key
        self._payment_intent_json = payment_intent_json

    @property
    def user_message(self) -> str:
        return self.message

    @property
    def payment_intent(self) -> Optional["PaymentIntent"]:
        """The PaymentIntent the API attached to the error, if any."""
        if self._payment_intent_json is None:
            return None
        from ._models import PaymentIntent

        return PaymentIntent(json.loads(self._payment_intent_json))

    def __str__(self) -> str:
        parts = [f"{self.kind}: {self.message}"]
        extra = []
        for name in ("http_status", "code", "decline_code", "param", "request_id"):
            value = getattr(self, name)
            if value is not None:
                extra.append(f"{name}={value}")
        if extra:
            parts.append("(" + ", ".join(extra) + ")")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, kind={self.kind!r}, code={self.code!r}, http_status={self.http_status!r})"


class CardError(PayIntentError):
    """The card was declined or needs authentication (HTTP 402)."""


class InvalidRequestError(PayIntentError):
    """The API rejected the request: parameters, state, or a missing object."""


class AuthenticationError(PayIntentError):
    """The API key is missing or wrong (HTTP 401)."""


class PermissionDeniedError(PayIntentError):
    """The key may not perform this request (HTTP 403)."""


class RateLimitError(PayIntentError):
    """Too many requests (HTTP 429)."""


class IdempotencyError(PayIntentError):
    """An idempotency key was reused with other parameters, or is in use."""


class APIError(PayIntentError):
    """The API failed (5xx) or sent something unreadable."""


class APIConnectionError(PayIntentError):
    """No response: DNS, TCP, TLS or a dropped connection."""


class APITimeoutError(APIConnectionError):
    """An attempt timed out, or the overall deadline ran out."""


class InvalidArgumentError(PayIntentError, ValueError):
    """Rejected on the client before anything was sent."""
