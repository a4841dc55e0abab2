"""The ring hook end to end: a real QTcpServer, the plain-socket client and `main.py ring`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import ring_protocol
from app.cli.ring_cmd import EXIT_NOT_LISTENING, EXIT_REJECTED, send_ring
from app.paths import ROOT
from app.ui.ring_server import RingServer


@pytest.fixture
def server(qtbot: QtBot, data_dir: Path) -> Iterator[RingServer]:
    ring = RingServer()
    assert ring.start(0), ring.error_text
    yield ring
    ring.close()


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    """The client runs beside the Qt event loop, which must keep turning to answer it."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        yield executor


def _answer(qtbot: QtBot, future: Future) -> object:
    qtbot.waitUntil(future.done, timeout=10_000)
    return future.result()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _main(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})


def _finish(qtbot: QtBot, proc: subprocess.Popen) -> tuple[int, str, str]:
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
    out, err = proc.communicate()
    return proc.returncode, out, err


def test_listens_on_localhost_and_writes_its_port(server: RingServer, data_dir: Path) -> None:
    assert server.is_listening() and server.port > 0
    assert (data_dir / "ring.port").read_text().strip() == str(server.port)
    server.close()
    assert not (data_dir / "ring.port").exists()


def test_a_number_sent_by_send_ring_is_announced_normalised(
        qtbot: QtBot, server: RingServer, pool: ThreadPoolExecutor) -> None:
    with qtbot.waitSignal(server.rung, timeout=10_000) as rung:
        future = pool.submit(send_ring, "+86 139-1234-5678", server.port)
    assert _answer(qtbot, future) == "OK"
    assert rung.args == ["13912345678"]


def test_a_malformed_number_is_rejected_and_not_announced(
        qtbot: QtBot, server: RingServer, pool: ThreadPoolExecutor) -> None:
    with qtbot.assertNotEmitted(server.rung):
        future = pool.submit(send_ring, "12ab", server.port)
        assert _answer(qtbot, future) == f"ERR {ring_protocol.ERR_MALFORMED_NUMBER}"


@pytest.mark.parametrize("payload, reason", [
    (b"HELLO 13912345678\n", ring_protocol.ERR_MALFORMED_LINE),
    (b"RING\n", ring_protocol.ERR_MALFORMED_LINE),
    (b"RING \xff\xfe\n", ring_protocol.ERR_NOT_UTF8),
    (b"RING " + b"1" * 400, ring_protocol.ERR_LINE_TOO_LONG),
])
def test_lines_outside_the_protocol_get_a_reason(
        qtbot: QtBot, server: RingServer, pool: ThreadPoolExecutor, payload: bytes,
        reason: str) -> None:
    def raw() -> str:
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as conn:
            conn.sendall(payload)
            return conn.makefile("rb").readline().decode()
    with qtbot.assertNotEmitted(server.rung):
        assert _answer(qtbot, pool.submit(raw)) == f"ERR {reason}\n"


def test_a_number_cannot_smuggle_a_second_line() -> None:
    with pytest.raises(ValueError):
        send_ring("13912345678\nRING 13800000000", 1)


def test_send_ring_to_a_closed_port_raises() -> None:
    with pytest.raises(ConnectionRefusedError):
        send_ring("13912345678", _free_port(), timeout=2)


def test_a_second_server_on_the_same_port_reports_failure(server: RingServer) -> None:
    second = RingServer()
    assert not second.start(server.port)
    assert second.error_text
    assert not second.is_listening()


def test_main_ring_with_port_option(qtbot: QtBot, server: RingServer) -> None:
    with qtbot.waitSignal(server.rung, timeout=60_000) as rung:
        proc = _main("ring", "0311-8765 4321", "--port", str(server.port))
        code, out, err = _finish(qtbot, proc)
    assert (code, err) == (0, "")
    assert f"端口 {server.port}" in out  # Chinese unless --lang en, as the workstation
    assert rung.args == ["031187654321"]


def test_main_ring_takes_full_width_digits_as_typed_by_an_input_method(
        qtbot: QtBot, server: RingServer) -> None:
    with qtbot.waitSignal(server.rung, timeout=60_000) as rung:
        proc = _main("ring", "１３８\u3000００１３ ８０００", "--port", str(server.port))
        code, _out, err = _finish(qtbot, proc)
    assert (code, err) == (0, "")
    assert rung.args == ["13800138000"]


def test_the_ring_hook_reads_full_width_digits_from_a_phone_system() -> None:
    number, answer = ring_protocol.handle_line("RING １３８ ００１３ ８０００\n".encode())
    assert (number, answer) == ("13800138000", "OK\n")


def test_main_ring_names_the_limit_of_a_too_long_number(qtbot: QtBot) -> None:
    code, _out, err = _finish(qtbot, _main("ring", "１" * 21, "--port", str(_free_port())))
    assert code == EXIT_REJECTED
    assert "号码过长（最多 20 位）" in err


def test_main_ring_with_the_environment_port(qtbot: QtBot, server: RingServer) -> None:
    with qtbot.waitSignal(server.rung, timeout=60_000) as rung:
        proc = _main("ring", "13812345678",
                     env={ring_protocol.PORT_ENV_VAR: str(server.port)})
        code, _out, err = _finish(qtbot, proc)
    assert (code, err) == (0, "")
    assert rung.args == ["13812345678"]


def test_main_ring_finds_the_port_file(qtbot: QtBot, server: RingServer, data_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ring_protocol.PORT_ENV_VAR, raising=False)
    env = {"HEATDESK_DATA_DIR": str(data_dir)}  # where the server wrote ring.port
    with qtbot.waitSignal(server.rung, timeout=60_000) as rung:
        code, _out, err = _finish(qtbot, _main("ring", "13700001111", env=env))
    assert (code, err) == (0, "")
    assert rung.args == ["13700001111"]


def test_main_ring_rejected_number_exits_non_zero(qtbot: QtBot, server: RingServer) -> None:
    with qtbot.assertNotEmitted(server.rung):
        code, _out, err = _finish(qtbot, _main("--lang", "en", "ring", "hello", "--port",
                                               str(server.port)))
    assert code == EXIT_REJECTED
    assert "'hello' is not a phone number" in err


def test_main_ring_without_a_workstation_says_so(qtbot: QtBot) -> None:
    port = _free_port()
    code, out, err = _finish(qtbot, _main("--lang", "en", "ring", "13912345678", "--port",
                                          str(port)))
    assert code == EXIT_NOT_LISTENING
    assert out == ""
    assert f"No HeatDesk workstation is listening on 127.0.0.1:{port}" in err


def test_a_mistyped_port_setting_is_reported_not_raised(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ring_protocol.PORT_ENV_VAR, "forty")
    ring = RingServer()
    assert not ring.start()
    assert ring_protocol.PORT_ENV_VAR in ring.error_text
