"""`pbx-sim`: a fake Asterisk PBX on 127.0.0.1 for trying the desk's telephony and for tests.

It serves the Asterisk Manager Interface (login, ping, originate) and plays scripted calls
(app/cli/pbx_sim/scenarios.py) to every logged-in desk, one after another, in real time
(--speed 1) or faster. The AMI secret is read where the desk reads it (the keyring or the
user-only file <data folder>/ami.secret; app/workflows/telephony/secret.py), never from the
command line; with none stored, one is made and written to that file so a desk on this
computer logs in with it.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys
import time

from app.cli.pbx_sim import scenarios
from app.cli.pbx_sim.scenarios import Call
from app.cli.pbx_sim.server import PbxSim
from app.workflows.telephony.secret import SecretProblem, read_secret, secret_file, write_secret

DEFAULT_PORT = 5038


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "pbx-sim", help="a simulated Asterisk PBX (AMI) on this computer, playing calls",
        description="Serve the Asterisk Manager Interface on 127.0.0.1 and play scripted "
                    "calls to the desks logged in to it: a queue call answered in 2 rings, "
                    "one abandoned after 5, a transfer, the PBX restarting mid-call. The "
                    "secret is the desk's (keyring or the data folder's ami.secret).")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="the AMI port")
    parser.add_argument("--user", default="heatdesk", help="the AMI user the desks log in as")
    parser.add_argument("--extension", default="8001", help="the extension the calls ring")
    parser.add_argument("--colleague", default="8002", help="the extension a transfer goes to")
    parser.add_argument("--number", default="13811112222", help="the caller's number")
    parser.add_argument("--play", default="answered,abandoned,transfer,restart",
                        help="the scenarios to play, in order, separated by commas")
    parser.add_argument("--every", type=float, default=30.0,
                        help="seconds between the start of one call and the next")
    parser.add_argument("--speed", type=float, default=1.0,
                        help="real seconds per PBX second (0.1: ten times faster)")
    parser.add_argument("--once", action="store_true", help="play the list once, then stop")
    parser.set_defaults(func=run)


def _secret(user: str) -> str:
    try:
        return read_secret(user)
    except SecretProblem:
        value = secrets.token_urlsafe(18)
        write_secret(value)
        return value


async def _serve(args: argparse.Namespace, names: list[str]) -> None:
    sim = PbxSim(args.user, _secret(args.user), args.port, args.speed,
                 Call(start=0.0, number=args.number, extension=args.extension,
                      colleague=args.colleague))
    port = await sim.start()
    print(args.say("pbx_sim.listening", port=port, user=args.user, file=secret_file(),
                   extension=args.extension), flush=True)
    try:
        while True:
            for name in names:
                began = time.monotonic()
                print(args.say("pbx_sim.playing", name=name, desks=len(sim.sessions)),
                      flush=True)
                await sim.play(name)
                await asyncio.sleep(max(0.0, args.every * args.speed
                                        - (time.monotonic() - began)))
            if args.once:
                return
    finally:
        await sim.close()


def run(args: argparse.Namespace) -> int:
    names = [n.strip() for n in args.play.split(",") if n.strip()]
    unknown = [n for n in names if n not in scenarios.SCENARIOS]
    if unknown or not names:
        print(args.say("pbx_sim.unknown", names=", ".join(unknown) or "—",
                       known=", ".join(scenarios.SCENARIOS)), file=sys.stderr)
        return 2
    try:
        asyncio.run(_serve(args, names))
    except OSError as exc:
        print(args.say("pbx_sim.port", port=args.port, reason=exc), file=sys.stderr)
        return 3
    return 0
