"""`ring <number>`: tell the running workstation which number is calling.

The generic hook any phone system can call (`python main.py ring 13912345678`). It speaks
the one-line protocol of `app/ring_protocol.py` over a plain socket, so it starts quickly
and never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys

from app import ring_protocol
from app.cli.messages import current, required_group
from app.workflows.phone import MAX_PHONE_DIGITS, normalise_phone, phone_problem

EXIT_REJECTED = 2
EXIT_NOT_LISTENING = 3


def send_ring(number: str, port: int, timeout: float = 2.0) -> str:
    """Deliver one number to 127.0.0.1:port and return the workstation's answer line.

    Raises OSError (ConnectionRefusedError, TimeoutError) when no workstation answers.
    """
    payload = ring_protocol.request_line(number)
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(payload)
        received = b""
        while not received.endswith(b"\n") and len(received) <= ring_protocol.MAX_LINE_BYTES:
            chunk = conn.recv(ring_protocol.MAX_LINE_BYTES)
            if not chunk:
                break
            received += chunk
    return received.decode("utf-8", errors="replace").strip()


def port_number(text: str) -> int:
    """--port: a port a workstation can listen on, refused in words naming it."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(current()("ring.port_value", value=text))
    return port


def seconds(text: str) -> float:
    """--timeout: how long to wait; 0 or less would not wait at all (or be refused by the
    socket in English)."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(current()("ring.timeout_value", value=text))
    return value


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "ring", help="deliver a caller's number to the running workstation",
        description="Deliver a caller's number to the workstation running on this computer "
                    "(port: --port, else HEATDESK_RING_PORT, else the port the workstation "
                    f"wrote to its data folder, else {ring_protocol.DEFAULT_PORT}). "
                    "Full-width digits (１３８ ００１３ ８０００) are the same number.")
    required_group(parser).add_argument("number", help="the caller's phone number")
    parser.add_argument("--port", type=port_number, default=None,
                        help="the workstation's ring port")
    parser.add_argument("--timeout", type=seconds, default=2.0, help="seconds to wait")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    say = args.say
    try:  # --port is checked as it is parsed: only the environment can be wrong here
        port = ring_protocol.client_port(args.port)
    except ValueError:
        print(say("ring.env_port", variable=ring_protocol.PORT_ENV_VAR,
                  value=os.environ.get(ring_protocol.PORT_ENV_VAR, "")), file=sys.stderr)
        return EXIT_REJECTED
    if "\n" in args.number or "\r" in args.number:
        print(say("ring.not_sent", reason=say("ring.line_break")), file=sys.stderr)
        return EXIT_REJECTED
    number = normalise_phone(args.number)  # the workstation reads it the same way
    if number is None:
        problem = phone_problem(args.number) or "phone.malformed"
        print(say(f"ring.{problem}", number=args.number, limit=MAX_PHONE_DIGITS),
              file=sys.stderr)
        return EXIT_REJECTED
    try:
        answer = send_ring(number, port, timeout=args.timeout)
    except ValueError as exc:
        print(say("ring.not_sent", reason=exc), file=sys.stderr)
        return EXIT_REJECTED
    except OSError as exc:
        print(say("ring.no_desk", port=port, reason=exc.strerror or exc), file=sys.stderr)
        return EXIT_NOT_LISTENING
    if answer == "OK":
        print(say("ring.delivered", number=number, port=port))
        return 0
    reason = answer.removeprefix("ERR").strip() or "no answer"
    print(say("ring.rejected", number=args.number, reason=reason), file=sys.stderr)
    return EXIT_REJECTED
