"""Headless commands: `python main.py <command> ...` and the `heatdesk` console script.

Each command lives in its own module with `register(subparsers)`; the table below is the
only place that names them all. Only the module of the command being run is imported (and
none when the workstation opens), so start-up does not pay for ReportLab or Faker.

A command fails with sentences in the user's language (app/cli/messages.py), never a
traceback, and names the database it opened (app/cli/database.py).
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
import warnings

from app.cli import messages
from app.cli.database import CommandFailed, Opener, source_words
from app.cli.messages import Speaker, argparse_language
from app.version import describe

COMMAND_MODULES = {
    "db": "app.cli.db_cmd",
    "user": "app.cli.user_cmd",
    "ring": "app.cli.ring_cmd",
    "pbx-sim": "app.cli.pbx_sim_cmd",
    "demo": "app.cli.demo_cmd",
    "bench": "app.cli.bench_cmd",
    "print": "app.cli.print_cmd",
    "report": "app.cli.report_cmd",
    "import": "app.cli.import_cmd",
}
EXIT_REFUSED = 2
EXIT_UNEXPECTED = 1
EXIT_INTERRUPTED = 130
DEBUG_ENV_VAR = "HEATDESK_DEBUG"  # set: an unexpected error shows its traceback


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database URL (default: HEATDESK_DB_URL, else the "
                        "desk's own SQLite file)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None,
                        help="language of the interface and the messages (default: zh_CN)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created with demo data on first use)")


def _anywhere_options(parser: argparse.ArgumentParser) -> None:
    """--demo and --lang after the command too (`report --demo complaints ...`): the same
    options on every command's parser, set only when typed there (SUPPRESS), so one given
    before the command stands. --db is not repeated: a command's own --db (each bench's)
    keeps its own dest."""
    taken = {option for action in parser._actions for option in action.option_strings}
    if "--demo" not in taken:
        parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                            help=argparse.SUPPRESS)
    if "--lang" not in taken:
        parser.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS,
                            help=argparse.SUPPRESS)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                _anywhere_options(child)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or one with just the command `only` registered."""
    parser = argparse.ArgumentParser(prog="heatdesk", description="HeatDesk 供热客服工作台")
    _global_options(parser)
    parser.add_argument("--version", action="version", version=describe())
    sub = parser.add_subparsers(dest="command")
    for name, module in COMMAND_MODULES.items():
        if only is None or name == only:
            importlib.import_module(module).register(sub)
    for command_parser in dict.fromkeys(sub.choices.values()):
        _anywhere_options(command_parser)
    return parser


def _requested_language(argv: list[str]) -> str | None:
    """--lang as typed, before the command line is parsed (its errors speak it too)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def run(argv: list[str] | None = None) -> int:
    """Run a command; without one, open the workstation."""
    argv = list(sys.argv[1:] if argv is None else argv)
    say = Speaker(_requested_language(argv))
    messages.use(say)
    with argparse_language(say.language):
        front = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
        _global_options(front)
        known, rest = front.parse_known_args(argv)
        if not rest:
            from app.ui.main import run_gui  # Qt is imported only when the GUI opens

            return run_gui(known)
        parser = build_parser(rest[0] if rest[0] in COMMAND_MODULES else None)
        if say.language == "zh_CN":  # --help in the user's language, like the errors
            from app.cli.help_zh import translate

            translate(parser)
        # the whole line again: a command's own --db (each names its dest) stays its own
        args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.main import run_gui

        return run_gui(args)
    # a password asked with no terminal (a script) is read from the input; Python's warning
    # about that is a source path and a line of code, which reads like a traceback
    warnings.filterwarnings("ignore", category=getpass.GetPassWarning)
    opener = Opener(say)
    args.say, args.opener = say, opener
    try:
        if args.command == "bench" and args.demo:  # benches build or name their own data
            raise CommandFailed("bench.demo")
        return int(args.func(args) or 0)
    except CommandFailed as exc:
        _fail(say, opener, say(exc.key, **exc.values), names_database=exc.key.startswith("db."))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _fail(say, opener, say("interrupted"))
        return EXIT_INTERRUPTED
    except EOFError:  # a job number or password asked with nothing to answer (no terminal)
        _fail(say, opener, say("no_answer"))
        return EXIT_REFUSED
    except Exception as exc:  # a sentence, never a traceback (HEATDESK_DEBUG=1 shows it)
        if os.environ.get(DEBUG_ENV_VAR):
            opener.discard_created()
            raise
        reason = (str(exc).strip().splitlines() or [""])[0] or type(exc).__name__
        _fail(say, opener, say("unexpected", kind=type(exc).__name__, reason=reason))
        return EXIT_UNEXPECTED


def _fail(say: Speaker, opener: Opener, text: str, names_database: bool = False) -> None:
    opener.discard_created()
    print(text, file=sys.stderr)
    if opener.target is not None and not names_database:
        print(say("db.opened", label=opener.target.label(),
                  source=source_words(say, opener.target)), file=sys.stderr)
