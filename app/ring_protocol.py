"""The ring hook's wire protocol, shared by the workstation (server) and `main.py ring`.

Any phone system can tell the running workstation which number is calling by opening a TCP
connection to 127.0.0.1 and sending one line `RING <number>\\n`; the answer is one line,
`OK\\n` or `ERR <reason>\\n`. Plain Python only: the command-line client must start fast and
never import Qt. See docs/ring-protocol.md.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.paths import data_dir
from app.workflows.phone import normalise_phone

DEFAULT_PORT = 47615
PORT_ENV_VAR = "HEATDESK_RING_PORT"
PORT_FILE_NAME = "ring.port"
MAX_LINE_BYTES = 256  # a ring line is short; anything longer is not a phone system talking

ERR_MALFORMED_LINE = "malformed line, expected: RING <number>"
ERR_MALFORMED_NUMBER = "malformed number"
ERR_LINE_TOO_LONG = "line too long"
ERR_NOT_UTF8 = "line is not UTF-8"


def port_file() -> Path:
    """Where the workstation writes the port it listens on, for `main.py ring` to find."""
    return data_dir() / PORT_FILE_NAME


def env_port() -> int | None:
    """The port from HEATDESK_RING_PORT, or None when unset; ValueError when not a port."""
    raw = os.environ.get(PORT_ENV_VAR, "").strip()
    if not raw:
        return None
    return check_port(int(raw))


def check_port(port: int) -> int:
    if not 0 <= port <= 65535:
        raise ValueError(f"port out of range: {port}")
    return port


def server_port() -> int:
    """The port the workstation asks for: HEATDESK_RING_PORT, else the documented default."""
    port = env_port()
    return DEFAULT_PORT if port is None else port


def read_port_file() -> int | None:
    try:
        return check_port(int(port_file().read_text(encoding="ascii").strip()))
    except (OSError, ValueError):
        return None


def client_port(explicit: int | None = None) -> int:
    """The port a client rings: --port, then HEATDESK_RING_PORT, then ring.port, then default."""
    if explicit is not None:
        return check_port(explicit)
    for candidate in (env_port(), read_port_file()):
        if candidate is not None:
            return candidate
    return DEFAULT_PORT


def request_line(number: str) -> bytes:
    """The bytes a client sends; a number may not smuggle in a second line."""
    if "\n" in number or "\r" in number:
        raise ValueError("a phone number cannot contain a line break")
    return f"RING {number.strip()}\n".encode()


def handle_line(raw: bytes) -> tuple[str | None, str]:
    """Parse one received line: (normalised number or None, the answer line to send back)."""
    try:
        line = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None, f"ERR {ERR_NOT_UTF8}\n"
    verb, _, number = line.partition(" ")
    if verb.upper() != "RING" or not number.strip():
        return None, f"ERR {ERR_MALFORMED_LINE}\n"
    normalised = normalise_phone(number)
    if normalised is None:
        return None, f"ERR {ERR_MALFORMED_NUMBER}\n"
    return normalised, "OK\n"
