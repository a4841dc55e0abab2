"""The leaders' lists (season checklist, stop/resume list) as PDF or Excel bytes, drawn by
the report exporters so a list prints like every other sheet of the centre."""

from __future__ import annotations

from app.printing.reports.content import Figure
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.letterhead import load_letterhead

PRINT_MAX_LINES = 3000  # about 90 pages: a longer list is printed estate by estate


def list_bytes(desk: Desk, title: str, season_label: str, figures: list[Figure],
               fmt: str) -> bytes:
    """The file's bytes; a list too long to print asks for one estate at a time."""
    if fmt == "pdf":
        lines = sum(len(t.rows) for f in figures for t in f.tables)
        if lines > PRINT_MAX_LINES:
            raise ValidationError({"output": "list.too_long_to_print"})
        from app.printing.reports.export_pdf import render_report_pdf
        printed = desk.local(desk.clock()).strftime("%Y-%m-%d %H:%M")
        return render_report_pdf(title, season_label, figures,
                                 letterhead=load_letterhead(desk.uow()), printed_at=printed)
    if fmt == "xlsx":
        from app.printing.reports.export_xlsx import render_report_xlsx
        return render_report_xlsx(title, season_label, figures)
    raise ValidationError({"output": "report.format"})


def export_checklist(desk: Desk, season: int, estate: str, fmt: str) -> bytes:
    """The whole season checklist (every line, not the screen's first page)."""
    from app.workflows.customers.checklist import checklist_figures, season_checklist
    checklist = season_checklist(desk.uow(), season, estate, limit=None)
    return list_bytes(desk, "合同签订检查单", checklist.label, checklist_figures(checklist), fmt)


def export_stop_list(desk: Desk, season: int, estate: str, fmt: str) -> bytes:
    from app.workflows.customers.stop_list import stop_list, stop_list_figures
    stops = stop_list(desk.uow(), season, estate)
    return list_bytes(desk, "报停/复热名单", stops.label, stop_list_figures(stops), fmt)
