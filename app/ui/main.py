"""The workstation's start-up path: application, language, login window, database, desk.

The login window opens first and the data layer (SQLAlchemy, the models, the database
check: about a second on a desk PC) loads behind it while the agent types; logging in is
enabled once the database is open. A real install without an administrator then asks for
one instead, and opens the desk signed in as the administrator just created. `HEATDESK_STARTUP_PROBE=1` makes the process print
`HEATDESK_LOGIN_SHOWN` once the login window is on screen, finish opening the database
(printing `HEATDESK_FIRST_ADMIN_SHOWN` if it asks for the administrator) and exit
(start-up benchmark); in that mode start-up errors go to stderr instead of message boxes.

Closing the desk window ends the process (nothing left running keeps it alive or its ring
port bound), and so does SIGTERM: the desk closes the normal way, the typed text kept as a
draft. For tests of that, with `--demo` only: `HEATDESK_TEST_LOGIN=job:password` logs a demo
user in through the login window, `HEATDESK_DESK_SHOWN` is printed once the desk is on
screen (then `HEATDESK_DESK_FONT` and the faces its Chinese is drawn with), and
`HEATDESK_TEST_CLOSE_MS=N` closes the desk window N ms later.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextLayout
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.paths import DEMO_DATABASE_FILE, demo_database_file
from app.ui import startup_errors
from app.ui.application import create_application
from app.ui.i18n import apply_locale, install_translators, resolve_language
from app.ui.login_dialog import LoginDialog
from app.ui.memory import settle_after_start
from app.ui.window_events import window_event

if TYPE_CHECKING:
    from app.workflows.desk import Actor, Desk

log = logging.getLogger(__name__)

PROBE_ENV_VAR = "HEATDESK_STARTUP_PROBE"
LOGIN_SHOWN = "HEATDESK_LOGIN_SHOWN"
FIRST_ADMIN_SHOWN = "HEATDESK_FIRST_ADMIN_SHOWN"
DB_ENV_VAR = "HEATDESK_DB_URL"
TEST_LOGIN_ENV_VAR = "HEATDESK_TEST_LOGIN"  # job:password of a demo user (--demo only)
TEST_CLOSE_ENV_VAR = "HEATDESK_TEST_CLOSE_MS"  # close the desk this long after it shows
DESK_SHOWN = "HEATDESK_DESK_SHOWN"
DESK_FONT = "HEATDESK_DESK_FONT"  # then the faces the desk's Chinese is drawn with
FONT_SAMPLE = "拨打接听来电工单供热客服维修缴费投诉室温阀门暖气"
SIGNAL_POLL_MS = 200  # Python sees a signal only when it runs: a timer lets it run
EXIT_WAIT_S = 1.0  # at most this long for operations still running when the desk closes
DEMO_FILE = DEMO_DATABASE_FILE  # the same file for every command (app/cli/database.py)


translate = QCoreApplication.translate  # the bare name lupdate recognises


def database_url(args: argparse.Namespace) -> str | None:
    """--db, else HEATDESK_DB_URL; in demo mode without either, the demo file."""
    if args.db:
        from app.workflows.desk import refuse_password_in_url

        refuse_password_in_url(args.db)  # never a password on the command line (issue 15)
        return args.db
    if os.environ.get(DB_ENV_VAR):
        return None  # open_desk reads the environment itself
    if getattr(args, "demo", False):
        return f"sqlite:///{demo_database_file()}"
    return None


def _drawn_with(widget: QWidget) -> str:
    """The font faces a widget's text of common Chinese characters is drawn with (|-joined):
    the bundle's tests check it is the bundled font (tests/e2e/test_bundle.py)."""
    layout = QTextLayout(FONT_SAMPLE, widget.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return "|".join(sorted({run.rawFont().familyName() for run in layout.glyphRuns()}))


def _probe_when_shown(dialog: QDialog, marker: str) -> None:
    """Print the marker after the event loop has shown the dialog, then close it."""
    def report() -> None:
        print(marker, flush=True)
        dialog.reject()
    QTimer.singleShot(0, report)


def _prepare_demo(desk: Desk) -> list[tuple[str, str]]:
    """Create the demo data on first use; returns (job number, password) to offer."""
    try:
        demo = importlib.import_module("app.workflows.demo.fill")
    except ModuleNotFoundError as exc:
        if exc.name not in ("app.workflows.demo", "app.workflows.demo.fill"):
            raise
        log.warning("demo data is not part of this build")
        return []
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        demo.ensure_demo_data(desk)
    finally:
        QGuiApplication.restoreOverrideCursor()
    accounts: dict[str, tuple[str, str]] = {}
    for job_number, _name, role, password in getattr(demo, "DEMO_USERS", []):
        accounts.setdefault(role, (job_number, password))  # the first user of each role
    return list(accounts.values())


def _first_admin(desk: Desk, probe: bool) -> Actor | None:
    """The administrator just created, signed in; None when the user quit (or the probe)."""
    from app.ui.first_admin_dialog import FirstAdminDialog

    dialog = FirstAdminDialog(desk)
    if probe:
        _probe_when_shown(dialog, FIRST_ADMIN_SHOWN)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return dialog.actor


def _open_desk_window(desk: Desk, actor: Actor) -> int:
    from app.ui.ring_server import RingServer, warn_port_busy

    app = QCoreApplication.instance()
    ring_server = RingServer(app)
    listening = ring_server.start()
    try:
        from app.ui.desk_window import DeskWindow
    except ModuleNotFoundError as exc:
        if exc.name != "app.ui.desk_window":
            raise
        QMessageBox.critical(
            None, translate("Startup", "Incomplete installation"),
            translate("Startup", "The desk window is missing from this installation."))
        ring_server.close()
        return startup_errors.EXIT_INCOMPLETE_BUILD
    window = DeskWindow(desk.signed_in(actor), ring_server)
    closing = _DeskClosing(window)
    window.show()
    settle_after_start()  # no 60-80 ms full garbage collections under the desk from now on
    # said in front of the desk once it is shown, never behind it
    if not listening:
        warn_port_busy(ring_server, window)  # a child of the desk: kept alive by it
    previous = signal.signal(signal.SIGTERM, closing.terminate)
    poll = QTimer(window)
    poll.timeout.connect(lambda: None)  # returns to Python so the handler above runs
    poll.start(SIGNAL_POLL_MS)
    if os.environ.get(TEST_LOGIN_ENV_VAR):
        print(DESK_SHOWN, flush=True)
        print(DESK_FONT, _drawn_with(window), flush=True)
    test_close = os.environ.get(TEST_CLOSE_ENV_VAR, "")
    if test_close.isdigit() and os.environ.get(TEST_LOGIN_ENV_VAR):
        QTimer.singleShot(int(test_close), window.close)
    try:
        return int(QCoreApplication.exec())
    finally:
        poll.stop()
        signal.signal(signal.SIGTERM, previous)
        ring_server.close()  # the port is free before anything else is waited for
        from app.ui.ops import worker
        worker.shutdown(EXIT_WAIT_S)  # a save just sent may finish; nothing else waits


class _DeskClosing(QObject):
    """Ends the event loop once the desk window has really closed, and closes it on SIGTERM.

    Qt quits on the last closed window only when no other top-level window is left shown,
    so a stray window (a warning, a dialog without parent) kept a closed desk's process
    running. A close the handover guard refuses (rule 3.4.2) leaves the desk open and the
    loop running, as it should. SIGTERM (a logout, a shutdown, `kill`) cannot be refused:
    the desk closes without asking the guard, its typed text kept as a draft.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if window_event(self, watched, event, QEvent.Type.Close):
            QTimer.singleShot(0, self._closed_yet)  # after every filter and closeEvent
        return False

    def _closed_yet(self) -> None:
        if not self.window.isVisible():
            QCoreApplication.quit()

    def terminate(self, _signum: int = signal.SIGTERM, _frame: object = None) -> None:
        """The signal handler: the closing itself runs from the event loop."""
        QTimer.singleShot(0, self._close_now)

    def _close_now(self) -> None:
        log.info("SIGTERM: closing the desk")
        from app.ui.shifts.install import DUTY_GUARD

        slots = getattr(self.window, "slots", None)
        guard = slots.get(DUTY_GUARD) if slots is not None else None
        if guard is not None:
            self.window.removeEventFilter(guard)
        self.window.close()  # closeEvent writes the draft
        QCoreApplication.quit()


def run_gui(args: argparse.Namespace) -> int:
    """Open the workstation; returns the process exit code."""
    logging.basicConfig(level=logging.WARNING)
    probe = os.environ.get(PROBE_ENV_VAR) == "1"
    language = resolve_language(getattr(args, "lang", None))
    app = create_application(sys.argv[:1])
    apply_locale(language)
    install_translators(app, language)  # parented to the app: they live as long as it
    demo = bool(getattr(args, "demo", False))

    login = LoginDialog(None, demo=demo)  # on screen at once; the database opens behind it
    login.show()
    QCoreApplication.processEvents()
    if probe:
        print(LOGIN_SHOWN, flush=True)

    demo_accounts: list[tuple[str, str]] = []
    try:
        from app.workflows.auth import needs_first_admin
        from app.workflows.desk import open_desk

        desk = open_desk(database_url(args))
        if demo:
            demo_accounts = _prepare_demo(desk)
        first_admin_needed = not demo and needs_first_admin(desk.uow())
    except Exception as exc:  # every failure to open becomes a clear message and exit code
        log.debug("cannot open the database", exc_info=True)
        login.hide()
        return startup_errors.report(startup_errors.describe(exc), headless=probe)

    on_network_share = bool(desk.db.network_filesystem_warning())
    warnings: list[QWidget] = []

    def warn_network_share(parent: QWidget | None) -> None:
        if on_network_share and not probe:
            # Shown once `parent` is up: usable beside a modal dialog.
            QTimer.singleShot(0, lambda: warnings.append(startup_errors.show_warning(
                translate("Startup", "Database on a network share"),
                startup_errors.network_share_warning(desk.database_label), parent=parent)))

    if first_admin_needed:  # a real install: no default password, ask for the admin first
        login.hide()
        admin = _first_admin(desk, probe)
        login.close()
        if admin is None:
            return 0
        # The password was just typed twice and stored by the workflow that returned this
        # administrator: the desk opens signed in as them, not at another login.
        warn_network_share(None)
        return _open_desk_window(desk, admin)
    login.attach(desk, demo_accounts=demo_accounts)
    if probe:
        return 0
    warn_network_share(login)
    test_login = os.environ.get(TEST_LOGIN_ENV_VAR, "")
    if demo and ":" in test_login:  # tests: a demo user through the real login window
        job_number, password = test_login.split(":", 1)

        def log_in() -> None:
            login.job_number_edit.setText(job_number)
            login.password_edit.setText(password)
            login.try_login()
        QTimer.singleShot(0, log_in)
    accepted = login.exec() == QDialog.DialogCode.Accepted
    if not accepted or login.actor is None:
        return 0
    return _open_desk_window(desk, login.actor)
