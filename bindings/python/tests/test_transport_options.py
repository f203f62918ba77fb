"""Client options for the transport: `proxy` (a tiny HTTP proxy in the test
answering a fixed PaymentIntent) and `root_certificates` (a TLS server with
the test CA of core/tests/fixtures/tls)."""
import json
import pathlib
import socket
import ssl
import threading
from typing import Iterator, List

import pytest

import payintent
from conftest import ROOT

KEY = "sk_test_python_transport"
TLS = ROOT / "core" / "tests" / "fixtures" / "tls"
INTENT = {"id": "pi_proxied", "object": "payment_intent", "amount": 1234, "currency": "usd", "status": "succeeded"}


class FixedServer:
    """Answers every request on every connection with `INTENT`; keeps the
    request heads. Wrapped in TLS when given a context."""

    def __init__(self, tls: "ssl.SSLContext | None" = None) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.tls = tls
        self.heads: List[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            data = b""
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
                while b"\r\n\r\n" in data:
                    head, _, data = data.partition(b"\r\n\r\n")
                    self.heads.append(head.decode())
                    body = json.dumps(INTENT).encode()
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nrequest-id: req_fixed\r\n"
                        + f"content-length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
        except (OSError, ssl.SSLError):
            return
        finally:
            conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture()
def proxy() -> Iterator[FixedServer]:
    s = FixedServer()
    yield s
    s.close()


@pytest.fixture()
def tls_server() -> Iterator[FixedServer]:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(TLS / "server.pem"), str(TLS / "server.key"))
    s = FixedServer(ctx)
    yield s
    s.close()


def test_requests_go_through_the_proxy(proxy: FixedServer) -> None:
    # Port 9 (discard) has no server here: only the proxy can answer.
    c = payintent.Client(KEY, base_url="http://127.0.0.1:9", proxy=f"http://127.0.0.1:{proxy.port}")
    pi = c.payment_intents.retrieve("pi_proxied")
    assert pi.id == "pi_proxied" and pi.amount == 1234
    assert pi.last_response is not None and pi.last_response.headers["request-id"] == "req_fixed"
    assert proxy.heads[0].startswith("GET http://127.0.0.1:9/v1/payment_intents/pi_proxied HTTP/1.1")


def test_a_bad_proxy_is_an_invalid_argument() -> None:
    with pytest.raises(payintent.InvalidArgumentError) as info:
        payintent.Client(KEY, proxy="ftp://user:hunter2@proxy.example")
    assert info.value.param == "proxy" and "hunter2" not in str(info.value)


@pytest.mark.parametrize("form", ["path", "pathlike", "str", "bytes", "list"])
def test_root_certificates_make_a_private_ca_trusted(tls_server: FixedServer, form: str) -> None:
    ca = TLS / "ca.pem"
    value = {
        "path": str(ca),
        "pathlike": ca,
        "str": ca.read_text(),
        "bytes": ca.read_bytes(),
        "list": [ca.read_bytes()],
    }[form]
    c = payintent.Client(KEY, base_url=f"https://localhost:{tls_server.port}", root_certificates=value)  # type: ignore[arg-type]
    assert c.payment_intents.retrieve("pi_proxied").id == "pi_proxied"


def test_without_the_ca_the_server_is_not_trusted(tls_server: FixedServer) -> None:
    c = payintent.Client(KEY, base_url=f"https://localhost:{tls_server.port}", max_retries=0)
    with pytest.raises(payintent.APIConnectionError):
        c.payment_intents.retrieve("pi_proxied")


def test_unusable_root_certificates_are_refused(tmp_path: pathlib.Path) -> None:
    with pytest.raises(payintent.InvalidArgumentError) as info:
        payintent.Client(KEY, root_certificates=str(tmp_path / "missing.pem"))
    assert info.value.param == "root_certificates"
    with pytest.raises(payintent.InvalidArgumentError) as info:
        payintent.Client(KEY, root_certificates=b"not a certificate")
    assert info.value.param == "root_certificates"
    with pytest.raises(TypeError):
        payintent.Client(KEY, root_certificates=42)  # type: ignore[arg-type]
