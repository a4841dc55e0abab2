"""The AMI secret: from the system keyring, else a file only the desk's user can read.

Never a setting in the database (every desk could read it), never a command-line argument
(every process list shows it). Looked up in this order:

1. the keyring (`keyring` package, if installed), service `heatdesk-ami`, the AMI user;
2. `<data folder>/ami.secret`, one line, which must be readable by its owner only
   (chmod 600): a file others may read is refused, not used.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.paths import data_dir

KEYRING_SERVICE = "heatdesk-ami"
SECRET_FILE = "ami.secret"


class SecretProblem(Exception):
    """Why no secret could be read; the words go to the status bar's tooltip and the log."""


def secret_file() -> Path:
    return data_dir() / SECRET_FILE


def _from_keyring(user: str) -> str | None:
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
        from keyring.errors import KeyringError  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, user)
    except (KeyringError, RuntimeError):
        return None  # no backend on this computer: the file is next
    return str(value) if value else None


def read_file_secret(path: Path) -> str:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise SecretProblem(f"no AMI secret: put it in the keyring or in {path}") from exc
    if os.name == "posix" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretProblem(f"{path} can be read by others: chmod 600 {path}")
    text = path.read_text(encoding="utf-8").strip()
    if not text:
        raise SecretProblem(f"{path} is empty")
    return text.splitlines()[0].strip()


def read_secret(user: str, path: Path | None = None) -> str:
    """The secret of AMI user `user`; SecretProblem says why there is none."""
    found = _from_keyring(user)
    if found is not None:
        return found
    return read_file_secret(path or secret_file())


def write_secret(value: str, path: Path | None = None) -> Path:
    """Store the secret in the user-only file (the demo and `pbx-sim --write-secret`)."""
    target = path or secret_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value.strip() + "\n")
    os.chmod(target, 0o600)
    return target
