"""Async calls on the loop's own thread (Linux: the thread's driven runtime,
turned by the event loop): no other thread takes part, several loops in
several threads call at once, timeouts fire (the loop's tick), cancelling one
call leaves the others alone, a sync call inside a coroutine lets the async
ones progress, a loop closed with a call in flight harms nothing, and a
forked child makes async calls of its own."""
import asyncio
import os
import subprocess
import sys
import threading
import time
from typing import Any, Iterator, List

import pytest

import payintent
from conftest import Capture, Sandbox, in_forked_child
from test_cancellation import SilentServer

KEY = "sk_test_python_on_loop"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the driven runtime needs Linux")


@pytest.fixture()
def silent() -> Iterator[SilentServer]:
    s = SilentServer()
    yield s
    s.close()


# Runs in a fresh process, so that nothing else has started the shared runtime.
ALONE = r"""
import asyncio, os, sys, threading
import payintent

pis = payintent.Client("sk_test_python_on_loop", base_url=sys.argv[1], max_retries=0).payment_intents
main = threading.get_ident()
seen = []

async def flow() -> None:
    pi = await pis.create_async(amount=700, currency="usd")
    fut = pis.retrieve_async(pi.id)
    fut.add_done_callback(lambda f: seen.append(threading.get_ident()))
    got = await asyncio.gather(fut, *(pis.retrieve_async(pi.id) for _ in range(16)))
    assert {g.id for g in got} == {pi.id}

asyncio.run(flow())
names = [open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task")]
print(seen == [main], len(names), names)
"""


