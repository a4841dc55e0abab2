"""The words of the import's row problems, for every importer's preview and report.

An importer with codes of its own passes them as `extra` ({code: sentence}); `{detail}`
in a sentence is the error's detail (the row a duplicate repeats).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "ImportWords"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    return text


PROBLEMS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("ImportWords", "missing"),
    "key.duplicate": QT_TRANSLATE_NOOP("ImportWords", "repeats row {detail}"),
    "estate.unknown": QT_TRANSLATE_NOOP("ImportWords", "not an estate of the archive"),
    "phone.malformed": QT_TRANSLATE_NOOP("ImportWords", "not a phone number"),
    "phone.too_long": QT_TRANSLATE_NOOP("ImportWords", "phone number too long"),
    "number.invalid": QT_TRANSLATE_NOOP("ImportWords", "not a number"),
    "number.out_of_range": QT_TRANSLATE_NOOP("ImportWords", "number out of range"),
    "text.too_long": QT_TRANSLATE_NOOP("ImportWords", "too long"),
    "account.invalid": QT_TRANSLATE_NOOP("ImportWords", "not an account number"),
    "address.invalid": QT_TRANSLATE_NOOP("ImportWords", "not an address"),
    "season.invalid": QT_TRANSLATE_NOOP("ImportWords", "not a heating season (2026-2027)"),
    "date.invalid": QT_TRANSLATE_NOOP("ImportWords", "not a date (2026-10-15)"),
    "yes_no.invalid": QT_TRANSLATE_NOOP("ImportWords", "should be yes or no"),
    "choice.invalid": QT_TRANSLATE_NOOP("ImportWords", "not a known value"),
    "services.invalid": QT_TRANSLATE_NOOP("ImportWords", "unknown service"),
    "marks.invalid": QT_TRANSLATE_NOOP("ImportWords", "unknown mark"),
    "mapping.required": QT_TRANSLATE_NOOP("ImportWords", "no column is chosen for it"),
    "mapping.twice": QT_TRANSLATE_NOOP("ImportWords", "two columns are chosen for it"),
    "file.unreadable": QT_TRANSLATE_NOOP(
        "ImportWords", "This is not a readable .xlsx or .csv file."),
    "file.empty": QT_TRANSLATE_NOOP("ImportWords", "The file holds no table (no header row)."),
    "file.format": QT_TRANSLATE_NOOP("ImportWords", "Only .xlsx and .csv files can be imported."),
}


def problem_text(code: str, detail: str = "", extra: dict[str, str] | None = None) -> str:
    source = (extra or {}).get(code) or PROBLEMS.get(code)
    if source is None:
        return code
    return QCoreApplication.translate(CONTEXT, source).replace("{detail}", detail)
