"""`ring <number>`: tell the running workstation which number is calling.

The generic hook any phone system can call (`python main.py ring 13912345678`). It speaks
the one-line protocol of `app/ring_protocol.py` over a plain socket, so it starts quickly
and never imports Qt.
"""

from __future__ import annotations

import argparse
import socket
import sys

from app import ring_protocol

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


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "ring", help="deliver a caller's number to the running workstation",
        description="Deliver a caller's number to the workstation running on this computer "
                    "(port: --port, else HEATDESK_RING_PORT, else the port the workstation "
                    f"wrote to its data folder, else {ring_protocol.DEFAULT_PORT}).")
    parser.add_argument("number", help="the caller's phone number")
    parser.add_argument("--port", type=int, default=None, help="the workstation's ring port")
    parser.add_argument("--timeout", type=float, default=2.0, help="seconds to wait")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        port = ring_protocol.client_port(args.port)
    except ValueError as exc:
        print(f"Invalid ring port: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    try:
        answer = send_ring(args.number, port, timeout=args.timeout)
    except ValueError as exc:
        print(f"Not sent: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except OSError as exc:
        print(f"No HeatDesk workstation is listening on 127.0.0.1:{port} ({exc}). "
              "Start the workstation and log in, or give the right --port.", file=sys.stderr)
        return EXIT_NOT_LISTENING
    if answer == "OK":
        print(f"Delivered {args.number} to the workstation on port {port}.")
        return 0
    reason = answer.removeprefix("ERR").strip() or "no answer"
    print(f"The workstation rejected {args.number!r}: {reason}", file=sys.stderr)
    return EXIT_REJECTED
