import json
import os
import pathlib
import subprocess
import urllib.request
from typing import Any, Dict, Iterator, List

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


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    proc = subprocess.Popen([str(SANDBOX), "--port", "0"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    prefix = "payintent-sandbox listening on "
    assert line.startswith(prefix), line
    try:
        yield Sandbox(line[len(prefix):])
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture()
def sb(sandbox: Sandbox) -> Sandbox:
    sandbox.clear()
    return sandbox
