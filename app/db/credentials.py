"""The desk's database password (issue 15, ASVS 2.10.4 / 6.4.1): never in the URL on the
command line, never in a file others can read.

A centre gives each desk a URL without a password, e.g.
`postgresql://heatdesk_desk@db.centre.local/heatdesk?sslmode=verify-full&sslrootcert=...`;
the password comes from

1. the operating system's keyring (service `heatdesk`, user `role@host:port/database`),
   stored once with `heatdesk db password --db URL`; else
2. a file readable by the desk's user only: HEATDESK_DB_PASSWORD_FILE, else
   `<data folder>/db-password`. A file that its group or others may read is refused with a
   sentence saying how to fix it (`chmod 600`).

A password written into a URL on the command line (--db) is refused: `ps` and the shell
history would show it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.paths import data_dir

SERVICE = "heatdesk"
FILE_ENV_VAR = "HEATDESK_DB_PASSWORD_FILE"


class CredentialsRefused(ValueError):
    """The password was offered in a way that would leak it; the sentence says what to do."""


def account(url: URL) -> str:
    """The keyring entry's user name: role@host:port/database."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def password_file() -> Path:
    explicit = os.environ.get(FILE_ENV_VAR)
    return Path(explicit) if explicit else data_dir() / "db-password"


def read_password_file(path: Path) -> str | None:
    """The password in `path`, or None when there is no such file; refuses a file its
    group or others can read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if os.name == "posix" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CredentialsRefused(
            f"The database password file {path} can be read by other users "
            f"(mode {stat.filemode(info.st_mode)}). Make it readable by you only: "
            f"chmod 600 {path}")
    return path.read_text(encoding="utf-8").strip() or None


def keyring_password(url: URL) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - a dependency; absent only in a broken install
        return None
    try:
        return keyring.get_password(SERVICE, account(url))
    except (KeyringError, RuntimeError):
        return None  # no keyring on this machine (a server without a desktop session)


def store_in_keyring(url: str, password: str) -> None:
    import keyring

    keyring.set_password(SERVICE, account(make_url(url)), password)


def write_password_file(path: Path, password: str) -> None:
    """Create the file readable and writable by its owner only, then write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password + "\n")
    os.chmod(path, 0o600)


def refuse_password_in_url(url: str) -> None:
    """For a URL typed on a command line (--db): a password in it is refused."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - an unparseable URL is refused elsewhere, with its reason
        return
    if parsed.password:
        raise CredentialsRefused(
            "The database URL contains a password. Leave it out of the URL (the command line "
            "and the shell history show it to others) and store it once with "
            "`heatdesk db password --db URL`, or in a file only you can read "
            f"({password_file()}, chmod 600).")


def with_password(url: str) -> str:
    """`url` with the desk's password filled in (keyring, then the file) for a server
    whose URL names a role but no password; anything else is returned as it is."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password or not parsed.username:
        return url
    secret = keyring_password(parsed) or read_password_file(password_file())
    if not secret:
        return url
    return parsed.set(password=secret).render_as_string(hide_password=False)
