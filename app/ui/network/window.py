"""The network window (F12): the tree of heat sources, substations and buildings with the
households under each, and beside it the chosen node's details, its substation's
equipment (rule 5.2.1) and the outages. The company's equipment intact rate against its
target stands in the window's head.

Leaders and admins edit the tree (Permission.NETWORK_EDIT); everyone may look.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import features
from app.ui.field_errors import FieldError
from app.ui.network import labels
from app.ui.network.declare_dialog import DeclareDialog
from app.ui.network.equipment_tab import EquipmentTab
from app.ui.network.import_dialog import NetworkImportDialog
from app.ui.network.node_dialog import NodeDialog
from app.ui.network.outages_tab import OutagesTab
from app.ui.network.tree_panel import NetworkTreeView
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.slots import Slot
from app.workflows.desk import Desk
from app.workflows.network.equipment import IntactRates, read_intact_rates
from app.workflows.network.outages import Declared
from app.workflows.network.tree import NetworkTree, buildings_of, delete_node, network_tree
from app.workflows.network.tree import recount as recount_tree
from app.workflows.network.vocab import NodeView
from app.workflows.permissions import Permission, allowed

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

CHILD = {"source": "substation", "substation": "building"}


class NetworkWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.setObjectName("networkWindow")
        self.setWindowTitle(self.tr("Heating network"))
        self.ops = OpRunner(self, desk)
        self.tree_data: NetworkTree | None = None
        self.declare_dialog: DeclareDialog | None = None
        self.node_dialog: NodeDialog | None = None
        role = desk.actor.role if desk.actor else None
        self.can_edit = allowed(role, Permission.NETWORK_EDIT)
        central = QWidget()
        outer = QVBoxLayout(central)
        self.rate = QLabel()
        self.rate.setObjectName("intactRate")
        self.rate.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.rate)
        split = QSplitter()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.tree = NetworkTreeView()
        left_box.addWidget(self.tree)
        edit_rows = QGridLayout()  # two rows of three: the labels stay whole at 1366 px
        self.add_source = QPushButton(self.tr("Add source"))
        self.add_child = QPushButton(self.tr("Add below… (Ins)"))
        self.change = QPushButton(self.tr("Change… (F2)"))
        self.remove = QPushButton(self.tr("Remove"))
        self.recount = QPushButton(self.tr("Recount households"))
        self.import_button = QPushButton(self.tr("Import…"))
        for n, button in enumerate((self.add_source, self.add_child, self.change,
                                    self.remove, self.recount, self.import_button)):
            edit_rows.addWidget(button, n // 3, n % 3)
            button.setVisible(self.can_edit)
        left_box.addLayout(edit_rows)
        split.addWidget(left)
        self.tabs = QTabWidget()
        self.details = QLabel()
        self.details.setObjectName("nodeDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.equipment = EquipmentTab(desk, self.ops)
        self.outages = OutagesTab(desk, self.ops)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.equipment, self.tr("Equipment"))
        self.tabs.addTab(self.outages, self.tr("Outages"))
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)
        self.general = FieldError()
        self.errors = labels.network_errors(self.general)
        outer.addWidget(self.general)
        self.setCentralWidget(central)
        self.tree.node_chosen.connect(self._chosen)
        self.tree.buildings_wanted.connect(self._load_buildings)
        self.add_source.clicked.connect(lambda: self.edit_node("source", None, None))
        self.add_child.clicked.connect(self.add_below)
        self.change.clicked.connect(self.change_node)
        self.remove.clicked.connect(self.remove_node)
        self.recount.clicked.connect(self.recount_all)
        self.import_button.clicked.connect(self.open_import)
        self.equipment.changed.connect(self._load_rates)
        self.outages.declare_requested.connect(self.declare)
        self.outages.changed.connect(self.reload)
        if self.can_edit:
            QShortcut(QKeySequence("Ins"), self.tree, self.add_below)
            QShortcut(QKeySequence("F2"), self.tree, self.change_node)
        QShortcut(QKeySequence("F5"), self, self.reload)
        fit_to_screen(self, 1280, 800)
        self.reload()

    # ---- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        node = self.tree.current_node()
        keep = (node.kind, node.id) if node is not None else None
        desk = self.desk
        self.ops.run(Op(lambda: network_tree(desk.uow()),
                        done=lambda tree: self._show_tree(tree, keep), key="network.tree",
                        latest=True, label=self.tr("Reading the network…")))
        self._load_rates()
        self.outages.reload()

    def _show_tree(self, tree: NetworkTree, keep: tuple[str, int] | None) -> None:
        self.tree_data = tree
        self.tree.show_tree(tree, keep)
        self.setWindowTitle(self.tr("Heating network — %1 households").replace(
            "%1", str(tree.households)))

    def _load_buildings(self, substation_id: int) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: buildings_of(desk.uow(), substation_id),
                        done=lambda found: self.tree.show_buildings(substation_id, found),
                        key=f"network.buildings.{substation_id}"))

    def _load_rates(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: read_intact_rates(desk.uow()), done=self._show_rates,
                        key="network.rates", latest=True))

    def _show_rates(self, rates: IntactRates) -> None:
        company = rates.company
        if company.percent is None:
            self.rate.setText(self.tr("No equipment registered yet (rule 5.2.1)"))
            return
        verdict = self.tr("met") if company.met else self.tr("below target")
        self.rate.setText(self.tr("Equipment intact rate %1 % (%2 of %3 units), target ≥ %4 %: "
                                  "%5").replace("%1", f"{company.percent:g}")
                          .replace("%2", str(company.intact)).replace("%3", str(company.total))
                          .replace("%4", f"{company.target:g}").replace("%5", verdict))
        self.rate.setStyleSheet("font-weight: bold; color: %s;"
                                % ("#1b5e20" if company.met else "#b00020"))

    def _chosen(self, node: NodeView) -> None:
        kinds = {"source": self.tr("Heat source"), "substation": self.tr("Substation"),
                 "building": self.tr("Building")}
        lines = [f"<h3>{node.name}</h3>",
                 f"<p>{kinds[node.kind]} · " + self.tr("%1 households below").replace(
                     "%1", str(node.households)) + "</p>"]
        if node.address:
            lines.append(f"<p>{self.tr('Address')}: {node.address}</p>")
        if node.kind == "building":
            sub = self.tree.find_parent(node, "substation")
            lines.append(f"<p>{self.tr('Fed by')}: {sub.name if sub else '—'}</p>")
        if node.kind == "source" and self.tree_data is not None:
            count = len(self.tree_data.substations_of(node.id))
            lines.append(f"<p>{self.tr('%1 substations').replace('%1', str(count))}</p>")
        self.details.setText("".join(lines))
        sub_node = node if node.kind == "substation" else (
            self.tree.find_parent(node, "substation") if node.kind == "building" else None)
        self.equipment.show_substation(sub_node.id if sub_node else None,
                                       sub_node.name if sub_node else "")
        self.outages.show_for(node)
        self.add_child.setEnabled(node.kind in CHILD)
        self.outages.declare.setEnabled(True)

    # ---- editing -----------------------------------------------------------------------
    def edit_node(self, kind: str, parent_id: int | None, node: NodeView | None) -> NodeDialog:
        dialog = NodeDialog(self.desk, kind, parent_id, node, self)
        dialog.saved.connect(lambda _kind, _id: self.reload())
        self.node_dialog = dialog
        dialog.open()
        return dialog

    def add_below(self) -> NodeDialog | None:
        node = self.tree.current_node()
        if node is None or node.kind not in CHILD:
            return None
        return self.edit_node(CHILD[node.kind], node.id, None)

    def change_node(self) -> NodeDialog | None:
        node = self.tree.current_node()
        if node is None:
            return None
        return self.edit_node(node.kind, node.parent_id, node)

    def remove_node(self) -> None:
        node = self.tree.current_node()
        if node is None:
            return
        asked = QMessageBox.question(self, self.tr("Remove"), self.tr("Remove %1?").replace(
            "%1", node.name))
        if asked != QMessageBox.StandardButton.Yes:
            return
        desk = self.desk
        self.ops.run(Op(lambda: delete_node(desk.uow(), node.kind, node.id),
                        done=lambda _none: self.reload(), errors=self.errors,
                        key="network.remove"))

    def recount_all(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: recount_tree(desk.uow()),
                        done=lambda tree: self._show_tree(tree, None), errors=self.errors,
                        long=True, key="network.recount", label=self.tr("Counting…")))

    def open_import(self) -> NetworkImportDialog:
        dialog = NetworkImportDialog(self.desk, self)
        dialog.imported.connect(self.reload)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def declare(self, reason: str = "") -> DeclareDialog | None:
        node = self.tree.current_node()
        if node is None:
            return None
        dialog = DeclareDialog(self.desk, node, self, reason=reason)
        dialog.declared.connect(self._declared)
        self.declare_dialog = dialog
        dialog.open()
        return dialog

    def _declared(self, declared: Declared) -> None:
        self.tabs.setCurrentWidget(self.outages)
        self.reload()
        self.statusBar().showMessage(self.tr("Outage declared over %1 households").replace(
            "%1", str(declared.outage.households)), 8000)

    def select_substation(self, substation_id: int) -> bool:
        return self.tree.select("substation", substation_id)


NETWORK_WINDOW = Slot("network.window", NetworkWindow)


def open_network(window: DeskWindow, desk: Desk) -> NetworkWindow:
    """One network window per desk window; F12 again brings it to the front."""
    return features.single_window(window, NETWORK_WINDOW, desk)
