# Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
# Stub of the native module payintent._payintent (checked with `python -m mypy.stubtest payintent`): hand-written in
# bindings/python/stub/_payintent.pyi.in; the typed operations come from api/payment_intents.json.
import builtins
from typing import Any, Awaitable, ClassVar, Dict, Iterator, List, Optional, Tuple, Union, final

from typing_extensions import Literal, Required, TypedDict, Unpack

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "CardError",
    "IdempotencyError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "PayIntentError",
    "PermissionDeniedError",
    "PermissionError",
    "RateLimitError",
    "SignatureVerificationError",
    "AutoPager",
    "Charge",
    "ChargeList",
    "Client",
    "Event",
    "EventData",
    "EventList",
    "Events",
    "PaymentIntent",
    "PaymentIntentList",
    "PaymentIntents",
    "ResponseMeta",
    "STRIPE_API_VERSION",
    "SearchResult",
    "Webhook",
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

class _CreateAutomaticPaymentMethodsParam(TypedDict, total=False):
    """The ``automatic_payment_methods`` parameter object."""

    allow_redirects: Literal["always", "never"]
    enabled: Required[bool]

class _CreateAddressParam(TypedDict, total=False):
    """The ``address`` parameter object."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str

class _CreateShippingParam(TypedDict, total=False):
    """The ``shipping`` parameter object."""

    address: Required[_CreateAddressParam]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str

class _CreateTransferDataParam(TypedDict, total=False):
    """The ``transfer_data`` parameter object."""

    amount: int
    destination: Required[str]

class _CreateParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.create``."""

    amount: Required[int]
    """Amount intended to be collected by this PaymentIntent. A positive integer
    representing how much to charge in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge
    $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is
    $0.50 US or [equivalent in charge
    currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
    The amount value supports up to eight digits (e.g., a value of 99999999 for a USD
    charge of $999,999.99).
    """
    application_fee_amount: int
    """The amount of the application fee (if any) that will be requested to be applied
    to the payment and transferred to the application owner's Stripe account. The
    amount of the application fee collected will be capped at the total payment
    amount. For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """
    automatic_payment_methods: _CreateAutomaticPaymentMethodsParam
    """When enabled, this PaymentIntent will accept payment methods that you have
    enabled in the Dashboard and are compatible with this PaymentIntent's other
    parameters.
    """
    capture_method: Literal["automatic", "automatic_async", "manual"]
    """Controls when the funds will be captured from the customer's account."""
    confirm: bool
    """Set to `true` to attempt to
    [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent
    immediately. This parameter defaults to `false`. When creating and confirming a
    PaymentIntent at the same time, parameters available in the
    [confirm](https://stripe.com/docs/api/payment_intents/confirm) API may also be
    provided.
    """
    confirmation_method: Literal["automatic", "manual"]
    confirmation_token: str
    """A ConfirmationToken (`ctoken_…`) holding the payment details that Stripe's client
    SDKs collected; used with `confirm=true`. Newer than the 2023-08-16 OpenAPI file.
    """
    currency: Required[str]
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """
    customer: str
    """ID of the Customer this PaymentIntent belongs to, if one exists."""
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    error_on_requires_action: bool
    """Set to `true` to fail the payment attempt if the PaymentIntent transitions into
    `requires_action`. This parameter is intended for simpler integrations that do
    not handle customer actions, like [saving cards without
    authentication](https://stripe.com/docs/payments/save-card-without-authentication).
    This parameter can only be used with
    [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    """
    expand: List[str]
    """Specifies which fields in the response should be expanded."""
    mandate: str
    """ID of the mandate to be used for this payment. This parameter can only be used
    with
    [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    """
    mandate_data: Union[Dict[str, Any], Literal[""]]
    """This hash contains details about the Mandate to create. This parameter can only
    be used with
    [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    """
    metadata: Dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format. Individual keys can be unset by posting an
    empty value to them. All keys can be unset by posting an empty value to
    `metadata`.
    """
    off_session: Union[bool, Literal["one_off", "recurring"]]
    """Set to `true` to indicate that the customer is not in your checkout flow during
    this payment attempt, and therefore is unable to authenticate. This parameter is
    intended for scenarios where you collect card details and [charge them
    later](https://stripe.com/docs/payments/cards/charging-saved-cards). This
    parameter can only be used with
    [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    """
    on_behalf_of: str
    """The Stripe account ID for which these funds are intended. For details, see the
    PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """
    payment_method: str
    """ID of the payment method (a PaymentMethod, Card, or [compatible
    Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility)
    object) to attach to this PaymentIntent.
    """
    payment_method_data: Dict[str, Any]
    """If provided, this hash will be used to create a PaymentMethod. The new
    PaymentMethod will appear in the
    [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """
    payment_method_options: Dict[str, Any]
    """Payment-method-specific configuration for this PaymentIntent."""
    payment_method_types: List[str]
    """The list of payment method types (e.g. card) that this PaymentIntent is allowed
    to use. If this is not provided, defaults to ["card"]. Use
    automatic_payment_methods to manage payment methods from the [Stripe
    Dashboard](https://dashboard.stripe.com/settings/payment_methods).
    """
    radar_options: Dict[str, Any]
    """Options to configure Radar. See [Radar
    Session](https://stripe.com/docs/radar/radar-session) for more information.
    """
    receipt_email: str
    """Email address that the receipt for the resulting payment will be sent to. If
    `receipt_email` is specified for a payment in live mode, a receipt will be sent
    regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    """
    return_url: str
    """The URL to redirect your customer back to after they authenticate or cancel their
    payment on the payment method's app or site. If you'd prefer to redirect to a
    mobile application, you can alternatively supply an application URI scheme. This
    parameter can only be used with
    [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    """
    setup_future_usage: Literal["off_session", "on_session"]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.
    """
    shipping: _CreateShippingParam
    """Shipping information for this PaymentIntent."""
    statement_descriptor: str
    """For non-card charges, you can use this value as the complete description that
    appears on your customers’ statements. Must contain at least one letter, maximum
    22 characters.
    """
    statement_descriptor_suffix: str
    """Provides information about a card payment that customers see on their statements.
    Concatenated with the prefix (shortened descriptor) or statement descriptor
    that’s set on the account to form the complete statement descriptor. Maximum 22
    characters for the concatenated descriptor.
    """
    transfer_data: _CreateTransferDataParam
    """The parameters used to automatically create a Transfer when the payment succeeds.
    For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """
    transfer_group: str
    """A string that identifies the resulting payment as part of a group. See the
    PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/connect/separate-charges-and-transfers) for
    details.
    """
    use_stripe_sdk: bool
    """Set to `true` when confirming server-side and using Stripe.js, iOS, or Android
    client-side SDKs to handle the next actions.
    """

class _RetrieveParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.retrieve``."""

    client_secret: str
    """The client secret of the PaymentIntent. It's required if you use a publishable
    key to retrieve the source.
    """
    expand: List[str]
    """Specifies which fields in the response should be expanded."""

class _UpdateTransferDataParam(TypedDict, total=False):
    """The ``transfer_data`` parameter object."""

    amount: int

class _UpdateParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.update``."""

    amount: int
    """Amount intended to be collected by this PaymentIntent. A positive integer
    representing how much to charge in the [smallest currency
    unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge
    $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is
    $0.50 US or [equivalent in charge
    currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
    The amount value supports up to eight digits (e.g., a value of 99999999 for a USD
    charge of $999,999.99).
    """
    application_fee_amount: Union[int, Literal[""]]
    """The amount of the application fee (if any) that will be requested to be applied
    to the payment and transferred to the application owner's Stripe account. The
    amount of the application fee collected will be capped at the total payment
    amount. For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """
    capture_method: Literal["automatic", "automatic_async", "manual"]
    """Controls when the funds will be captured from the customer's account."""
    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """
    customer: str
    """ID of the Customer this PaymentIntent belongs to, if one exists."""
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    expand: List[str]
    """Specifies which fields in the response should be expanded."""
    metadata: Union[Dict[str, str], Literal[""]]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format. Individual keys can be unset by posting an
    empty value to them. All keys can be unset by posting an empty value to
    `metadata`.
    """
    payment_method: str
    """ID of the payment method (a PaymentMethod, Card, or [compatible
    Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility)
    object) to attach to this PaymentIntent.
    """
    payment_method_data: Dict[str, Any]
    """If provided, this hash will be used to create a PaymentMethod. The new
    PaymentMethod will appear in the
    [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """
    payment_method_options: Dict[str, Any]
    """Payment-method-specific configuration for this PaymentIntent."""
    payment_method_types: List[str]
    """The list of payment method types (e.g. card) that this PaymentIntent is allowed
    to use. Use automatic_payment_methods to manage payment methods from the [Stripe
    Dashboard](https://dashboard.stripe.com/settings/payment_methods).
    """
    receipt_email: Union[str, Literal[""]]
    """Email address that the receipt for the resulting payment will be sent to. If
    `receipt_email` is specified for a payment in live mode, a receipt will be sent
    regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    """
    setup_future_usage: Literal["", "off_session", "on_session"]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.
    """
    shipping: Union[_CreateShippingParam, Literal[""]]
    """Shipping information for this PaymentIntent."""
    statement_descriptor: str
    """For non-card charges, you can use this value as the complete description that
    appears on your customers’ statements. Must contain at least one letter, maximum
    22 characters.
    """
    statement_descriptor_suffix: str
    """Provides information about a card payment that customers see on their statements.
    Concatenated with the prefix (shortened descriptor) or statement descriptor
    that’s set on the account to form the complete statement descriptor. Maximum 22
    characters for the concatenated descriptor.
    """
    transfer_data: _UpdateTransferDataParam
    """The parameters used to automatically create a Transfer when the payment succeeds.
    For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """
    transfer_group: str
    """A string that identifies the resulting payment as part of a group.
    `transfer_group` may only be provided if it has not been set. See the
    PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts) for details.
    """

class _ListCreatedParam(TypedDict, total=False):
    """The ``created`` parameter object."""

    gt: int
    gte: int
    lt: int
    lte: int

class _ListParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.list``."""

    created: Union[_ListCreatedParam, int]
    """A filter on the list, based on the object `created` field. The value can be a
    string with an integer Unix timestamp, or it can be a dictionary with a number of
    different query options.
    """
    customer: str
    """Only return PaymentIntents for the customer specified by this customer ID."""
    ending_before: str
    """A cursor for use in pagination. `ending_before` is an object ID that defines your
    place in the list. For instance, if you make a list request and receive 100
    objects, starting with `obj_bar`, your subsequent call can include
    `ending_before=obj_bar` in order to fetch the previous page of the list.
    """
    expand: List[str]
    """Specifies which fields in the response should be expanded."""
    limit: int
    """A limit on the number of objects to be returned. Limit can range between 1 and
    100, and the default is 10.
    """
    starting_after: str
    """A cursor for use in pagination. `starting_after` is an object ID that defines
    your place in the list. For instance, if you make a list request and receive 100
    objects, ending with `obj_foo`, your subsequent call can include
    `starting_after=obj_foo` in order to fetch the next page of the list.
    """

class _SearchParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.search``."""

    expand: List[str]
    """Specifies which fields in the response should be expanded."""
    limit: int
    """A limit on the number of objects to be returned. Limit can range between 1 and
    100, and the default is 10.
    """
    page: str
    """A cursor for pagination across multiple pages of results. Don't include this
    parameter on the first call. Use the next_page value returned in a previous
    response to request subsequent results.
    """

class _ConfirmParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.confirm``."""

    capture_method: Literal["automatic", "automatic_async", "manual"]
    """Controls when the funds will be captured from the customer's account."""
    client_secret: str
    """The client secret of the PaymentIntent."""
    confirmation_token: str
    """A ConfirmationToken (`ctoken_…`) holding the payment details that Stripe's client
    SDKs collected. Values passed directly in this request win over the token's.
    Newer than the 2023-08-16 OpenAPI file.
    """
    error_on_requires_action: bool
    """Set to `true` to fail the payment attempt if the PaymentIntent transitions into
    `requires_action`. This parameter is intended for simpler integrations that do
    not handle customer actions, like [saving cards without
    authentication](https://stripe.com/docs/payments/save-card-without-authentication).
    """
    expand: List[str]
    """Specifies which fields in the response should be expanded."""
    mandate: str
    """ID of the mandate to be used for this payment."""
    mandate_data: Union[Dict[str, Any], Literal[""]]
    """This hash contains details about the Mandate to create"""
    off_session: Union[bool, Literal["one_off", "recurring"]]
    """Set to `true` to indicate that the customer is not in your checkout flow during
    this payment attempt, and therefore is unable to authenticate. This parameter is
    intended for scenarios where you collect card details and [charge them
    later](https://stripe.com/docs/payments/cards/charging-saved-cards).
    """
    payment_method: str
    """ID of the payment method (a PaymentMethod, Card, or [compatible
    Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility)
    object) to attach to this PaymentIntent.
    """
    payment_method_data: Dict[str, Any]
    """If provided, this hash will be used to create a PaymentMethod. The new
    PaymentMethod will appear in the
    [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """
    payment_method_options: Dict[str, Any]
    """Payment-method-specific configuration for this PaymentIntent."""
    payment_method_types: List[str]
    """The list of payment method types (e.g. card) that this PaymentIntent is allowed
    to use. Use automatic_payment_methods to manage payment methods from the [Stripe
    Dashboard](https://dashboard.stripe.com/settings/payment_methods).
    """
    radar_options: Dict[str, Any]
    """Options to configure Radar. See [Radar
    Session](https://stripe.com/docs/radar/radar-session) for more information.
    """
    receipt_email: Union[str, Literal[""]]
    """Email address that the receipt for the resulting payment will be sent to. If
    `receipt_email` is specified for a payment in live mode, a receipt will be sent
    regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    """
    return_url: str
    """The URL to redirect your customer back to after they authenticate or cancel their
    payment on the payment method's app or site. If you'd prefer to redirect to a
    mobile application, you can alternatively supply an application URI scheme. This
    parameter is only used for cards and other redirect-based payment methods.
    """
    setup_future_usage: Literal["", "off_session", "on_session"]
    """Indicates that you intend to make future payments with this PaymentIntent's
    payment method.
    """
    shipping: Union[_CreateShippingParam, Literal[""]]
    """Shipping information for this PaymentIntent."""
    use_stripe_sdk: bool
    """Set to `true` when confirming server-side and using Stripe.js, iOS, or Android
    client-side SDKs to handle the next actions.
    """

class _CaptureParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.capture``."""

    amount_to_capture: int
    """The amount to capture from the PaymentIntent, which must be less than or equal to
    the original amount. Any additional amount will be automatically refunded.
    Defaults to the full `amount_capturable` if not provided.
    """
    application_fee_amount: int
    """The amount of the application fee (if any) that will be requested to be applied
    to the payment and transferred to the application owner's Stripe account. The
    amount of the application fee collected will be capped at the total payment
    amount. For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """
    expand: List[str]
    """Specifies which fields in the response should be expanded."""
    final_capture: bool
    """Whether this is the last capture. `false` leaves the PaymentIntent capturable for
    further partial captures (multicapture); the API's default is `true`. Newer than
    the 2023-08-16 OpenAPI file.
    """
    metadata: Union[Dict[str, str], Literal[""]]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format. Individual keys can be unset by posting an
    empty value to them. All keys can be unset by posting an empty value to
    `metadata`.
    """
    statement_descriptor: str
    """For non-card charges, you can use this value as the complete description that
    appears on your customers’ statements. Must contain at least one letter, maximum
    22 characters.
    """
    statement_descriptor_suffix: str
    """Provides information about a card payment that customers see on their statements.
    Concatenated with the prefix (shortened descriptor) or statement descriptor
    that’s set on the account to form the complete statement descriptor. Maximum 22
    characters for the concatenated descriptor.
    """
    transfer_data: _UpdateTransferDataParam
    """The parameters used to automatically create a Transfer when the payment is
    captured. For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """

class _CancelParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.cancel``."""

    expand: List[str]
    """Specifies which fields in the response should be expanded."""

class _IncrementAuthorizationParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.increment_authorization``."""

    amount: Required[int]
    """The updated total amount you intend to collect from the cardholder. This amount
    must be greater than the currently authorized amount.
    """
    application_fee_amount: int
    """The amount of the application fee (if any) that will be requested to be applied
    to the payment and transferred to the application owner's Stripe account. The
    amount of the application fee collected will be capped at the total payment
    amount. For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    expand: List[str]
    """Specifies which fields in the response should be expanded."""
    metadata: Dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
    attach to an object. This can be useful for storing additional information about
    the object in a structured format. Individual keys can be unset by posting an
    empty value to them. All keys can be unset by posting an empty value to
    `metadata`.
    """
    statement_descriptor: str
    """For non-card charges, you can use this value as the complete description that
    appears on your customers’ statements. Must contain at least one letter, maximum
    22 characters.
    """
    transfer_data: _UpdateTransferDataParam
    """The parameters used to automatically create a Transfer when the payment is
    captured. For more information, see the PaymentIntents [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """

class _ApplyCustomerBalanceParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.apply_customer_balance``."""

    amount: int
    """Amount intended to be applied to this PaymentIntent from the customer’s cash
    balance.
    """
    currency: str
    """Three-letter [ISO currency
    code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a
    [supported currency](https://stripe.com/docs/currencies).
    """
    expand: List[str]
    """Specifies which fields in the response should be expanded."""

class _VerifyMicrodepositsParams(TypedDict, total=False):
    """The keyword parameters of ``PaymentIntents.verify_microdeposits``."""

    amounts: List[int]
    """Two positive integers, in *cents*, equal to the values of the microdeposits sent
    to the bank account.
    """
    client_secret: str
    """The client secret of the PaymentIntent."""
    descriptor_code: str
    """A six-character code starting with SM present in the microdeposit sent to the
    bank account.
    """
    expand: List[str]
    """Specifies which fields in the response should be expanded."""

@final
class PaymentIntents:
    """Operations on PaymentIntents (``client.payment_intents``).

    Parameters are keyword arguments in API spelling, typed from the API
    description; the keyword-only per-request options are
    ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
    ``timeout`` and ``deadline`` (seconds) and ``max_retries``."""

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
        **params: Unpack[_CreateParams],
    ) -> PaymentIntent:
        """Creates a PaymentIntent object.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_CreateParams],
    ) -> Awaitable[PaymentIntent]:
        """Creates a PaymentIntent object.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_RetrieveParams],
    ) -> PaymentIntent:
        """Retrieves the details of a PaymentIntent that has previously been created.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_RetrieveParams],
    ) -> Awaitable[PaymentIntent]:
        """Retrieves the details of a PaymentIntent that has previously been created.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_UpdateParams],
    ) -> PaymentIntent:
        """Updates properties on a PaymentIntent object without confirming.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_UpdateParams],
    ) -> Awaitable[PaymentIntent]:
        """Updates properties on a PaymentIntent object without confirming.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_ListParams],
    ) -> PaymentIntentList:
        """Returns a list of PaymentIntents.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_ListParams],
    ) -> Awaitable[PaymentIntentList]:
        """Returns a list of PaymentIntents.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_SearchParams],
    ) -> SearchResult:
        """Search for PaymentIntents you’ve previously created using Stripe’s [Search
        Query Language](https://stripe.com/docs/search#search-query-language). Don’t
        use search in read-after-write flows where strict consistency is necessary.
        Under normal operating conditions, data is searchable in less than a minute.
        Occasionally, propagation of new or updated data can be up to an hour behind
        during outages. Search functionality is not available to merchants in India.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_SearchParams],
    ) -> Awaitable[SearchResult]:
        """Search for PaymentIntents you’ve previously created using Stripe’s [Search
        Query Language](https://stripe.com/docs/search#search-query-language). Don’t
        use search in read-after-write flows where strict consistency is necessary.
        Under normal operating conditions, data is searchable in less than a minute.
        Occasionally, propagation of new or updated data can be up to an hour behind
        during outages. Search functionality is not available to merchants in India.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_ConfirmParams],
    ) -> PaymentIntent:
        """Confirm that your customer intends to pay with current or provided payment
        method. Upon confirmation, the PaymentIntent will attempt to initiate a
        payment. If the selected payment method requires additional authentication
        steps, the PaymentIntent will transition to the requires_action status and
        suggest additional actions via next_action. If payment fails, the
        PaymentIntent transitions to the requires_payment_method status or the
        canceled status if the confirmation limit is reached. If payment succeeds,
        the PaymentIntent will transition to the succeeded status (or
        requires_capture, if capture_method is set to manual). If the
        confirmation_method is automatic, payment may be attempted using our [client
        SDKs](https://stripe.com/docs/stripe-js/reference#stripe-handle-card-payment)
        and the PaymentIntent’s
        [client_secret](#payment_intent_object-client_secret). After next_actions are
        handled by the client, no additional confirmation is required to complete the
        payment. If the confirmation_method is manual, all payment attempts must be
        initiated using a secret key. If any actions are required for the payment,
        the PaymentIntent will return to the requires_confirmation state after those
        actions are completed. Your server needs to then explicitly re-confirm the
        PaymentIntent to initiate the next payment attempt. Read the [expanded
        documentation](https://stripe.com/docs/payments/payment-intents/web-manual)
        to learn more about manual confirmation.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_ConfirmParams],
    ) -> Awaitable[PaymentIntent]:
        """Confirm that your customer intends to pay with current or provided payment
        method. Upon confirmation, the PaymentIntent will attempt to initiate a
        payment. If the selected payment method requires additional authentication
        steps, the PaymentIntent will transition to the requires_action status and
        suggest additional actions via next_action. If payment fails, the
        PaymentIntent transitions to the requires_payment_method status or the
        canceled status if the confirmation limit is reached. If payment succeeds,
        the PaymentIntent will transition to the succeeded status (or
        requires_capture, if capture_method is set to manual). If the
        confirmation_method is automatic, payment may be attempted using our [client
        SDKs](https://stripe.com/docs/stripe-js/reference#stripe-handle-card-payment)
        and the PaymentIntent’s
        [client_secret](#payment_intent_object-client_secret). After next_actions are
        handled by the client, no additional confirmation is required to complete the
        payment. If the confirmation_method is manual, all payment attempts must be
        initiated using a secret key. If any actions are required for the payment,
        the PaymentIntent will return to the requires_confirmation state after those
        actions are completed. Your server needs to then explicitly re-confirm the
        PaymentIntent to initiate the next payment attempt. Read the [expanded
        documentation](https://stripe.com/docs/payments/payment-intents/web-manual)
        to learn more about manual confirmation.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_CaptureParams],
    ) -> PaymentIntent:
        """Capture the funds of an existing uncaptured PaymentIntent when its status is
        requires_capture.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_CaptureParams],
    ) -> Awaitable[PaymentIntent]:
        """Capture the funds of an existing uncaptured PaymentIntent when its status is
        requires_capture.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
    def cancel(
        self,
        id: str,
        cancellation_reason: Optional[Union[Literal["abandoned", "duplicate", "fraudulent", "requested_by_customer"], str]] = None,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Unpack[_CancelParams],
    ) -> PaymentIntent:
        """A PaymentIntent object can be canceled when it is in one of these statuses:
        requires_payment_method, requires_capture, requires_confirmation,
        requires_action or, [in rare
        cases](https://stripe.com/docs/payments/intents), processing.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
    def cancel_async(
        self,
        id: str,
        cancellation_reason: Optional[Union[Literal["abandoned", "duplicate", "fraudulent", "requested_by_customer"], str]] = None,
        *,
        idempotency_key: Optional[str] = None,
        stripe_account: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        api_version: Optional[str] = None,
        deadline: Optional[float] = None,
        **params: Unpack[_CancelParams],
    ) -> Awaitable[PaymentIntent]:
        """A PaymentIntent object can be canceled when it is in one of these statuses:
        requires_payment_method, requires_capture, requires_confirmation,
        requires_action or, [in rare
        cases](https://stripe.com/docs/payments/intents), processing.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_IncrementAuthorizationParams],
    ) -> PaymentIntent:
        """Perform an incremental authorization on an eligible
        [PaymentIntent](https://stripe.com/docs/api/payment_intents/object). To be
        eligible, the PaymentIntent’s status must be requires_capture and
        [incremental_authorization_supported](https://stripe.com/docs/api/charges/object#charge_object-payment_method_details-card_present-incremental_authorization_supported)
        must be true.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_IncrementAuthorizationParams],
    ) -> Awaitable[PaymentIntent]:
        """Perform an incremental authorization on an eligible
        [PaymentIntent](https://stripe.com/docs/api/payment_intents/object). To be
        eligible, the PaymentIntent’s status must be requires_capture and
        [incremental_authorization_supported](https://stripe.com/docs/api/charges/object#charge_object-payment_method_details-card_present-incremental_authorization_supported)
        must be true.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_ApplyCustomerBalanceParams],
    ) -> PaymentIntent:
        """Manually reconcile the remaining amount for a customer_balance PaymentIntent.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_ApplyCustomerBalanceParams],
    ) -> Awaitable[PaymentIntent]:
        """Manually reconcile the remaining amount for a customer_balance PaymentIntent.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """
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
        **params: Unpack[_VerifyMicrodepositsParams],
    ) -> PaymentIntent:
        """Verifies microdeposits on a PaymentIntent object.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.
        """
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
        **params: Unpack[_VerifyMicrodepositsParams],
    ) -> Awaitable[PaymentIntent]:
        """Verifies microdeposits on a PaymentIntent object.

        Per-request options (keyword-only, never sent as parameters):
        ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,
        ``timeout`` and ``deadline`` (seconds) and ``max_retries``.

        Async: returns an awaitable.
        """

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
    @property
    def events(self) -> Events:
        """The Events resource (the polling fallback for webhooks)."""

