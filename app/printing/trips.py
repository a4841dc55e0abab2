"""The printed papers of a field trip (rule 3.8), in Chinese, on the company letterhead:
the route sheet the technician carries (stops in walking order, the phoned appointment,
room to write what was found) and the trip report filed after the trip.

Both are laid out with the handover sheet's paged tables (app/printing/handover_sheet.py),
so they print, preview and become PDF like every other sheet. The caller gives plain
strings: the workflow decides the words, this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.printing.document import PrintJob
from app.printing.handover_sheet import MM, WIDTH
from app.printing.handover_sheet import _page as letterhead_page
from app.printing.handover_sheet import _Pages as PagedSheet
from app.printing.letterhead import Letterhead
from app.printing.surface import GRAY

STOP_KIND = {"order": "工单", "visit": "预约上门", "sampling": "室温抽测"}
APPOINTMENT = {"not_called": "未电话预约", "agreed": "已约定", "not_reached": "电话未联系上"}
OUTCOME = {"pending": "未填写", "resolved": "现场已处理", "needs_part": "待配件",
           "nobody_home": "无人在家", "inspected": "已查看", "follow_up": "另开工单"}


@dataclass(frozen=True)
class SheetText:
    """One printed sheet: its title, the label/value pairs on top, its tables and notes."""

    title: str
    facts: Sequence[tuple[str, str]]
    tables: Sequence[tuple[str, Sequence[Sequence[str]], Sequence[float]]] = ()
    notes: Sequence[str] = ()
    signatures: Sequence[str] = ()
    printed: str = ""
    tail: Sequence[tuple[str, Sequence[str]]] = field(default_factory=tuple)


def sheet_job(sheet: SheetText, letterhead: Letterhead, *, job_title: str) -> PrintJob:
    """The sheet as pages (letterhead, footer "第 n 页，共 m 页" on each)."""
    out = PagedSheet(letterhead)
    out.title(sheet.title)
    facts = list(sheet.facts)
    rows = [[*facts[i], *(facts[i + 1] if i + 1 < len(facts) else ("", ""))]
            for i in range(0, len(facts), 2)]
    if rows:
        out.table(rows, [22 * MM, 63 * MM, 22 * MM, 63 * MM], header=False,
                  shaded_columns=(0, 2))
    for heading, table, widths in sheet.tables:
        out.heading(heading)
        if len(table) > 1:
            out.table(table, [w * MM for w in widths])
        else:
            out.text("无")
    for heading, lines in sheet.tail:
        out.heading(heading)
        for line in lines or ["无"]:
            out.text(line)
    for note in sheet.notes:
        out.text(note, 8.5, GRAY)
    if sheet.signatures:
        out.space(6 * MM)
        out.table([list(sheet.signatures)], [WIDTH / len(sheet.signatures)]
                  * len(sheet.signatures), header=False)
    if sheet.printed:
        out.space(3 * MM)
        out.text(sheet.printed, 8, GRAY)
    total = len(out.pages)
    pages = [letterhead_page(draws, letterhead, f"第 {n} 页，共 {total} 页")
             for n, draws in enumerate(out.pages, start=1)]
    return PrintJob(job_title, pages, author=letterhead.company)


def joined(*jobs: PrintJob, title: str) -> PrintJob:
    """Several jobs as one: the route sheet and then every visit notice."""
    return PrintJob(title, [page for job in jobs for page in job.pages],
                    author=jobs[0].author if jobs else "")
