"""Finding a customer as the agent types: pinyin, names, estates, addresses, phone tails.

What may be typed, alone or together, separated by spaces:

- a name or an estate, in characters or pinyin: 张三, zs, zhangsan; 幸福苑, xfy, xingfuyuan;
  each reading of a polyphone (朝阳: cy and zy) - the keys of revision 0135;
- an account number, or its beginning;
- an address: 幸福苑 3号楼, 幸福苑3号楼2单元, 3-2-501 (building-unit-room in any estate),
  501室;
- a phone number (the owners), or its last four digits, best with the estate: 幸福苑 1234.

Every part narrows the others; a word that names an estate picks the estate, another word
then the person. Each query is a seek on an index (app/repositories/customers/finder.py).
When the keys find nothing, the fragment search of the intake (any part of the address or
name of two or more characters, through the text index) has the last word, so nothing
findable before is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.repositories.customers.finder import CustomerFinder
from app.repositories.uow import UnitOfWork
from app.repositories.views import CustomerHit
from app.workflows.phone import digits_fragment, fold, normalise_phone

LIMIT = 50
MIN_FRAGMENT = 2  # characters of a fragment searched inside names and addresses

BUILDING_WORDS = ("号楼", "号", "栋", "幢", "楼")
UNIT_WORD = "单元"
ROOM_WORD = "室"
_TOKEN = re.compile(
    r"(?P<brr>\d+)-(?P<ber>\d+)-(?P<rrr>\d+)"
    r"|(?P<bb>\d+)-(?P<be>\d+)"
    r"|(?P<building>\d+)(?:" + "|".join(BUILDING_WORDS) + ")"
    r"|(?P<entrance>\d+)" + UNIT_WORD
    + r"|(?P<room>\d+)" + ROOM_WORD
    + r"|(?P<digits>\d+)"
    r"|(?P<word>[^\d\s-]+\d*)")


@dataclass
class Query:
    """What an agent typed, in parts."""

    words: list[str] = field(default_factory=list)
    building: str | None = None
    entrance: str | None = None
    room: str | None = None
    tail: str | None = None
    numbers: list[str] = field(default_factory=list)  # digits: an account or a room

    @property
    def address(self) -> bool:
        return bool(self.building or self.entrance or self.room or self.tail)


def parse(text: str) -> Query:
    query = Query()
    for match in _TOKEN.finditer(fold(text).lower()):
        parts = match.groupdict()
        if parts["brr"]:
            query.building, query.entrance, query.room = parts["brr"], parts["ber"], parts["rrr"]
        elif parts["bb"]:
            query.building, query.entrance = parts["bb"], parts["be"]
        elif parts["building"]:
            query.building = parts["building"]
        elif parts["entrance"]:
            query.entrance = parts["entrance"]
        elif parts["room"]:
            query.room = parts["room"]
        elif parts["digits"]:
            digits = parts["digits"]
            if len(digits) == 4 and query.words:
                query.tail = digits  # 幸福苑 1234: the last four digits of a phone
            else:
                query.numbers.append(digits)
        elif parts["word"]:
            query.words.append(parts["word"])
    return query


def find_customers(uow: UnitOfWork, text: str, limit: int = LIMIT) -> list[CustomerHit]:
    """The customers `text` names, best first, at most `limit`."""
    text = fold(text).strip()  # full-width letters and digits as ASCII
    if not text:
        return []
    with uow:
        phone = normalise_phone(text)
        if phone is not None:
            owners = uow.customers.ids_by_phone(phone)
            if owners:
                return uow.customers.hits(owners)
        finder = uow.repo(CustomerFinder)
        ids = _keyed(finder, parse(text), limit)
        if ids:
            return finder.hits(ids)
        # a fragment inside a name or address (中街), or part of a phone number, through
        # the text index; one character alone is no fragment to look for (it would scan)
        fragment = digits_fragment(text) or text
        return uow.customers.search(fragment, limit) if len(fragment) >= MIN_FRAGMENT else []


def _keyed(finder: CustomerFinder, query: Query, limit: int) -> list[int]:
    estates: list[str] = []
    names: list[str] = []
    for word in query.words:
        found = finder.estates(word) if not estates else []
        if found:
            estates = found
        else:
            names.append(word)
    if len(query.words) == 1 and not query.address and not query.numbers:
        # one word: the people it names first, then the estate's homes
        word = query.words[0]
        ids: list[int] = finder.by_key(word, limit)
        if len(ids) < limit and estates:
            ids += [i for i in finder.in_estates(estates, limit) if i not in ids]
        return ids[:limit]
    if not query.words and not query.address:
        ids = []
        for number in query.numbers:  # an account number's beginning, a phone tail
            ids += finder.by_key(number, limit)
            if len(number) == 4:
                ids += finder.at_address(limit, building=None, entrance=None, room=None,
                                         tail=number)
            elif len(number) <= 4:
                ids += finder.at_address(limit, building=None, entrance=None, room=number)
        return list(dict.fromkeys(ids))[:limit]
    room = query.room or (query.numbers[0] if query.numbers and len(query.numbers[0]) <= 4
                          else None)
    if query.words and not estates:
        if not query.address:
            return []  # words naming no estate and no address: not ours to answer
        return finder.at_address(limit, building=query.building, entrance=query.entrance,
                                 room=room, words=names, tail=query.tail)
    if estates:
        return finder.in_estates(estates, limit, building=query.building,
                                 entrance=query.entrance, room=room, words=names,
                                 tail=query.tail)
    return finder.at_address(limit, building=query.building, entrance=query.entrance,
                             room=room, tail=query.tail)
