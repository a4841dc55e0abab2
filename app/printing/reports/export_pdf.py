"""A report as a PDF: letterhead, each figure with its tables, charts and notes (ReportLab).

Chinese text uses the bundled CJK font, embedded as a subset, so the file reads the same on
any viewer; every page carries the shared letterhead and footer like the other sheets.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.printing.flowing import flowing_pdf
from app.printing.fonts import register_cjk_font
from app.printing.layout import MARGIN
from app.printing.letterhead import Letterhead
from app.printing.reports.charts import chart_drawing
from app.printing.reports.content import Cell, Figure

WIDTH = A4[0] - 2 * MARGIN


def _cell(value: Cell) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_report_pdf(title: str, season: str, figures: list[Figure], *,
                      letterhead: Letterhead, printed_at: str | datetime) -> bytes:
    """The whole report; `printed_at` is already in the centre's local time."""
    font = register_cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=11,
                           textColor=colors.HexColor("#555555"))
    h1 = ParagraphStyle("h1", parent=body, fontSize=17, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", parent=body, fontSize=13, leading=17, spaceBefore=8,
                        spaceAfter=2, textColor=colors.HexColor("#a93226"))
    h3 = ParagraphStyle("h3", parent=body, fontSize=10, leading=14, spaceBefore=6,
                        spaceAfter=3)
    story: list[Flowable] = [Paragraph(_esc(f"{title}（{season} 供暖季）"), h1),
                           Paragraph(_esc(f"打印时间 {printed_at}"), small), Spacer(1, 3 * mm)]
    for figure in figures:
        lead: list[Flowable] = [Paragraph(_esc(figure.title), h2)]  # kept with what follows
        if figure.subtitle:
            lead.append(Paragraph(_esc(figure.subtitle), small))
        for table in figure.tables:
            rows: list[list[Paragraph | str]] = [
                [Paragraph(_esc(c), body) for c in table.columns]]
            rows += [[Paragraph(_esc(_cell(v)), body) for v in row] for row in table.rows]
            if not table.rows:
                rows.append([Paragraph("（无）", small)] + [""] * (len(table.columns) - 1))
            t = Table(rows, colWidths=[WIDTH / len(table.columns)] * len(table.columns),
                      repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), font),
            ]))
            heading = [Paragraph(_esc(table.title), h3)] if table.title else []
            story.append(KeepTogether([*lead, *heading, t]))
            lead = []
        for chart in figure.charts:
            story.append(KeepTogether([*lead, Spacer(1, 2 * mm),
                                       chart_drawing(chart, font, WIDTH)]))
            lead = []
        story.extend(lead)
        for note in figure.notes:
            story.append(Paragraph(_esc(note), small))

    return flowing_pdf(story, letterhead, title=f"{title} {season}",
                       footer=lambda page: f"{title} · 第 {page} 页")
