"""Result objects: typed attributes over the API's JSON, which ``to_dict()``
returns in full (fields this version does not model included)."""
from __future__ import annotations

import builtins
import copy
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, Iterator, List, Optional, Union

JSON = Dict[str, Any]


class ResponseMeta:
    """Facts about the HTTP exchange that produced an object."""

    __slots__ = ("request_id", "http_status", "idempotency_key", "idempotent_replayed", "attempts")

    def __init__(
        self,
        request_id: Optional[str],
        http_status: int,
        idempotency_key: Optional[str],
        idempotent_replayed: bool,
        attempts: int,
    ) -> None:
        self.request_id = request_id
        self.http_status = http_status
        self.idempotency_key = idempotency_key
        self.idempotent_replayed = idempotent_replayed
        self.attempts = attempts

    def __repr__(self) -> str:
        return (
            f"ResponseMeta(request_id={self.request_id!r}, http_status={self.http_status}, "
            f"idempotent_replayed={self.idempotent_replayed}, attempts={self.attempts})"
        )


class PaymentIntent:
    """A PaymentIntent (API version 2023-08-16 fields; newer ones via ``to_dict()``)."""

    id: str
    object: str
    amount: int
    amount_capturable: Optional[int]
    amount_details: Optional[JSON]
    amount_received: Optional[int]
    application: Union[str, JSON, None]
    application_fee_amount: Optional[int]
    automatic_payment_methods: Optional[JSON]
    canceled_at: Optional[int]
    cancellation_reason: Optional[str]
    capture_method: Optional[str]
    client_secret: Optional[str]
    confirmation_method: Optional[str]
    created: int
    currency: Optional[str]
    customer: Union[str, JSON, None]
    description: Optional[str]
    invoice: Union[str, JSON, None]
    last_payment_error: Optional[JSON]
    latest_charge: Union[str, JSON, None]
    livemode: bool
    metadata: Dict[str, str]
    next_action: Optional[JSON]
    on_behalf_of: Union[str, JSON, None]
    payment_method: Union[str, JSON, None]
    payment_method_options: Optional[JSON]
    payment_method_types: List[str]
    processing: Optional[JSON]
    receipt_email: Optional[str]
    review: Union[str, JSON, None]
    setup_future_usage: Optional[str]
    shipping: Optional[JSON]
    statement_descriptor: Optional[str]
    statement_descriptor_suffix: Optional[str]
    status: str
    transfer_data: Optional[JSON]
    transfer_group: Optional[str]
    last_response: Optional[ResponseMeta]

    FIELDS = (
        "id", "object", "amount", "amount_capturable", "amount_details", "amount_received", "application",
        "application_fee_amount", "automatic_payment_methods", "canceled_at", "cancellation_reason",
        "capture_method", "client_secret", "confirmation_method", "created", "currency", "customer",
        "description", "invoice", "last_payment_error", "latest_charge", "livemode", "metadata", "next_action",
        "on_behalf_of", "payment_method", "payment_method_options", "payment_method_types", "processing",
        "receipt_email", "review", "setup_future_usage", "shipping", "statement_descriptor",
        "statement_descriptor_suffix", "status", "transfer_data", "transfer_group",
    )

    def __init__(self, data: JSON, last_response: Optional[ResponseMeta] = None) -> None:
        self._data = data
        defaults: JSON = {"object": "payment_intent", "amount": 0, "livemode": False, "metadata": {}, "payment_method_types": []}
        for name in self.FIELDS:
            value = data.get(name, defaults.get(name))
            setattr(self, name, copy.deepcopy(value) if isinstance(value, (dict, list)) else value)
        self.last_response = last_response

    def to_dict(self) -> JSON:
        """The object as the API sent it."""
        return copy.deepcopy(self._data)

    def __getitem__(self, key: str) -> Any:
        return copy.deepcopy(self._data[key])

    def __contains__(self, key: builtins.object) -> bool:
        return key in self._data

    def __eq__(self, other: builtins.object) -> bool:
        return isinstance(other, PaymentIntent) and bool(other._data == self._data)

    def __hash__(self) -> int:
        return hash(self.id)

    def __repr__(self) -> str:
        return f"<PaymentIntent {self.id} status={self.status} amount={self.amount} {self.currency or ''}>".replace(" >", ">")


