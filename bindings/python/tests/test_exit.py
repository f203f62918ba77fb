"""A program that used the async API exits cleanly: results arriving from the
runtime while the interpreter finalizes never crash it (the atexit hook stops
hand-overs and waits for those in progress), also when requests are still
running at exit and when awaitables are cancelled."""
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Tuple

from conftest import Sandbox

PROGRAM = """
import asyncio, sys
import payintent

pis = payintent.Client("sk_test_exit", base_url=sys.argv[1], max_retries=0).payment_intents

async def main() -> None:
    done = await asyncio.gather(*(pis.create_async(amount=100 + i, currency="usd") for i in range(6)))
    assert all(p.status == "requires_payment_method" for p in done)
    # Leave some requests running, cancel others, then exit at once.
    pending = [asyncio.ensure_future(pis.retrieve_async(done[0].id)) for _ in range(6)]
    for t in pending[:3]:
        t.cancel()
    await asyncio.sleep(0)
    async for pi in (await pis.list_async(limit=2)).auto_paging_iter_async():
        break

asyncio.run(main())
print("ok")
"""


def run_once(url: str) -> Tuple[int, str, str]:
    out = subprocess.run([sys.executable, "-X", "faulthandler", "-c", PROGRAM, url],
                         capture_output=True, text=True, timeout=60)
    return out.returncode, out.stdout, out.stderr


def test_exit_after_async_calls_never_crashes(sb: Sandbox) -> None:
    # Several at once, so that exits overlap with runtime threads under load.
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run_once, [sb.url] * 24))
    for code, out, err in results:
        assert code == 0 and out.strip() == "ok", f"exit {code}: {err[-2000:]}"
