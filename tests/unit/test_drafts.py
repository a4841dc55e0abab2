"""The draft store: atomic JSON files per agent that survive a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.workflows.drafts import DraftStore


def test_save_load_delete_round_trip(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    assert store.load("1001") is None
    store.save("1001", {"description": "暖气不热", "level": 1})
    assert store.load("1001") == {"description": "暖气不热", "level": 1}
    assert (tmp_path / "1001.json").read_text(encoding="utf-8").count("暖气不热") == 1
    store.delete("1001")
    assert store.load("1001") is None and not store.exists("1001")
    store.delete("1001")  # deleting twice is harmless


def test_drafts_are_per_agent(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("1001", {"description": "a"})
    store.save("2001", {"description": "b"})
    assert store.load("1001") == {"description": "a"}
    assert store.load("2001") == {"description": "b"}


def test_a_failed_write_keeps_the_previous_draft(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    store = DraftStore(tmp_path)
    store.save("1001", {"description": "first"})

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.save("1001", {"description": "second"})
    monkeypatch.undo()
    assert store.load("1001") == {"description": "first"}
    assert [p.name for p in tmp_path.iterdir()] == ["1001.json"]  # no temp file left


def test_a_corrupt_draft_reads_as_none(tmp_path: Path) -> None:
    (tmp_path / "1001.json").write_text("{not json", encoding="utf-8")
    assert DraftStore(tmp_path).load("1001") is None


@pytest.mark.parametrize("bad", ["../x", "a/b", "", "工号", "x" * 41])
def test_job_numbers_cannot_escape_the_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        DraftStore(tmp_path).save(bad, {})


def test_default_folder_is_under_the_data_dir(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEATDESK_DATA_DIR", str(tmp_path))
    assert DraftStore().path_for("1001") == tmp_path / "drafts" / "1001.json"
