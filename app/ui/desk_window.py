"""The intake desk: the window where a hotline agent takes a call.

A call runs left to right and top to bottom: the number (typed, or delivered by the phone
system through `ring`) pops the customer, their open work orders and last contacts; the
agent fills the form and saves; Esc makes the desk ready for the next call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QWidget,
)

from app.ui import timefmt
from app.ui.about_dialog import add_help_menu
from app.ui.desk_features import install_call_followers, install_desk_guards
from app.ui.intake.call_timer import CallTimer
from app.ui.intake.caller_bar import CallerBar
from app.ui.intake.customer_card import CustomerCardView
from app.ui.intake.customer_list import CustomerList
from app.ui.intake.desk_chrome import DeskStatus, build_menus
from app.ui.intake.desk_layout import lay_out_desk
from app.ui.intake.draft_binding import DraftBinding
from app.ui.intake.history_panel import HistoryPanel
from app.ui.intake.intake_form import IntakeFormView
from app.ui.intake.new_customer_dialog import NewCustomerDialog
from app.ui.intake.offline_banner import OfflineBanner
from app.ui.intake.style import DESK_STYLE
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.slots import FeatureSlots
from app.workflows.call import CurrentCall
from app.workflows.customers.season import contract_season
from app.workflows.desk import Desk
from app.workflows.drafts import DraftStore
from app.workflows.intake import IntakeForm, IntakeResult, save_intake
from app.workflows.screen_pop import (
    CustomerHit,
    ScreenPop,
    pop_by_phone,
    pop_customer,
    search_customers,
)
from app.workflows.settings import DEFAULTS, Settings, current_settings
from app.workflows.tickets.sla import default_level
from app.workflows.units import active_units

TICK_MS = 1000


class DeskWindow(QMainWindow):
    """The main window of a signed-in agent.

    Signals for features that follow the call (the etiquette panel subscribes to them):
    - `number_known(str)`: the caller's normalised number is known (ring or typed).
    - `customer_found(object)`: the caller's `CustomerCard` popped or was chosen.
    - `category_chosen(str)`: the agent chose a category (an `app.workflows.vocab` value).
    - `work_order_saved(object)`: an intake that opened a work order was saved
      (`IntakeResult`); `contact_saved(object)` fires for every saved intake.
    - `call_reset()`: the desk is cleared for the next call (Esc).
    - `call_started()`: a new call began without Esc: a ring, or a number typed after the
      last call was saved; what followed the last call starts over.

    Other features add menu entries through `app.ui.features.register` and panels beside
    the form with `add_side_panel`.
    """

    number_known = Signal(str)
    customer_found = Signal(object)
    category_chosen = Signal(str)
    work_order_saved = Signal(object)
    contact_saved = Signal(object)
    call_reset = Signal()
    call_started = Signal()

    def __init__(self, desk: Desk, ring_server: Any = None,
                 drafts: DraftStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if desk.actor is None:
            raise ValueError("DeskWindow needs a signed-in desk (desk.actor)")
        self.desk = desk
        timefmt.set_zone(desk.zone)  # every label shows the centre's time, not the PC's
        timefmt.set_clock(desk.clock)  # and the year when it is not the desk's current one
        self.call = CurrentCall(desk.clock)  # number, customer, times and draft of the call
        self.last_result: IntakeResult | None = None
        self._escape_armed = False
        self._pop_serial = 0
        self._activated_once = False  # showEvent asks for the keyboard the first time
        self.setObjectName("deskWindow")
        self.setWindowTitle(self.tr("HeatDesk — intake desk"))
        self.setStyleSheet(DESK_STYLE)
        self.slots = FeatureSlots()  # where installed features keep their parts
        self.offline = OfflineBanner(desk.is_reachable, self)
        self.ops = OpRunner(self, desk, offline=self.offline.went_offline)
        self.settings = Settings(dict(DEFAULTS))  # until the stored ones arrive
        settings = self.settings
        self.timer = CallTimer(self.call, settings)
        self.form = IntakeFormView(settings, desk.clock)
        self.form.received_at = lambda: self.call.answer_times()[0]  # rule 5.2.2: the ring
        self.caller = CallerBar(self.timer, self.form.errors)
        self.card = CustomerCardView()
        self.choices = CustomerList()
        self.history = HistoryPanel(desk.clock)
        self.draft_notice = QLabel(self.tr("Unsaved draft restored"))
        self.draft_notice.setObjectName("draftNotice")
        self.draft_notice.hide()
        lay_out_desk(self)
        menus = build_menus(self)
        self.call_actions = menus.call_actions
        self.feature_menu = menus.feature_menu
        add_help_menu(self, desk.database_label)  # Help → About HeatDesk (F1)
        self.status = DeskStatus(self)
        self.drafts = DraftBinding(drafts or DraftStore(), desk.actor.job_number,
                                   self.call.snapshot, self)
        self._wire()
        install_call_followers(self)
        self._reload_settings()
        self._reload_units()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._on_tick()
        self._restore_draft()
        if ring_server is not None:
            ring_server.rung.connect(self.ring)
        install_desk_guards(self)
        fit_to_screen(self, 1440, 900)  # never larger than a 1366×768 screen

    # ---- building -------------------------------------------------------------------
    def _wire(self) -> None:
        self.caller.number_entered.connect(self._number_entered)
        self.caller.number_started.connect(self._number_started)
        self.caller.search_requested.connect(self.search)
        self.caller.answer_clicked.connect(self.answer)
        self.caller.number.textEdited.connect(self._number_edited)
        self.card.create_requested.connect(self.new_customer)
        self.choices.picked.connect(self.choose_customer)
        self.form.changed.connect(self._form_changed)
        self.form.category_chosen.connect(self.category_chosen)
        self.form.save_requested.connect(self.save)
        self.offline.back_online.connect(self._back_online)

    def add_side_panel(self, widget: QWidget, title: str) -> QDockWidget:
        """A feature's panel docked beside the intake form (e.g. the etiquette script)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"sidePanel:{title}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.show()
        return dock

    # ---- the centre's settings and units ---------------------------------------------
    def _reload_settings(self) -> None:
        self.ops.run(Op(lambda: current_settings(self.desk.uow()), done=self._apply_settings,
                        key="desk.settings"))

    def contract_season(self) -> int:
        """The season whose contract is in force today by the centre's season dates: the
        screen pop shows (and grades by) that contract's terms (issue 14, rule 3.1.3)."""
        return contract_season(self.desk.local(self.desk.clock()).date(),
                               self.settings.values)

    def _apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.timer.settings = settings
        self.timer.refresh()
        self.form.apply_settings(settings)

    def _reload_units(self) -> None:
        self.ops.run(Op(lambda: active_units(self.desk.uow()), done=self.form.set_units,
                        key="desk.units"))

    def _back_online(self) -> None:
        self.refresh()  # settings, units and the caller's card, which may have failed to load
        self.statusBar().showMessage(self.tr("Database connection is back"), 5000)

    # ---- the call -------------------------------------------------------------------
    def ring(self, number: str, at: datetime | None = None, call_id: str | None = None) -> None:
        """The phone system reports a ringing call: show the number and pop the screen.

        `at` is the PBX's time of the ring (app/workflows/telephony), else the desk clock's.
        A ring is a new call everywhere, pressed Esc or not: the last call's saved note,
        chooser and etiquette go. Text typed and not saved stays in the form (and its
        draft file) for the agent to finish or drop."""
        self._begin_call()
        self.call.ring(number, at, call_id)
        self.call_started.emit()  # the followers start the new call (at its ringing stage)
        self.caller.set_number(number)
        self._number_entered(number)  # on a server the read starts before anything else
        self.raise_()
        self.activateWindow()

    def _number_edited(self, text: str) -> None:
        self.form.errors.error("phone").clear()
        self.call.set_number(text.strip())

    def _number_started(self) -> None:
        self.call.start_typed()  # the agent starts a call by typing a number

    def _begin_call(self) -> None:
        """What a new call drops of the last one; the typed, unsaved text is kept."""
        self._escape_armed = False
        self._pop_serial += 1  # a lookup still running belongs to the last call
        self.form.saved_note.clear()
        self.statusBar().clearMessage()  # "已保存：工单 GD…" was the last call's
        self.choices.clear()

    def _number_entered(self, phone: str) -> None:
        if not phone:
            self.form.errors.show({"phone": "phone.malformed"})
            return
        if self.call.ended_at is not None:  # a number typed after a saved call, no Esc
            self._begin_call()
            self.call.start_typed()
            self.call_started.emit()
        self.call.set_number(phone)
        if not self.ops.background:  # inline: the panels follow the number, then the card
            self.number_known.emit(phone)
        self._pop(lambda: pop_by_phone(self.desk.uow(), phone,
                                       season=self.contract_season()), focus=True)
        if self.ops.background:  # the worker reads while the panels follow the number
            self.number_known.emit(phone)

    def _pop(self, lookup: Callable[[], ScreenPop], focus: bool = False,
             then: Callable[[], None] | None = None, known_only: bool = False) -> None:
        """Run a screen-pop lookup; the newest pop wins when the caller changes meanwhile."""
        self._pop_serial += 1
        serial = self._pop_serial

        def show(pop: ScreenPop) -> None:
            if serial != self._pop_serial or (known_only and not pop.phone):
                return  # a newer ring or choice replaced this one while it ran
            self._show_pop(pop)
            if then is not None:
                then()
            if focus and self.call.answered_at is not None:
                self.form.focus_text()  # answered before the card came: keep on the text
            elif focus:
                self.form.channel.setFocus()

        self.ops.run(Op(lookup, done=show, key=f"desk.pop.{serial}",
                        label=self.tr("Looking up the caller…")))

    def _show_pop(self, pop: ScreenPop) -> None:
        self.history.show_history(pop.open_tickets, pop.last_contacts)
        self.form.suggest_unit(pop.address_unit_id)  # preselected on dispatch
        if pop.card is None:
            self.call.set_customer(None)
            self.card.show_unknown(pop.phone or "")
            self.choices.clear()
            return
        self.call.set_customer(pop.card.id)
        self.card.show_card(pop.card, pop.last_notice, pop.incident, pop.outage)
        if pop.candidates:
            self.choices.show_hits(pop.candidates, self.tr(
                "%1 customers share this number: choose with ↑↓ and Enter").replace(
                "%1", str(len(pop.candidates))), pop.card.id, mode="chooser")
        self.form.set_default_level(  # rule 5.2.2
            default_level(pop.card.important, pop.card.contract_level))
        self.customer_found.emit(pop.card)

    def choose_customer(self, customer_id: int) -> None:
        phone = self.caller.number.text().strip() or None

        def chosen() -> None:
            if self.choices.mode != "chooser":
                self.choices.clear()

        self._pop(lambda: pop_customer(self.desk.uow(), customer_id, phone,
                                       season=self.contract_season()), focus=True,
                  then=chosen)

    def search(self, text: str) -> None:
        if not text:
            return

        def show(hits: list[CustomerHit]) -> None:
            if not hits:
                self.choices.show_hits(
                    [], self.tr("No customer matches “%1”").replace("%1", text))
                return
            self.choices.show_hits(hits, self.tr(
                "%1 found: choose with ↑↓ and Enter").replace("%1", str(len(hits))))
            self.choices.list.setFocus()

        self.ops.run(Op(lambda: search_customers(self.desk.uow(), text), done=show,
                        long=True, key="desk.search", label=self.tr("Searching…")))

    def answer(self) -> None:
        if not self.call.answer():
            self.statusBar().showMessage(self.tr("No ringing call to answer"), 3000)
            return
        self.form.focus_text()  # picked up: the agent writes what the caller says

    def save(self) -> None:
        """Ctrl+S: save the intake; pressed again while it saves, nothing happens."""
        values = self.form.values()
        call = self.call
        rang, answered = call.answer_times()
        intake = IntakeForm(
            channel=values["channel"], category=values["category"],
            description=values["description"], phone=self.caller.number.text(),
            customer_id=call.customer_id, responsibility=values["responsibility"],
            outcome=values["outcome"], answer=values["answer"], level=values["level"],
            unit_id=values["unit_id"], rang_at=rang, answered_at=answered,
            received_at=self.form.stated_received(),  # rule 5.2.2: a letter's or visit's
            ended_at=(call.hung_up_at or self.desk.clock()) if rang else None,
            caller_verified=bool(values.get("caller_verified")),
            unresolved=bool(values.get("unresolved")))
        self.ops.run(Op(lambda: save_intake(self.desk.uow(), intake), done=self._saved,
                        errors=self.form.errors, offline=self.drafts.flush,
                        key="desk.save", disable=(self.form.save_button,),
                        label=self.tr("Saving…")))

    def _saved(self, result: IntakeResult) -> None:
        self.last_result = result
        if self.call.rang_at is not None:
            self.call.end()
        self.drafts.discard()
        self.draft_notice.hide()
        if result.ticket_number:
            note = self.tr("Saved: work order %1, due %2").replace(
                "%1", result.ticket_number).replace("%2", timefmt.fmt(result.due_at, timefmt.SHORT))
        else:
            note = self.tr("Saved: contact recorded")
        self.form.saved_note.setText(note)
        self.statusBar().showMessage(note, 10000)
        self.form.reset()
        self.call.set_draft(None)
        self._reload_caller()  # the new order in the list; settings are unchanged
        self.contact_saved.emit(result)
        if result.ticket_number:
            self.work_order_saved.emit(result)

    def refresh(self) -> None:
        """F5: the centre's settings, the units and the caller again (another desk or a
        leader may have changed them)."""
        self._reload_settings()
        self._reload_caller()

    def _reload_caller(self) -> None:
        """The units and the caller's card and orders, as after a save."""
        self._reload_units()
        number = self.caller.number.text().strip()
        customer_id = self.call.customer_id
        if customer_id is not None:
            self._pop(lambda: pop_customer(self.desk.uow(), customer_id, number or None,
                                           season=self.contract_season()))
        elif number:
            self._pop(lambda: pop_by_phone(self.desk.uow(), number,
                                           season=self.contract_season()), known_only=True)

    def escape(self) -> None:
        """Esc: ready for the next call. Unsaved text needs a second Esc to be dropped."""
        if self.form.has_text() and not self._escape_armed:
            self._escape_armed = True
            self.statusBar().showMessage(
                self.tr("Unsaved text: press Esc again to discard it"), 5000)
            return
        self.next_call()

    def next_call(self) -> None:
        self._escape_armed = False
        self._pop_serial += 1  # a lookup still running belongs to the call just dropped
        self.caller.clear()
        self.card.show_idle()
        self.choices.clear()
        self.history.clear()
        self.form.reset()
        self.form.saved_note.clear()
        self.call.clear()
        self.drafts.discard()
        self.draft_notice.hide()
        self.caller.number.setFocus()
        self.call_reset.emit()

    def new_customer(self) -> None:
        dialog = NewCustomerDialog(self.desk, self.caller.number.text().strip(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda card: self.choose_customer(card.id))
        self.new_customer_dialog = dialog
        dialog.open()

    def focus_number(self) -> None:
        self.caller.number.setFocus()
        self.caller.number.selectAll()

    def focus_search(self) -> None:
        self.caller.search.setFocus()
        self.caller.search.selectAll()

    # ---- drafts and the clock -------------------------------------------------------
    def _form_changed(self) -> None:
        self._escape_armed = False
        self.call.set_draft(self.form.values() if self.form.has_text() else None)
        self.drafts.touch()

    def _restore_draft(self) -> None:
        """A draft left by a crash brings back the form and the call's number and times."""
        draft = self.drafts.load()
        if not draft or not isinstance(draft.get("form"), dict):
            return
        self.call.restore(draft)
        number, customer_id = self.call.number, self.call.customer_id
        if number:
            self.caller.set_number(number)
        if customer_id is not None:
            self._pop(lambda: pop_customer(self.desk.uow(), customer_id, number,
                                           season=self.contract_season()))
        elif number:
            self._pop(lambda: pop_by_phone(self.desk.uow(), number,
                                           season=self.contract_season()))
        self.form.restore(draft["form"])
        self.draft_notice.show()

    def _on_tick(self) -> None:
        now = self.desk.clock()
        if self.call.in_call:
            self.timer.refresh()
        self.form.update_due()
        self.status.show_time(now)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._activated_once:
            # The desk opens as the login dialog closes. The window system need not give
            # the new window the keyboard (no window manager, focus-stealing prevention),
            # and then no key reaches it: F8 and every other shortcut do nothing until the
            # agent clicks into the window. Ask for it once, when it first shows.
            self._activated_once = True
            self.raise_()
            self.activateWindow()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if self.drafts.timer.isActive():
            self.drafts.flush()
        super().closeEvent(event)
