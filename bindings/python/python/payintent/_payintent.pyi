# Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
# Stub of the native module payintent._payintent (checked with `python -m mypy.stubtest payintent`): hand-written in
# bindings/python/stub/_payintent.pyi.in; the typed operations come from api/payment_intents.json.
"""The native module of payintent; the ``payintent`` package re-exports it."""
import builtins
import os
from typing import Any, Awaitable, ClassVar, Dict, Iterator, List, Optional, Sequence, Tuple, Union, final

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
    "RequestCancelledError",
    "SignatureVerificationError",
    "Address",
    "AmountDetails",
    "AutomaticPaymentMethods",
    "Charge",
    "LastPaymentError",
    "NextAction",
    "PaymentIntent",
    "Processing",
    "RedirectToUrl",
    "Shipping",
    "Tip",
    "TransferData",
    "VerifyWithMicrodeposits",
    "AutoPager",
    "ChargeList",
    "Client",
    "Event",
    "EventData",
    "EventList",
    "Events",
    "ExpandedObject",
    "PaymentIntentList",
    "PaymentIntents",
    "ResponseHeaders",
    "ResponseMeta",
    "STRIPE_API_VERSION",
    "SearchResult",
    "Webhook",
    "__version__",
    "error_kinds",
]

__version__: str
STRIPE_API_VERSION: str

def error_kinds() -> List[str]:
    """The stable error kind codes, as in every language."""

_JSON = Dict[str, Any]
# PEM text (str holding "-----BEGIN" or bytes) or the path of a PEM file.
_PEM = Union[str, bytes, os.PathLike[str]]

