"""The etiquette panel beside the intake form: what to say now, at this stage of the call.

It follows the desk's signals (number known, customer found, category chosen, contact saved,
call reset) and can be moved by hand (Alt+PgDown / Alt+PgUp, or a click on a stage name).
Alt+1..9 inserts the stage's phrases into the field being typed in, Ctrl+Alt+1..9 copies
them; Alt+S cycles the form of address. The panel never takes keyboard focus (rule 4.4
etiquette must not slow down the form). After the contact is saved the call's etiquette is
recorded under the contact id for the supervision figures (rule 5.4).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.etiquette.insertion import copy_to_clipboard, insert_or_copy
from app.ui.etiquette.panel_parts import (
    PhraseRow,
    RemindersBox,
    SalutationRow,
    Stepper,
    WarningsBox,
    no_focus,
)
from app.ui.etiquette.phrase_watch import PhraseWatcher
from app.ui.etiquette.style import PANEL_STYLE
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.etiquette.call_script import CallScript
from app.workflows.etiquette.config import DEFAULTS as ETIQUETTE_DEFAULTS
from app.workflows.etiquette.config import EtiquetteConfig, build_config, read_config
from app.workflows.etiquette.library import Library, default_library
from app.workflows.etiquette.phrase_check import PhraseWarning, check_text
from app.workflows.etiquette.scripts import current_library
from app.workflows.etiquette.supervision import record_call
from app.workflows.settings import DEFAULTS as SHARED_DEFAULTS

log = logging.getLogger(__name__)
RingSource = Callable[[], tuple[datetime | None, datetime | None]]
MAX_PHRASE_KEYS = 9
TICK_MS = 500


class EtiquettePanel(QWidget):
    stage_changed = Signal(str)

    def __init__(self, desk: Desk, ring_source: RingSource | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ring_source = ring_source
        self.watcher: PhraseWatcher | None = None  # the desk window's field watcher
        self.setObjectName("etiquettePanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # offline the panel keeps working on what it has; the desk's banner says why
        self.ops = OpRunner(self, desk, offline=self._offline)
        actor = desk.actor
        # the shipped default until the centre's scripts arrive (at once on a local file)
        self.script = CallScript(default_library(),
                                 build_config({**ETIQUETTE_DEFAULTS, **SHARED_DEFAULTS}),
                                 desk.clock, actor.job_number if actor else "",
                                 actor.name if actor else "")
        self._recorded: tuple | None = None
        self._present: dict[int, list[PhraseWarning]] = {}  # curt phrases in each field
        self._pending: dict[int, tuple[tuple, int]] = {}
        self.rows: list[PhraseRow] = []  # the rows shown now, Alt+1 first
        self._row_pool: list[PhraseRow] = []  # built once, relabelled, hidden when unused
        self._build()
        self._shortcuts()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh_ring)
        self._tick.start()
        self.refresh()
        self._reload_library(first=True)

    # ---- building ---------------------------------------------------------------------
    def _offline(self) -> None:
        """The runner's offline sink: each op says what waits (see `_record`)."""

    def _build(self) -> None:
        self.ring_label = QLabel()
        self.ring_label.setObjectName("ringCounter")
        self.position = QLabel()
        self.position.setProperty("role", "caption")
        top = QHBoxLayout()
        top.addWidget(self.ring_label, 1)
        top.addWidget(self.position)
        self.stepper = Stepper()
        self.stepper.stage_clicked.connect(self.go_to)
        self.title = QLabel()
        self.title.setObjectName("stageTitle")
        self.rule = QLabel()
        self.rule.setObjectName("ruleBadge")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.rule)
        self.hint = QLabel()
        self.hint.setObjectName("stageHint")
        self.hint.setWordWrap(True)
        self.salutations = SalutationRow()
        self.salutations.caption.setText(self.tr("Form of address (Alt+S):"))
        self.salutations.chosen.connect(self.choose_salutation)
        self.phrase_box = QVBoxLayout()
        self.phrase_box.setSpacing(4)
        self.no_phrases = QLabel(self.tr("No words to say at this stage."))
        self.no_phrases.setProperty("role", "caption")
        # the key on a second line: on one line the pair is wider than the panel's column
        # at 1366×768 once the overdue alerts share it and the panel scrolls
        self.previous_button = no_focus(QPushButton(self.tr("‹ Back\nAlt+PgUp")))
        self.next_button = no_focus(QPushButton(self.tr("Next stage ›\nAlt+PgDown")))
        self.previous_button.clicked.connect(self.previous_stage)
        self.next_button.clicked.connect(self.next_stage)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        self.warnings = WarningsBox()
        self.reminders = RemindersBox()
        self.status = QLabel()
        self.status.setObjectName("etiquetteStatus")
        self.status.setWordWrap(True)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(8, 6, 8, 6)
        for item in (top, self.stepper, title_row, self.hint, self.salutations,
                     self.phrase_box, self.no_phrases, moves, self.warnings, self.status):
            if isinstance(item, QWidget):
                box.addWidget(item)
            else:
                box.addLayout(item)
        box.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        box.addWidget(line)
        box.addWidget(self.reminders)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(320)

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _shortcuts(self) -> None:
        self._shortcut("Alt+PgDown", self.next_stage)
        self._shortcut("Alt+PgUp", self.previous_stage)
        self._shortcut("Alt+S", self.cycle_salutation)
        for n in range(1, MAX_PHRASE_KEYS + 1):
            self._shortcut(f"Alt+{n}", partial(self.use_phrase, n))
            self._shortcut(f"Ctrl+Alt+{n}", partial(self.use_phrase, n, copy=True))

    # ---- what the desk reports -----------------------------------------------------------
    def start_ringing(self) -> None:
        self.script.start_ringing()
        self.refresh()

    def on_number_known(self, _number: str = "") -> None:
        self._sync_ring()
        self._after(self.script.number_known())

    def on_customer_found(self, card: object) -> None:
        self._sync_ring()
        self._after(self.script.customer_found(str(getattr(card, "name", "") or ""),
                                               str(getattr(card, "address", "") or "")))

    def on_category_chosen(self, category: str) -> None:
        self._after(self.script.category_chosen(category))

    def on_contact_saved(self, result: object) -> None:
        self.script.saved(int(getattr(result, "contact_id")),  # noqa: B009
                          getattr(result, "ticket_number", None), getattr(result, "due_at", None))
        self._after(True)

    def on_call_reset(self) -> None:
        self.on_call_started()
        self._reload_library()

    def on_call_started(self) -> None:
        """A new call (a ring, pressed Esc or not): the last one's record is written and
        the script starts over; its stage, order number and warnings go. (The library is
        read between calls on Esc; the change feed brings a leader's edit at any time.)"""
        self._record()
        self.script.reset()
        self._present.clear()
        self._recorded = None
        self.refresh()

    # ---- the agent's own moves -------------------------------------------------------------
    def next_stage(self) -> None:
        self._after(self.script.next())

    def previous_stage(self) -> None:
        self._after(self.script.previous())

    def go_to(self, stage_id: str) -> None:
        self._after(self.script.go(stage_id))

    def choose_salutation(self, salutation: str) -> None:
        chosen = "" if salutation == self.script.facts.salutation else salutation
        self.script.choose_salutation(chosen)
        self.refresh()

    def cycle_salutation(self) -> None:
        choices = self.script.salutation_choices()
        if not choices:
            return
        current = self.script.facts.salutation
        index = choices.index(current) + 1 if current in choices else 0
        self.script.choose_salutation(choices[index % len(choices)])
        self.refresh()

    def use_phrase(self, number: int, copy: bool = False) -> None:
        phrases = self.script.view().phrases
        if not 1 <= number <= len(phrases):
            return
        text = phrases[number - 1]
        if copy:
            copy_to_clipboard(text)
            self.status.setText(self.tr("Copied to the clipboard: %1").replace("%1", text))
            return
        field = insert_or_copy(text, exclude=self)
        if field is None:
            self.status.setText(self.tr("No text field is being typed in; copied to the "
                                        "clipboard: %1").replace("%1", text))
        else:
            self.status.setText(self.tr("Inserted: %1").replace("%1", text))

    def check_text(self, text: str, field: object = None) -> list[PhraseWarning]:
        """The phrase watcher's question: which curt phrases are in this text (of `field`)?

        The call's record keeps every warning given (rule 5.4); the panel shows only the
        phrases still in the fields, so deleting one, or the save clearing the form,
        takes its warning away."""
        found = check_text(text, self.script.library.curt_phrases)
        if found:
            self._present[id(field)] = found
        else:
            self._present.pop(id(field), None)
        self._show_warnings()
        if self.script.note_warnings(found):
            self._record()
        return found

    def set_library(self, library: Library) -> None:
        self.script.replace_library(library)
        self.refresh()

    def reload(self) -> None:
        """Read the centre's scripts and greeting times again (another desk changed them)."""
        self._reload_library()

    # ---- showing --------------------------------------------------------------------------
    def _after(self, moved: bool) -> None:
        self.refresh()
        if moved:
            self.stage_changed.emit(self.script.stages.current)
        self._record()

    def refresh(self) -> None:
        """Show the script's state by changing only what differs from what is shown.

        It runs on every desk signal (a ring alone sends two), so nothing is rebuilt:
        labels keep their text when it is the same and phrase rows and salutation buttons
        are relabelled in place, which spares the layout and repaint of the whole panel.
        """
        view = self.script.view()
        self.stepper.show_steps(self.script.steps())
        _set_text(self.position, self.tr("Stage %1 of %2").replace(
            "%1", str(view.position)).replace("%2", str(view.count)))
        _set_text(self.title, view.title)
        _set_text(self.rule, self.tr("rule %1").replace("%1", view.rule) if view.rule else "")
        _set_visible(self.rule, bool(view.rule))
        _set_text(self.hint, view.hint)
        self.salutations.show_choices(self.script.salutation_choices(),
                                      self.script.facts.salutation)
        self._show_phrases(view.phrases)
        self.previous_button.setEnabled(view.position > 1)
        self.next_button.setEnabled(view.position < view.count)
        self.reminders.show_groups(self.script.library.reminders)
        self._show_warnings()
        self.refresh_ring()

    def _show_phrases(self, phrases: tuple[str, ...]) -> None:
        while len(self._row_pool) < len(phrases):
            number = len(self._row_pool) + 1
            key = f"Alt+{number}" if number <= MAX_PHRASE_KEYS else ""
            row = PhraseRow(key, "")
            row.setToolTip(self.tr("Click or %1: insert into the field you are typing in. "
                                   "Copy or Ctrl+%1: copy.").replace("%1", key))
            row.insert_requested.connect(lambda _t, n=number: self.use_phrase(n))
            row.copy_requested.connect(lambda _t, n=number: self.use_phrase(n, copy=True))
            row.hide()
            self.phrase_box.addWidget(row)
            self._row_pool.append(row)
        for row, text in zip(self._row_pool, phrases, strict=False):
            row.show_text(text)
            _set_visible(row, True)
        for row in self._row_pool[len(phrases):]:
            _set_visible(row, False)
        self.rows = self._row_pool[:len(phrases)]
        _set_visible(self.no_phrases, not phrases)

    def _show_warnings(self) -> None:
        present = {w.phrase: w for found in self._present.values() for w in found}
        self.warnings.show_warnings(self.tr("Wording to avoid (rule 3.2.6):"),
                                    list(present.values()))

    def refresh_ring(self) -> None:
        self._sync_ring()
        ring = self.script.ring()
        limit = self.script.config.max_rings
        if ring is None:
            text, state = self.tr("Answer within %1 rings").replace("%1", str(limit)), "idle"
        elif not ring.answered:
            text = self.tr("Ringing: ring %1 (answer within %2)")
            text, state = text.replace("%1", str(ring.rings)).replace("%2", str(limit)), \
                "ringing" if ring.within_limit else "late"
        else:
            text = self.tr("Answered at ring %1").replace("%1", str(ring.rings))
            state = "ok" if ring.within_limit else "late"
        _set_text(self.ring_label, text)
        if self.ring_label.property("state") != state:
            self.ring_label.setProperty("state", state)
            self.ring_label.style().unpolish(self.ring_label)
            self.ring_label.style().polish(self.ring_label)

    def _sync_ring(self) -> None:
        if self.ring_source is not None:
            before = tuple(self.script.stages.reached)
            self.script.sync_ring(*self.ring_source())
            if tuple(self.script.stages.reached) != before:
                self.stepper.show_steps(self.script.steps())
                self._record()

    # ---- data ----------------------------------------------------------------------------
    def _record(self) -> None:
        """After the save, keep the contact's etiquette record up to date as the call goes on.

        A record that cannot be written (database offline) waits and is retried with the
        next one, so a short outage loses nothing.
        """
        script = self.script
        if script.contact_id is not None and self.desk.actor is not None:
            snapshot = (script.contact_id, tuple(script.stages.reached), len(script.warnings))
            if snapshot != self._recorded:
                self._pending[script.contact_id] = (snapshot, script.library.version)
        for contact_id, (snapshot, version) in list(self._pending.items()):
            self._write(contact_id, snapshot, version)

    def _write(self, contact_id: int, snapshot: tuple, version: int) -> None:
        desk, stages, warnings = self.desk, list(snapshot[1]), snapshot[2]
        self.ops.run(Op(
            lambda: record_call(desk.uow(), contact_id, stages, warnings, version),
            done=lambda _result: self._written(contact_id, snapshot),
            offline=lambda: self.status.setText(self.tr(
                "Offline: the call's etiquette record waits for the database.")),
            key=f"record:{contact_id}"))

    def _written(self, contact_id: int, snapshot: tuple) -> None:
        pending = self._pending.get(contact_id)
        if pending is not None and pending[0] == snapshot:
            del self._pending[contact_id]
        elif pending is not None:
            self._write(contact_id, *pending)  # the call moved on while this was written
        if contact_id == self.script.contact_id:
            self._recorded = snapshot

    def _reload_library(self, first: bool = False) -> None:
        """On opening and between calls: the centre's scripts, a leader's newer version
        and the greeting times, saved at any desk. Offline: keep what the panel has."""
        desk = self.desk
        self.ops.run(Op(lambda: (current_library(desk.uow()), read_config(desk.uow())),
                        done=self._library_arrived,
                        offline=(lambda: log.warning(
                            "etiquette library unavailable; using the shipped default"))
                        if first else None,
                        key="library"))

    def _library_arrived(self, loaded: tuple[Library, EtiquetteConfig]) -> None:
        library, config = loaded
        self.script.config = config  # greeting hours may change
        if library.version != self.script.library.version:
            self.script.replace_library(library)
        self.refresh()


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_visible(widget: QWidget, visible: bool) -> None:
    """Only a real change: setVisible on a hidden child of a shown panel relayouts it."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)
