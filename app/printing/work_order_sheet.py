"""The work-order sheet (供热服务工单) field staff carry: the order, the customer, the deadline,
what to fill in by hand on site (rule 3.8: record the customer's feedback in detail) and
signature boxes. The satisfaction ticks follow the four grades of rule 5.3.1.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.printing.layout import (
    CONTENT_WIDTH,
    MARGIN,
    MM,
    PAGE_WIDTH,
    centred,
    field_table,
    right_aligned,
    text_width,
)
from app.printing.letterhead import Letterhead, draw_footer, draw_letterhead, draw_signature_boxes
from app.printing.surface import GRAY, LIGHT, RED, Surface

SIZE = 11
SATISFACTION = ("满意", "基本满意", "不满意", "很不满意")  # rule 5.3.1
RESPONSIBILITY = ("公司", "客户", "第三方")  # rule 2.6
LABEL_WIDTH = 20 * MM


@dataclass(frozen=True)
class WorkOrderSheet:
    number: str
    category: str        # the category's words, e.g. "报修"
    level: str           # "一级（2小时内）"
    received: str
    deadline: str
    unit: str
    assignee: str
    customer_name: str
    account_number: str
    phones: str
    address: str
    problem: str
    printed: str


def draw_work_order_sheet(surface: Surface, sheet: WorkOrderSheet, head: Letterhead,
                          wording: dict[str, str], label: str = "") -> None:
    y = draw_letterhead(surface, head)
    centred(surface, y + 6, wording["work_order.title"], 22, bold=True)
    right_aligned(surface, PAGE_WIDTH - MARGIN, y + 6, sheet.number, 14, bold=True, color=RED)
    y += 12 * MM
    half = CONTENT_WIDTH / 2
    top = y
    left_rows = [("工单号", sheet.number), ("类    别", sheet.category),
                 ("级    别", sheet.level)]
    right_rows = [("受理时间", sheet.received), ("完成时限", sheet.deadline),
                  ("执行单位", sheet.unit)]
    y_left = field_table(surface, top, left_rows, SIZE, width=half, label_width=LABEL_WIDTH,
                         min_height=9 * MM, shade=LIGHT)
    y_right = field_table(surface, top, right_rows, SIZE, x=MARGIN + half, width=half,
                          label_width=LABEL_WIDTH, min_height=9 * MM, shade=LIGHT)
    y = max(y_left, y_right)
    rows = [("维修人员", sheet.assignee or ""),
            ("客    户", f"{sheet.customer_name}    户号 {sheet.account_number}".strip()),
            ("联系电话", sheet.phones), ("地    址", sheet.address),
            ("问题描述", sheet.problem)]
    y = field_table(surface, y, rows, SIZE, label_width=LABEL_WIDTH, min_height=9 * MM,
                    shade=LIGHT) + 5 * MM
    surface.text(MARGIN, y, "现场填写", 12, bold=True, color=RED)
    surface.text(MARGIN + 18 * MM, y, "（请用钢笔或签字笔填写，字迹清楚）", 9, color=GRAY)
    y += 3 * MM
    hand_rows = [("到达时间", "        月      日      时      分"),
                 ("完成时间", "        月      日      时      分"),
                 ("室内温度", "             °C        测量位置："),
                 ("处理情况", ""), ("使用材料", ""), ("责任归属", ""), ("客户意见", "")]
    heights = {"处理情况": 34 * MM, "使用材料": 14 * MM}
    choices = {"责任归属": RESPONSIBILITY, "客户意见": SATISFACTION}
    for row in hand_rows:
        row_top = y
        y = field_table(surface, y, [row], SIZE, label_width=LABEL_WIDTH,
                        min_height=heights.get(row[0], 10 * MM), shade=LIGHT)
        if row[0] in choices:
            _tick_boxes(surface, MARGIN + LABEL_WIDTH + SIZE * 0.6,
                        row_top + SIZE * 0.6 + SIZE * 0.85, choices[row[0]])
    y += 6 * MM
    labels = [part for part in wording["work_order.signatures"].split("|") if part.strip()]
    draw_signature_boxes(surface, labels, y)
    draw_footer(surface, head, label or f"打印时间 {sheet.printed}")


def _tick_boxes(surface: Surface, x: float, baseline: float, options: tuple[str, ...]) -> None:
    """Real squares to tick by hand; the font's □ prints too small to mark."""
    box = SIZE * 0.95
    for option in options:
        surface.rect(x, baseline - box * 0.9, box, box, width=0.8)
        surface.text(x + box + 4, baseline, option, SIZE)
        x += box + 4 + text_width(option, SIZE) + 10 * MM
