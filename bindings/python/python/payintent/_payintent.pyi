# Hand-written stub of the native module (checked with `python -m mypy.stubtest payintent`).
import builtins
from typing import Any, Awaitable, ClassVar, Dict, Iterator, List, Optional, Tuple, Union, final

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "AutoPager",
    "CardError",
    "Charge",
    "ChargeList",
    "Client",
    "IdempotencyError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "PayIntentError",
    "PaymentIntent",
    "PaymentIntentList",
    "PaymentIntents",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseMeta",
    "STRIPE_API_VERSION",
    "SearchResult",
    "__version__",
    "error_kinds",
]

__version__: str
STRIPE_API_VERSION: str

def error_kinds() -> List[str]: ...

_JSON = Dict[str, Any]
_Expandable = Union[str, Dict[str, Any], None]

@final
class ResponseMeta:
    """Facts about the HTTP exchange that returned an object."""

    @property
    def request_id(self) -> Optional[str]: ...
    @property
    def http_status(self) -> int: ...
    @property
    def idempotency_key(self) -> Optional[str]: ...
    @property
    def idempotent_replayed(self) -> bool: ...
    @property
    def attempts(self) -> int: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class PaymentIntent:
    """A PaymentIntent (API version 2023-08-16 fields; newer ones via to_dict())."""

    FIELDS: ClassVar[List[str]]
    @property
    def id(self) -> str: ...
    @property
    def object(self) -> str: ...
    @property
    def amount(self) -> int: ...
    @property
    def amount_capturable(self) -> Optional[int]: ...
    @property
    def amount_details(self) -> Optional[_JSON]: ...
    @property
    def amount_received(self) -> Optional[int]: ...
    @property
    def application(self) -> _Expandable: ...
    @property
    def application_fee_amount(self) -> Optional[int]: ...
    @property
    def automatic_payment_methods(self) -> Optional[_JSON]: ...
    @property
    def canceled_at(self) -> Optional[int]: ...
    @property
    def cancellation_reason(self) -> Optional[str]: ...
    @property
    def capture_method(self) -> Optional[str]: ...
    @property
    def client_secret(self) -> Optional[str]: ...
    @property
    def confirmation_method(self) -> Optional[str]: ...
    @property
    def created(self) -> int: ...
    @property
    def currency(self) -> Optional[str]: ...
    @property
    def customer(self) -> _Expandable: ...
    @property
    def description(self) -> Optional[str]: ...
    @property
    def invoice(self) -> _Expandable: ...
    @property
    def last_payment_error(self) -> Optional[_JSON]: ...
    @property
    def latest_charge(self) -> _Expandable: ...
    @property
    def livemode(self) -> bool: ...
    @property
    def metadata(self) -> Dict[str, str]: ...
    @property
    def next_action(self) -> Optional[_JSON]: ...
    @property
    def on_behalf_of(self) -> _Expandable: ...
    @property
    def payment_method(self) -> _Expandable: ...
    @property
    def payment_method_options(self) -> Optional[_JSON]: ...
    @property
    def payment_method_types(self) -> List[str]: ...
    @property
    def processing(self) -> Optional[_JSON]: ...
    @property
    def receipt_email(self) -> Optional[str]: ...
    @property
    def review(self) -> _Expandable: ...
    @property
    def setup_future_usage(self) -> Optional[str]: ...
    @property
    def shipping(self) -> Optional[_JSON]: ...
    @property
    def statement_descriptor(self) -> Optional[str]: ...
    @property
    def statement_descriptor_suffix(self) -> Optional[str]: ...
    @property
    def status(self) -> str: ...
    @property
    def transfer_data(self) -> Optional[_JSON]: ...
    @property
    def transfer_group(self) -> Optional[str]: ...
    @property
    def merchant_id(self) -> Optional[str]:
        """LeanRails: the merchant the PaymentIntent belongs to (``mer_...``)."""
    @property
    def charges(self) -> Optional[ChargeList]:
        """LeanRails: the charges of this PaymentIntent."""
    @property
    def last_response(self) -> Optional[ResponseMeta]: ...
    def to_dict(self) -> _JSON: ...
    @staticmethod
    def from_dict(data: _JSON) -> PaymentIntent: ...
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__
    def __reduce__(self) -> Tuple[Any, Tuple[_JSON]]: ...

