"""The PBX link's state in the desk's status bar: 电话 已连接 8001, 连接中, 已断开 (重试中) …"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.workflows.telephony.events import LinkState

_COLOURS = {LinkState.UP: "#1e7b34", LinkState.CONNECTING: "#8a6d00",
            LinkState.DOWN: "#b83227", LinkState.REFUSED: "#b83227",
            LinkState.NO_SECRET: "#b83227",
            LinkState.OFF: "#5b6b7b"}


class LinkLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pbxLink")
        self.setContentsMargins(8, 0, 8, 0)
        self.extension = ""
        self.show_state(LinkState.OFF.value, "")

    def _words(self, state: LinkState) -> str:
        if state is LinkState.UP:
            return self.tr("Phone: connected, extension %1").replace("%1", self.extension)
        if state is LinkState.CONNECTING:
            return self.tr("Phone: connecting…")
        if state is LinkState.DOWN:
            return self.tr("Phone: link lost, retrying")
        if state is LinkState.REFUSED:
            return self.tr("Phone: login refused")
        if state is LinkState.NO_SECRET:
            return self.tr("Phone: no AMI secret")
        return self.tr("Phone: no PBX (desk clock)")

    def show_state(self, state_value: str, detail: str) -> None:
        state = LinkState(state_value)
        self.state = state
        self.setText(self._words(state))
        self.setStyleSheet(f"color: {_COLOURS[state]};")
        tip = {
            LinkState.UP: self.tr("Calls and their times come from the PBX (%1)."),
            LinkState.CONNECTING: self.tr("Connecting to the PBX (%1)."),
            LinkState.DOWN: self.tr("The PBX cannot be reached (%1). The desk retries by "
                                    "itself; meanwhile ring and answer times are the desk's."),
            LinkState.REFUSED: self.tr("The PBX refused the login (%1): check the AMI user "
                                       "and its secret."),
            LinkState.NO_SECRET: self.tr("The AMI secret cannot be read (%1). Calls are timed "
                                         "by the desk clock until it can."),
            LinkState.OFF: self.tr("No PBX is connected: calls are timed by the desk clock "
                                   "(%1)."),
        }[state]
        self.setToolTip(tip.replace("%1", detail or "—"))
