"""Who is calling: the customer card, or a clear 'unregistered caller' state.

Important customers are flagged in red beside the name (rule 5.2.2: they get level 1);
contract notes stand out because a contract overrides the standards (rule 5.1.1).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.card_line import archive_line
from app.ui.intake import labels
from app.ui.network.outage_text import outage_text
from app.ui.printing.labels import last_notice_text
from app.ui.tickets.incident_text import incident_text
from app.workflows.network.vocab import OutageLine
from app.workflows.notices import LastNotice
from app.workflows.screen_pop import CustomerCard
from app.workflows.tickets.incidents import IncidentView


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerCardView(QFrame):
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.card: CustomerCard | None = None
        self.stack = QStackedLayout(self)

        self.idle = QLabel(self.tr("Waiting for a call. Type the caller's number (F3) or "
                                   "search a customer (Ctrl+F)."))
        self.idle.setWordWrap(True)
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle.setProperty("role", "hint")
        self.stack.addWidget(self.idle)

        unknown_page = QWidget()
        unknown_box = QVBoxLayout(unknown_page)
        self.unknown_title = QLabel(self.tr("Unregistered caller"))
        self.unknown_title.setObjectName("unknownTitle")
        self.unknown_number = QLabel()
        self.unknown_number.setProperty("role", "big")
        self.create_button = QPushButton(self.tr("New customer (Ctrl+N)"))
        self.create_button.setObjectName("createCustomerButton")
        self.create_button.setToolTip(self.tr(
            "Register this caller as a customer; the intake form keeps what you typed"))
        self.create_button.clicked.connect(self.create_requested)
        hint = QLabel(self.tr("You can also take the call without a customer record."))
        hint.setProperty("role", "hint")
        unknown_box.addWidget(self.unknown_title)
        unknown_box.addWidget(self.unknown_number)
        unknown_box.addWidget(hint)
        unknown_box.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        unknown_box.addStretch(1)
        self.stack.addWidget(unknown_page)

        card_page = QWidget()
        card_box = QVBoxLayout(card_page)
        card_box.setSpacing(6)
        # issue 16: a network outage over the building, said first, in one sentence
        self.outage = QLabel()
        self.outage.setObjectName("outageLine")
        self.outage.setWordWrap(True)
        self.outage.setStyleSheet("color: #ffffff; background: #b00020; font-weight: bold;"
                                  " padding: 4px 6px; border-radius: 3px;")
        self.outage.hide()
        card_box.addWidget(self.outage)
        self.outage_shown: OutageLine | None = None
        head = QHBoxLayout()
        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.important = QLabel(self.tr("Important customer"))
        self.important.setObjectName("importantBadge")
        head.addWidget(self.name)
        head.addWidget(self.important)
        head.addStretch(1)
        self.account = QLabel()
        self.account.setProperty("role", "caption")
        head.addWidget(self.account)
        card_box.addLayout(head)
        # issue 14: class, marks, the season's contract, a stopped home, the record's notes
        self.archive = QLabel()
        self.archive.setObjectName("archiveLine")
        self.archive.setWordWrap(True)
        self.archive.hide()
        card_box.addWidget(self.archive)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        self.address, self.services, self.phones = _value(), _value(), _value()
        self.area, self.contract = _value(), _value()
        self.contract.setObjectName("contractNotes")
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Services"), self.services)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("Heated area"), self.area)
        self.contract_caption = QLabel(self.tr("Contract"))
        form.addRow(self.contract_caption, self.contract)
        card_box.addLayout(form)
        self.notice = QLabel()  # "notified on ...": the latest notice received (rule 3.8.2)
        self.notice.setObjectName("lastNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        card_box.addWidget(self.notice)
        self.incident = QLabel()  # an open incident covering the building
        self.incident.setObjectName("incidentLine")
        self.incident.setWordWrap(True)
        self.incident.setStyleSheet("color: #b00020; font-weight: bold;")
        self.incident.hide()
        card_box.addWidget(self.incident)
        card_box.addStretch(1)
        self.stack.addWidget(card_page)

    @property
    def state(self) -> str:
        return ("idle", "unknown", "card")[self.stack.currentIndex()]

    def show_idle(self) -> None:
        self.card = None
        self.stack.setCurrentIndex(0)

    def show_unknown(self, phone: str) -> None:
        self.card = None
        self.unknown_number.setText(phone)
        self.stack.setCurrentIndex(1)

    def show_card(self, card: CustomerCard, last_notice: LastNotice | None = None,
                  incident: IncidentView | None = None,
                  outage: OutageLine | None = None) -> None:
        """Only what differs from the card shown before is set: each changed text or
        shown/hidden line costs a relayout of the card while the caller waits."""
        self.card = card
        self.outage_shown = outage
        _set_text(self.outage, outage_text(outage))
        _set_visible(self.outage, outage is not None)
        # the outage's own incident is said by the outage line; another one still shows
        said = outage is not None and incident is not None and outage.incident_id == incident.id
        _set_text(self.incident, incident_text(incident))
        _set_visible(self.incident, incident is not None and not said)
        _set_text(self.notice, last_notice_text(last_notice))
        _set_visible(self.notice, last_notice is not None)
        _set_text(self.name, card.name)
        _set_visible(self.important, card.important)
        archive, alert = archive_line(card)
        _set_text(self.archive, archive)
        _set_visible(self.archive, bool(archive))
        if self.archive.property("alert") != alert:  # a stopped home stands out
            self.archive.setProperty("alert", alert)
            self.archive.setStyleSheet("color: #ffffff; background: #1f4e9c; font-weight: "
                                       "bold; padding: 3px 6px; border-radius: 3px;"
                                       if alert else "")
        _set_text(self.account, self.tr("Account %1").replace("%1", card.account_number))
        _set_text(self.address, card.address)
        names = labels.services()
        _set_text(self.services, "、".join(names.get(s, s) for s in card.services))
        _set_text(self.phones, "  ".join(card.phones))
        _set_text(self.area, f"{card.heated_area.normalize():f} m²")
        level = (self.tr("Contract level %1").replace("%1", str(card.contract_level))
                 if card.contract_level else "")
        notes = self.tr("; ").join(t for t in (card.contract_notes, level) if t)  # ；
        _set_text(self.contract, notes)
        _set_visible(self.contract, bool(notes))
        _set_visible(self.contract_caption, bool(notes))
        if self.stack.currentIndex() != 2:
            self.stack.setCurrentIndex(2)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_visible(widget: QWidget, visible: bool) -> None:
    """A real change only (a child never shown or hidden by hand is set the first time)."""
    if (widget.isHidden() == visible
            or not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)):
        widget.setVisible(visible)