Fetch = Callable[[JSON], "PaymentIntentList"]
FetchSearch = Callable[[JSON], "SearchResult"]


class PaymentIntentList:
    """One page of ``list``; ``auto_paging_iter()`` walks every page."""

    object: str
    data: List[PaymentIntent]
    has_more: bool
    url: str
    last_response: Optional[ResponseMeta]

    def __init__(
        self,
        raw: JSON,
        last_response: Optional[ResponseMeta],
        params: JSON,
        fetch: Optional[Callable[[JSON], "PaymentIntentList"]] = None,
        fetch_async: Optional[Callable[[JSON], Awaitable["PaymentIntentList"]]] = None,
    ) -> None:
        self._raw = raw
        self.object = raw.get("object", "list")
        self.data = [PaymentIntent(item) for item in raw.get("data", [])]
        self.has_more = bool(raw.get("has_more", False))
        self.url = raw.get("url", "")
        self.last_response = last_response
        self._params = params
        self._fetch = fetch
        self._fetch_async = fetch_async

    def _next_params(self) -> Optional[JSON]:
        if not self.has_more or not self.data:
            return None
        params = dict(self._params)
        if params.get("ending_before") is not None:
            params["ending_before"] = self.data[0].id
        else:
            params["starting_after"] = self.data[-1].id
        return params

    def auto_paging_iter(self) -> Iterator[PaymentIntent]:
        page: Optional[PaymentIntentList] = self
        while page is not None:
            yield from page.data
            nxt = page._next_params()
            page = page._fetch(nxt) if nxt is not None and page._fetch is not None else None

    async def auto_paging_iter_async(self) -> AsyncIterator[PaymentIntent]:
        page: Optional[PaymentIntentList] = self
        while page is not None:
            for item in page.data:
                yield item
            nxt = page._next_params()
            page = await page._fetch_async(nxt) if nxt is not None and page._fetch_async is not None else None

    def to_dict(self) -> JSON:
        return copy.deepcopy(self._raw)

    def __iter__(self) -> Iterator[PaymentIntent]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"<PaymentIntentList {len(self.data)} items has_more={self.has_more}>"


class SearchResult:
    """One page of ``search``; ``auto_paging_iter()`` follows ``next_page``."""

    object: str
    data: List[PaymentIntent]
    has_more: bool
    next_page: Optional[str]
    total_count: Optional[int]
    url: str
    last_response: Optional[ResponseMeta]

    def __init__(
        self,
        raw: JSON,
        last_response: Optional[ResponseMeta],
        params: JSON,
        fetch: Optional[Callable[[JSON], "SearchResult"]] = None,
        fetch_async: Optional[Callable[[JSON], Awaitable["SearchResult"]]] = None,
    ) -> None:
        self._raw = raw
        self.object = raw.get("object", "search_result")
        self.data = [PaymentIntent(item) for item in raw.get("data", [])]
        self.has_more = bool(raw.get("has_more", False))
        self.next_page = raw.get("next_page")
        self.total_count = raw.get("total_count")
        self.url = raw.get("url", "")
        self.last_response = last_response
        self._params = params
        self._fetch = fetch
        self._fetch_async = fetch_async

    def _next_params(self) -> Optional[JSON]:
        if not self.has_more or not self.next_page or not self.data:
            return None
        params = dict(self._params)
        params["page"] = self.next_page
        return params

    def auto_paging_iter(self) -> Iterator[PaymentIntent]:
        page: Optional[SearchResult] = self
        while page is not None:
            yield from page.data
            nxt = page._next_params()
            page = page._fetch(nxt) if nxt is not None and page._fetch is not None else None

    async def auto_paging_iter_async(self) -> AsyncIterator[PaymentIntent]:
        page: Optional[SearchResult] = self
        while page is not None:
            for item in page.data:
                yield item
            nxt = page._next_params()
            page = await page._fetch_async(nxt) if nxt is not None and page._fetch_async is not None else None

    def to_dict(self) -> JSON:
        return copy.deepcopy(self._raw)

    def __iter__(self) -> Iterator[PaymentIntent]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"<SearchResult {len(self.data)} items has_more={self.has_more}>"
