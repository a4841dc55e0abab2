"""A loopback TCP proxy that makes a database server slow, for the GUI-stall benchmark.

Every chunk the client sends reaches the server `latency` seconds after it arrived, so
each round trip of the wire protocol (a query and its answer, the pre-ping, BEGIN, COMMIT)
costs at least that much, as over a slow office network. Chunks keep their order and are
delayed from their own arrival, not one after another, so pipelined writes do not pile up.
Answers from the server go back at once. The proxy listens on 127.0.0.1 only, on a free
port chosen by the system, and runs its own event loop on a daemon thread: `stop()` (or
leaving the `with` block) closes every connection, and the process may end without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Coroutine
from types import TracebackType
from typing import Any

from sqlalchemy.engine import make_url

CHUNK = 65536
LOOPBACK = "127.0.0.1"


class SlowProxy:
    """`with SlowProxy(5432, latency=0.2) as proxy:` then connect to `proxy.port`."""

    def __init__(self, target_port: int, *, target_host: str = LOOPBACK,
                 latency: float = 0.2) -> None:
        if latency < 0:
            raise ValueError("latency cannot be negative")
        self.target = (target_host, target_port)
        self.latency = latency
        self.port = 0
        self.connections = 0  # accepted so far (the benchmark reports it)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()

    # ---- life ----------------------------------------------------------------------
    def start(self) -> SlowProxy:
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._accept, LOOPBACK, 0))
                self.port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:  # reported to start()'s caller
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._close_all())
                loop.close()

        self._thread = threading.Thread(target=serve, name="slow-proxy", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)

    def __enter__(self) -> SlowProxy:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def url_for(self, url: str) -> str:
        """The same database URL, reached through this proxy."""
        return make_url(url).set(host=LOOPBACK, port=self.port).render_as_string(
            hide_password=False)

    # ---- forwarding ----------------------------------------------------------------
    async def _accept(self, client_in: asyncio.StreamReader,
                      client_out: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            server_in, server_out = await asyncio.open_connection(*self.target)
        except OSError:
            client_out.close()
            return
        self._writers.update((client_out, server_out))
        slow = self._spawn(self._delayed(client_in, server_out))
        fast = self._spawn(self._direct(server_in, client_out))
        await asyncio.wait((slow, fast), return_when=asyncio.FIRST_COMPLETED)
        for task in (slow, fast):
            task.cancel()
        for writer in (client_out, server_out):
            self._writers.discard(writer)
            writer.close()

    def _spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _delayed(self, source: asyncio.StreamReader,
                       sink: asyncio.StreamWriter) -> None:
        """Reads at once, writes each chunk `latency` after it arrived, in order."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    return
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                sink.write(data)
                await sink.drain()

        writer = self._spawn(deliver())
        try:
            while True:
                data = await source.read(CHUNK)
                queue.put_nowait((time.monotonic() + self.latency, data))
                if not data:
                    break
            await writer
        finally:
            writer.cancel()

    @staticmethod
    async def _direct(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        while data := await source.read(CHUNK):
            sink.write(data)
            await sink.drain()

    async def _close_all(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        for task in list(self._tasks):
            task.cancel()
        with contextlib.suppress(Exception):
            await asyncio.gather(*self._tasks, return_exceptions=True)
