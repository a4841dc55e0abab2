"""The Asterisk Manager Interface adapter: one link to the PBX on a thread of its own.

panoramisk (an asyncio AMI client) reads and writes the protocol; this class runs its
event loop on a daemon thread, logs in, pings, reconnects with back-off, and hands every
event to a `CallFollower` that turns the extension's events into the port's. Results go
to the callbacks given at construction, called on the link's thread: the desk's Qt side
(app/ui/telephony/link.py) re-emits them as signals, queued to the GUI thread.

panoramisk's own reconnect (a fixed delay) and pinger (which never notices a silent PBX)
are replaced: a lost or failed connection is retried after 0.5, 1, 2, 4 ... seconds up to
`reconnect_max_seconds`, and a Ping unanswered within `ping_seconds` closes the link.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime
from typing import Any

from panoramisk import Manager  # type: ignore[import-untyped]

from app.workflows.telephony.config import PbxConfig
from app.workflows.telephony.dial import PbxAnswer
from app.workflows.telephony.events import CallEvent, LinkState
from app.workflows.telephony.follower import CallFollower

log = logging.getLogger(__name__)

FIRST_RETRY_S = 0.5


def next_wait(last: float, first: float, longest: float) -> float:
    """Back-off: each failed attempt waits twice as long as the last, up to `longest`."""
    return min(max(last * 2, first), longest)


def new_call_id() -> str:
    """An id for a call the desk originates (Asterisk takes it as the channel's Uniqueid)."""
    return f"heatdesk-{uuid.uuid4().hex[:16]}"
LOGIN_TIMEOUT_S = 10.0

EventSink = Callable[[CallEvent], None]
StateSink = Callable[[LinkState, str], None]


class _Manager(Manager):
    """panoramisk's Manager without its own reconnecting: the link decides when."""

    def __init__(self, lost: Callable[[BaseException | None], None], **config: Any) -> None:
        super().__init__(**config)
        self._lost = lost

    def connection_made(self, f: asyncio.Future[Any]) -> None:
        if f.cancelled() or f.exception() is not None:
            self._lost(None if f.cancelled() else f.exception())
            return
        super().connection_made(f)

    def connection_lost(self, exc: BaseException | None) -> None:
        self._connected = False
        pinger: asyncio.TimerHandle | None = getattr(self, "pinger", None)
        if pinger is not None:
            pinger.cancel()
            self.pinger = None
        self._lost(exc)


class AmiLink:
    """`start()` once; `stop()` at the end; `dial()` from any thread."""

    def __init__(self, config: PbxConfig, secret: str, on_event: EventSink,
                 on_state: StateSink, first_retry_s: float | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        self.config = config
        self._secret = secret
        self._on_event = on_event
        self._on_state = on_state
        self._first_retry = first_retry_s or FIRST_RETRY_S  # read now: tests shorten it
        self._now = now or (lambda: datetime.now(UTC))
        self.follower = CallFollower(config.extension, area_code=config.area_code,
                                     now=self._now)
        self.state = LinkState.OFF
        self.loop = asyncio.new_event_loop()
        self._thread: threading.Thread | None = None
        self._manager: _Manager | None = None
        self._stopping = False
        self._runner: asyncio.Task[None] | None = None
        self.waits: list[float] = []  # the back-off's waits so far (for the tests)

    # ---- the thread -----------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="ami-link", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._runner = self.loop.create_task(self._keep_linked())
        with contextlib.suppress(asyncio.CancelledError):
            self.loop.run_until_complete(self._runner)
        self.loop.run_until_complete(asyncio.sleep(0))  # close callbacks run
        self.loop.close()

    def stop(self, timeout: float = 3.0) -> None:
        """Log off and end the thread (the desk closes)."""
        if self._thread is None:
            return
        self._stopping = True

        def cancel() -> None:
            if self._manager is not None:
                with contextlib.suppress(Exception):
                    self._manager.close()
            if self._runner is not None:
                self._runner.cancel()

        with contextlib.suppress(RuntimeError):  # the loop already ended
            self.loop.call_soon_threadsafe(cancel)
        self._thread.join(timeout)
        self._thread = None

    # ---- link state -----------------------------------------------------------------------
    def _set_state(self, state: LinkState, detail: str = "") -> None:
        self.state = state
        try:
            self._on_state(state, detail)
        except Exception:  # a sink's bug must not end the link
            log.exception("telephony state sink failed")

    def _deliver(self, events: list[CallEvent]) -> None:
        for event in events:
            try:
                self._on_event(event)
            except Exception:
                log.exception("telephony event sink failed")

    async def _keep_linked(self) -> None:
        delay = self._first_retry
        while not self._stopping:
            outcome = await self._session()
            if self._stopping:
                break
            self._deliver(self.follower.cut_all(self._now()))  # the calls it carried end
            if outcome == "refused":
                self._set_state(LinkState.REFUSED, "login refused")
                delay = self.config.reconnect_max_seconds  # retry seldom: a config error
            elif outcome == "up":
                delay = self._first_retry  # it worked a while: start the back-off over
            self.waits.append(delay)
            await asyncio.sleep(delay)
            delay = next_wait(delay, self._first_retry, self.config.reconnect_max_seconds)

    async def _session(self) -> str:
        """One connection: 'failed', 'refused', or 'up' once it had logged in."""
        self._set_state(LinkState.CONNECTING, f"{self.config.host}:{self.config.port}")
        lost: asyncio.Future[BaseException | None] = self.loop.create_future()

        def on_lost(exc: BaseException | None) -> None:
            if not lost.done():
                lost.set_result(exc)

        manager = _Manager(on_lost, host=self.config.host, port=self.config.port,
                           username=self.config.username, secret=self._secret,
                           events="on", loop=self.loop, ping_delay=10 ** 6,
                           reconnect_timeout=10 ** 6, forgetable_actions=("ping", "login",
                                                                           "originate"))
        manager.register_event("*", self._on_ami_event)
        self._manager = manager
        try:
            await manager.connect()
        except OSError as exc:
            self._set_state(LinkState.DOWN, str(exc))
            return "failed"
        if lost.done() or manager.authenticated_future is None:
            self._set_state(LinkState.DOWN, "no connection")
            return "failed"
        try:
            reply = await asyncio.wait_for(asyncio.shield(manager.authenticated_future),
                                           LOGIN_TIMEOUT_S)
        except (TimeoutError, asyncio.CancelledError, OSError):
            manager.close()
            self._set_state(LinkState.DOWN, "no answer to login")
            return "failed"
        if not getattr(reply, "success", False):
            manager.close()
            return "refused"
        self._set_state(LinkState.UP, f"{self.config.host}:{self.config.port}")
        await self._ping_until_lost(manager, lost)
        self._set_state(LinkState.DOWN, "connection lost")
        return "up"

    async def _ping_until_lost(self, manager: _Manager,
                               lost: asyncio.Future[BaseException | None]) -> None:
        interval = max(0.05, self.config.ping_seconds)
        while not lost.done() and not self._stopping:
            done, _ = await asyncio.wait({lost}, timeout=interval)
            if done:
                return
            try:
                await asyncio.wait_for(manager.send_action({"Action": "Ping"}), interval)
            except (TimeoutError, OSError, AttributeError):
                log.warning("AMI ping unanswered: closing the link")
                manager.close()
                on_lost = manager.connection_lost
                on_lost(None)
                return

    def _on_ami_event(self, _manager: Manager, message: Any) -> None:
        self._deliver(self.follower.take(message))

    # ---- click-to-dial --------------------------------------------------------------------
    def dial(self, number: str, call_id: str = "", timeout: float = 10.0) -> PbxAnswer:
        """AMI Originate: ring our extension, then (answered) dial `number` from the context.

        `call_id` becomes the call's first channel's id (`ChannelId`, hence its Linkedid);
        the caller may choose it beforehand to know the call's events as they come.
        Blocks the calling thread (a worker, never the GUI) until the PBX accepts or
        refuses the request."""
        call_id = call_id or new_call_id()
        future: Future[PbxAnswer] = asyncio.run_coroutine_threadsafe(
            self._originate(number, call_id), self.loop)
        return future.result(timeout)

    async def _originate(self, number: str, call_id: str) -> PbxAnswer:
        manager = self._manager
        if manager is None or self.state is not LinkState.UP:
            return PbxAnswer(False, call_id, "not connected")
        config = self.config
        self.follower.expect_outbound(call_id, number)
        action = {"Action": "Originate", "Channel": f"PJSIP/{config.extension}",
                  "Context": config.dial_context, "Exten": config.dial_prefix + number,
                  "Priority": "1", "CallerID": f"<{config.extension}>",
                  "Timeout": "30000", "Async": "true", "ChannelId": call_id,
                  "Variable": f"HEATDESK_CALL={call_id}"}
        try:
            reply = await asyncio.wait_for(self._first_reply(manager, action), 10)
        except (TimeoutError, OSError) as exc:
            return PbxAnswer(False, call_id, str(exc) or "no answer from the PBX")
        ok = getattr(reply, "response", "") == "Success"
        return PbxAnswer(ok, call_id, str(getattr(reply, "message", "")))

    @staticmethod
    async def _first_reply(manager: _Manager, action: dict[str, str]) -> Any:
        """The acknowledgement only (Async originate lists its OriginateResponse later)."""
        future = manager.send_action(action)
        action_obj = manager.protocol.responses.get(next(
            (k for k, v in manager.protocol.responses.items() if v.future is future), ""))
        while not future.done():
            if action_obj is not None and action_obj.responses:
                return action_obj.responses[0]
            await asyncio.sleep(0.01)
        result = future.result()
        return result[0] if isinstance(result, list) else result
