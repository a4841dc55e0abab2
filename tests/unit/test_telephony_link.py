"""The AMI adapter itself against the simulated PBX on a real socket (no Qt, no database):
login refused, a PBX that stops answering pings, the back-off between attempts."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from app.cli.pbx_sim.server import SimThread
from app.workflows.telephony import ami_link
from app.workflows.telephony.ami_link import AmiLink, next_wait
from app.workflows.telephony.config import PbxConfig
from app.workflows.telephony.events import LinkState


@pytest.fixture
def sim() -> Iterator[SimThread]:
    pbx = SimThread(speed=0.004, secret="s3cret")
    yield pbx
    pbx.stop()


def _config(port: int, ping: float = 10.0) -> PbxConfig:
    return PbxConfig("127.0.0.1", port, "heatdesk", "8001", "", r"1\d{10}", "from-internal",
                     "", ping, 1.0, 5.0, 3)


def _until(test: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if test():
            return True
        time.sleep(0.01)
    return False


def _link(port: int, secret: str, states: list, ping: float = 10.0) -> AmiLink:
    link = AmiLink(_config(port, ping), secret, lambda e: None,
                   lambda state, detail: states.append(state), first_retry_s=0.05)
    link.start()
    return link


def test_a_wrong_secret_is_refused_and_not_hammered(sim: SimThread) -> None:
    states: list = []
    link = _link(sim.port, "wrong", states)
    try:
        assert _until(lambda: LinkState.REFUSED in states)
        assert link.waits == [1.0]  # the longest wait: a wrong secret will not mend itself
        assert LinkState.UP not in states
    finally:
        link.stop()


def test_a_pbx_that_stops_answering_pings_is_left_and_reconnected(sim: SimThread) -> None:
    states: list = []
    link = _link(sim.port, "s3cret", states, ping=0.1)
    try:
        assert _until(lambda: link.state is LinkState.UP)
        sim.sim.answer_pings = False
        assert _until(lambda: LinkState.DOWN in states)
        sim.sim.answer_pings = True
        assert _until(lambda: sim.sim.logins >= 2 and link.state is LinkState.UP)
    finally:
        link.stop()


def test_back_off_doubles_up_to_the_longest_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    waits = [0.5]
    for _ in range(9):
        waits.append(next_wait(waits[-1], 0.5, 60.0))
    assert waits == [0.5, 1, 2, 4, 8, 16, 32, 60, 60, 60]
    states: list = []
    monkeypatch.setattr(ami_link, "FIRST_RETRY_S", 0.05)
    link = _link(1, "s3cret", states)  # nothing listens on port 1
    try:
        assert _until(lambda: len(link.waits) >= 4)
        assert link.waits[:4] == [0.05, 0.1, 0.2, 0.4]
        assert LinkState.DOWN in states and LinkState.UP not in states
    finally:
        link.stop()
