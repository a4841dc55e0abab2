"""The ring hook's line protocol and how a client finds the workstation's port."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import ring_protocol as rp


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEATDESK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(rp.PORT_ENV_VAR, raising=False)
    return tmp_path


@pytest.mark.parametrize("line, number, answer", [
    (b"RING 13912345678", "13912345678", "OK\n"),
    (b"ring +86 139 1234 5678\r", "13912345678", "OK\n"),
    (b"RING 0311-87654321", "031187654321", "OK\n"),
    (b"RING 12345", "12345", "OK\n"),
    (b"RING 1391234567", None, f"ERR {rp.ERR_MALFORMED_NUMBER}\n"),
    (b"RING \xef\xbc\x91\xef\xbc\x93", None, f"ERR {rp.ERR_MALFORMED_NUMBER}\n"),  # full-width
    (b"CALL 13912345678", None, f"ERR {rp.ERR_MALFORMED_LINE}\n"),
    (b"RING   ", None, f"ERR {rp.ERR_MALFORMED_LINE}\n"),
    (b"", None, f"ERR {rp.ERR_MALFORMED_LINE}\n"),
    (b"RING \xff", None, f"ERR {rp.ERR_NOT_UTF8}\n"),
])
def test_handle_line(line: bytes, number: str | None, answer: str) -> None:
    assert rp.handle_line(line) == (number, answer)


def test_request_line_is_one_utf8_line() -> None:
    assert rp.request_line(" 139 1234 5678 ") == b"RING 139 1234 5678\n"
    for bad in ("139\n", "139\rRING 1"):
        with pytest.raises(ValueError):
            rp.request_line(bad)


def test_client_port_order(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rp.client_port() == rp.DEFAULT_PORT == 47615
    rp.port_file().write_text("50001\n")
    assert rp.client_port() == 50001
    monkeypatch.setenv(rp.PORT_ENV_VAR, "50002")
    assert rp.client_port() == 50002
    assert rp.client_port(50003) == 50003


def test_a_damaged_port_file_falls_back_to_the_default(data_dir: Path) -> None:
    rp.port_file().write_text("not a port")
    assert rp.client_port() == rp.DEFAULT_PORT


def test_server_port(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rp.server_port() == rp.DEFAULT_PORT
    monkeypatch.setenv(rp.PORT_ENV_VAR, "0")
    assert rp.server_port() == 0
    monkeypatch.setenv(rp.PORT_ENV_VAR, "70000")
    with pytest.raises(ValueError):
        rp.server_port()
