"""Cancellation: Ctrl-C (SIGINT) interrupts a blocked sync call within 100 ms
with KeyboardInterrupt, cancelling an asyncio task drops the HTTP request,
and a cancelled POST reports the idempotency key it was sent with. The server
is a silent TCP server: it accepts, reads the request and never answers."""
import asyncio
import json
import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Iterator, List, cast

import pytest

import payintent

KEY = "sk_test_python_cancellation"


class SilentServer:
    """Accepts connections and reads requests without ever answering; notes
    each request received and each connection the client closed."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests: List[bytes] = []
        self.got_request = threading.Event()
        self.closed = threading.Event()
        self.conns: List[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        data = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except OSError:
                return
            if not chunk:
                self.closed.set()
                return
            data += chunk
            if b"\r\n\r\n" in data:
                self.requests.append(data)
                self.got_request.set()

    def close(self) -> None:
        self.sock.close()
        for c in self.conns:
            c.close()


@pytest.fixture()
def silent() -> Iterator[SilentServer]:
    s = SilentServer()
    yield s
    s.close()


def client(url: str) -> payintent.Client:
    return payintent.Client(KEY, base_url=url, max_retries=0, timeout=60)


# Runs in a child process: a POST against the silent server, interrupted by
# the parent's SIGINT. Prints what the KeyboardInterrupt carried.
CHILD = r"""
import json, signal, sys, time
# A child of a background job inherits SIGINT ignored (Python then installs no
# KeyboardInterrupt handler): restore it, as an interactive program has it.
signal.signal(signal.SIGINT, signal.default_int_handler)
import payintent
pis = payintent.Client("sk_test_python_cancellation", base_url=sys.argv[1], max_retries=0, timeout=60).payment_intents
try:
    pis.create(amount=500, currency="usd")
    print(json.dumps({"outcome": "returned"}))
except KeyboardInterrupt as e:
    caught = time.monotonic()
    cause = e.__cause__
    print(json.dumps({
        "outcome": "KeyboardInterrupt",
        "caught": caught,
        "key": getattr(e, "idempotency_key", None),
        "cause": type(cause).__name__,
        "cause_key": getattr(cause, "idempotency_key", None),
        "cause_kind": getattr(cause, "kind", None),
        "notes": getattr(e, "__notes__", []),
    }))
"""


def test_ctrl_c_interrupts_a_blocked_sync_call_within_100_ms(silent: SilentServer) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, silent.url], stdout=subprocess.PIPE, text=True)
    try:
        assert silent.got_request.wait(30), "the call never reached the server"
        time.sleep(0.05)
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        out, _ = child.communicate(timeout=10)
    finally:
        child.kill()
    report = json.loads(out)
    assert report["outcome"] == "KeyboardInterrupt"
    took = report["caught"] - sent
    assert took < 0.1, f"KeyboardInterrupt came {took * 1000:.0f} ms after SIGINT"
    key = report["key"]
    assert key and key.encode() in silent.requests[0], "the reported key is the one sent"
    assert report["cause"] == "RequestCancelledError" and report["cause_kind"] == "cancelled_error"
    assert report["cause_key"] == key
    if sys.version_info >= (3, 11):
        assert any(key in n for n in report["notes"])
    assert silent.closed.wait(5), "the connection was not closed"


def test_cancelling_an_asyncio_task_drops_the_request(silent: SilentServer) -> None:
    pis = client(silent.url).payment_intents

    async def flow() -> None:
        task = asyncio.ensure_future(pis.retrieve_async("pi_123"))
        while not silent.got_request.is_set():
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled()

    asyncio.run(flow())
    assert silent.closed.wait(5), "the server did not see the connection close"


def test_a_cancelled_async_post_reports_its_idempotency_key(silent: SilentServer) -> None:
    pis = client(silent.url).payment_intents

    async def flow() -> asyncio.CancelledError:
        async def pay() -> payintent.PaymentIntent:
            return await pis.create_async(amount=500, currency="usd")

        task = asyncio.ensure_future(pay())
        while not silent.got_request.is_set():
            await asyncio.sleep(0.005)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError as e:
            return e
        raise AssertionError("not cancelled")

    err = asyncio.run(flow())
    key = getattr(err, "idempotency_key", None)
    assert key and f"idempotency-key: {key}".encode() in silent.requests[0].lower()
    cause = err.__cause__
    assert isinstance(cause, payintent.RequestCancelledError)
    assert cause.idempotency_key == key and key in str(cause)
    if sys.version_info >= (3, 11):
        assert any(key in n for n in getattr(err, "__notes__", []))
    assert silent.closed.wait(5), "the server did not see the connection close"


def test_the_given_idempotency_key_is_the_one_reported(silent: SilentServer) -> None:
    pis = client(silent.url).payment_intents

    async def flow() -> asyncio.CancelledError:
        # The awaitable itself (an asyncio future), awaited without a task of its own.
        task = cast("asyncio.Future[payintent.PaymentIntent]", pis.capture_async("pi_123", idempotency_key="py-cancel-1"))
        while not silent.got_request.is_set():
            await asyncio.sleep(0.005)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError as e:
            return e
        raise AssertionError("not cancelled")

    assert getattr(asyncio.run(flow()), "idempotency_key", None) == "py-cancel-1"


def test_the_payintent_logger_reports_a_cancelled_call(silent: SilentServer) -> None:
    records: List[logging.LogRecord] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    logger = logging.getLogger("payintent")
    handler = Capture()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        pis = client(silent.url).payment_intents

        async def flow() -> None:
            task = asyncio.ensure_future(pis.create_async(amount=500, currency="usd", idempotency_key="py-cancel-log"))
            while not silent.got_request.is_set():
                await asyncio.sleep(0.005)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(flow())
        deadline = time.monotonic() + 5
        while not any(getattr(r, "event", None) == "cancelled" for r in records) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    cancelled = [r for r in records if getattr(r, "event", None) == "cancelled"]
    assert len(cancelled) == 1, [r.getMessage() for r in records]
    r = cancelled[0]
    assert r.levelno == logging.INFO
    assert getattr(r, "idempotency_key") == "py-cancel-log" and "py-cancel-log" in r.getMessage()
    assert getattr(r, "method") == "POST" and getattr(r, "path") == "/v1/payment_intents"
    assert not any(getattr(r, "event", None) == "request" for r in records), "DEBUG events stay off at INFO"

