"""The bundled CJK font for ReportLab, embedded as a subset in every PDF.

ReportLab's TrueType support subsets the glyphs actually used, so a notice stays small
while showing Chinese on any printer or PDF viewer.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import RESOURCES

FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
CJK_FONT = "WenQuanYiMicroHei"


@cache
def cjk_font() -> TTFont:
    """The font, registered once per process; layout reads its width table directly."""
    font = TTFont(CJK_FONT, str(FONT_FILE), subfontIndex=0)
    pdfmetrics.registerFont(font)
    return font


def register_cjk_font() -> str:
    """Register the font once per process and return its ReportLab name."""
    return cjk_font().fontName
