"""The quickstart example runs end to end against its own sandbox, shows no
secret, and leaves no sandbox running, also when it is interrupted."""
import os
import signal
import subprocess
import sys
import time
from typing import Dict, List

from conftest import ROOT

EXAMPLE = str(ROOT / "examples" / "python" / "quickstart.py")


def example_env() -> Dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PAYINTENT_")}


def running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def proc_status(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/status") as f:
            return "; ".join(line for line in f.read().splitlines() if line.startswith(("State", "PPid", "SigBlk", "SigIgn")))
    except OSError:
        return "gone"


def sandbox_children(pid: int) -> List[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            if "(payintent-sandb" in stat and int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass


def test_quickstart_runs() -> None:
    proc = subprocess.Popen([sys.executable, EXAMPLE], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=example_env(), start_new_session=True)
    try:
        out, err = proc.communicate(timeout=60)
    finally:
        kill_group(proc.pid)  # the example's own sandbox, if it were left behind
    assert proc.returncode == 0, err
    assert "status=succeeded amount=2000 usd>" in out
    assert "canceled " in out and "declined -> card_error card_declined" in out
    assert "payment_intent.succeeded" in out and "payment_intent.payment_failed" in out
    assert "sk_test_quickstart" not in out and "_secret_" not in out


def test_interrupted_quickstart_stops_its_sandbox() -> None:
    proc = subprocess.Popen([sys.executable, EXAMPLE], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=example_env(), start_new_session=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("sandbox at ")
        proc.send_signal(signal.SIGSTOP)  # hold it mid-flow while we look
        sandboxes = sandbox_children(proc.pid)
        assert len(sandboxes) == 1
        proc.send_signal(signal.SIGTERM)
        proc.send_signal(signal.SIGCONT)
        proc.wait(timeout=20)
        deadline = time.monotonic() + 5
        while running(sandboxes[0]) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not running(sandboxes[0]), f"the sandbox outlived the interrupted example (exit {proc.returncode}, {proc_status(sandboxes[0])})"
    finally:
        proc.kill()
        proc.wait()
        kill_group(proc.pid)
