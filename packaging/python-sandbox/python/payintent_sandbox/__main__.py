"""`python -m payintent_sandbox [flags]`: runs the sandbox server with these flags
(`--port 12111`, `--port 0`, `--help`, ...), replacing this Python process."""
import os
import subprocess
import sys

from payintent_sandbox import binary_path


def main() -> None:
    exe = binary_path()
    if sys.platform == "win32":  # no exec there: run it and pass its status on
        sys.exit(subprocess.call([exe, *sys.argv[1:]]))
    os.execv(exe, [exe, *sys.argv[1:]])


if __name__ == "__main__":
    main()
