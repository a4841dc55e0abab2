"""Why the workstation cannot start, said in the user's language, with an exit code.

Each refusal at start-up (schema too new, shared database not upgraded, server not
reachable) gets its own sentence that tells the user what to do, and its own non-zero exit
code so a launcher script can tell them apart.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.version import version
from app.workflows.errors import DatabaseUnavailable, SchemaOutdated, SchemaTooNew

translate = QCoreApplication.translate  # the bare name lupdate recognises
EXIT_SCHEMA_TOO_NEW = 3
EXIT_SCHEMA_OUTDATED = 4
EXIT_DATABASE_UNAVAILABLE = 5
EXIT_CANNOT_OPEN = 6
EXIT_INCOMPLETE_BUILD = 7


@dataclass(frozen=True)
class StartupError:
    title: str
    text: str
    exit_code: int


def describe(exc: BaseException) -> StartupError:
    """The title, sentence and exit code for an exception raised while opening the database."""
    if isinstance(exc, SchemaTooNew):
        text = translate(
            "StartupErrors",
            "This database was upgraded by a newer HeatDesk (schema revision %1). This "
            "HeatDesk only knows revision %2 and will not open it, so that no data is "
            "damaged. Please install the newer HeatDesk.")
        text = text.replace("%1", exc.db_revision)
        text = text.replace("%2", ", ".join(sorted(exc.app_heads)))
        return StartupError(translate("StartupErrors", "Database too new"), text,
                            EXIT_SCHEMA_TOO_NEW)
    if isinstance(exc, SchemaOutdated):
        # the version to upgrade with is this one: an older HeatDesk cannot reach this
        # schema, and every desk must run it once the database is upgraded (docs/install.md)
        text = translate(
            "StartupErrors",
            "The shared database has an older schema (revision %1) than HeatDesk %2 needs "
            "(revision %3). An administrator upgrades it once for the whole centre with "
            "HeatDesk %2, the version on this desk:\n\n"
            "    %4 db upgrade --db <URL>\n\nThen start HeatDesk again.")
        text = text.replace("%1", ", ".join(sorted(exc.db_revisions)) or "—")
        text = text.replace("%2", exc.app_version or version())
        text = text.replace("%3", exc.app_head or "?")
        text = text.replace("%4", exc.command)
        return StartupError(translate("StartupErrors", "Database needs an upgrade"), text,
                            EXIT_SCHEMA_OUTDATED)
    details = str(exc).strip()
    if isinstance(exc, DatabaseUnavailable):
        text = translate(
            "StartupErrors",
            "HeatDesk cannot reach the database. Check the network connection and the "
            "database address (--db or HEATDESK_DB_URL), then start again.\n\nDetails: %1")
        return StartupError(translate("StartupErrors", "Database not reachable"),
                            text.replace("%1", details), EXIT_DATABASE_UNAVAILABLE)
    text = translate("StartupErrors", "HeatDesk cannot open the database.\n\nDetails: %1")
    return StartupError(translate("StartupErrors", "Cannot open the database"),
                        text.replace("%1", details), EXIT_CANNOT_OPEN)


def report(error: StartupError, *, headless: bool, parent: QWidget | None = None) -> int:
    """Show the error (a message box, or stderr when nobody is there to click) and return
    the exit code."""
    if headless:
        print(f"{error.title}: {error.text}", file=sys.stderr, flush=True)
    else:
        QMessageBox.critical(parent, error.title, error.text)
    return error.exit_code


def network_share_warning(database: str) -> str:
    """The non-blocking warning for a SQLite file on a network filesystem."""
    return translate(
        "StartupErrors",
        "The database file %1 lies on a network share. SQLite is not safe there and the "
        "data can be damaged when several desks use it. A centre with several desks uses "
        "the shared PostgreSQL database.").replace("%1", database)


def show_warning(title: str, text: str, parent: QWidget | None = None) -> QMessageBox:
    """A warning that does not stop the start-up; keep the returned box alive while shown."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setModal(False)
    box.show()
    return box
