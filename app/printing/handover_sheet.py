"""The printed handover sheet (交接班记录): one A4 page or more, in Chinese.

Rule 3.4.3 asks for a clear log of equipment status, difficult cases and staffing changes;
the sheet also lists the carried-over orders and both signatures (rule 3.4.2), so it can
be filed as the paper record. The document is Chinese by design, so its labels are here.

It is a print job like the notices and the work-order sheet (app/printing/document.py):
the content is laid out here once, in PDF points, into pages that draw through a
`Surface`, so the same pages become the PDF, the in-app preview and the printer's pages.
Every page carries the company letterhead and the footer the notices use; a table that
runs over a page repeats its heading row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from app.printing.document import PrintJob
from app.printing.layout import CONTENT_WIDTH, MARGIN, MM, PAGE_HEIGHT, centred, wrap
from app.printing.letterhead import Letterhead, draw_footer, draw_letterhead
from app.printing.names_zh import CARRY_REASON, CATEGORY, TICKET_STATUS
from app.printing.surface import GRAY, Color, Surface

if TYPE_CHECKING:
    from app.repositories.shifts.handover import HandoverView

STATUS = {"draft": "草稿", "handed_over": "待接班人签字", "signed": "已签字交接",
          "overridden": "班长代为确认"}
EQUIPMENT_STATE = {"ok": "正常", "faulty": "故障", "out_of_service": "停用"}

SIZE, LEADING = 9.5, 13.0          # body text and its line pitch
PAD = 3.0                          # cell padding
HEAD_SIZE, TITLE_SIZE = 12.0, 17.0
SHADE: Color = (0.91, 0.93, 0.96)  # table heading rows and label cells
RULE: Color = (0.5, 0.5, 0.5)
WIDTH = 170 * MM                   # every table's width
BOTTOM = PAGE_HEIGHT - MARGIN * 0.7 - 11 - 4 * MM  # above the footer's rule

Draw = Callable[[Surface], None]


def _person(name: str, job_number: str) -> str:
    """"李明（工号 1002）": who, and the job number that identifies them on paper."""
    if not name:
        return "—"
    return f"{name}（工号 {job_number}）" if job_number else name


def _fmt(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else "—"


class _NoSurface:
    """Measures where the letterhead ends without drawing anything."""

    def text(self, *_a: object, **_k: object) -> None: ...
    def line(self, *_a: object, **_k: object) -> None: ...
    def rect(self, *_a: object, **_k: object) -> None: ...
    def image(self, *_a: object, **_k: object) -> None: ...


@dataclass
class _Pages:
    """Lays blocks down the pages below the letterhead; each page is a list of draws."""

    head: Letterhead
    top: float = 0.0
    y: float = 0.0
    pages: list[list[Draw]] = field(default_factory=lambda: [[]])

    def __post_init__(self) -> None:
        self.top = self.y = draw_letterhead(_NoSurface(), self.head)

    def draw(self, fn: Draw) -> None:
        self.pages[-1].append(fn)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def room(self, height: float) -> None:
        """Start a new page unless `height` fits below y (an empty page always fits)."""
        if self.y + height > BOTTOM and self.y > self.top:
            self.new_page()

    # blocks ---------------------------------------------------------------------------
    def title(self, text: str) -> None:
        y = self.y + TITLE_SIZE
        self.draw(lambda s: centred(s, y, text, TITLE_SIZE, bold=True))
        self.y += TITLE_SIZE * 1.3 + 4 * MM

    def heading(self, text: str) -> None:
        self.room(8 + HEAD_SIZE * 1.4 + 2 * LEADING + 2 * PAD)  # never alone at a foot
        y = self.y + 8 + HEAD_SIZE
        self.draw(lambda s: s.text(MARGIN, y, text, HEAD_SIZE, bold=True))
        self.y += 8 + HEAD_SIZE * 1.4

    def text(self, text: str, size: float = SIZE, color: Color | None = None) -> None:
        """Wrapped lines across the content width, running over pages line by line."""
        for line in wrap(text or "", size, CONTENT_WIDTH):
            self.room(size * 1.37)
            self.draw(_line(self.y + size, line, size, color))
            self.y += size * 1.37

    def space(self, height: float) -> None:
        self.y += height

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], *,
              header: bool = True, shaded_columns: Sequence[int] = ()) -> None:
        """A grid; cells wrap; a row that does not fit goes on (the rest of it on) the next
        page under a repeated heading row."""
        cells = [[wrap(text or "", SIZE, width - 2 * PAD) for text, width in zip(row, widths, strict=True)]
                 for row in rows]
        heading = cells[0] if header else None
        body = cells[1:] if header else cells
        if heading is not None:
            first = min(self._height(body[0]), 2 * LEADING + 2 * PAD) if body else 0.0
            self.room(self._height(heading) + first)
            self._row(heading, widths, True, shaded_columns)
        fresh = BOTTOM - self._first_row_y(heading)  # the room for rows on a new page
        for row in body:
            lines = row
            while True:
                height = self._height(lines)
                if self.y + height <= BOTTOM:
                    self._row(lines, widths, False, shaded_columns)
                    break
                fit = int((BOTTOM - self.y - 2 * PAD) // LEADING)
                at_top = self.y <= self._first_row_y(heading)
                if not at_top and (height <= fresh or fit < 2):  # whole on the next page
                    self._next_page(heading, widths, shaded_columns)
                    continue
                fit = max(1, fit)                  # taller than a page: split it here
                self._row([c[:fit] for c in lines], widths, False, shaded_columns)
                lines = [c[fit:] for c in lines]
                self._next_page(heading, widths, shaded_columns)

    def _first_row_y(self, heading: list[tuple[str, ...]] | None) -> float:
        return self.top + (self._height(heading) if heading is not None else 0.0)

    def _next_page(self, heading: list[tuple[str, ...]] | None, widths: Sequence[float],
                   shaded_columns: Sequence[int]) -> None:
        self.new_page()
        if heading is not None:
            self._row(heading, widths, True, shaded_columns)

    @staticmethod
    def _height(row: list[tuple[str, ...]]) -> float:
        return max(len(lines) for lines in row) * LEADING + 2 * PAD

    def _row(self, row: list[tuple[str, ...]], widths: Sequence[float], heading: bool,
             shaded_columns: Sequence[int]) -> None:
        top, height = self.y, self._height(row)
        x = MARGIN
        for column, (lines, width) in enumerate(zip(row, widths, strict=True)):
            self.draw(_cell(x, top, width, height, lines,
                            shade=heading or column in shaded_columns))
            x += width
        self.y += height


def _line(y: float, text: str, size: float, color: Color | None) -> Draw:
    def draw(surface: Surface) -> None:
        if color is None:
            surface.text(MARGIN, y, text, size)
        else:
            surface.text(MARGIN, y, text, size, color=color)
    return draw


def _cell(x: float, y: float, w: float, h: float, lines: tuple[str, ...], *,
          shade: bool) -> Draw:
    def draw(surface: Surface) -> None:
        if shade:
            surface.rect(x, y, w, h, fill=SHADE, stroke=False)
        surface.rect(x, y, w, h, width=0.5, color=RULE)
        baseline = y + PAD + SIZE * 0.95
        for line in lines:
            surface.text(x + PAD, baseline, line, SIZE)
            baseline += LEADING
    return draw


def _page(draws: list[Draw], head: Letterhead, footer: str) -> Draw:
    def page(surface: Surface) -> None:
        draw_letterhead(surface, head)
        for draw in draws:
            draw(surface)
        draw_footer(surface, head, footer)
    return page


def handover_sheet_job(view: HandoverView, *, letterhead: Letterhead, zone: tzinfo,
                       printed_at: datetime, memos: Sequence[Sequence[str]] = ()
                       ) -> PrintJob:
    """The sheet as pages: preview and print them, or render them to a PDF. `memos` is the
    table of messages passed on (heading row first; rule 4.2(5)), printed when it has any."""
    out = _Pages(letterhead)
    shift = f"{view.shift_date} {view.shift_name}".strip() or "—"
    out.title("客服中心交接班记录")
    out.table([["班次", shift, "交接状态", STATUS.get(view.status, view.status)],
               ["交班人", _person(view.outgoing_name, view.outgoing_job_number),
                "接班人", _person(view.incoming_name, view.incoming_job_number)],
               ["交班时间", _fmt(view.handed_over_at, zone),
                "完成时间", _fmt(view.completed_at, zone)]],
              [22 * MM, 63 * MM, 22 * MM, 63 * MM], header=False, shaded_columns=(0, 2))
    out.heading("一、设备状况")
    equipment = view.lines("equipment")
    out.table([["设备名称", "设备状态", "情况说明"]] + [
        [i.subject, EQUIPMENT_STATE.get(i.state or "", i.state or ""), i.text]
        for i in equipment], [45 * MM, 25 * MM, 100 * MM])
    out.heading("二、疑难个案")
    cases = view.lines("difficult_case")
    if cases:
        out.table([["工单号", "疑难情况"]] + [[i.ticket_number or "—", i.text] for i in cases],
                  [35 * MM, 135 * MM])
    else:
        out.text("无")
    out.heading("三、人员变动")
    staffing = view.lines("staffing")
    if staffing:
        for i in staffing:
            out.text(f"· {i.text}")
    else:
        out.text("无")
    out.heading("四、移交工单")
    if view.carryovers:
        out.table([["工单号", "类别", "优先级", "移交原因", "交班时状态", "完成时限", "问题摘要",
                    "接班人确认"]] + [
            [c.number, CATEGORY.get(c.category, c.category), f"{c.level}级",
             CARRY_REASON.get(c.reason, c.reason), TICKET_STATUS.get(c.status, c.status),
             _fmt(c.due_at, zone), c.description[:60], "✓" if c.acknowledged_at else ""]
            for c in view.carryovers],
            [25 * MM, 12 * MM, 16 * MM, 18 * MM, 21 * MM, 22 * MM, 35 * MM, 21 * MM])
    else:
        out.text("无")
    out.heading("五、其他事项")
    out.text(view.notes or "无")
    if len(memos) > 1:
        out.heading("六、转交留言")
        out.table(memos, [24 * MM, 34 * MM, 64 * MM, 24 * MM, 24 * MM])
    corrections = view.lines("correction")
    if corrections:
        out.heading(("七" if len(memos) > 1 else "六") + "、更正记录")
        for i in corrections:
            out.text(f"{_fmt(i.created_at, zone)} {i.created_by_name}：{i.text}")
    out.space(6 * MM)
    if view.status == "overridden":
        sign = [f"交班人：{view.outgoing_name}", f"班长确认：{view.override_by_name}",
                f"原因：{view.override_reason}"]
    else:
        sign = [f"交班人签字：{_person(view.outgoing_name, view.outgoing_job_number)}",
                "接班人签字：" + (_person(view.signed_by_name, view.incoming_job_number)
                                 if view.signed_by_name else "________")]
    out.table([sign], [WIDTH / len(sign)] * len(sign), header=False)
    out.space(3 * MM)
    out.text(f"记录编号 {view.id} · 打印时间 {_fmt(printed_at, zone)}", 8, GRAY)

    total = len(out.pages)
    pages = [_page(draws, letterhead, f"第 {n} 页，共 {total} 页")
             for n, draws in enumerate(out.pages, start=1)]
    return PrintJob(f"交接班记录 {shift}", pages, author=letterhead.company)


def render_handover_sheet(view: HandoverView, *, letterhead: Letterhead, zone: tzinfo,
                          printed_at: datetime) -> bytes:
    """The sheet as one A4 PDF (the same pages the preview shows)."""
    return handover_sheet_job(view, letterhead=letterhead, zone=zone,
                              printed_at=printed_at).render_pdf()
