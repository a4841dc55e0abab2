"""Build a registered report and turn it into PDF or Excel bytes, for the CLI and the GUI.

Unknown names and seasons are field errors (`report: report.unknown`, `season: invalid`)
raised before anything is built; the caller writes the file only from finished bytes, so a
failure leaves no file behind.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.printing.reports.content import Figure
from app.repositories.uow import UnitOfWork
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.letterhead import load_letterhead
from app.workflows.reports.registry import Report, get_report
from app.workflows.reports.season import Season, season_from_settings
from app.workflows.settings import load_settings

FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class BuiltReport:
    report: Report
    season: Season
    figures: list[Figure]


def find_report(name: str) -> Report:
    try:
        return get_report(name)
    except KeyError:
        raise ValidationError({"report": "report.unknown"}) from None


def load_season(uow: UnitOfWork, label: str) -> Season:
    with uow:
        return season_from_settings(load_settings(uow).values, label)


def build_report(desk: Desk, name: str, season_label: str) -> BuiltReport:
    report = find_report(name)
    season = load_season(desk.uow(), season_label)
    return BuiltReport(report, season, report.build(desk.uow(), season))


def render(desk: Desk, built: BuiltReport, fmt: str) -> bytes:
    """The file's bytes; ReportLab and openpyxl are imported only when asked for."""
    if fmt == "pdf":
        from app.printing.reports.export_pdf import render_report_pdf
        printed = desk.local(desk.clock()).strftime("%Y-%m-%d %H:%M")
        return render_report_pdf(built.report.title, built.season.label, built.figures,
                                 letterhead=load_letterhead(desk.uow()), printed_at=printed)
    if fmt == "xlsx":
        from app.printing.reports.export_xlsx import render_report_xlsx
        return render_report_xlsx(built.report.title, built.season.label, built.figures)
    raise ValidationError({"output": "report.format"})


def format_of(path: str | Path) -> str:
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError({"output": "report.format"})
    return fmt


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write beside the target and move into place: a reader never sees half a file.

    The file gets the permissions a printed PDF gets (0666 less the umask, as
    `notices.write_pdf_then` leaves them), not mkstemp's owner-only 0600.
    """
    target = Path(path)
    parent = target.parent or Path(".")
    while True:
        tmp = parent / f".report-{secrets.token_hex(6)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
