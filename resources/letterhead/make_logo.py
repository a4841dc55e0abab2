"""Draw the default letterhead logo (logo.png): a red ring, a house and a flame.

Run once with `python resources/letterhead/make_logo.py`; the PNG is committed. A centre
replaces it with its own logo from the letterhead settings dialog.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZE = 256
RED = QColor(200, 20, 20)
ORANGE = QColor(240, 120, 20)


def draw(path: Path) -> None:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(RED, 14))
    p.drawEllipse(QRectF(10, 10, SIZE - 20, SIZE - 20))
    house = QPainterPath()
    house.moveTo(60, 130)
    house.lineTo(128, 66)
    house.lineTo(196, 130)
    house.moveTo(78, 118)
    house.lineTo(78, 196)
    house.lineTo(178, 196)
    house.lineTo(178, 118)
    p.setPen(QPen(RED, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.drawPath(house)
    flame = QPainterPath()
    flame.moveTo(128, 186)
    flame.cubicTo(QPointF(96, 186), QPointF(94, 150), QPointF(112, 130))
    flame.cubicTo(QPointF(112, 146), QPointF(120, 150), QPointF(124, 148))
    flame.cubicTo(QPointF(116, 124), QPointF(130, 108), QPointF(142, 100))
    flame.cubicTo(QPointF(138, 124), QPointF(164, 140), QPointF(160, 162))
    flame.cubicTo(QPointF(158, 178), QPointF(146, 186), QPointF(128, 186))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ORANGE)
    p.drawPath(flame)
    p.end()
    image.save(str(path))


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    draw(Path(__file__).with_name("logo.png"))
