"""A shift leader's script edits: stored as versions, kept across restarts (rules 4.2, 4.3)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.models import Event
from app.models.etiquette import EtiquetteLibrary
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, PermissionDenied, ValidationError
from app.workflows.etiquette.library import CurtPhrase, default_library
from app.workflows.etiquette.scripts import (
    current_library,
    library_history,
    read_version,
    restore_version,
    save_library,
)


def _rows(db: Database, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def _with_greeting(library, phrase: str):
    stages = tuple(replace(s, phrases=(phrase, *s.phrases)) if s.id == "greeting" else s
                   for s in library.stages)
    return replace(library, stages=stages)


def test_the_shipped_default_is_in_force_until_a_leader_saves(db, clock, basics) -> None:
    library = current_library(UnitOfWork(db, basics.agent, clock))
    assert library.version == 0 and library == default_library()


def test_a_leaders_edit_persists_across_a_restart(db, clock, basics) -> None:
    leader = UnitOfWork(db, basics.leader, clock)
    edited = _with_greeting(current_library(leader), "{time_greeting}，供热热线{job_number}号。")
    edited = replace(edited, curt_phrases=(*edited.curt_phrases,
                                          CurtPhrase("这不归我管", "我帮您联系负责的同事。")))
    saved = save_library(leader, edited, "新增问候语")
    assert saved.version == 1

    restarted = Database(db.url)  # a new process: a new engine on the same database
    try:
        again = current_library(UnitOfWork(restarted, basics.agent, clock))
    finally:
        restarted.dispose()
    assert again.version == 1
    assert again.stage("greeting").phrases[0] == "{time_greeting}，供热热线{job_number}号。"
    assert CurtPhrase("这不归我管", "我帮您联系负责的同事。") in again.curt_phrases
    history = library_history(UnitOfWork(db, basics.leader, clock))
    assert [(h.version, h.note, h.author) for h in history] == [(1, "新增问候语", "赵强")]
    assert history[0].created_at == clock()


def test_history_keeps_every_version_and_restores_an_old_one(db, clock, basics) -> None:
    leader = UnitOfWork(db, basics.leader, clock)
    first = save_library(leader, _with_greeting(default_library(), "第一版"), "v1")
    save_library(leader, _with_greeting(default_library(), "第二版"), "v2")
    restored = restore_version(leader, first.version)
    assert restored.version == 3
    assert current_library(leader).stage("greeting").phrases[0] == "第一版"
    assert read_version(leader, 2).stage("greeting").phrases[0] == "第二版"
    assert [h.version for h in library_history(leader)] == [3, 2, 1]
    with pytest.raises(NotFound):
        read_version(leader, 99)


def test_an_agent_may_not_edit_and_nothing_is_written(db, clock, basics) -> None:
    before = (_rows(db, EtiquetteLibrary), _rows(db, Event))
    with pytest.raises(PermissionDenied):
        save_library(UnitOfWork(db, basics.agent, clock), default_library(), "x")
    # nothing of the edit; the refusal is an event of its own (issue 15)
    assert (_rows(db, EtiquetteLibrary), _rows(db, Event)) == (before[0], before[1] + 1)


def test_an_invalid_edit_is_refused_whole(db, clock, basics) -> None:
    before = _rows(db, EtiquetteLibrary)
    for phrase in ("{jobnumber}号为您服务", "{工号}号为您服务"):
        bad = _with_greeting(default_library(), phrase)
        with pytest.raises(ValidationError) as err:
            save_library(UnitOfWork(db, basics.leader, clock), bad, "bad")
        assert err.value.errors == {"stage.greeting.phrases": "etiquette.placeholder_unknown"}
    assert _rows(db, EtiquetteLibrary) == before
