"""Reports as files: the PDF (Chinese, font embedded), the workbook, and the CLI's refusals."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import run as cli_main
from app.clock import FixedClock
from app.workflows.desk import Desk
from app.workflows.reports.export import build_report, render
from tests.integration.report_data import AFTER_SEASON, seed_season
from tests.print_support import pdf_fonts
from tests.support import seed_basics


@pytest.fixture
def desk(sqlite_db):
    clock = FixedClock(AFTER_SEASON)
    basics = seed_basics(sqlite_db, clock)
    seed_season(sqlite_db, basics, clock)
    return Desk(db=sqlite_db, clock=clock, actor=basics.agent)


def test_pdf_has_chinese_text_and_an_embedded_font(desk):
    data = render(desk, build_report(desk, "satisfaction", "2025-2026"), "pdf")
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "客户满意率" in text and "75.67" in text and "2025-2026" in text
    fonts = pdf_fonts(data)
    assert any("WenQuanYi" in name for name, _ in fonts)  # the bundled CJK font ...
    assert all(embedded for _, embedded in fonts)         # ... and nothing left unembedded


def test_workbook_has_a_sheet_per_table_with_numbers(desk):
    built = build_report(desk, "complaints", "2025-2026")
    book = load_workbook(io.BytesIO(render(desk, built, "xlsx")))
    assert len(book.worksheets) == sum(len(f.tables) for f in built.figures)
    sheet = next(s for s in book.worksheets if s.title.startswith("工单时限执行情况"))
    rows = list(sheet.iter_rows(min_row=3, max_row=6, values_only=True))
    assert rows[0][:3] == ("级别", "工单", "按时")
    assert rows[3][:7] == ("3级", 2, 1, 0, 1, 0, 50)


def test_cli_writes_the_file_and_refuses_bad_names_without_a_file(desk, tmp_path, capsys):
    url = desk.db.url
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "s.xlsx"
    assert cli_main(["--lang", "en", "report", "satisfaction", "--season", "2025-2026", "-o",
                     str(out), "--db", url]) == 0
    assert load_workbook(out).worksheets[0]["A1"].value.startswith("客户满意率")
    for args, words in ((["nosuch", "--season", "2025-2026"], "unknown"),
                        (["satisfaction", "--season", "2025-2027"], "is not a heating season"),
                        (["satisfaction", "--season", "2025"], "is not a heating season")):
        bad = out_dir / "bad.pdf"
        assert cli_main(["--lang", "en", "report", *args, "-o", str(bad), "--db", url]) == 2
        assert words in capsys.readouterr().err
        assert not bad.exists()
    assert cli_main(["report", "satisfaction", "--season", "2025-2026", "-o",
                     str(out_dir / "x.doc"), "--db", url]) == 2
    assert list(out_dir.iterdir()) == [out]  # no half-written or temporary file left
