"""How many requests work on the database at once.

With 300 laptops syncing together, letting every request into the thread pool at once
makes them all slow: the threads take turns at Python's lock and at the database, and
each request waits for all the others. Admitting about 20 at a time and queueing the
rest (cheaply, on the event loop) cut the 95th percentile from ~400 ms to ~50 ms with
the same throughput (../shared/TOOLCHAIN.md, benchmarks/server_load.py). A request only
takes its place once its body has arrived, so a laptop on a slow link holds none.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from fastapi import HTTPException
from starlette.concurrency import run_in_threadpool

T = TypeVar("T")

AT_ONCE = 20
MAX_WAITING = 2000
BUSY = "the server is busy; the laptop tries again in a few seconds"


class Admission:
    def __init__(self, at_once: int = AT_ONCE, max_waiting: int = MAX_WAITING) -> None:
        self._places = asyncio.Semaphore(at_once)
        self._max_waiting = max_waiting
        self._waiting = 0

    async def run(self, work: Callable[..., T], *args: object) -> T:
        """`work(*args)` on a worker thread once a place is free; 503 if the queue is
        already so long that waiting would outlast the laptop's patience."""
        if self._waiting >= self._max_waiting:
            raise HTTPException(503, BUSY, headers={"Retry-After": "5"})
        self._waiting += 1
        try:
            await self._places.acquire()
        finally:  # also when the laptop hung up while waiting
            self._waiting -= 1
        try:
            return await run_in_threadpool(work, *args)
        finally:
            self._places.release()
