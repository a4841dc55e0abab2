"""The customer record, editable with its history (issue 14): who may change what, two
desks never overwrite each other, and the screen pop shows the current record."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.customers.record import (
    Phone,
    load_record,
    record_history,
    save_record,
)
from app.workflows.errors import Conflict, PermissionDenied, ValidationError
from app.workflows.screen_pop import pop_by_phone


def test_a_leader_edits_the_record_and_each_change_is_in_the_history(db, clock, basics):
    record = load_record(UnitOfWork(db, basics.leader, clock), basics.li.id)
    assert record.marks == {"important"} and record.customer_class == "residential"
    form = replace(record.form(), name="市第一医院", customer_class="public",
                   marks=frozenset({"important", "hospital"}), building="12A",
                   phones=[Phone("13811112222", "总机"), Phone("0311-66668888", "值班室")])
    saved = save_record(UnitOfWork(db, basics.leader, clock), basics.li.id, form,
                        record.version)
    assert saved.version == record.version + 1
    assert saved.address == "长安区和平里12A号楼1单元302室"
    assert saved.phones == (Phone("13811112222", "总机"), Phone("031166668888", "值班室"))
    lines = record_history(UnitOfWork(db, basics.leader, clock), basics.li.id)
    changes = {(h.field, h.old, h.new) for h in lines if h.subject == "customer"}
    assert ("name", "李娜", "市第一医院") in changes
    assert ("customer_class", "residential", "public") in changes
    assert ("marks", "", "hospital") in changes
    assert ("phones", "13811112222", "13811112222（总机）、031166668888（值班室）") in changes
    assert {h.actor_name for h in lines if h.field == "name"} == {"赵强"}
    # the screen pop shows the current record
    pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), "0311-66668888")
    assert pop.card is not None and pop.card.name == "市第一医院"
    assert pop.card.customer_class == "public" and pop.card.marks == ("hospital",)


def test_an_agent_edits_phones_and_notes_but_not_the_class(db, clock, basics):
    record = load_record(UnitOfWork(db, basics.agent, clock), basics.zhang.id)
    form = replace(record.form(), notes="白天家中无人，请打手机",
                   phones=[*record.phones, Phone("13700001111", "女儿")])
    saved = save_record(UnitOfWork(db, basics.agent, clock), basics.zhang.id, form,
                        record.version)
    assert saved.notes == "白天家中无人，请打手机" and len(saved.phones) == 3
    before = record_history(UnitOfWork(db, basics.agent, clock), basics.zhang.id)
    with pytest.raises(PermissionDenied, match="archive.edit_record"):
        save_record(UnitOfWork(db, basics.agent, clock), basics.zhang.id,
                    replace(saved.form(), customer_class="commercial", notes="x"),
                    saved.version)
    after = load_record(UnitOfWork(db, basics.agent, clock), basics.zhang.id)
    assert after == saved  # refused whole: not even the notes were written
    assert record_history(UnitOfWork(db, basics.agent, clock), basics.zhang.id) == before


def test_two_desks_editing_one_record_never_overwrite_each_other(db, clock, basics):
    seen = load_record(UnitOfWork(db, basics.agent, clock), basics.zhang.id)
    save_record(UnitOfWork(db, basics.agent, clock), basics.zhang.id,
                replace(seen.form(), phones=[Phone("13912345678", "本人")]), seen.version)
    with pytest.raises(Conflict):  # the second desk read the record before the first saved
        save_record(UnitOfWork(db, basics.leader, clock), basics.zhang.id,
                    replace(seen.form(), notes="二号台的备注"), seen.version)
    now = load_record(UnitOfWork(db, basics.agent, clock), basics.zhang.id)
    assert now.notes == "" and now.phones == (Phone("13912345678", "本人"),)


def test_record_form_errors_write_nothing(db, clock, basics):
    record = load_record(UnitOfWork(db, basics.leader, clock), basics.zhang.id)
    with pytest.raises(ValidationError) as err:
        save_record(UnitOfWork(db, basics.leader, clock), basics.zhang.id, replace(
            record.form(), name=" ", estate="", heated_area="-3", heating=False,
            hot_water=False, customer_class="villa", phones=[Phone("12")]), record.version)
    assert err.value.errors == {
        "name": "required", "estate": "required", "heated_area": "area.out_of_range",
        "services": "services.none", "customer_class": "choice.invalid",
        "phones": "phone.malformed"}
    assert load_record(UnitOfWork(db, basics.leader, clock), basics.zhang.id) == record
