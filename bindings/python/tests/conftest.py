"""Shared fixtures: the sandbox server (one per run, killed by PID at the end,
also on failures and interrupts) and helpers for its control endpoints."""
import json
import logging
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import urllib.request
from types import FrameType
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
SANDBOX = pathlib.Path(os.environ.get("PAYINTENT_SANDBOX_BIN", ROOT / "target" / "debug" / "payintent-sandbox"))


class Sandbox:
    def __init__(self, url: str) -> None:
        self.url = url

    def _send(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method, headers={"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read() or b"{}")

    def fault(self, **spec: Any) -> None:
        self._send("POST", "/__sandbox/faults", spec)

    def clear(self) -> None:
        self._send("DELETE", "/__sandbox/faults")
        self._send("DELETE", "/__sandbox/requests")

    def requests(self) -> List[Dict[str, Any]]:
        return list(self._send("GET", "/__sandbox/requests")["data"])


SETPRIV = shutil.which("setpriv")


def server_command(exe: str, *args: str) -> List[str]:
    """`exe args`, under `setpriv --pdeathsig KILL` where available, so that
    the kernel kills the server if this process dies without cleaning up."""
    if SETPRIV and sys.platform.startswith("linux"):
        return [SETPRIV, "--pdeathsig", "KILL", "--", exe, *args]
    return [exe, *args]


def _interrupt(signum: int, frame: Optional[FrameType]) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config: pytest.Config) -> None:
    # SIGTERM stops the run like Ctrl-C, so fixture finalizers still run.
    signal.signal(signal.SIGTERM, _interrupt)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    proc = subprocess.Popen(server_command(str(SANDBOX), "--port", "0"), stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        prefix = "payintent-sandbox listening on "
        assert line.startswith(prefix), line
        yield Sandbox(line[len(prefix):])
    finally:
        # Stopped by PID, also when a test failed or the run was interrupted.
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture()
def sb(sandbox: Sandbox) -> Sandbox:
    sandbox.clear()
    return sandbox


class Capture(logging.Handler):
    """Keeps the records of the `payintent` logger (fixture `captured`)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: List[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture()
def captured() -> Iterator[Capture]:
    logger = logging.getLogger("payintent")
    handler = Capture()
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def in_forked_child(check: Callable[[], bool]) -> bool:
    """Whether `check()` holds when run in a forked child of this process (the
    child reports through a pipe and leaves without the parent's cleanup)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        ok = b"0"
        try:
            ok = b"1" if check() else b"0"
        finally:
            os.write(w, ok)
            os._exit(0)
    os.close(w)
    try:
        return os.read(r, 1) == b"1"
    finally:
        os.waitpid(pid, 0)
        os.close(r)
