"""A report as an Excel workbook (openpyxl): one sheet per table, numbers kept as numbers.

Sheet names are "<figure> <table>" cut to Excel's 31 characters and made unique; the first
rows of each sheet name the report, the season and the figure, so a sheet still says what it
is when copied out of the workbook.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from app.printing.reports.content import Figure

BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _sheet_name(wanted: str, taken: set[str]) -> str:
    base = wanted.translate(BAD_SHEET_CHARS)[:28] or "Sheet"
    name, n = base, 2
    while name in taken:
        name, n = f"{base[:26]}_{n}", n + 1
    taken.add(name)
    return name


def render_report_xlsx(title: str, season: str, figures: list[Figure]) -> bytes:
    book = Workbook()
    book.remove(book.worksheets[0])  # a new workbook starts with one empty sheet
    taken: set[str] = set()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8EEF5")
    for figure in figures:
        for table in figure.tables or []:
            sheet = book.create_sheet(_sheet_name(
                f"{figure.title} {table.title}".strip(), taken))
            sheet.append([f"{title}（{season} 供暖季）"])
            sheet.append([figure.title, table.title])
            sheet["A1"].font = Font(bold=True, size=13)
            sheet.append(list(table.columns))
            for cell in sheet[3]:
                cell.font, cell.fill = bold, fill
            for row in table.rows:
                sheet.append(list(row))
            for i, column in enumerate(table.columns, start=1):
                width = max([len(str(column))] + [len(str(r[i - 1])) for r in table.rows])
                sheet.column_dimensions[sheet.cell(3, i).column_letter].width = 4 + 2 * width
            for note in figure.notes:
                sheet.append([])
                sheet.append([note])
    if not book.worksheets:
        book.create_sheet("报表").append([f"{title}（{season} 供暖季）", "（无数据）"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
