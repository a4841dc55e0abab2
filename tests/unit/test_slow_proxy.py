"""The benchmark's slow proxy forwards bytes both ways and adds at least its latency.

A tiny echo server on loopback stands in for the database; no timing is asserted from
above (a busy machine may always be slower), only the latency the proxy must add.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from bench.slow_proxy import SlowProxy

LATENCY = 0.08
GREETING = b"hello from the server\n"


@pytest.fixture
def echo_port() -> Iterator[int]:
    """A server that greets each client, then sends back whatever it receives."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve_one(conn: socket.socket) -> None:
        with conn:
            conn.sendall(GREETING)
            while data := conn.recv(65536):
                conn.sendall(data)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    stop.set()
    listener.close()


@pytest.fixture
def proxy(echo_port: int) -> Iterator[SlowProxy]:
    with SlowProxy(echo_port, latency=LATENCY) as running:
        yield running


def _receive(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def _connect(proxy: SlowProxy) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=10)
    assert _receive(sock, len(GREETING)) == GREETING  # server -> client is forwarded
    return sock


def test_listens_on_loopback_on_a_free_port(proxy: SlowProxy, echo_port: int) -> None:
    assert proxy.port not in (0, echo_port)
    assert proxy.url_for("postgresql+psycopg://postgres@127.0.0.1:5432/heatdesk") == (
        f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/heatdesk")


def test_bytes_go_both_ways_and_each_round_trip_waits_the_latency(proxy: SlowProxy) -> None:
    with _connect(proxy) as sock:
        for message in (b"SELECT 1;", "查询 ünïcode".encode(), bytes(range(256)) * 1000):
            started = time.monotonic()
            sock.sendall(message)
            assert _receive(sock, len(message)) == message
            assert time.monotonic() - started >= LATENCY
    assert proxy.connections == 1


def test_chunks_keep_their_order_and_each_is_delayed(proxy: SlowProxy) -> None:
    with _connect(proxy) as sock:
        started = time.monotonic()
        sock.sendall(b"first ")
        time.sleep(LATENCY / 4)
        second_sent = time.monotonic()
        sock.sendall(b"second")
        assert _receive(sock, 12) == b"first second"
        assert time.monotonic() - second_sent >= LATENCY
        assert time.monotonic() - started >= LATENCY


def test_several_clients_at_once(proxy: SlowProxy) -> None:
    sockets = [_connect(proxy) for _ in range(3)]
    try:
        for number, sock in enumerate(sockets):
            sock.sendall(f"client {number}".encode())
        for number, sock in enumerate(sockets):
            assert _receive(sock, 8) == f"client {number}".encode()
    finally:
        for sock in sockets:
            sock.close()
    assert proxy.connections == 3


def test_stop_closes_the_port(echo_port: int) -> None:
    proxy = SlowProxy(echo_port, latency=0).start()
    port = proxy.port
    with _connect(proxy) as sock:
        proxy.stop()
        sock.settimeout(5)
        assert _receive(sock, 1) == b""  # the open connection was closed
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
