"""The simulator's Manager Interface server (asyncio, 127.0.0.1 only).

It greets like Asterisk (`Asterisk Call Manager/<AMI version>`), answers Login (the user
and secret it was given), Ping, Originate (then plays the outbound call) and Logoff, and
sends the scenarios' events to every logged-in session. `restart()` is the PBX going away:
Shutdown, every connection closed, the port refused for a while, then open again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any, TypeVar

from app.cli.pbx_sim import scenarios, traces
from app.cli.pbx_sim.scenarios import RESTART, Call, Step

log = logging.getLogger(__name__)

T = TypeVar("T")
AMI_VERSION = "13.0.0"  # include/asterisk/manager.h
HOST = "127.0.0.1"


class _Session:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.logged_in = False


class PbxSim:
    """`await start()`, then `play(name)`; `speed` scales the scripts' seconds."""

    def __init__(self, username: str = "heatdesk", secret: str = "demo-secret",
                 port: int = 0, speed: float = 1.0, call: Call | None = None,
                 context: str = "from-internal") -> None:
        self.username, self.secret = username, secret
        self.port = port
        self.speed = speed
        self.call = call or Call(start=0.0)
        self.context = context
        self.sessions: list[_Session] = []
        self.actions: list[dict[str, str]] = []  # every action received, for tests
        self.logins = 0
        self.answer_pings = True  # False: a PBX that hangs without closing the connection
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # ---- the listening port -------------------------------------------------------------
    async def start(self) -> int:
        self._server = await asyncio.start_server(self._serve, HOST, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await self._drop_all()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _drop_all(self) -> None:
        for session in list(self.sessions):
            session.writer.close()
            with contextlib.suppress(Exception):
                await session.writer.wait_closed()
        self.sessions.clear()

    async def restart(self, down_s: float) -> None:
        """The PBX restarts: connections drop, the port refuses, then it listens again."""
        await self._drop_all()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        await asyncio.sleep(down_s)
        self._server = await asyncio.start_server(self._serve, HOST, self.port)

    # ---- one manager connection ---------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        session = _Session(reader, writer)
        self.sessions.append(session)
        writer.write(f"Asterisk Call Manager/{AMI_VERSION}\r\n".encode())
        try:
            while True:
                message = await self._read_message(reader)
                if message is None:
                    break
                if not await self._act(session, message):
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            if session in self.sessions:
                self.sessions.remove(session)
            writer.close()

    @staticmethod
    async def _read_message(reader: asyncio.StreamReader) -> dict[str, str] | None:
        message: dict[str, str] = {}
        while True:
            line = await reader.readline()
            if not line:
                return None
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            if not text:
                if message:
                    return message
                continue
            key, _, value = text.partition(":")
            message[key.strip()] = value.strip()

    async def _act(self, session: _Session, message: dict[str, str]) -> bool:
        """Answer one action; False ends the session."""
        self.actions.append(message)
        action = message.get("Action", "").lower()
        action_id = message.get("ActionID", "")
        if action == "login":
            if message.get("Username") == self.username and message.get("Secret") == self.secret:
                session.logged_in = True
                self.logins += 1
                self._reply(session, action_id, "Success", "Authentication accepted")
                return True
            self._reply(session, action_id, "Error", "Authentication failed")
            return False
        if not session.logged_in:
            self._reply(session, action_id, "Error", "Permission denied")
            return True
        if action == "ping":
            if not self.answer_pings:
                return True
            session.writer.write(traces.wire([
                ("Response", "Success"), ("ActionID", action_id), ("Ping", "Pong"),
                ("Timestamp", f"{time.time():.6f}")]))
        elif action == "originate":
            self._reply(session, action_id, "Success", "Originate successfully queued")
            self._originate(message, action_id)
        elif action == "logoff":
            self._reply(session, action_id, "Goodbye", "Thanks for all the fish.")
            return False
        else:
            self._reply(session, action_id, "Error", "Invalid/unknown command")
        return True

    @staticmethod
    def _reply(session: _Session, action_id: str, response: str, message: str) -> None:
        fields = [("Response", response)]
        if action_id:
            fields.append(("ActionID", action_id))
        session.writer.write(traces.wire(fields + [("Message", message)]))

    def _originate(self, message: dict[str, str], action_id: str) -> None:
        extension = message.get("Channel", "").partition("/")[2].split("@")[0]
        channel_id = message.get("ChannelId") or uuid.uuid4().hex
        call = replace(self.call, start=time.time(), number=message.get("Exten", ""),
                       extension=extension or self.call.extension)
        steps = scenarios.outbound(call, channel_id, action_id,
                                   message.get("Context", self.context))
        self._spawn(self.run(steps))

    # ---- playing ------------------------------------------------------------------------
    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def broadcast(self, fields: traces.Fields) -> None:
        data = traces.wire(fields)
        for session in self.sessions:
            if session.logged_in:
                session.writer.write(data)

    async def run(self, steps: list[Step]) -> None:
        elapsed = 0.0
        for offset, what in steps:
            if offset > elapsed:
                await asyncio.sleep((offset - elapsed) * self.speed)
                elapsed = offset
            if what == RESTART:
                await self.restart(self.call.restart_down * self.speed)
            elif not isinstance(what, str):
                self.broadcast(what)

    async def play(self, name: str, start: float | None = None, **changes: Any) -> None:
        call = replace(self.call, start=start or time.time(), **changes)
        await self.run(scenarios.SCENARIOS[name](call))


class SimThread:
    """The simulator on a thread with its own event loop (tests, the desk's screenshots)."""

    def __init__(self, **options: object) -> None:
        self.loop = asyncio.new_event_loop()
        self.sim = PbxSim(**options)  # type: ignore[arg-type]
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True,
                                        name="pbx-sim")
        self._thread.start()
        ready.wait(5)
        self.port = self.call(self.sim.start())

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.call_soon(ready.set)
        self.loop.run_forever()

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def play(self, name: str, wait: bool = False, **changes: Any) -> None:
        future = asyncio.run_coroutine_threadsafe(self.sim.play(name, **changes), self.loop)
        if wait:
            future.result(30)

    def when(self, test: Callable[[PbxSim], bool], timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if test(self.sim):
                return True
            time.sleep(0.01)
        return False

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.call(self.sim.close(), 5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()
