"""The product's name and motto at the top of the start-up dialogs (rule 1.2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class BrandBand(QFrame):
    """供热客服工作台 with the motto 诚信服务、温暖万家, on the dark band of the house style."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brandBand")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 20)
        layout.setSpacing(8)
        self.product = QLabel(self.tr("HeatDesk"), self)
        self.product.setObjectName("productName")
        # rule 1.2: the motto is shown in the product
        self.motto = QLabel(self.tr("Honest service, warmth for every home"), self)
        self.motto.setObjectName("motto")
        for label in (self.product, self.motto):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
