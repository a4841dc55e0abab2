"""Failed logins and a locked account (issue 15), so the audit log and the staff window
show something on the first open of the demo.

Through the real login: 李静 (1002) mistyped her password twice yesterday morning; someone
tried a job number nobody has (1999) last night; 张敏 (1003) failed five times a few minutes
ago and is locked (for login.lock_minutes; a shift leader can unlock him at once).
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime, timedelta
from functools import partial

from app.workflows.auth import LoginFailed, login
from app.workflows.demo.extras.stage import Stage

LOCKED = "1003"


def _attempt(stage: Stage, at: datetime, job_number: str, password: str) -> None:
    with suppress(LoginFailed):  # the failure is what the demo shows: counted and audited
        login(stage.uow(None, at), job_number, password)


def plan_security(stage: Stage) -> None:
    yesterday = stage.today - timedelta(days=1)
    for minute in (2, 3):
        stage.at(stage.local(yesterday, 8, minute),
                 partial(_attempt, stage, stage.local(yesterday, 8, minute), "1002",
                         "demo1020"))
    night = stage.local(yesterday, 23, 41)
    stage.at(night, partial(_attempt, stage, night, "1999", "123456"))
    for n in range(5):
        at = stage.now - timedelta(minutes=4, seconds=-20 * n)
        stage.at(at, partial(_attempt, stage, at, LOCKED, f"demo-{n}-1003"))
