"""The customer archive's columns: which header words name them, how a cell is read.

Billing exports and hand-kept spreadsheets name the same column many ways (户号 / 用户编号
/ 账号); each field lists the words it is recognised by. Phones may fill several columns
or one cell with several numbers (13800138000；0311-85551234), read by the one phone
normaliser (full-width digits too). Building / unit / room keep their number (3号楼 -> 3).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

from app.workflows.phone import normalise_phone, phone_problem
from app.workflows.tabular.fields import (
    Field,
    FieldProblem,
    Parser,
    cached,
    choice_of,
    decimal_of,
    text_of,
    yes_no,
)

MAX_HEATED_AREA = Decimal("100000")
_PHONE_SPLIT = re.compile(r"[,;，；、/|\n]+|\s{2,}")
_WORD_SPLIT = re.compile(r"[,;，；、/|\s]+")

CLASSES = {"居民": "residential", "住宅": "residential", "民用": "residential",
           "residential": "residential", "商业": "commercial", "非居民": "commercial",
           "非居民（商业）": "commercial", "商户": "commercial", "commercial": "commercial",
           "公共机构": "public", "公建": "public", "机关事业": "public", "单位": "public",
           "public": "public"}
MARK_WORDS = {"医院": "hospital", "学校": "school", "幼儿园": "kindergarten",
              "养老院": "elderly_home", "敬老院": "elderly_home", "重点": "important",
              "重要": "important", "重点用户": "important", "重要用户": "important",
              "孤寡": "vulnerable", "独居": "vulnerable", "残疾": "vulnerable",
              "孤寡老人": "vulnerable", "独居老人": "vulnerable", "残疾人": "vulnerable",
              "hospital": "hospital", "school": "school", "kindergarten": "kindergarten",
              "elderly_home": "elderly_home", "important": "important",
              "vulnerable": "vulnerable"}
SERVICE_WORDS = {"采暖": "heating", "供暖": "heating", "暖气": "heating", "供热": "heating",
                 "热水": "hot_water", "生活热水": "hot_water", "蒸汽": "steam",
                 "heating": "heating", "hot_water": "hot_water", "steam": "steam"}


def _account(raw: str) -> str:
    value = "".join(unicodedata.normalize("NFKC", raw).split()).upper()
    if len(value) > 20:
        raise FieldProblem("text.too_long")
    if not re.fullmatch(r"[0-9A-Z_\-]+", value):
        raise FieldProblem("account.invalid")
    return value


def _phones(raw: str) -> list[str]:
    numbers = []
    for piece in _PHONE_SPLIT.split(raw.strip()):
        if not piece.strip():
            continue
        number = normalise_phone(piece)
        if number is None:
            raise FieldProblem(phone_problem(piece) or "phone.malformed")
        numbers.append(number)
    return numbers


DISTRICT_ENDS = ("区", "县", "市")
BUILDING_ENDS = ("号楼", "栋", "幢", "号", "楼")
UNIT_END = "单元"
ROOM_END = "室"
_ADDRESS = re.compile(
    r"^(?P<district>\S{1,8}?(?:" + "|".join(DISTRICT_ENDS) + r"))?\s*"
    r"(?P<estate>\D.*?)\s*"
    r"(?:(?P<b>\d+)-(?P<e>\d+)-(?P<r>\d+)"
    r"|(?P<building>\d+)(?:" + "|".join(BUILDING_ENDS) + r")\s*"
    r"(?:(?P<entrance>\d+)" + UNIT_END + r")?\s*"
    r"(?:(?P<room>\d+)" + ROOM_END + r"?)?)\s*$")


def _address(raw: str) -> dict[str, str]:
    """One address cell as its parts: 长安区幸福苑3号楼2单元501室, 幸福苑 3-2-501.
    An address of another shape (a street number) is all estate."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if len(text) > 300:
        raise FieldProblem("text.too_long")
    match = _ADDRESS.match(text)
    if match is None:
        return {"estate": text[:100]}
    parts = match.groupdict()
    found = {"district": parts["district"] or "", "estate": parts["estate"].strip(),
             "building": parts["b"] or parts["building"] or "",
             "entrance": parts["e"] or parts["entrance"] or "",
             "room": parts["r"] or parts["room"] or ""}
    if not found["estate"] or len(found["estate"]) > 100:
        raise FieldProblem("address.invalid")
    if text.endswith(BUILDING_ENDS[3]) and not (found["entrance"] or found["room"]):
        return {"estate": text[:100]}  # 和平路12号: a street number, not a building
    return {k: v for k, v in found.items() if v}


CONTRACT_WORDS = {"已签订": "signed", "已签": "signed", "签订": "signed", "正常": "signed",
                  "signed": "signed", "未续签": "not_renewed", "未签": "not_renewed",
                  "未签订": "not_renewed", "not_renewed": "not_renewed", "报停": "stopped",
                  "停供": "stopped", "stopped": "stopped", "欠费": "arrears",
                  "arrears": "arrears"}


