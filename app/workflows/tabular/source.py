"""Reading a spreadsheet's table: .xlsx (first sheet) or .csv (UTF-8 or GBK, detected).

Rows come as tuples of stripped text with their spreadsheet row number, streamed (an
.xlsx of a million rows is read in openpyxl's read-only mode; a .csv line by line).

The header is the first row with text, after title rows (a row with only one cell of
text, such as a title merged across the sheet). Merged header cells are joined: a cell
merged over several columns heads each of them, and the row under it names the parts
(地址 over 小区 / 楼栋 / 单元 gives 地址/小区, 地址/楼栋, ...); a cell merged down over both
header rows (户号) is one header. openpyxl's read-only mode does not read merged ranges,
so they are read from the sheet's XML (`_merged_ranges`). A merged range inside the data
(an estate written once over its rows) gives each of its cells the value.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

SAMPLE_BYTES = 1 << 20
HEADER_SCAN_ROWS = 10
CSV_DELIMITERS = ",\t;|"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


class SheetProblem(Exception):
    """The file cannot be read as a table; `code` says why (file.unreadable, file.empty,
    file.format)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Merge:
    first_row: int
    first_col: int  # 0-based
    last_row: int
    last_col: int


@dataclass
class Sheet:
    """One table: its headers (joined when merged) and a way to read its data rows."""

    path: Path
    kind: str  # "xlsx" or "csv"
    headers: tuple[str, ...]
    first_data_row: int  # the spreadsheet row number of the first data row (1-based)
    encoding: str | None = None  # csv only: utf-8, utf-8-sig or gb18030
    delimiter: str | None = None
    size_hint: int | None = None  # rows, when the file says (xlsx dimension), else None
    merges: list[Merge] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        """(row number, cells) of each data row; empty rows are skipped."""
        width = len(self.headers)
        for number, cells in self._raw_rows():
            if number < self.first_data_row:
                continue
            values = tuple(cells[:width]) if len(cells) >= width else (
                *cells, *("",) * (width - len(cells)))
            if any(values):
                yield number, values

    def _raw_rows(self) -> Iterator[tuple[int, list[str]]]:
        if self.kind == "csv":
            yield from _csv_rows(self.path, self.encoding or "utf-8", self.delimiter or ",")
        else:
            yield from _filled(_xlsx_rows(self.path), self.merges)


def open_sheet(path: str | Path) -> Sheet:
    """The table of an .xlsx or .csv file, its header read; SheetProblem if it has none."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            merges = _merged_ranges(path)
            head = list(_take(_filled(_xlsx_rows(path), merges), HEADER_SCAN_ROWS))
            sheet = Sheet(path, "xlsx", (), 1, merges=merges, size_hint=_xlsx_size(path))
        elif suffix in (".csv", ".txt"):
            encoding = detect_encoding(path)
            delimiter = _delimiter(path, encoding)
            head = list(_take(_csv_rows(path, encoding, delimiter), HEADER_SCAN_ROWS))
            sheet = Sheet(path, "csv", (), 1, encoding=encoding, delimiter=delimiter)
        else:
            raise SheetProblem("file.format", suffix)
    except SheetProblem:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, UnicodeError) as exc:
        raise SheetProblem("file.unreadable", str(exc)) from exc
    headers, first_data_row = _header(head, sheet.merges)
    sheet.headers, sheet.first_data_row = headers, first_data_row
    if sheet.size_hint is not None:
        sheet.size_hint = max(0, sheet.size_hint - first_data_row + 1)
    return sheet


def _take(rows: Iterator[tuple[int, list[str]]], count: int) -> Iterator[tuple[int, list[str]]]:
    for taken, row in enumerate(rows):
        if taken >= count:
            return
        yield row


def _header(head: list[tuple[int, list[str]]],
            merges: list[Merge]) -> tuple[tuple[str, ...], int]:
    """The joined header texts and the first data row's number."""
    # a title row (one text, maybe merged across the sheet) is not the header
    texted = [(n, cells) for n, cells in head if len({c for c in cells if c}) > 1]
    if not texted:
        texted = [(n, cells) for n, cells in head if any(cells)][:1]
    if not texted:
        raise SheetProblem("file.empty")
    number, top = texted[0]
    width = max(len(cells) for _, cells in texted)
    top = top + [""] * (width - len(top))
    # a group header: a cell of this row merged across columns; its parts are in the next row
    grouped = any(m.first_row == number and m.last_col > m.first_col
                  and m.last_row == number for m in merges)
    if not grouped:
        return _unique(top), number + 1
    below = next((cells for n, cells in head if n == number + 1), [])
    below = below + [""] * (width - len(below))
    joined = []
    for col in range(width):
        upper, lower = top[col], below[col]
        spans_both = any(m.first_row == number and m.last_row >= number + 1
                         and m.first_col <= col <= m.last_col for m in merges)
        if spans_both or not lower or lower == upper:
            joined.append(upper)
        elif upper:
            joined.append(f"{upper}/{lower}")
        else:
            joined.append(lower)
    return _unique(joined), number + 2


