"""Start localstripe (a third-party stateful Stripe fake from PyPI) on
127.0.0.1 only. Its own command line binds every interface, so this launcher
serves the same aiohttp application on loopback, from an empty store."""
import sys

from aiohttp import web
from localstripe import server

port = int(sys.argv[1]) if len(sys.argv) > 1 else 8420
web.run_app(server.app, host="127.0.0.1", port=port, print=lambda *a: print(*a, flush=True))
