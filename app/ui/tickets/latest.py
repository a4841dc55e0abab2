"""Reads whose newest request wins: a queue page, an order's detail, an incident list.

The runner refuses a second op under a key that is still running. For a read that the
user asks for again and again (arrow keys through a list, typing filters) refusing would
show a stale answer, so a request made while one runs waits and replaces the answer of
the running one, which is then dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.ui.ops import Op, OpRunner


class LatestRead:
    """`run(op)` now, or after the running read under the same key, whose result is then
    dropped; only the newest waiting request is kept."""

    def __init__(self, ops: OpRunner, key: str) -> None:
        self.ops = ops
        self.key = key
        self._waiting: Op[Any] | None = None

    def run(self, op: Op[Any]) -> None:
        if self.ops.is_running(self.key):
            self._waiting = op
            return
        self._start(op)

    def _start(self, op: Op[Any]) -> None:
        done, failed = op.done, op.failed

        def arrived(result: Any) -> None:
            if not self._next() and done is not None:
                done(result)

        def refused(exc: BaseException) -> None:
            if not self._next() and failed is not None:
                failed(exc)

        self.ops.run(replace(op, done=arrived, failed=refused, key=self.key))

    def _next(self) -> bool:
        """Start the waiting request, if any; True when the arrived answer is stale."""
        op, self._waiting = self._waiting, None
        if op is None:
            return False
        self._start(op)
        return True