def _unique(headers: list[str]) -> tuple[str, ...]:
    """Every column a distinct header: an empty one is 列N, a repeated one gets (2)."""
    seen: dict[str, int] = {}
    out = []
    for i, text in enumerate(headers):
        name = text or f"列{i + 1}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}({seen[name]})")
    return tuple(out)


# --- csv ---------------------------------------------------------------------------------

def detect_encoding(path: Path) -> str:
    """utf-8-sig (a BOM), utf-8 when the start decodes as UTF-8, else gb18030 (GBK's
    superset: what Excel on a Chinese Windows writes)."""
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if len(sample) == SAMPLE_BYTES:  # do not judge a character cut at the sample's end
        sample = sample[:sample.rfind(b"\n") + 1] or sample[:-4]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _delimiter(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(64 * 1024)
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding=encoding, newline="", errors="strict") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        for number, row in enumerate(reader, start=1):
            yield number, [cell.strip() for cell in row]


# --- xlsx --------------------------------------------------------------------------------

def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [cell_text(v) for v in row]
    finally:
        book.close()


def _xlsx_size(path: Path) -> int | None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return book.worksheets[0].max_row
    finally:
        book.close()


def cell_text(value: Any) -> str:
    """A cell as the text a person reads: 13800138000 not 13800138000.0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _sheet_xml_path(archive: zipfile.ZipFile) -> str:
    """The first sheet's part, through the workbook's relationships."""
    book = archive.read("xl/workbook.xml")
    first = re.search(rb'<(?:\w+:)?sheet\b[^>]*?r:id="([^"]+)"', book)
    rels = archive.read("xl/_rels/workbook.xml.rels")
    if first:
        rel = re.search(rb'<Relationship\b[^>]*?Id="' + re.escape(first.group(1))
                        + rb'"[^>]*?/?>', rels)
        if rel:
            target = re.search(rb'Target="([^"]+)"', rel.group(0))
            if target:
                name = target.group(1).decode()
                return name.lstrip("/") if name.startswith("/") else f"xl/{name}"
    return "xl/worksheets/sheet1.xml"


def _merged_ranges(path: Path) -> list[Merge]:
    """The merged ranges of the first sheet (they follow the cell data in its XML)."""
    with zipfile.ZipFile(path) as archive:
        part = _sheet_xml_path(archive)
        found: list[Merge] = []
        tail = b""
        with archive.open(part) as stream:
            while chunk := stream.read(1 << 20):
                text = tail + chunk
                for m in _MERGE.finditer(text):
                    found.append(Merge(int(m.group(2)), _column(m.group(1)),
                                       int(m.group(4)), _column(m.group(3))))
                cut = text.rfind(b"<")
                tail = text[cut:] if cut >= 0 else b""
                if tail and _MERGE.match(tail):
                    tail = b""
        return list(dict.fromkeys(found))


def _column(letters: bytes) -> int:
    number = 0
    for ch in letters.decode():
        number = number * 26 + ord(ch) - 64
    return number - 1


def _filled(rows: Iterator[tuple[int, list[str]]],
            merges: list[Merge]) -> Iterator[tuple[int, list[str]]]:
    """Each cell of a merged range holds the range's value (its top-left cell's)."""
    if not merges:
        yield from rows
        return
    by_row: dict[int, list[Merge]] = {}
    for merge in merges:
        for number in range(merge.first_row, merge.last_row + 1):
            by_row.setdefault(number, []).append(merge)
    tops: dict[Merge, str] = {}
    for number, cells in rows:
        for merge in by_row.get(number, ()):
            if number == merge.first_row:
                tops[merge] = cells[merge.first_col] if merge.first_col < len(cells) else ""
            value = tops.get(merge, "")
            if len(cells) <= merge.last_col:
                cells = cells + [""] * (merge.last_col + 1 - len(cells))
            for col in range(merge.first_col, merge.last_col + 1):
                cells[col] = value
        yield number, cells

