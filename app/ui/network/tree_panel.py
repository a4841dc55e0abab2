"""The network tree: heat sources -> substations -> buildings, each with its households.

Sources and substations come in one read; a substation's buildings are read when it is
first expanded (a city has 30,000 of them), so the tree opens at once at any size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.workflows.network.tree import NetworkTree
from app.workflows.network.vocab import NodeView

NODE_ROLE = Qt.ItemDataRole.UserRole
LOADING = "…"


class NetworkTreeView(QTreeWidget):
    node_chosen = Signal(object)  # NodeView
    buildings_wanted = Signal(int)  # a substation was expanded the first time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkTree")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Network"), self.tr("Households")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.itemExpanded.connect(self._expanded)
        self.currentItemChanged.connect(self._current)
        self._items: dict[tuple[str, int], QTreeWidgetItem] = {}

    def show_tree(self, tree: NetworkTree, keep: tuple[str, int] | None = None) -> None:
        expanded = {key for key, item in self._items.items() if item.isExpanded()}
        self.clear()
        self._items.clear()
        for source in tree.sources:
            top = self._item(source, None)
            for sub in tree.substations_of(source.id):
                child = self._item(sub, top)
                QTreeWidgetItem(child, [LOADING])  # read on first expansion
            top.setExpanded(True)
        for key in expanded:
            if key in self._items:
                self._items[key].setExpanded(True)
        if keep is not None and keep in self._items:
            self.setCurrentItem(self._items[keep])
        elif (first := self.topLevelItem(0)) is not None:
            self.setCurrentItem(first)

    def _item(self, node: NodeView, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node.name, str(node.households)])
        item.setData(0, NODE_ROLE, node)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[(node.kind, node.id)] = item
        return item

    def show_buildings(self, substation_id: int, buildings: list[NodeView]) -> None:
        parent = self._items.get(("substation", substation_id))
        if parent is None:
            return
        parent.takeChildren()
        for building in buildings:
            self._item(building, parent)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        node = item.data(0, NODE_ROLE)
        only = item.child(0) if item.childCount() == 1 else None
        if (isinstance(node, NodeView) and node.kind == "substation" and only is not None
                and only.data(0, NODE_ROLE) is None):
            self.buildings_wanted.emit(node.id)

    def _current(self, item: QTreeWidgetItem | None, _old: object) -> None:
        node = item.data(0, NODE_ROLE) if item is not None else None
        if isinstance(node, NodeView):
            self.node_chosen.emit(node)

    def current_node(self) -> NodeView | None:
        item = self.currentItem()
        node = item.data(0, NODE_ROLE) if item is not None else None
        return node if isinstance(node, NodeView) else None

    def select(self, kind: str, node_id: int) -> bool:
        item = self._items.get((kind, node_id))
        if item is not None:
            self.setCurrentItem(item)
        return item is not None

    def find_parent(self, node: NodeView, kind: str) -> NodeView | None:
        """The source above a substation, the substation above a building."""
        item = self._items.get((node.kind, node.id))
        while item is not None:
            found = item.data(0, NODE_ROLE)
            if isinstance(found, NodeView) and found.kind == kind:
                return found
            item = item.parent()
        return None

    def each(self, visit: Callable[[NodeView], None]) -> None:
        for item in self._items.values():
            visit(item.data(0, NODE_ROLE))
