"""The asyncio future of a POST call (used by the native module): when the call
is cancelled, the ``CancelledError`` the awaiting task gets carries the call's
idempotency key (``idempotency_key`` attribute, a note on Python 3.11+, and a
``RequestCancelledError`` as its ``__cause__``), so the caller can send the
call again safely."""
import asyncio
from typing import Any, Generator


class CallFuture(asyncio.Future[Any]):
    """An ``asyncio.Future`` whose cancellation reports an idempotency key."""

    def __init__(self, *, loop: asyncio.AbstractEventLoop, idempotency_key: str, message: str) -> None:
        super().__init__(loop=loop)
        self.idempotency_key = idempotency_key
        self._payintent_message = message

    def __await__(self) -> Generator[Any, None, Any]:
        # As asyncio.Future's, but through `result()` (the C version skips it).
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def result(self) -> Any:
        if self.cancelled():
            raise self._cancelled_error()
        return super().result()

    def exception(self) -> Any:
        if self.cancelled():
            raise self._cancelled_error()
        return super().exception()

    def _cancelled_error(self) -> asyncio.CancelledError:
        from ._payintent import RequestCancelledError

        cause = RequestCancelledError(self._payintent_message)
        cause.message = self._payintent_message
        cause.idempotency_key = self.idempotency_key
        exc = asyncio.CancelledError(self._payintent_message)
        exc.idempotency_key = self.idempotency_key  # type: ignore[attr-defined]
        exc.__cause__ = cause
        if hasattr(exc, "add_note"):
            exc.add_note(f"payintent: {self._payintent_message}")
        return exc
