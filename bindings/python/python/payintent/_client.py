"""Client and the PaymentIntents resource (sync methods and ``*_async`` twins)."""
from __future__ import annotations

import json
from typing import Any, Dict, Optional, Tuple

from ._errors import InvalidArgumentError
from ._models import JSON, PaymentIntent, PaymentIntentList, ResponseMeta, SearchResult
from ._payintent import NativeClient

Answer = Tuple[str, Optional[str], int, Optional[str], bool, int]


def _encode(params: Dict[str, Any]) -> str:
    clean = {k: v for k, v in params.items() if v is not None}
    try:
        return json.dumps(clean, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidArgumentError(f"parameters must be JSON values (str, int, bool, list, dict): {exc}", kind="invalid_argument_error", param="params") from None


def _check_id(id: Any) -> str:
    if not isinstance(id, str):
        raise InvalidArgumentError(f"intent must be a str, got {type(id).__name__}", kind="invalid_argument_error", param="intent")
    return id


def _decode(answer: Answer) -> Tuple[JSON, ResponseMeta]:
    text, request_id, status, idem, replayed, attempts = answer
    return json.loads(text), ResponseMeta(request_id, status, idem, replayed, attempts)


class PaymentIntents:
    """Operations on PaymentIntents. Parameters are keyword arguments in API
    spelling (``cancellation_reason``, ``amount_to_capture``, nested dicts and
    lists allowed). The keyword-only ``idempotency_key``, ``stripe_account``,
    ``api_key``, ``timeout`` (seconds) and ``max_retries`` are request options."""

    def __init__(self, native: NativeClient) -> None:
        self._native = native

    # -- plumbing -----------------------------------------------------------
    def _call(self, op: str, id: Optional[str], params: Dict[str, Any], opts: Dict[str, Any]) -> Tuple[JSON, ResponseMeta]:
        return _decode(self._native.call(op, id, _encode(params), **opts))

    async def _call_async(self, op: str, id: Optional[str], params: Dict[str, Any], opts: Dict[str, Any]) -> Tuple[JSON, ResponseMeta]:
        answer: Answer = await self._native.call_async(op, id, _encode(params), **opts)
        return _decode(answer)

    def _intent(self, op: str, id: Optional[str], params: Dict[str, Any], opts: Dict[str, Any]) -> PaymentIntent:
        data, meta = self._call(op, id, params, opts)
        return PaymentIntent(data, meta)

    async def _intent_async(self, op: str, id: Optional[str], params: Dict[str, Any], opts: Dict[str, Any]) -> PaymentIntent:
        data, meta = await self._call_async(op, id, params, opts)
        return PaymentIntent(data, meta)

    @staticmethod
    def _opts(idempotency_key: Optional[str], stripe_account: Optional[str], api_key: Optional[str],
              timeout: Optional[float], max_retries: Optional[int]) -> Dict[str, Any]:
        return {"idempotency_key": idempotency_key, "stripe_account": stripe_account, "api_key": api_key,
                "timeout": timeout, "max_retries": max_retries}

    # -- operations ---------------------------------------------------------
    def create(self, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
               api_key: Optional[str] = None, timeout: Optional[float] = None, max_retries: Optional[int] = None,
               **params: Any) -> PaymentIntent:
        """Create a PaymentIntent (``amount`` and ``currency`` are required)."""
        return self._intent("create", None, params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    def retrieve(self, id: str, *, stripe_account: Optional[str] = None, api_key: Optional[str] = None,
                 timeout: Optional[float] = None, max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return self._intent("retrieve", _check_id(id), params, self._opts(None, stripe_account, api_key, timeout, max_retries))

    def update(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
               api_key: Optional[str] = None, timeout: Optional[float] = None, max_retries: Optional[int] = None,
               **params: Any) -> PaymentIntent:
        return self._intent("update", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    def list(self, *, stripe_account: Optional[str] = None, api_key: Optional[str] = None,
             timeout: Optional[float] = None, max_retries: Optional[int] = None, **params: Any) -> PaymentIntentList:
        opts = self._opts(None, stripe_account, api_key, timeout, max_retries)
        data, meta = self._call("list", None, params, opts)
        return PaymentIntentList(
            data, meta, params,
            fetch=lambda p: self.list(**opts_kw(opts), **p),
            fetch_async=lambda p: self.list_async(**opts_kw(opts), **p),
        )

    def search(self, *, stripe_account: Optional[str] = None, api_key: Optional[str] = None,
               timeout: Optional[float] = None, max_retries: Optional[int] = None, **params: Any) -> SearchResult:
        opts = self._opts(None, stripe_account, api_key, timeout, max_retries)
        data, meta = self._call("search", None, params, opts)
        return SearchResult(
            data, meta, params,
            fetch=lambda p: self.search(**opts_kw(opts), **p),
            fetch_async=lambda p: self.search_async(**opts_kw(opts), **p),
        )

    def confirm(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                api_key: Optional[str] = None, timeout: Optional[float] = None, max_retries: Optional[int] = None,
                **params: Any) -> PaymentIntent:
        return self._intent("confirm", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    def capture(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                api_key: Optional[str] = None, timeout: Optional[float] = None, max_retries: Optional[int] = None,
                **params: Any) -> PaymentIntent:
        return self._intent("capture", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    def cancel(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
               api_key: Optional[str] = None, timeout: Optional[float] = None, max_retries: Optional[int] = None,
               **params: Any) -> PaymentIntent:
        return self._intent("cancel", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    def increment_authorization(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                                api_key: Optional[str] = None, timeout: Optional[float] = None,
                                max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return self._intent("increment_authorization", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    def apply_customer_balance(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                               api_key: Optional[str] = None, timeout: Optional[float] = None,
                               max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return self._intent("apply_customer_balance", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    def verify_microdeposits(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                             api_key: Optional[str] = None, timeout: Optional[float] = None,
                             max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return self._intent("verify_microdeposits", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    # -- async twins --------------------------------------------------------
    async def create_async(self, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                           api_key: Optional[str] = None, timeout: Optional[float] = None,
                           max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return await self._intent_async("create", None, params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    async def retrieve_async(self, id: str, *, stripe_account: Optional[str] = None, api_key: Optional[str] = None,
                             timeout: Optional[float] = None, max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return await self._intent_async("retrieve", _check_id(id), params, self._opts(None, stripe_account, api_key, timeout, max_retries))

    async def update_async(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                           api_key: Optional[str] = None, timeout: Optional[float] = None,
                           max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return await self._intent_async("update", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    async def list_async(self, *, stripe_account: Optional[str] = None, api_key: Optional[str] = None,
                         timeout: Optional[float] = None, max_retries: Optional[int] = None, **params: Any) -> PaymentIntentList:
        opts = self._opts(None, stripe_account, api_key, timeout, max_retries)
        data, meta = await self._call_async("list", None, params, opts)
        return PaymentIntentList(
            data, meta, params,
            fetch=lambda p: self.list(**opts_kw(opts), **p),
            fetch_async=lambda p: self.list_async(**opts_kw(opts), **p),
        )

    async def search_async(self, *, stripe_account: Optional[str] = None, api_key: Optional[str] = None,
                           timeout: Optional[float] = None, max_retries: Optional[int] = None, **params: Any) -> SearchResult:
        opts = self._opts(None, stripe_account, api_key, timeout, max_retries)
        data, meta = await self._call_async("search", None, params, opts)
        return SearchResult(
            data, meta, params,
            fetch=lambda p: self.search(**opts_kw(opts), **p),
            fetch_async=lambda p: self.search_async(**opts_kw(opts), **p),
        )

    async def confirm_async(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                            api_key: Optional[str] = None, timeout: Optional[float] = None,
                            max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return await self._intent_async("confirm", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    async def capture_async(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                            api_key: Optional[str] = None, timeout: Optional[float] = None,
                            max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return await self._intent_async("capture", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    async def cancel_async(self, id: str, *, idempotency_key: Optional[str] = None, stripe_account: Optional[str] = None,
                           api_key: Optional[str] = None, timeout: Optional[float] = None,
                           max_retries: Optional[int] = None, **params: Any) -> PaymentIntent:
        return await self._intent_async("cancel", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    async def increment_authorization_async(self, id: str, *, idempotency_key: Optional[str] = None,
                                            stripe_account: Optional[str] = None, api_key: Optional[str] = None,
                                            timeout: Optional[float] = None, max_retries: Optional[int] = None,
                                            **params: Any) -> PaymentIntent:
        return await self._intent_async("increment_authorization", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    async def apply_customer_balance_async(self, id: str, *, idempotency_key: Optional[str] = None,
                                           stripe_account: Optional[str] = None, api_key: Optional[str] = None,
                                           timeout: Optional[float] = None, max_retries: Optional[int] = None,
                                           **params: Any) -> PaymentIntent:
        return await self._intent_async("apply_customer_balance", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))

    async def verify_microdeposits_async(self, id: str, *, idempotency_key: Optional[str] = None,
                                         stripe_account: Optional[str] = None, api_key: Optional[str] = None,
                                         timeout: Optional[float] = None, max_retries: Optional[int] = None,
                                         **params: Any) -> PaymentIntent:
        return await self._intent_async("verify_microdeposits", _check_id(id), params, self._opts(idempotency_key, stripe_account, api_key, timeout, max_retries))


def opts_kw(opts: Dict[str, Any]) -> Dict[str, Any]:
    """Request options for a follow-up page (the idempotency key is POST-only)."""
    return {k: v for k, v in opts.items() if k != "idempotency_key"}


class Client:
    """A client for one account of Stripe or a Stripe-compatible API.

    ``profile`` is ``"stripe"`` (form bodies, Bearer auth, Stripe-Version) or
    ``"leanrails"`` (JSON bodies, Basic auth, X-API-Version). ``timeout`` is
    per attempt and ``deadline`` bounds a whole call, both in seconds."""

    payment_intents: PaymentIntents

    def __init__(self, api_key: str, *, base_url: Optional[str] = None, profile: str = "stripe",
                 api_version: Optional[str] = None, max_retries: int = 2, timeout: float = 80.0,
                 stripe_account: Optional[str] = None, deadline: Optional[float] = None) -> None:
        if not isinstance(api_key, str):
            raise InvalidArgumentError("api_key must be a str", kind="invalid_argument_error", param="api_key")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidArgumentError("max_retries must be a non-negative int", kind="invalid_argument_error", param="max_retries")
        self._native = NativeClient(api_key, base_url, profile, api_version, max_retries, float(timeout), stripe_account, deadline)
        self.payment_intents = PaymentIntents(self._native)

    def __repr__(self) -> str:
        return repr(self._native)
