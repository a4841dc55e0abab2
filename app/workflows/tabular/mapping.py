"""Which column feeds which field: guessed from the headers, remembered per kind of import.

A mapping is {column index: field name}; it is remembered as {header text: field name}
(the columns may move between months; the header words stay), in `import_mapping`
through `MappingRepository`. A remembered header wins over a guess; a header nobody named
is guessed from the fields' aliases; the rest are ignored columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.workflows.tabular.fields import Field, fold_header

Mapping = dict[int, str]
IGNORE = ""


def guess_mapping(headers: Sequence[str], fields: Sequence[Field],
                  remembered: dict[str, str] | None = None) -> Mapping:
    names = {f.name for f in fields}
    multiple = {f.name for f in fields if f.multiple}
    aliases = {fold_header(alias): f.name for f in fields
               for alias in (f.name, *f.aliases)}
    mapping: Mapping = {}
    taken: set[str] = set()
    memory = {fold_header(k): v for k, v in (remembered or {}).items()}
    for col, header in enumerate(headers):  # what the user chose last time first
        chosen = memory.get(fold_header(header))
        if chosen is not None and (chosen == IGNORE or chosen in names):
            if chosen and (chosen not in taken or chosen in multiple):
                mapping[col] = chosen
                taken.add(chosen)
            elif chosen == IGNORE:
                mapping[col] = IGNORE
    for col, header in enumerate(headers):
        if col in mapping:
            continue
        folded = fold_header(header)
        # 地址/小区: the part under a merged group header names the field
        candidates = [folded, folded.rsplit("/", 1)[-1]]
        for text in candidates:
            name = aliases.get(text) or aliases.get(text.rstrip("0123456789()（）"))
            if name and (name not in taken or name in multiple):
                mapping[col] = name
                taken.add(name)
                break
    return {col: name for col, name in mapping.items() if name}


def mapping_problems(mapping: Mapping, fields: Sequence[Field]) -> dict[str, str]:
    """{field: code}: a required field no column feeds (mapping.required), a single field
    fed by two columns (mapping.twice)."""
    problems: dict[str, str] = {}
    used: dict[str, int] = {}
    for name in mapping.values():
        used[name] = used.get(name, 0) + 1
    for f in fields:
        if f.required and not used.get(f.name):
            problems[f.name] = "mapping.required"
        elif not f.multiple and used.get(f.name, 0) > 1:
            problems[f.name] = "mapping.twice"
    return problems


def remembered_form(mapping: Mapping, headers: Sequence[str]) -> dict[str, str]:
    """The mapping as {header: field}, ignored columns as "" (so they stay ignored)."""
    return {header: mapping.get(col, IGNORE) for col, header in enumerate(headers)}
