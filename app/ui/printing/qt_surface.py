"""The QPainter side of the printing surface: the same page code paints the preview and
the printer, so what the agent sees is what the printer and the PDF get.

Page coordinates are PDF points from the top-left corner; `scale` maps them to device
pixels (screen preview at 110 dpi, the printer at its own resolution).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from app.paths import RESOURCES
from app.printing.document import Page, PrintCancelled
from app.printing.layout import PAGE_HEIGHT, PAGE_WIDTH

FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
_families: list[str] = []


def cjk_family() -> str:
    """The bundled font's family, registered with Qt once."""
    if not _families:
        font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
        _families.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0
                         else ["sans-serif"])
    return _families[0]


def _color(rgb: tuple[float, float, float]) -> QColor:
    return QColor.fromRgbF(*rgb)


class QtSurface:
    def __init__(self, painter: QPainter, scale: float) -> None:
        self.p = painter
        self.s = scale
        self.family = cjk_family()
        self._images: dict[str, QImage] = {}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    def text(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
             color: tuple[float, float, float] = (0, 0, 0)) -> None:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(size * self.s)))
        font.setBold(bold)
        self.p.setFont(font)
        self.p.setPen(_color(color))
        self.p.drawText(QPointF(x * self.s, y * self.s), text)

    def line(self, x1: float, y1: float, x2: float, y2: float, *, width: float = 0.8,
             color: tuple[float, float, float] = (0, 0, 0),
             dash: tuple[float, float] | None = None) -> None:
        pen = QPen(_color(color), width * self.s)
        if dash:
            pen.setDashPattern([dash[0] / width, dash[1] / width])
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x1 * self.s, y1 * self.s), QPointF(x2 * self.s, y2 * self.s))

    def rect(self, x: float, y: float, w: float, h: float, *, width: float = 0.8,
             color: tuple[float, float, float] = (0, 0, 0),
             fill: tuple[float, float, float] | None = None, stroke: bool = True) -> None:
        box = QRectF(x * self.s, y * self.s, w * self.s, h * self.s)
        if fill is not None:
            self.p.fillRect(box, _color(fill))
        if stroke:
            self.p.setPen(QPen(_color(color), width * self.s))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(box)

    def image(self, key: str, png: bytes, x: float, y: float, w: float, h: float) -> None:
        image = self._images.get(key)
        if image is None:
            image = QImage.fromData(png)
            self._images[key] = image
        box = QRectF(x * self.s, y * self.s, w * self.s, h * self.s)
        self.p.drawImage(box, image)


def page_image(page: Page, dpi: float = 110) -> QImage:
    """One page as a white image for the preview."""
    scale = dpi / 72
    image = QImage(round(PAGE_WIDTH * scale), round(PAGE_HEIGHT * scale),
                   QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        page(QtSurface(painter, scale))
    finally:
        painter.end()
    return image


def print_pages(pages: list[Page], printer: QPrinter,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """Paint every page on the printer (A4, full page, the printer's own resolution)."""
    printer.setFullPage(True)
    scale = printer.resolution() / 72
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        surface = QtSurface(painter, scale)
        for index, page in enumerate(pages):
            if cancelled is not None and cancelled():
                printer.abort()
                raise PrintCancelled()
            if index:
                printer.newPage()
            page(surface)
            if progress is not None:
                progress(index + 1, len(pages))
    finally:
        painter.end()
