"""The user-interface language: Simplified Chinese by default, English on request.

Source strings are English; each feature ships `resources/translations/<feature>_zh_CN.qm`
and all of them are loaded here, so a new feature needs no edit in this file. Qt's own
dialogs (the buttons of message boxes, context menus, the file and print dialogs) follow
via qtbase_zh_CN.qm; the few labels that catalogue misses for this Qt (their sources gained
a mnemonic) are in resources/translations/qtbase_extra_zh_CN.ts, installed after it so they
win.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import RESOURCES

if TYPE_CHECKING:
    # PySide6's stub says the marker returns `object`; at run time it returns `message`
    # itself, which callers keep as the source text and translate when shown.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
TRANSLATIONS = RESOURCES / "translations"


def resolve_language(requested: str | None) -> str:
    """`--lang` when given, otherwise Chinese: the hotline works in Chinese."""
    return requested if requested in LANGUAGES else DEFAULT_LANGUAGE


def translation_files(language: str, folder: Path = TRANSLATIONS) -> list[Path]:
    """The compiled feature translations for a language (none for English: the source)."""
    if language == "en":
        return []
    return sorted(folder.glob(f"*_{language}.qm"))


def _qt_translation_files(language: str) -> list[Path]:
    if language == "en":
        return []
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [p for p in (folder / f"qtbase_{language}.qm",) if p.exists()]


# The bytes of each installed translation, alive as long as its translator: Qt reads them
# in place. Loading from a file would map it instead, and a desk running while its program
# folder is updated (a shared install, an upgrade) would turn English mid-shift when the
# file under the map is replaced.
_LOADED: dict[int, bytes] = {}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install every translator for `language`; keep the list to remove them again."""
    installed: list[QTranslator] = []
    for path in [*_qt_translation_files(language), *translation_files(language)]:
        translator = QTranslator(app)
        try:
            data = path.read_bytes()
        except OSError as exc:
            log.warning("cannot read translation %s: %s", path, exc)
            continue
        if translator.load(data, str(path.parent)):  # the folder: for a catalogue's parts
            translator.setObjectName(path.name)  # which file it came from, for logs and tests
            _LOADED[id(translator)] = data
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("cannot load translation %s", path)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        _LOADED.pop(id(translator), None)
        translator.deleteLater()


def apply_locale(language: str) -> None:
    """Dates and numbers in the interface language (process-wide; called once at start)."""
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Chinese,
                     QLocale.Country.UnitedStates if language == "en" else QLocale.Country.China)
    QLocale.setDefault(locale)