@final
class EventData:
    """An event's ``data``: the object after the change and the changed fields' previous values."""

    @property
    def object(self) -> Union[PaymentIntent, Dict[str, Any]]:
        """A ``PaymentIntent`` for ``payment_intent.*`` events, a dict otherwise."""
    @property
    def previous_attributes(self) -> Optional[Dict[str, Any]]:
        """The values the changed fields had before (update events), or ``None``."""

@final
class Event:
    """A webhook event. Handle each ``id`` once: a delivery may repeat."""

    @property
    def id(self) -> str:
        """``evt_...``; the same on every delivery of this event."""
    @property
    def type(self) -> str:
        """The event type, e.g. ``payment_intent.succeeded``."""
    @property
    def created(self) -> int:
        """When the event happened, in Unix seconds."""
    @property
    def api_version(self) -> Optional[str]:
        """The API version the object is rendered in."""
    @property
    def livemode(self) -> bool:
        """``False`` in test mode."""
    @property
    def pending_webhooks(self) -> int:
        """Deliveries of this event not yet acknowledged."""
    @property
    def request(self) -> Optional[Dict[str, Optional[str]]]:
        """The request that caused the event: ``{"id": ..., "idempotency_key": ...}`` or ``None``."""
    @property
    def data(self) -> EventData:
        """The object and its previous values."""
    def to_dict(self) -> Dict[str, Any]:
        """The event as a dict, as sent."""
    def __getitem__(self, key: str, /) -> Any:
        """A top-level field by its API name."""

