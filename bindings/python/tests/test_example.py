"""The quickstart example runs end to end against its own sandbox."""
import os
import subprocess
import sys

from conftest import ROOT


def test_quickstart_runs() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAYINTENT_")}
    out = subprocess.run([sys.executable, str(ROOT / "examples" / "python" / "quickstart.py")],
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert "status=succeeded amount=2000 usd>" in out.stdout
    assert "canceled " in out.stdout and "declined -> card_error card_declined" in out.stdout
    assert "sk_test_quickstart" not in out.stdout
