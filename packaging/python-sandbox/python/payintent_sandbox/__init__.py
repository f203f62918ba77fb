"""payintent-sandbox: where the installed sandbox server binary is.

The wheel installs the `payintent-sandbox` binary among the environment's
scripts (next to `python`/`pip`); `binary_path()` finds it for tests that
start the server themselves, e.g. with `--port 0`, reading the one line it
prints: ``payintent-sandbox listening on http://127.0.0.1:PORT``.
"""
import os
import sys
import sysconfig
from typing import List

__all__ = ["binary_path"]

_NAME = "payintent-sandbox" + (".exe" if sys.platform == "win32" else "")


def _candidate_dirs() -> List[str]:
    dirs = [sysconfig.get_path("scripts")]
    # `pip install --user`: the user scheme's scripts directory.
    for scheme in ("posix_user", "osx_framework_user", "nt_user"):
        if scheme in sysconfig.get_scheme_names():
            dirs.append(sysconfig.get_path("scripts", scheme))
    # `pip install --target DIR` puts the package in DIR and scripts in DIR/bin.
    dirs.append(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bin"))
    return dirs


def binary_path() -> str:
    """The absolute path of the installed `payintent-sandbox` binary.

    Raises FileNotFoundError (listing the places looked in) when it is absent.
    """
    dirs = _candidate_dirs()
    for d in dirs:
        path = os.path.join(d, _NAME)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise FileNotFoundError(f"{_NAME} is not installed in any of: {', '.join(dirs)}")