@final
class EventList:
    """One page of events, newest first."""

    @property
    def data(self) -> List[Event]:
        """The events of the page."""
    @property
    def has_more(self) -> bool:
        """Whether there are more after this page."""

class _EventListParams(TypedDict, total=False):
    type: str
    types: List[str]
    created: Union[int, Dict[str, int]]
    delivery_success: bool
    limit: int
    starting_after: str
    ending_before: str

@final
class Events:
    """The Events resource, the polling fallback for webhooks: ``client.events``."""

    def retrieve(self, id: str) -> Event:
        """``GET /v1/events/{id}``: one event."""
    def list(self, **params: Unpack[_EventListParams]) -> EventList:
        """``GET /v1/events``: one page of events, newest first."""

@final
class Webhook:
    """Checks and reads webhook deliveries."""

    @staticmethod
    def construct_event(payload: Union[bytes, str], sig_header: str, secret: str, tolerance: int = 300) -> Event:
        """Verify ``sig_header`` (``Stripe-Signature``) against the raw body with the endpoint's ``secret``.

        ``tolerance`` is the allowed age of the signature in seconds (0: any).
        Raises ``SignatureVerificationError`` saying which check failed.
        """
    @staticmethod
    def generate_test_header(payload: Union[bytes, str], secret: str, timestamp: Optional[int] = None) -> str:
        """A valid ``Stripe-Signature`` header for ``payload``, for tests."""

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

