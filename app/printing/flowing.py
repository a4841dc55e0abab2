"""Flowing multi-page documents (ReportLab platypus) on the company letterhead.

The handover sheet and the service-quality reports run over as many pages as their tables
need; each page gets the letterhead and a footer, drawn through one `PdfSurface` per
document (so the logo is embedded once) and only the embedded CJK font is used.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.printing.fonts import register_cjk_font
from app.printing.layout import MARGIN
from app.printing.letterhead import Letterhead, draw_footer, draw_letterhead
from app.printing.surface import PdfSurface

TOP_MARGIN = MARGIN * 0.8 + 16 * mm + 9 * mm  # below the letterhead's logo and rules


def flowing_pdf(story: list[Flowable], letterhead: Letterhead, *, title: str,
                footer: Callable[[int], str]) -> bytes:
    """The story as A4 pages; `footer(page_number)` is the text at the bottom right."""
    font = register_cjk_font()
    surfaces: dict[int, PdfSurface] = {}

    def page_frame(canvas, _doc) -> None:  # noqa: ANN001 (ReportLab's callback)
        canvas.saveState()
        surface = surfaces.setdefault(id(canvas), PdfSurface(canvas))
        surface.new_page()
        draw_letterhead(surface, letterhead)
        draw_footer(surface, letterhead, footer(canvas.getPageNumber()))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=TOP_MARGIN, bottomMargin=MARGIN, title=title,
                            author=letterhead.company,
                            initialFontName=font)  # no unembedded Helvetica in the file
    doc.build(story, onFirstPage=page_frame, onLaterPages=page_frame)
    return out.getvalue()
