"""The drawing surface every document paints on, and its PDF implementation.

Documents draw through this small protocol instead of a ReportLab canvas, so the same page
code writes the PDF here and paints the on-screen preview or a printer page in `app/ui`
(a QPainter surface). Coordinates are PDF points with the origin at the top-left corner of
an A4 page and y growing downwards; a text's y is its baseline.
"""

from __future__ import annotations

from io import BytesIO
from typing import Protocol

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import register_cjk_font
from app.printing.layout import PAGE_HEIGHT

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
RED: Color = (0.78, 0.08, 0.08)
GRAY: Color = (0.45, 0.45, 0.45)
LIGHT: Color = (0.93, 0.93, 0.93)

BOLD_STROKE = 0.035  # stroke width per point of type for the synthetic bold face


class Surface(Protocol):
    def text(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
             color: Color = BLACK) -> None: ...

    def line(self, x1: float, y1: float, x2: float, y2: float, *, width: float = 0.8,
             color: Color = BLACK, dash: tuple[float, float] | None = None) -> None: ...

    def rect(self, x: float, y: float, w: float, h: float, *, width: float = 0.8,
             color: Color = BLACK, fill: Color | None = None, stroke: bool = True) -> None: ...

    def image(self, key: str, png: bytes, x: float, y: float, w: float, h: float) -> None: ...


class PdfSurface:
    """A Surface over one ReportLab canvas; remembers font and colours to skip repeats.

    The bundled font has no bold face, so bold text is filled and stroked (render mode 2),
    which prints and extracts like ordinary text.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.font = register_cjk_font()
        self._font_size: float | None = None
        self._fill: Color | None = None
        self._stroke: Color | None = None
        self._line_width: float | None = None
        self._dash: tuple[float, float] | None = None
        self._images: dict[str, str] = {}

    def new_page(self) -> None:
        """After showPage ReportLab resets the graphics state; so do we."""
        self._font_size = self._fill = self._stroke = self._line_width = None
        self._dash = None

    def _set_fill(self, color: Color) -> None:
        if color != self._fill:
            self.canvas.setFillColorRGB(*color)
            self._fill = color

    def _set_stroke(self, color: Color, width: float,
                    dash: tuple[float, float] | None = None) -> None:
        if color != self._stroke:
            self.canvas.setStrokeColorRGB(*color)
            self._stroke = color
        if width != self._line_width:
            self.canvas.setLineWidth(width)
            self._line_width = width
        if dash != self._dash:
            self.canvas.setDash(list(dash) if dash else [], 0)
            self._dash = dash

    def text(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
             color: Color = BLACK) -> None:
        if not text:
            return
        self._set_fill(color)
        if size != self._font_size:
            self.canvas.setFont(self.font, size)
            self._font_size = size
        if not bold:
            self.canvas.drawString(x, PAGE_HEIGHT - y, text)
            return
        self._set_stroke(color, size * BOLD_STROKE)
        obj = self.canvas.beginText(x, PAGE_HEIGHT - y)
        obj.setTextRenderMode(2)
        obj.textOut(text)
        obj.setTextRenderMode(0)
        self.canvas.drawText(obj)

    def line(self, x1: float, y1: float, x2: float, y2: float, *, width: float = 0.8,
             color: Color = BLACK, dash: tuple[float, float] | None = None) -> None:
        self._set_stroke(color, width, dash)
        self.canvas.line(x1, PAGE_HEIGHT - y1, x2, PAGE_HEIGHT - y2)

    def rect(self, x: float, y: float, w: float, h: float, *, width: float = 0.8,
             color: Color = BLACK, fill: Color | None = None, stroke: bool = True) -> None:
        if stroke:
            self._set_stroke(color, width)
        if fill is not None:
            self._set_fill(fill)
        self.canvas.rect(x, PAGE_HEIGHT - y - h, w, h, stroke=int(stroke),
                         fill=int(fill is not None))

    def image(self, key: str, png: bytes, x: float, y: float, w: float, h: float) -> None:
        """Embed each image once per document as a form, then place it by reference."""
        key = f"{key}@{w:.1f}x{h:.1f}"
        name = self._images.get(key)
        if name is None:
            name = f"img{len(self._images)}"
            self.canvas.beginForm(name, lowerx=0, lowery=0, upperx=w, uppery=h)
            self.canvas.drawImage(ImageReader(BytesIO(png)), 0, 0, w, h, mask="auto",
                                  preserveAspectRatio=True, anchor="c")
            self.canvas.endForm()
            self._images[key] = name
        self.canvas.saveState()
        self.canvas.translate(x, PAGE_HEIGHT - y - h)
        self.canvas.doForm(name)
        self.canvas.restoreState()