class CardError(PayIntentError):
    """``kind == "card_error"``: The card was declined or could not be charged; the decline code says why. From HTTP 402."""

class InvalidRequestError(PayIntentError):
    """``kind == "invalid_request_error"``: The API refused the request: its parameters, the object's state, or a missing object. From HTTP 400 or 404."""

class AuthenticationError(PayIntentError):
    """``kind == "authentication_error"``: The API key was missing, wrong or refused. From HTTP 401."""

class PermissionError(PayIntentError):
    """``kind == "permission_error"``: The key may not perform this request. From HTTP 403."""

class RateLimitError(PayIntentError):
    """``kind == "rate_limit_error"``: Too many requests; retried automatically up to the client's maximum number of retries. From HTTP 429."""

class IdempotencyError(PayIntentError):
    """``kind == "idempotency_error"``: An idempotency key was reused with other parameters, or is in use by another request. From HTTP 400 or 409."""

class APIError(PayIntentError):
    """``kind == "api_error"``: The API failed on its side, or answered with something that could not be read. From HTTP 500, 502, 503 or 504."""

class APIConnectionError(PayIntentError):
    """``kind == "connection_error"``: The API could not be reached: DNS, TCP, TLS or a dropped connection."""

class APITimeoutError(APIConnectionError):
    """``kind == "timeout_error"``: A per-attempt timeout or the overall deadline passed before an answer came."""

class InvalidArgumentError(PayIntentError, ValueError):
    """``kind == "invalid_argument_error"``: Bad input, refused on the client before anything was sent."""

class SignatureVerificationError(PayIntentError):
    """``kind == "signature_verification_error"``: A webhook delivery failed verification: no or malformed signature header, no matching signature, or a timestamp outside the tolerance."""

PermissionDeniedError = PermissionError
"""Deprecated alias of ``PermissionError`` (the same class), kept so that code written for older versions keeps working."""
