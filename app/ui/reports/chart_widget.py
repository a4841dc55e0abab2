"""A report chart drawn with QPainter (PySide6-Essentials ships no QtCharts).

Draws the registry's Chart as it is: bars grouped per category, lines, or a pie, with a
legend; the same data the PDF draws with ReportLab.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.printing.reports.verdict import (  # noqa: F401 (MET... re-exported for tests)
    BELOW,
    BELOW_WORD,
    MET,
    PALETTE,
    TARGET,
    bar_colors,
    below_words,
    legend_entries,
)
from app.workflows.reports.registry import Chart


class ChartWidget(QWidget):
    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(chart.title)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills its rectangle
        self._drawn: QPixmap | None = None  # the chart at the current size

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._drawn = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Drawn once per size into a pixmap; a repaint (the page scrolling, a figure added
        above it) copies the pixmap instead of drawing the chart again."""
        if self._drawn is None:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            self._draw(pixmap)
            self._drawn = pixmap
        p = QPainter(self)
        p.drawPixmap(0, 0, self._drawn)
        p.end()

    def _draw(self, target: QPixmap) -> None:
        p = QPainter(target)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, self.chart.kind != "bar")
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QColor("#333"))
        p.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft,
                   self.chart.title)
        values = [v for s in self.chart.series.values() for v in s]
        width = self.width() - 200
        labels = ([] if self.chart.kind == "pie" or not self.chart.categories
                  else self.category_labels(width / len(self.chart.categories)))
        second_line = self.fontMetrics().height() if any("\n" in t for t in labels) else 0
        area = QRectF(44, 30, width, self.height() - 56 - second_line)
        if not self.chart.categories or not any(values):
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("(no data)"))
            p.end()
            return
        if self.chart.kind == "pie":
            entries = [(PALETTE[i % len(PALETTE)], name)
                       for i, name in enumerate(self._pie(p, area))]
        else:
            self._axes(p, area, max(values), labels)
            entries = legend_entries(self.chart)
        self._legend(p, QRectF(area.right() + 20, 32, 150, area.height()), entries)
        p.end()

    def category_labels(self, slot: float) -> list[str]:
        """Each category's name under its bar: on two lines where one is too narrow, cut
        with "…" only beyond that. Clipped silently, 残疾或独居老人 read 残疾或独居老."""
        metrics = self.fontMetrics()
        width = max(1, int(slot) - 2)
        labels = []
        for name in self.chart.categories:
            if metrics.horizontalAdvance(name) <= width:
                labels.append(name)
                continue
            cut = len(name) - 1
            while cut > 1 and metrics.horizontalAdvance(name[:cut]) > width:
                cut -= 1
            space = name.rfind(" ", 1, cut + 1)  # English names break between words
            cut = space if space > 0 else cut
            rest = metrics.elidedText(name[cut:].strip(), Qt.TextElideMode.ElideRight, width)
            labels.append(f"{name[:cut].strip()}\n{rest}")
        return labels

    def _axes(self, p: QPainter, area: QRectF, top: float, labels: list[str]) -> None:
        top = top or 1.0
        p.setPen(QPen(QColor("#888"), 1))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        for i in range(5):
            y = area.bottom() - area.height() * i / 4
            p.drawText(QRectF(0, y - 8, 40, 16), Qt.AlignmentFlag.AlignRight, f"{top * i / 4:g}")
        slot = area.width() / len(labels)
        series = list(self.chart.series.values())
        height = 2 * p.fontMetrics().height() + 2
        for ci, name in enumerate(labels):
            p.setPen(QColor("#333"))
            p.drawText(QRectF(area.left() + ci * slot, area.bottom() + 2, slot, height),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        colors = bar_colors(self.chart)
        words = below_words(self.chart)
        for si, data in enumerate(series):
            points = []
            for ci, value in enumerate(data):
                color = QColor(colors[si][ci])
                h = area.height() * value / top
                if self.chart.kind == "bar":
                    width = slot * 0.8 / len(series)
                    x = area.left() + ci * slot + slot * 0.1 + si * width
                    p.fillRect(QRectF(x, area.bottom() - h, width - 2, h), color)
                    if words[si][ci]:  # the verdict in words, not by red alone
                        p.setPen(color)
                        p.drawText(QRectF(x - slot * 0.1, area.bottom() - h - 16, slot, 16),
                                   Qt.AlignmentFlag.AlignLeft, words[si][ci])
                else:
                    points.append(QPointF(area.left() + (ci + 0.5) * slot, area.bottom() - h))
            if points:
                p.setPen(QPen(QColor(colors[si][0]), 2))
                p.drawPolyline(points)

    def _pie(self, p: QPainter, area: QRectF) -> list[str]:
        data = next(iter(self.chart.series.values()))
        total = sum(data) or 1.0
        side = min(area.width(), area.height())
        box = QRectF(area.left(), area.top(), side, side)
        start = 90 * 16
        for i, value in enumerate(data):
            span = int(round(-360 * 16 * value / total))
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.setPen(QPen(QColor("white"), 1))
            p.drawPie(box, start, span)
            start += span
        return [f"{c} {v:g}" for c, v in zip(self.chart.categories, data, strict=True)]

    def _legend(self, p: QPainter, box: QRectF, entries: list[tuple[str, str]]) -> None:
        for i, (color, name) in enumerate(entries):
            y = box.top() + i * 20
            p.fillRect(QRectF(box.left(), y + 3, 12, 12), QColor(color))
            p.setPen(QColor("#333"))
            p.drawText(QRectF(box.left() + 18, y, box.width() - 18, 18),
                       Qt.AlignmentFlag.AlignLeft, name)
