"""A real central server on 127.0.0.1 for tests: uvicorn on a free port in a thread,
stopped and joined on the way out (the conftest fails a test that leaves a thread)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from fieldapp.server.app import create_app
from fieldapp.server.store import ServerStore


class Loopback:
    """uvicorn serving `store` in a thread. `port` 0 takes a free one; a given port lets
    a test start the server again where the laptops expect it."""

    def __init__(self, store: ServerStore, port: int = 0) -> None:
        # IPPROTO_TCP spelt out: asyncio sets TCP_NODELAY on accepted connections only
        # when the listening socket says so, and without it every answer after the first
        # few waits 40 ms for a delayed ACK (`fieldapp-server` lets uvicorn make it).
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        # A restart on the same port must not wait for the last run's TIME_WAIT sockets.
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))  # held until uvicorn takes the socket
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(store), log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, name="uvicorn"
        )
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                self.stop()
                raise AssertionError("uvicorn did not start")
            time.sleep(0.01)

    def begin_stop(self) -> None:
        """Ask uvicorn to stop (from any thread, a request's too) and wait until it takes
        no new connections; a request being answered still gets its answer."""
        self.server.should_exit = True
        deadline = time.monotonic() + 10
        while any(s.is_serving() for s in self.server.servers):
            assert time.monotonic() < deadline, "uvicorn did not stop listening"
            time.sleep(0.005)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
        assert not self.thread.is_alive()


@contextmanager
def serving(store: ServerStore, port: int = 0) -> Iterator[str]:
    """The server's base URL while the block runs."""
    server = Loopback(store, port)
    try:
        yield server.url
    finally:
        server.stop()