@final
class Charge:
    """A charge of a LeanRails PaymentIntent; every attribute may be None."""

    FIELDS: ClassVar[List[str]]
    @property
    def id(self) -> Optional[str]: ...
    @property
    def object(self) -> Optional[str]: ...
    @property
    def amount(self) -> Optional[int]: ...
    @property
    def amount_captured(self) -> Optional[int]: ...
    @property
    def amount_refunded(self) -> Optional[int]: ...
    @property
    def balance_transaction(self) -> _Expandable: ...
    @property
    def captured(self) -> Optional[bool]: ...
    @property
    def created(self) -> Optional[int]: ...
    @property
    def currency(self) -> Optional[str]: ...
    @property
    def failure_code(self) -> Optional[str]: ...
    @property
    def failure_message(self) -> Optional[str]: ...
    @property
    def metadata(self) -> Dict[str, str]: ...
    @property
    def paid(self) -> Optional[bool]: ...
    @property
    def payment_intent(self) -> Optional[str]: ...
    @property
    def payment_method(self) -> Optional[str]: ...
    @property
    def refunded(self) -> Optional[bool]: ...
    @property
    def status(self) -> Optional[str]: ...
    def to_dict(self) -> _JSON: ...
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class ChargeList:
    """The ``charges`` list of a LeanRails PaymentIntent."""

    @property
    def object(self) -> str: ...
    @property
    def data(self) -> List[Charge]: ...
    @property
    def has_more(self) -> bool: ...
    @property
    def url(self) -> str: ...
    def to_dict(self) -> _JSON: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Charge]: ...

@final
class AutoPager:
    """Iterates over PaymentIntents across pages (``for`` and ``async for``)."""

    def __iter__(self) -> AutoPager: ...
    def __next__(self) -> PaymentIntent: ...
    def __aiter__(self) -> AutoPager: ...
    def __anext__(self) -> Awaitable[PaymentIntent]: ...

@final
class PaymentIntentList:
    """One page of ``list`` results, newest first."""

    @property
    def object(self) -> str: ...
    @property
    def data(self) -> List[PaymentIntent]: ...
    @property
    def has_more(self) -> bool: ...
    @property
    def url(self) -> str: ...
    @property
    def last_response(self) -> Optional[ResponseMeta]: ...
    def auto_paging_iter(self) -> AutoPager: ...
    def auto_paging_iter_async(self) -> AutoPager: ...
    def to_dict(self) -> _JSON: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[PaymentIntent]: ...

@final
class SearchResult:
    """One page of ``search`` results."""

    @property
    def object(self) -> str: ...
    @property
    def data(self) -> List[PaymentIntent]: ...
    @property
    def has_more(self) -> bool: ...
    @property
    def next_page(self) -> Optional[str]: ...
    @property
    def total_count(self) -> Optional[int]: ...
    @property
    def url(self) -> str: ...
    @property
    def last_response(self) -> Optional[ResponseMeta]: ...
    def auto_paging_iter(self) -> AutoPager: ...
    def auto_paging_iter_async(self) -> AutoPager: ...
    def to_dict(self) -> _JSON: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[PaymentIntent]: ...

@final
class PaymentIntents:
    """Operations on PaymentIntents (``client.payment_intents``).

    Parameters are keyword arguments in API spelling; the keyword-only
    ``idempotency_key``, ``stripe_account``, ``api_key``, ``timeout`` (seconds)
    and ``max_retries`` are per-request options."""

    def create(
        self,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def create_async(
        self,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def retrieve(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def retrieve_async(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def update(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def update_async(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def list(
        self,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntentList: ...
    def list_async(
        self,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntentList]: ...
    def search(
        self,
        query: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> SearchResult: ...
    def search_async(
        self,
        query: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[SearchResult]: ...
    def confirm(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def confirm_async(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def capture(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def capture_async(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def cancel(
        self,
        id: str,
        cancellation_reason: Optional[str] = None,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def cancel_async(
        self,
        id: str,
        cancellation_reason: Optional[str] = None,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def increment_authorization(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def increment_authorization_async(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def apply_customer_balance(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def apply_customer_balance_async(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...
    def verify_microdeposits(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> PaymentIntent: ...
    def verify_microdeposits_async(
        self,
        id: str,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Any,
    ) -> Awaitable[PaymentIntent]: ...

@final
class Client:
    """A client for one account of Stripe or a Stripe-compatible API."""

    def __new__(
        cls,
        api_key: str,
        *,
        base_url: Optional[str] = None,
        profile: str = "stripe",
        api_version: Optional[str] = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        stripe_account: Optional[str] = None,
        deadline: Optional[float] = None,
    ) -> Client: ...
    @property
    def payment_intents(self) -> PaymentIntents: ...

class PayIntentError(Exception):
    """Base class of every payintent error."""

    kind: str
    message: str
    user_message: Optional[str]
    http_status: Optional[int]
    error_type: Optional[str]
    code: Optional[str]
    decline_code: Optional[str]
    param: Optional[str]
    doc_url: Optional[str]
    request_id: Optional[str]
    idempotency_key: Optional[str]
    payment_intent: Optional[PaymentIntent]

class CardError(PayIntentError): ...
class InvalidRequestError(PayIntentError): ...
class AuthenticationError(PayIntentError): ...
class PermissionDeniedError(PayIntentError): ...
class RateLimitError(PayIntentError): ...
class IdempotencyError(PayIntentError): ...
class APIError(PayIntentError): ...
class APIConnectionError(PayIntentError): ...
class APITimeoutError(APIConnectionError): ...
class InvalidArgumentError(PayIntentError, ValueError): ...