def _season(raw: str) -> int:
    """2026-2027, 2026/2027, 2026 -> 2026 (the season named by the year it starts)."""
    text = unicodedata.normalize("NFKC", raw).strip().replace("/", "-").replace("—", "-")
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) > 2:
        raise FieldProblem("season.invalid")
    first = int(parts[0])
    if not 2000 <= first <= 2100 or (len(parts) == 2 and int(parts[1]) != first + 1):
        raise FieldProblem("season.invalid")
    return first


def _date(raw: str) -> date:
    text = unicodedata.normalize("NFKC", raw).strip().split(" ")[0]
    for sep in ("/", ".", "年", "月"):
        text = text.replace(sep, "-")
    text = text.removesuffix("日").strip("-")
    try:
        if text.isdigit() and len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        year, month, day = (int(p) for p in text.split("-"))
        return date(year, month, day)
    except ValueError:
        raise FieldProblem("date.invalid") from None


def _numbered(*suffixes: str) -> Parser:
    """3号楼 -> 3, 2单元 -> 2, 501室 -> 501 (full-width digits as ASCII)."""
    base = text_of(20)

    def parse(raw: str) -> str:
        value = base(unicodedata.normalize("NFKC", raw).strip())
        for suffix in suffixes:
            if value.endswith(suffix) and len(value) > len(suffix):
                return value[:-len(suffix)].strip()
        return value
    return parse


def _words(table: dict[str, str], code: str) -> Parser:
    def parse(raw: str) -> list[str]:
        found = []
        for word in _WORD_SPLIT.split(unicodedata.normalize("NFKC", raw).strip().lower()):
            if not word or word in ("无", "-"):
                continue
            if word not in table:
                raise FieldProblem(code)
            found.append(table[word])
        return found
    return parse


FIELDS: tuple[Field, ...] = (
    Field("account_number", ("户号", "用户号", "用户编号", "客户编号", "账号", "帐号", "户号/账号",
                             "缴费号", "account", "accountnumber"), _account, required=True),
    Field("name", ("户名", "姓名", "用户名", "用户名称", "客户名称", "名称", "单位名称", "户主",
                   "name"), text_of(100), required=True),
    Field("phones", ("电话", "联系电话", "手机", "手机号", "手机号码", "电话号码", "座机", "固话",
                     "联系方式", "phone", "phones"), _phones, multiple=True),
    Field("district", ("区", "区县", "行政区", "所属区", "城区", "district"), cached(text_of(50))),
    # required, from its own column or the address's (importing.customer_mapping_problems)
    Field("estate", ("小区", "小区名称", "小区名", "住宅小区", "estate"), cached(text_of(100))),
    # one cell for the whole address: parts given in their own columns win
    Field("address", ("地址", "住址", "详细地址", "用户地址", "地址信息", "address"), _address),
    Field("building", ("楼栋", "楼号", "楼", "栋", "号楼", "幢", "楼栋号", "building"),
          cached(_numbered("号楼", "栋", "幢", "号", "楼"))),
    Field("entrance", ("单元", "单元号", "entrance", "unit"),
          cached(_numbered("单元",))),
    Field("room", ("室", "房号", "门牌号", "户室", "房间号", "室号", "room"),
          cached(_numbered("室", "号"))),
    Field("heated_area", ("供热面积", "采暖面积", "面积", "建筑面积", "收费面积", "heatedarea",
                          "area"), decimal_of(Decimal("0"), MAX_HEATED_AREA)),
    Field("services", ("服务", "供热类型", "用热类型", "服务项目", "services"),
          _words(SERVICE_WORDS, "services.invalid")),
    Field("heating", ("采暖", "供暖", "heating"), cached(yes_no)),
    Field("hot_water", ("热水", "生活热水", "hotwater"), cached(yes_no)),
    Field("steam", ("蒸汽", "steam"), cached(yes_no)),
    Field("customer_class", ("用户类型", "用户类别", "类别", "性质", "用户性质", "class"),
          cached(choice_of(CLASSES))),
    Field("marks", ("特殊标记", "特殊用户", "标记", "特殊", "marks"),
          _words(MARK_WORDS, "marks.invalid"), multiple=True),
    Field("notes", ("备注", "说明", "notes"), text_of(2000)),
    # the season's heating contract as billing says (rule 3.1.3): its status, season, date
    Field("contract_status", ("合同状态", "签约状态", "缴费状态", "用热状态", "contract_status"),
          cached(choice_of(CONTRACT_WORDS))),
    Field("contract_season", ("供暖季", "供暖年度", "合同年度", "season"),
          _season),
    Field("signed_on", ("签订日期", "签约日期", "合同签订日期", "signed_on"), _date),
)
KEY = "account_number"
ESTATE_FROM = ("estate", "address")  # the estate comes from one of these columns
