"""Admission: at most N requests work on the database at once; the rest wait their
turn, and past a queue length they get a 503 that tells the laptop to come back."""

from __future__ import annotations

import asyncio
import threading

import pytest
from fastapi import HTTPException

from fieldapp.server.admission import BUSY, Admission


def test_no_more_than_the_limit_work_at_once_and_all_finish():
    admission = Admission(at_once=2, max_waiting=100)
    lock = threading.Lock()
    running, most = 0, 0

    def work(n: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        threading.Event().wait(0.01)
        with lock:
            running -= 1
        return n * n

    async def main() -> list[int]:
        return await asyncio.gather(*(admission.run(work, n) for n in range(10)))

    assert asyncio.run(main()) == [n * n for n in range(10)]
    assert most == 2


def test_a_full_queue_answers_busy_and_frees_its_place():
    admission = Admission(at_once=1, max_waiting=1)
    release = threading.Event()

    async def main() -> list[object]:
        first = asyncio.ensure_future(admission.run(release.wait))
        await asyncio.sleep(0.05)  # the first one holds the only place
        second = asyncio.ensure_future(admission.run(lambda: "second"))
        await asyncio.sleep(0.01)  # the second one waits: the queue is full
        with pytest.raises(HTTPException) as busy:
            await admission.run(lambda: "third")
        assert busy.value.status_code == 503 and busy.value.detail == BUSY
        assert busy.value.headers == {"Retry-After": "5"}
        release.set()
        return [await first, await second, await admission.run(lambda: "later")]

    assert asyncio.run(main()) == [True, "second", "later"]
