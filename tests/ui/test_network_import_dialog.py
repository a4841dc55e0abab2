"""The network import dialog (issue 16): file, columns, preview with the refused rows,
import; the network window shows the new tree."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.network.window import NetworkWindow
from app.workflows.desk import Desk
from tests.ui.intake_support import settle


def test_leader_imports_the_network_after_a_preview(qtbot: QtBot, desk: Desk, basics, tmp_path,
                                                    db, zh_translators) -> None:
    path = Path(tmp_path) / "network.csv"
    path.write_text("热源,换热站,小区,楼号\n东郊热源,阳光换热站,阳光小区,3号楼\n"
                    "东郊热源,阳光换热站,阳光小区,3\n", encoding="utf-8")
    window = NetworkWindow(desk.signed_in(basics.leader))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    dialog = window.open_import()
    dialog.path.setText(str(path))
    dialog._open()
    settle(qtbot)
    dialog._preview()
    settle(qtbot)
    assert dialog.preview_figures.text() == "预览：2 行：新楼栋 1 个，变更 0 个，未变 0 个，拒收 1 行"
    assert dialog.errors.model.data(dialog.errors.model.index(0, 3)) == "与前面某行的楼栋重复"
    dialog._import()
    settle(qtbot)
    assert dialog.report_title.text() == "network.csv 已导入。"
    settle(qtbot)
    tree = window.tree
    assert tree.topLevelItem(0).text(0) == "东郊热源" and tree.topLevelItem(0).text(1) == "1"