@final
class ResponseHeaders:
    """The headers of a response: a read-only mapping, names in any case.

    Names are lower case; a header sent several times reads as its values
    joined by ", " (``get_all`` gives them one by one).
    """

    def __getitem__(self, name: str, /) -> str: ...
    def get(self, name: str, default: Optional[str] = None) -> Optional[str]:
        """The value of ``name`` (any case), or ``default``."""
    def get_all(self, name: str) -> List[str]:
        """Every value of ``name`` (any case), in the order received."""
    def __contains__(self, name: builtins.object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[str]: ...
    def keys(self) -> List[str]:
        """The header names (lower case)."""
    def items(self) -> List[Tuple[str, str]]:
        """``(name, value)`` pairs, one per name (repeated values joined)."""
    def values(self) -> List[str]:
        """The values, one per name (repeated values joined)."""
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class ResponseMeta:
    """Facts about the HTTP exchange that returned an object."""

    @property
    def request_id(self) -> Optional[str]:
        """The ``Request-Id`` the API sent, if any."""
    @property
    def http_status(self) -> int:
        """The HTTP status of the last attempt."""
    @property
    def idempotency_key(self) -> Optional[str]:
        """The idempotency key sent (given or generated), if any."""
    @property
    def idempotent_replayed(self) -> bool:
        """Whether the API replayed an earlier response for the idempotency key."""
    @property
    def attempts(self) -> int:
        """How many HTTP attempts the call took (retries included)."""
    @property
    def headers(self) -> ResponseHeaders:
        """The response's headers (case-insensitive names)."""
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class ExpandedObject:
    """An expanded related resource (customer, payment method, charge, ...): ``id`` and ``object`` as attributes,
    every field by item access (``customer["email"]``), ``get`` or ``to_dict()``.

    An expandable field (``customer``, ``payment_method``, ``latest_charge``, ...) is the id (a ``str``) unless
    ``expand=[...]`` named it; then it is an ``ExpandedObject``."""

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes."""
    @property
    def id(self) -> Optional[str]:
        """The resource's id."""
    @property
    def object(self) -> Optional[str]:
        """The resource's kind (``customer``, ``charge``, ...)."""
    def to_dict(self) -> Dict[str, Any]:
        """The resource as the API sent it, as a dict."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name, or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class Tip:
    """The tip part of a PaymentIntent's `amount_details`.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def amount(self) -> Optional[int]:
        """Portion of the amount that corresponds to a tip."""
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class AmountDetails:
    """A PaymentIntent's `amount_details`: how its amount is made up.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def tip(self) -> Optional[Tip]:
        """The tip included in the amount."""
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class AutomaticPaymentMethods:
    """A PaymentIntent's `automatic_payment_methods` settings.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def allow_redirects(self) -> Optional[str]:
        """Controls whether this PaymentIntent will accept redirect-based payment
        methods.
        """
    @property
    def enabled(self) -> bool:
        """Automatically calculates compatible payment methods"""
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class LastPaymentError:
    """The `last_payment_error` object (`api_errors` in the spec).

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def type(self) -> str:
        """The type of error returned. One of `api_error`, `card_error`,
        `idempotency_error`, or `invalid_request_error`
        """
    @property
    def charge(self) -> Optional[str]:
        """For card errors, the ID of the failed charge."""
    @property
    def code(self) -> Optional[str]:
        """For some errors that could be handled programmatically, a short string
        indicating the [error code](https://stripe.com/docs/error-codes) reported.
        """
    @property
    def decline_code(self) -> Optional[str]:
        """For card errors resulting from a card issuer decline, a short string
        indicating the [card issuer's reason for the
        decline](https://stripe.com/docs/declines#issuer-declines) if they provide
        one.
        """
    @property
    def doc_url(self) -> Optional[str]:
        """A URL to more information about the [error
        code](https://stripe.com/docs/error-codes) reported.
        """
    @property
    def message(self) -> Optional[str]:
        """A human-readable message providing more details about the error. For card
        errors, these messages can be shown to your users.
        """
    @property
    def param(self) -> Optional[str]:
        """If the error is parameter-specific, the parameter related to the error. For
        example, you can use this to display a message near the correct form field.
        """
    @property
    def payment_method(self) -> Optional[ExpandedObject]:
        """The payment method that failed, with its `id` and `object` typed."""
    @property
    def payment_method_type(self) -> Optional[str]:
        """If the error is specific to the type of payment method, the payment method
        type that had a problem. This field is only populated for invoice-related
        errors.
        """
    @property
    def request_log_url(self) -> Optional[str]:
        """A URL to the request log entry in your dashboard."""
    @property
    def payment_intent(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def setup_intent(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def source(self) -> Any:
        """The source object for errors returned on a request involving a source. Raw
        JSON: this version of the library does not type this field (None when
        absent).
        """
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class RedirectToUrl:
    """The `redirect_to_url` action: send the customer to `url`.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def return_url(self) -> Optional[str]:
        """If the customer does not exit their browser while authenticating, they will
        be redirected to this specified URL after completion.
        """
    @property
    def url(self) -> Optional[str]:
        """The URL you must redirect your customer to in order to authenticate the
        payment.
        """
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class VerifyWithMicrodeposits:
    """The `verify_with_microdeposits` action: the customer confirms the microdeposits
    sent.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def arrival_date(self) -> Optional[int]:
        """The timestamp when the microdeposits are expected to land."""
    @property
    def hosted_verification_url(self) -> Optional[str]:
        """The URL for the hosted verification page, which allows customers to verify
        their bank account.
        """
    @property
    def microdeposit_type(self) -> Optional[str]:
        """The type of the microdeposit sent to the customer. Used to distinguish
        between different verification methods.
        """
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class NextAction:
    """`next_action`: what the customer must do next. The action kinds without a typed
    field here (boleto, konbini, QR codes, ...) are in `extra` under their own key.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def type(self) -> str:
        """Type of the next action to perform, one of `redirect_to_url`,
        `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or
        `verify_with_microdeposits`.
        """
    @property
    def redirect_to_url(self) -> Optional[RedirectToUrl]:
        """Set when `type` is `redirect_to_url`."""
    @property
    def use_stripe_sdk(self) -> Any:
        """When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the
        contents of this dictionary to invoke authentication flows. The shape of the
        contents is subject to change and is only intended to be used by Stripe.js.
        """
    @property
    def verify_with_microdeposits(self) -> Optional[VerifyWithMicrodeposits]:
        """Set when `type` is `verify_with_microdeposits`."""
    @property
    def alipay_handle_redirect(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def boleto_display_details(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def card_await_notification(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def cashapp_handle_redirect_or_display_qr_code(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def display_bank_transfer_instructions(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def konbini_display_details(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def oxxo_display_details(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def paynow_display_qr_code(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def pix_display_qr_code(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def promptpay_display_qr_code(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def wechat_pay_display_qr_code(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def wechat_pay_redirect_to_android_app(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def wechat_pay_redirect_to_ios_app(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class Processing:
    """A PaymentIntent's `processing` state.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def type(self) -> str:
        """Type of the payment method for which payment is in `processing` state, one of
        `card`.
        """
    @property
    def card(self) -> Any:
        """Set when `type` is `card`: the card's processing details, as JSON."""
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class Address:
    """A postal address.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def city(self) -> Optional[str]:
        """City, district, suburb, town, or village."""
    @property
    def country(self) -> Optional[str]:
        """Two-letter country code ([ISO 3166-1
        alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
        """
    @property
    def line1(self) -> Optional[str]:
        """Address line 1 (e.g., street, PO Box, or company name)."""
    @property
    def line2(self) -> Optional[str]:
        """Address line 2 (e.g., apartment, suite, unit, or building)."""
    @property
    def postal_code(self) -> Optional[str]:
        """ZIP or postal code."""
    @property
    def state(self) -> Optional[str]:
        """State, county, province, or region."""
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class Shipping:
    """Shipping information: recipient, address and carrier.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def address(self) -> Optional[Address]:
        """The shipping address."""
    @property
    def carrier(self) -> Optional[str]:
        """The delivery service that shipped a physical product, such as Fedex, UPS,
        USPS, etc.
        """
    @property
    def name(self) -> Optional[str]:
        """Recipient name."""
    @property
    def phone(self) -> Optional[str]:
        """Recipient phone (including extension)."""
    @property
    def tracking_number(self) -> Optional[str]:
        """The tracking number for a physical product, obtained from the delivery
        service. If multiple tracking numbers were generated for this purchase,
        please separate them with commas.
        """
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class TransferData:
    """`transfer_data`. Without a readable `destination` the whole object is kept raw in
    the PaymentIntent's `extra["transfer_data"]`.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def amount(self) -> Optional[int]:
        """Amount intended to be collected by this PaymentIntent. A positive integer
        representing how much to charge in the [smallest currency
        unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to
        charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum
        amount is $0.50 US or [equivalent in charge
        currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
        The amount value supports up to eight digits (e.g., a value of 99999999 for a
        USD charge of $999,999.99).
        """
    @property
    def destination(self) -> Union[str, ExpandedObject]:
        """The account (if any) the payment will be attributed to for tax reporting, and
        where funds from the payment will be transferred to upon payment success.
        """
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class Charge:
    """The `Charge` object represents a single attempt to move money into your Stripe
    account. PaymentIntent confirmation is the most common way to create Charges, but
    transferring money to a different Stripe account through Connect also creates
    Charges. Some legacy payment flows create Charges directly, which is not
    recommended for new integrations.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the object."""
    @property
    def object(self) -> Optional[str]:
        """String representing the object's type. Objects of the same type share the
        same value.
        """
    @property
    def amount(self) -> Optional[int]:
        """Amount intended to be collected by this payment. A positive integer
        representing how much to charge in the [smallest currency
        unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to
        charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum
        amount is $0.50 US or [equivalent in charge
        currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
        The amount value supports up to eight digits (e.g., a value of 99999999 for a
        USD charge of $999,999.99).
        """
    @property
    def amount_captured(self) -> Optional[int]:
        """Amount in cents (or local equivalent) captured (can be less than the amount
        attribute on the charge if a partial capture was made).
        """
    @property
    def amount_refunded(self) -> Optional[int]:
        """Amount in cents (or local equivalent) refunded (can be less than the amount
        attribute on the charge if a partial refund was issued).
        """
    @property
    def captured(self) -> Optional[bool]:
        """If the charge was created without capturing, this Boolean represents whether
        it is still uncaptured or has since been captured.
        """
    @property
    def refunded(self) -> Optional[bool]:
        """Whether the charge has been fully refunded. If the charge is only partially
        refunded, this attribute will still be false.
        """
    @property
    def currency(self) -> Optional[str]:
        """Three-letter [ISO currency
        code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must
        be a [supported currency](https://stripe.com/docs/currencies).
        """
    @property
    def status(self) -> Optional[str]:
        """The status of the payment is either `succeeded`, `pending`, or `failed`."""
    @property
    def paid(self) -> Optional[bool]:
        """`true` if the charge succeeded, or was successfully authorized for later
        capture.
        """
    @property
    def payment_intent(self) -> Optional[str]:
        """ID of the PaymentIntent associated with this charge, if one exists."""
    @property
    def payment_method(self) -> Optional[str]:
        """ID of the payment method used in this charge."""
    @property
    def balance_transaction(self) -> Optional[Union[str, ExpandedObject]]:
        """ID of the balance transaction that describes the impact of this charge on
        your account balance (not including refunds or disputes).
        """
    @property
    def failure_code(self) -> Optional[str]:
        """Error code explaining reason for charge failure if available (see [the errors
        section](https://stripe.com/docs/error-codes) for a list of codes).
        """
    @property
    def failure_message(self) -> Optional[str]:
        """Message to user further explaining reason for charge failure if available."""
    @property
    def created(self) -> Optional[int]:
        """Time at which the object was created. Measured in seconds since the Unix
        epoch.
        """
    @property
    def metadata(self) -> Dict[str, str]:
        """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
        attach to an object. This can be useful for storing additional information
        about the object in a structured format.
        """
    @property
    def application(self) -> Any:
        """ID of the Connect application that created the charge. Raw JSON: this version
        of the library does not type this field (None when absent).
        """
    @property
    def application_fee(self) -> Any:
        """The application fee (if any) for the charge. [See the Connect
        documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees)
        for details. Raw JSON: this version of the library does not type this field
        (None when absent).
        """
    @property
    def application_fee_amount(self) -> Any:
        """The amount of the application fee (if any) requested for the charge. [See the
        Connect
        documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees)
        for details. Raw JSON: this version of the library does not type this field
        (None when absent).
        """
    @property
    def billing_details(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def calculated_statement_descriptor(self) -> Any:
        """The full statement descriptor that is passed to card networks, and that is
        displayed on your customers' credit card and bank statements. Allows you to
        see what the statement descriptor looks like after the static and dynamic
        portions are combined. Raw JSON: this version of the library does not type
        this field (None when absent).
        """
    @property
    def customer(self) -> Any:
        """ID of the customer this charge is for if one exists. Raw JSON: this version
        of the library does not type this field (None when absent).
        """
    @property
    def description(self) -> Any:
        """An arbitrary string attached to the object. Often useful for displaying to
        users. Raw JSON: this version of the library does not type this field (None
        when absent).
        """
    @property
    def disputed(self) -> Any:
        """Whether the charge has been disputed. Raw JSON: this version of the library
        does not type this field (None when absent).
        """
    @property
    def failure_balance_transaction(self) -> Any:
        """ID of the balance transaction that describes the reversal of the balance on
        your account due to payment failure. Raw JSON: this version of the library
        does not type this field (None when absent).
        """
    @property
    def fraud_details(self) -> Any:
        """Information on fraud assessments for the charge. Raw JSON: this version of
        the library does not type this field (None when absent).
        """
    @property
    def invoice(self) -> Any:
        """ID of the invoice this charge is for if one exists. Raw JSON: this version of
        the library does not type this field (None when absent).
        """
    @property
    def livemode(self) -> Any:
        """Has the value `true` if the object exists in live mode or the value `false`
        if the object exists in test mode. Raw JSON: this version of the library does
        not type this field (None when absent).
        """
    @property
    def on_behalf_of(self) -> Any:
        """The account (if any) the charge was made on behalf of without triggering an
        automatic transfer. See the [Connect
        documentation](https://stripe.com/docs/connect/separate-charges-and-transfers)
        for details. Raw JSON: this version of the library does not type this field
        (None when absent).
        """
    @property
    def outcome(self) -> Any:
        """Details about whether the payment was accepted, and why. See [understanding
        declines](https://stripe.com/docs/declines) for details. Raw JSON: this
        version of the library does not type this field (None when absent).
        """
    @property
    def payment_method_details(self) -> Any:
        """Details about the payment method at the time of the transaction. Raw JSON:
        this version of the library does not type this field (None when absent).
        """
    @property
    def radar_options(self) -> Any:
        """Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def receipt_email(self) -> Any:
        """This is the email address that the receipt for this charge was sent to. Raw
        JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def receipt_number(self) -> Any:
        """This is the transaction number that appears on email receipts sent for this
        charge. This attribute will be `null` until a receipt has been sent. Raw
        JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def receipt_url(self) -> Any:
        """This is the URL to view the receipt for this charge. The receipt is kept
        up-to-date to the latest state of the charge, including any refunds. If the
        charge is for an Invoice, the receipt will be stylized as an Invoice receipt.
        Raw JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def refunds(self) -> Any:
        """A list of refunds that have been applied to the charge. Raw JSON: this
        version of the library does not type this field (None when absent).
        """
    @property
    def review(self) -> Any:
        """ID of the review associated with this charge if one exists. Raw JSON: this
        version of the library does not type this field (None when absent).
        """
    @property
    def shipping(self) -> Any:
        """Shipping information for the charge. Raw JSON: this version of the library
        does not type this field (None when absent).
        """
    @property
    def source_transfer(self) -> Any:
        """The transfer ID which created this charge. Only present if the charge came
        from another Stripe account. [See the Connect
        documentation](https://stripe.com/docs/connect/destination-charges) for
        details. Raw JSON: this version of the library does not type this field (None
        when absent).
        """
    @property
    def statement_descriptor(self) -> Any:
        """For card charges, use `statement_descriptor_suffix` instead. Otherwise, you
        can use this value as the complete description of a charge on your customers’
        statements. Must contain at least one letter, maximum 22 characters. Raw
        JSON: this version of the library does not type this field (None when
        absent).
        """
    @property
    def statement_descriptor_suffix(self) -> Any:
        """Provides information about the charge that customers see on their statements.
        Concatenated with the prefix (shortened descriptor) or statement descriptor
        that’s set on the account to form the complete statement descriptor. Maximum
        22 characters for the concatenated descriptor. Raw JSON: this version of the
        library does not type this field (None when absent).
        """
    @property
    def transfer(self) -> Any:
        """ID of the transfer to the `destination` account (only applicable if the
        charge was created using the `destination` parameter). Raw JSON: this version
        of the library does not type this field (None when absent).
        """
    @property
    def transfer_data(self) -> Any:
        """An optional dictionary including the account to automatically transfer to as
        part of a destination charge. [See the Connect
        documentation](https://stripe.com/docs/connect/destination-charges) for
        details. Raw JSON: this version of the library does not type this field (None
        when absent).
        """
    @property
    def transfer_group(self) -> Any:
        """A string that identifies this transaction as part of a group. See the
        [Connect
        documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
        for details. Raw JSON: this version of the library does not type this field
        (None when absent).
        """
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__

@final
class PaymentIntent:
    """A PaymentIntent guides you through the process of collecting a payment from your
    customer. We recommend that you create exactly one PaymentIntent for each order
    or customer session in your system. You can reference the PaymentIntent later to
    see the history of payment attempts for a particular session.

    Read-only. Attributes are typed; ``obj["key"]``, ``key in obj``, ``get`` and
    ``to_dict()`` give the JSON as sent, with unknown fields and the raw value of
    fields that could not be read.
    """

    FIELDS: ClassVar[List[str]]
    """The names of the fields readable as attributes, as the API spells them."""
    @property
    def id(self) -> str:
        """Unique identifier for the object."""
    @property
    def object(self) -> str:
        """String representing the object's type. Objects of the same type share the
        same value.
        """
    @property
    def amount(self) -> int:
        """Amount intended to be collected by this PaymentIntent. A positive integer
        representing how much to charge in the [smallest currency
        unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to
        charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum
        amount is $0.50 US or [equivalent in charge
        currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
        The amount value supports up to eight digits (e.g., a value of 99999999 for a
        USD charge of $999,999.99).
        """
    @property
    def amount_capturable(self) -> Optional[int]:
        """Amount that can be captured from this PaymentIntent."""
    @property
    def amount_details(self) -> Optional[AmountDetails]:
        """How the amount is made up (its tip)."""
    @property
    def amount_received(self) -> Optional[int]:
        """Amount that was collected by this PaymentIntent."""
    @property
    def application(self) -> Optional[Union[str, ExpandedObject]]:
        """ID of the Connect application that created the PaymentIntent."""
    @property
    def application_fee_amount(self) -> Optional[int]:
        """The amount of the application fee (if any) that will be requested to be
        applied to the payment and transferred to the application owner's Stripe
        account. The amount of the application fee collected will be capped at the
        total payment amount. For more information, see the PaymentIntents [use case
        for connected accounts](https://stripe.com/docs/payments/connected-accounts).
        """
    @property
    def automatic_payment_methods(self) -> Optional[AutomaticPaymentMethods]:
        """Settings to configure compatible payment methods from the [Stripe
        Dashboard](https://dashboard.stripe.com/settings/payment_methods)
        """
    @property
    def canceled_at(self) -> Optional[int]:
        """Populated when `status` is `canceled`, this is the time at which the
        PaymentIntent was canceled. Measured in seconds since the Unix epoch.
        """
    @property
    def cancellation_reason(self) -> Optional[str]:
        """Reason for cancellation of this PaymentIntent, either user-provided
        (`duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`) or
        generated by Stripe internally (`failed_invoice`, `void_invoice`, or
        `automatic`).
        """
    @property
    def capture_method(self) -> Optional[str]:
        """Controls when the funds will be captured from the customer's account."""
    @property
    def client_secret(self) -> Optional[str]:
        """The client secret of this PaymentIntent. Used for client-side retrieval using
        a publishable key.
        """
    @property
    def confirmation_method(self) -> Optional[str]:
        """Whether the PaymentIntent is confirmed automatically or with a confirm call."""
    @property
    def created(self) -> int:
        """Time at which the object was created. Measured in seconds since the Unix
        epoch.
        """
    @property
    def currency(self) -> Optional[str]:
        """Three-letter [ISO currency
        code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must
        be a [supported currency](https://stripe.com/docs/currencies).
        """
    @property
    def customer(self) -> Optional[Union[str, ExpandedObject]]:
        """ID of the Customer this PaymentIntent belongs to, if one exists."""
    @property
    def description(self) -> Optional[str]:
        """An arbitrary string attached to the object. Often useful for displaying to
        users.
        """
    @property
    def invoice(self) -> Optional[Union[str, ExpandedObject]]:
        """ID of the invoice that created this PaymentIntent, if it exists."""
    @property
    def last_payment_error(self) -> Optional[LastPaymentError]:
        """The payment error encountered in the previous PaymentIntent confirmation. It
        will be cleared if the PaymentIntent is later updated for any reason.
        """
    @property
    def latest_charge(self) -> Optional[Union[str, ExpandedObject]]:
        """The latest charge created by this payment intent."""
    @property
    def livemode(self) -> bool:
        """Has the value `true` if the object exists in live mode or the value `false`
        if the object exists in test mode.
        """
    @property
    def metadata(self) -> Dict[str, str]:
        """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can
        attach to an object. This can be useful for storing additional information
        about the object in a structured format. For more information, see the
        [documentation](https://stripe.com/docs/payments/payment-intents/creating-payment-intents#storing-information-in-metadata).
        """
    @property
    def next_action(self) -> Optional[NextAction]:
        """If present, this property tells you what actions you need to take in order
        for your customer to fulfill a payment using the provided source.
        """
    @property
    def on_behalf_of(self) -> Optional[Union[str, ExpandedObject]]:
        """The account (if any) for which the funds of the PaymentIntent are intended.
        See the PaymentIntents [use case for connected
        accounts](https://stripe.com/docs/payments/connected-accounts) for details.
        """
    @property
    def payment_method(self) -> Optional[Union[str, ExpandedObject]]:
        """ID of the payment method used in this PaymentIntent."""
    @property
    def payment_method_options(self) -> Any:
        """Payment-method-specific configuration for this PaymentIntent."""
    @property
    def payment_method_types(self) -> List[str]:
        """The list of payment method types (e.g. card) that this PaymentIntent is
        allowed to use.
        """
    @property
    def processing(self) -> Optional[Processing]:
        """If present, this property tells you about the processing state of the
        payment.
        """
    @property
    def receipt_email(self) -> Optional[str]:
        """Email address that the receipt for the resulting payment will be sent to. If
        `receipt_email` is specified for a payment in live mode, a receipt will be
        sent regardless of your [email
        settings](https://dashboard.stripe.com/account/emails).
        """
    @property
    def review(self) -> Optional[Union[str, ExpandedObject]]:
        """ID of the review associated with this PaymentIntent, if any."""
    @property
    def setup_future_usage(self) -> Optional[str]:
        """Indicates that you intend to make future payments with this PaymentIntent's
        payment method.
        """
    @property
    def shipping(self) -> Optional[Shipping]:
        """Shipping information for this PaymentIntent."""
    @property
    def statement_descriptor(self) -> Optional[str]:
        """For non-card charges, you can use this value as the complete description that
        appears on your customers’ statements. Must contain at least one letter,
        maximum 22 characters.
        """
    @property
    def statement_descriptor_suffix(self) -> Optional[str]:
        """Provides information about a card payment that customers see on their
        statements. Concatenated with the prefix (shortened descriptor) or statement
        descriptor that’s set on the account to form the complete statement
        descriptor. Maximum 22 characters for the concatenated descriptor.
        """
    @property
    def status(self) -> str:
        """Status of this PaymentIntent, one of `requires_payment_method`,
        `requires_confirmation`, `requires_action`, `processing`, `requires_capture`,
        `canceled`, or `succeeded`. Read more about each PaymentIntent
        [status](https://stripe.com/docs/payments/intents#intent-statuses).
        """
    @property
    def transfer_data(self) -> Optional[TransferData]:
        """The data with which to automatically create a Transfer when the payment is
        finalized. See the PaymentIntents [use case for connected
        accounts](https://stripe.com/docs/payments/connected-accounts) for details.
        """
    @property
    def transfer_group(self) -> Optional[str]:
        """A string that identifies the resulting payment as part of a group. See the
        PaymentIntents [use case for connected
        accounts](https://stripe.com/docs/connect/separate-charges-and-transfers) for
        details.
        """
    @property
    def merchant_id(self) -> Optional[str]:
        """LeanRails only. The LeanRails merchant that owns the PaymentIntent (LeanRails
        only).
        """
    @property
    def charges(self) -> Optional[ChargeList]:
        """LeanRails only. The charges made by this PaymentIntent, as a list object
        (LeanRails only).
        """
    @property
    def last_response(self) -> Optional[ResponseMeta]:
        """The HTTP exchange that returned this object (None for objects nested in lists, errors or
        built with ``from_dict``)."""
    @staticmethod
    def from_dict(data: Dict[str, Any]) -> PaymentIntent:
        """Build a PaymentIntent from its API JSON (e.g. a webhook payload or ``to_dict()`` output)."""
    def __reduce__(self) -> Tuple[Any, Tuple[Dict[str, Any]]]: ...
    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, value: builtins.object, /) -> bool: ...
    def __ne__(self, value: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__


@final
class ChargeList:
    """The ``charges`` list of a LeanRails PaymentIntent."""

    @property
    def object(self) -> str:
        """Always ``"list"``."""
    @property
    def data(self) -> List[Charge]:
        """The charges."""
    @property
    def has_more(self) -> bool:
        """Whether the API has more charges than this list holds."""
    @property
    def url(self) -> str:
        """The URL of the full list (empty when the API sent none)."""
    def to_dict(self) -> _JSON:
        """The list as the API sent it, as a dict (unreadable items included)."""
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
    def object(self) -> str:
        """Always ``"list"``."""
    @property
    def data(self) -> List[PaymentIntent]:
        """The PaymentIntents of this page."""
    @property
    def has_more(self) -> bool:
        """Whether more PaymentIntents follow this page."""
    @property
    def url(self) -> str:
        """The URL of the list."""
    @property
    def last_response(self) -> Optional[ResponseMeta]:
        """The HTTP exchange that returned this page."""
    def auto_paging_iter(self) -> AutoPager:
        """Every PaymentIntent of this page and the following ones; pages are fetched only when iteration reaches them."""
    def auto_paging_iter_async(self) -> AutoPager:
        """``async for`` over this page and the following ones."""
    def to_dict(self) -> _JSON:
        """The page as a dict, as the API sent it."""
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[PaymentIntent]: ...

@final
class SearchResult:
    """One page of ``search`` results."""

    @property
    def object(self) -> str:
        """Always ``"search_result"``."""
    @property
    def data(self) -> List[PaymentIntent]:
        """The PaymentIntents of this page."""
    @property
    def has_more(self) -> bool:
        """Whether more results follow this page."""
    @property
    def next_page(self) -> Optional[str]:
        """The cursor of the next page (the ``page`` parameter), if any."""
    @property
    def total_count(self) -> Optional[int]:
        """How many PaymentIntents match in all, when requested with ``expand=["total_count"]``."""
    @property
    def url(self) -> str:
        """The URL of the search."""
    @property
    def last_response(self) -> Optional[ResponseMeta]:
        """The HTTP exchange that returned this page."""
    def auto_paging_iter(self) -> AutoPager:
        """Every result of this page and the following ones, fetched lazily."""
    def auto_paging_iter_async(self) -> AutoPager:
        """``async for`` over this page and the following ones."""
    def to_dict(self) -> _JSON:
        """The page as a dict, as the API sent it."""
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
        proxy: Optional[str] = None,
        root_certificates: Union[_PEM, Sequence[_PEM], None] = None,
    ) -> Client:
        """``proxy``: an ``http://`` or ``https://`` proxy URL (credentials allowed;
        without it ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` apply).
        ``root_certificates``: extra trusted roots, as PEM text (``str`` or
        ``bytes``), a path to a PEM file, or a list of those."""
    @property
    def payment_intents(self) -> PaymentIntents:
        """The PaymentIntents resource: every operation, sync and ``*_async``."""
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
    """The keyword parameters of ``Events.list``."""

    type: str
    types: List[str]
    created: Union[int, Dict[str, int]]
    delivery_success: bool
    limit: int
    starting_after: str
    ending_before: str

@final
class Events:
    """The Events resource, the polling fallback for webhooks: ``client.events``.

    Every method takes the keyword-only per-request options of ``PaymentIntents``.
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
    ) -> Event:
        """``GET /v1/events/{id}``: one event."""
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
    ) -> Awaitable[Event]:
        """``GET /v1/events/{id}``: one event. Async: returns an awaitable."""
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
        **params: Unpack[_EventListParams],
    ) -> EventList:
        """``GET /v1/events``: one page of events, newest first."""
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
        **params: Unpack[_EventListParams],
    ) -> Awaitable[EventList]:
        """``GET /v1/events``: one page of events. Async: returns an awaitable."""

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
    headers: Optional[ResponseHeaders]
    """The response's headers, when there was a response."""

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

class RequestCancelledError(PayIntentError):
    """``kind == "cancelled_error"``: The caller cancelled the call before it had an outcome; a POST may have reached the API, so retry it with the error's idempotency key."""

PermissionDeniedError = PermissionError
"""Deprecated alias of ``PermissionError`` (the same class), kept so that code written for older versions keeps working."""