@linux_only
def test_results_arrive_on_the_loop_thread_without_other_threads(sb: Sandbox) -> None:
    out = subprocess.run([sys.executable, "-c", ALONE, sb.url], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    on_loop_thread, threads, names = out.stdout.split(" ", 2)
    assert on_loop_thread == "True"
    assert threads == "1", f"threads besides the loop's ran: {names}"


@linux_only
def test_request_events_come_from_the_loop_thread(sb: Sandbox, captured: Capture) -> None:
    pis = payintent.Client(KEY, base_url=sb.url, max_retries=0).payment_intents

    async def flow() -> None:
        pi = await pis.create_async(amount=701, currency="usd")
        await asyncio.gather(*(pis.retrieve_async(pi.id) for _ in range(4)))

    asyncio.run(flow())
    threads = {r.thread for r in captured.records}
    assert len(captured.records) >= 10 and threads == {threading.get_ident()}


def test_several_loops_in_several_threads_at_once(sb: Sandbox, captured: Capture) -> None:
    pis = payintent.Client(KEY, base_url=sb.url, max_retries=0).payment_intents
    pi = pis.create(amount=702, currency="usd")
    results: List[Any] = []
    idents: List[int] = []
    start = threading.Barrier(4)

    def work() -> None:
        async def flow() -> List[str]:
            start.wait(10)
            out: List[str] = []
            for _ in range(3):
                got = await asyncio.gather(*(pis.retrieve_async(pi.id) for _ in range(8)))
                out.extend(g.id for g in got)
            return out

        try:
            idents.append(threading.get_ident())
            results.append(asyncio.run(flow()))
        except BaseException as e:  # reported below
            results.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == [[pi.id] * 24] * 4
    if sys.platform.startswith("linux"):
        responses = [r for r in captured.records if getattr(r, "event", None) == "response" and r.thread != threading.get_ident()]
        assert len(responses) == 96 and {r.thread for r in responses} == set(idents)


def test_a_timeout_fires_while_the_loop_waits(silent: SilentServer) -> None:
    pis = payintent.Client(KEY, base_url=silent.url, max_retries=0, timeout=0.2).payment_intents

    async def flow() -> float:
        began = time.monotonic()
        with pytest.raises(payintent.APITimeoutError):
            # Nothing else happens on the loop: only its tick can see the time pass.
            await pis.retrieve_async("pi_123")
        return time.monotonic() - began

    took = asyncio.run(flow())
    assert 0.19 <= took < 2.0, took


def test_cancelling_one_call_leaves_the_others(sb: Sandbox, silent: SilentServer) -> None:
    stuck = payintent.Client(KEY, base_url=silent.url, max_retries=0, timeout=60).payment_intents
    pis = payintent.Client(KEY, base_url=sb.url, max_retries=0).payment_intents

    async def flow() -> List[str]:
        pi = await pis.create_async(amount=703, currency="usd")
        blocked = asyncio.ensure_future(stuck.retrieve_async("pi_123"))
        others = asyncio.gather(*(pis.retrieve_async(pi.id) for _ in range(4)))
        while not silent.got_request.is_set():
            await asyncio.sleep(0.005)
        blocked.cancel()
        with pytest.raises(asyncio.CancelledError):
            await blocked
        # The cancelled call's connection is closed at once, not at the next call.
        assert await asyncio.get_running_loop().run_in_executor(None, silent.closed.wait, 5)
        return [g.id for g in await others] + [pi.id]

    ids = asyncio.run(flow())
    assert ids[:4] == [ids[4]] * 4


def test_a_sync_call_inside_a_coroutine_lets_async_calls_finish(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url, max_retries=0).payment_intents

    async def flow() -> None:
        pi = await pis.create_async(amount=704, currency="usd")
        pending = [asyncio.ensure_future(pis.retrieve_async(pi.id)) for _ in range(4)]
        await asyncio.sleep(0)
        assert pis.retrieve(pi.id).id == pi.id  # blocks the loop's thread
        done = await asyncio.wait_for(asyncio.gather(*pending), 10)
        assert [d.id for d in done] == [pi.id] * 4

    asyncio.run(flow())


CLOSED_LOOP = r"""
import asyncio, sys, threading, time
import payintent

stuck = payintent.Client("sk_test_python_on_loop", base_url=sys.argv[1], max_retries=0, timeout=60).payment_intents
pis = payintent.Client("sk_test_python_on_loop", base_url=sys.argv[2], max_retries=0).payment_intents

async def leave() -> None:
    asyncio.ensure_future(stuck.retrieve_async("pi_123"))
    await asyncio.sleep(0.1)

first = asyncio.new_event_loop()
first.run_until_complete(leave())
first.close()  # with the call in flight

# A thread that ends with calls in flight (a bare future nobody awaits) takes
# its runtime, and those calls, with it.
kept = []
async def orphan() -> None:
    kept.append(stuck.retrieve_async("pi_123"))
    await asyncio.sleep(0.05)
for _ in range(2):
    t = threading.Thread(target=asyncio.run, args=(orphan(),))
    t.start()
    t.join()

async def again() -> str:
    pi = await pis.create_async(amount=705, currency="usd")
    return (await pis.retrieve_async(pi.id)).status

print(asyncio.run(again()))
"""


def test_a_loop_or_thread_ended_with_calls_in_flight(sb: Sandbox, silent: SilentServer) -> None:
    began = time.monotonic()
    out = subprocess.run([sys.executable, "-X", "faulthandler", "-c", CLOSED_LOOP, silent.url, sb.url],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "requires_payment_method"
    assert silent.got_request.is_set()
    assert time.monotonic() - began < 30


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork with runtime threads alive (3.12+)
def test_a_forked_child_makes_async_calls(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url).payment_intents

    async def some(pi_id: str) -> List[str]:
        return [p.id for p in await asyncio.gather(*(pis.retrieve_async(pi_id) for _ in range(4)))]

    pi = pis.create(amount=706, currency="usd")
    assert asyncio.run(some(pi.id)) == [pi.id] * 4  # the parent's runtime and pool exist
    assert in_forked_child(lambda: asyncio.run(some(pi.id)) == [pi.id] * 4)
    assert asyncio.run(some(pi.id)) == [pi.id] * 4


def test_a_loop_without_add_reader_falls_back(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url, max_retries=0).payment_intents

    class NoReaders(asyncio.SelectorEventLoop):
        def add_reader(self, *args: Any) -> None:  # type: ignore[override]
            raise NotImplementedError

    async def flow() -> List[str]:
        pi = await pis.create_async(amount=707, currency="usd")
        return [p.id for p in await asyncio.gather(*(pis.retrieve_async(pi.id) for _ in range(4)))] + [pi.id]

    loop = NoReaders()
    try:
        ids = loop.run_until_complete(flow())
    finally:
        loop.close()
    assert ids[:4] == [ids[4]] * 4
