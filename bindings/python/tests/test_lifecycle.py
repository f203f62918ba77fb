"""Servers started by the suite die with the process that started them, even
when it is killed outright (setpriv --pdeathsig in conftest.server_command)."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import SANDBOX, SETPRIV, server_command
from test_example import running

CHILD = """
import subprocess, sys, time
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
proc.stdout.readline()
print(proc.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not (SETPRIV and sys.platform.startswith("linux")), reason="needs setpriv --pdeathsig (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_the_sandbox_dies_with_its_parent(sig: int) -> None:
    parent = subprocess.Popen([sys.executable, "-c", CHILD, *server_command(str(SANDBOX), "--port", "0")],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert parent.stdout is not None
        pid = int(parent.stdout.readline())
        assert running(pid)
        parent.send_signal(sig)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5
        while running(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not running(pid), "the sandbox outlived the process that started it"
    finally:
        parent.kill()
        parent.wait()
        try:
            os.killpg(parent.pid, signal.SIGKILL)
        except OSError:
            pass
