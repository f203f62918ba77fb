"""Sync calls run on their thread's own runtime and connection pool: one
client used from many threads (and from asyncio on the same client) works,
and a forked child process gets fresh connections of its own."""
import asyncio
import os
import threading
from typing import List

import pytest

import payintent
from conftest import Sandbox, in_forked_child

KEY = "sk_test_python_threads"


def test_one_client_from_many_threads_and_asyncio(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url).payment_intents
    pi = pis.create(amount=800, currency="usd")
    seen: List[str] = []
    errors: List[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                seen.append(pis.retrieve(pi.id).id)
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()

    async def concurrently() -> List[str]:
        got = await asyncio.gather(*(pis.retrieve_async(pi.id) for _ in range(8)))
        return [g.id for g in got]

    assert asyncio.run(concurrently()) == [pi.id] * 8
    for t in threads:
        t.join(30)
    assert errors == [] and seen == [pi.id] * 40
    # The threads' pools stay usable from this thread's own.
    assert pis.retrieve(pi.id).id == pi.id


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork with runtime threads alive (3.12+)
def test_a_forked_child_uses_connections_of_its_own(sb: Sandbox) -> None:
    pis = payintent.Client(KEY, base_url=sb.url).payment_intents
    pi = pis.create(amount=801, currency="usd")
    assert pis.retrieve(pi.id).id == pi.id  # a pooled connection now exists
    assert in_forked_child(lambda: pis.retrieve(pi.id).id == pi.id)
    assert pis.retrieve(pi.id).id == pi.id
