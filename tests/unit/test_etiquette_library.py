"""The default etiquette library: rule 4.3 verbatim, rule 3.2.6 reminders, valid flows."""

from __future__ import annotations

from dataclasses import replace

from app.workflows.etiquette.library import (
    CurtPhrase,
    default_library,
    from_dict,
    tidy,
    to_dict,
    validate,
)

# rule 4.3, word for word as ../shared/docs/REGULATIONS.md reads it (full-width ？)
RULE_4_3 = {
    "称呼语": ["小姐", "女士", "先生", "大姐", "阿姨", "大伯"],
    "问候语": ["您好", "早上好", "下午好", "晚上好"],
    "告别语": ["再见", "明天见", "祝您一路平安"],
    "道歉语": ["对不起", "请原谅", "打扰了", "失礼了"],
    "道谢语": ["谢谢", "非常感谢"],
    "应答语": ["是的", "好的", "我明白了", "不客气", "没关系", "这是我应该做的"],
    "征询语": ["请问您有什么事？", "请问我能为您做什么吗？", "请问需要我帮您做什么吗？",
            "请问您还有别的事吗？"],
    "基本礼貌用语": ["您好", "请", "谢谢", "对不起", "再见"],
}


def test_all_eight_phrase_categories_of_rule_4_3_verbatim() -> None:
    library = default_library()
    # beside them the company's own: what to say to a caller under an outage (issue 16)
    company = {"outage", "planned_outage"}
    assert {c.name: list(c.phrases) for c in library.categories
            if c.id not in company} == RULE_4_3


def test_three_musts_three_nevers_four_sames_of_rule_3_2_6() -> None:
    groups = {g.id: g for g in default_library().reminders}
    assert [len(groups[k].items) for k in ("three_musts", "three_nevers", "four_sames")] == [
        3, 3, 4]
    assert groups["three_musts"].name == "三要" and "再见" in groups["three_musts"].items[2]
    assert "推卸责任" in groups["three_nevers"].items[1]


def test_default_library_is_valid_and_flows_cover_every_stage_of_a_call() -> None:
    library = default_library()
    assert validate(library) == {}
    default = library.flow_for("repair")
    assert default.stages[0] == "ringing" and default.stages[-1] == "farewell"
    assert "apology" not in default.stages
    assert "apology" in library.flow_for("complaint").stages
    curt = {c.phrase for c in library.curt_phrases}
    assert {"不归我们管", "不知道", "你自己去问", "没办法", "不是我们的责任"} <= curt


def test_round_trip_through_the_stored_json_shape() -> None:
    library = default_library()
    assert from_dict(to_dict(library)) == library


def test_validation_names_the_place_of_each_problem() -> None:
    library = default_library()
    broken = replace(
        library,
        categories=(replace(library.categories[0], phrases=("  ",)), *library.categories[1:]),
        stages=tuple(replace(s, phrases=("{job_nummer}号为您服务",)) if s.id == "greeting"
                     else s for s in library.stages),
        flows=(replace(library.flows[0], stages=()), *library.flows[1:]),
        curt_phrases=(*library.curt_phrases, CurtPhrase("不知道", "重复")),
    )
    assert validate(broken) == {
        "category.address": "etiquette.category_empty",
        "stage.greeting.phrases": "etiquette.placeholder_unknown",
        "flow.default": "etiquette.flow_empty",
        "curt_phrases": "etiquette.curt_duplicate",
    }


def test_tidy_drops_blank_lines_a_leader_leaves_behind() -> None:
    library = default_library()
    messy = replace(library, categories=(
        replace(library.categories[0], phrases=(" 先生 ", "", "女士")), *library.categories[1:]),
        curt_phrases=(CurtPhrase(" 没办法 ", " 我来想办法 "), CurtPhrase("", "")))
    clean = tidy(messy)
    assert clean.categories[0].phrases == ("先生", "女士")
    assert clean.curt_phrases == (CurtPhrase("没办法", "我来想办法"),)
