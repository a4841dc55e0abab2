"""The workstation's end of the ring hook: a local TCP server that announces callers.

It listens on 127.0.0.1 only (a phone system on this computer, never the network), writes
the bound port to <data_dir>/ring.port for `main.py ring`, and emits `rung(number)` with
the normalised number for the desk window to pop the customer's card. It is one adapter of
the telephony port (app/workflows/telephony/port.py): `call_event` carries the same ring as
a `Ringing` stamped with the desk's clock, since the hook knows no PBX time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QHostAddress, QTcpServer, QTcpSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from app import ring_protocol
from app.clock import system_clock
from app.workflows.telephony.port import hook_ringing

log = logging.getLogger(__name__)


class _RingConnection(QObject):
    """One client: collect bytes up to the first newline, answer once, hang up."""

    def __init__(self, socket: QTcpSocket, server: RingServer) -> None:
        super().__init__(server)
        self._socket = socket
        self._server = server
        self._buffer = b""
        self._answered = False
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)
        if socket.bytesAvailable():
            self._read()

    def _read(self) -> None:
        if self._answered:
            self._socket.readAll()
            return
        self._buffer += bytes(self._socket.readAll().data())
        line, newline, _rest = self._buffer.partition(b"\n")
        if not newline:
            if len(self._buffer) > ring_protocol.MAX_LINE_BYTES:
                self._answer(f"ERR {ring_protocol.ERR_LINE_TOO_LONG}\n")
            return
        number, answer = ring_protocol.handle_line(line)
        self._answer(answer)
        if number is not None:
            self._server.rung.emit(number)
            self._server.call_event.emit(hook_ringing(number, system_clock()))

    def _answer(self, answer: str) -> None:
        self._answered = True
        self._socket.write(answer.encode("utf-8"))
        self._socket.flush()
        self._socket.disconnectFromHost()


class RingServer(QObject):
    """Listens for `RING <number>` lines; see docs/ring-protocol.md."""

    rung = Signal(str)
    call_event = Signal(object)  # the same ring as the telephony port's Ringing

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QTcpServer(self)
        self._server.newConnection.connect(self._accept)
        self._wrote_port_file = False
        self._problem = ""

    @property
    def port(self) -> int:
        """The bound port (useful when started on port 0), or 0 when not listening."""
        return int(self._server.serverPort()) if self._server.isListening() else 0

    @property
    def error_text(self) -> str:
        return self._problem or self._server.errorString()

    def is_listening(self) -> bool:
        return self._server.isListening()

    def start(self, port: int | None = None) -> bool:
        """Listen on `port` (default: HEATDESK_RING_PORT or 47615; 0 = any free port).

        Returns False when the port cannot be bound (another workstation on this computer
        holds it); the desk still works, only calls are not announced.
        """
        try:
            wanted = ring_protocol.server_port() if port is None else ring_protocol.check_port(
                port)
        except ValueError as exc:  # a mistyped HEATDESK_RING_PORT must not stop the desk
            self._problem = f"{ring_protocol.PORT_ENV_VAR}: {exc}"
            return False
        self._problem = ""
        if not self._server.listen(QHostAddress(QHostAddress.SpecialAddress.LocalHost), wanted):
            log.warning("ring hook cannot listen on port %s: %s", wanted, self.error_text)
            return False
        try:
            ring_protocol.port_file().write_text(f"{self.port}\n", encoding="ascii")
            self._wrote_port_file = True
        except OSError as exc:  # the hook still works with an explicit --port
            log.warning("cannot write %s: %s", ring_protocol.port_file(), exc)
        return True

    def close(self) -> None:
        """Stop listening and remove ring.port if it still names this server."""
        port = self.port
        self._server.close()
        if self._wrote_port_file and ring_protocol.read_port_file() == port:
            ring_protocol.port_file().unlink(missing_ok=True)
        self._wrote_port_file = False

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is not None:
                _RingConnection(socket, self)


def warn_port_busy(server: RingServer, desk_window: QWidget) -> QMessageBox:
    """Say that calls cannot be announced, in front of the desk window (its child, so the
    window manager keeps it above the desk, not hidden behind it); not modal: the desk
    works without the hook. Keep the returned box alive while it is shown."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Startup", "Ring hook not available"),
                      QCoreApplication.translate(
                          "Startup",
                          "Incoming calls cannot be announced: the ring port is in use (%1). "
                          "Is another HeatDesk running on this computer?").replace(
                          "%1", server.error_text),
                      QMessageBox.StandardButton.Ok, desk_window)
    box.setObjectName("ringPortBusy")
    box.setModal(False)  # the desk stays usable
    box.show()
    box.raise_()
    box.activateWindow()
    return box
