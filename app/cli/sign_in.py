"""Signing in at the command line, the same way for every command that writes as a person
(`import`, `print` recording a notice, an administrator's `user` commands).

The password is always asked with getpass, never taken from an option: `ps` and the shell
history would show it. A wrong one counts as a failed login like one at the desk.
"""

from __future__ import annotations

import getpass
from typing import Any

from app.cli.database import CommandFailed


def sign_in(desk: Any, job: str, password_prompt: str, failed: str, *,
            change_required: str | None = None) -> Any:
    """The desk as `job`; a failed login ends the command with the sentence `failed`, an
    account whose password must be changed first with `change_required` (when given)."""
    from app.workflows.auth import LoginFailed, PasswordChangeRequired, login

    try:
        actor = login(desk.uow(), job, getpass.getpass(password_prompt))
    except LoginFailed:
        raise CommandFailed("raw", text=failed) from None
    except PasswordChangeRequired:
        if change_required is None:
            raise
        raise CommandFailed("raw", text=change_required) from None
    return desk.signed_in(actor)
