# PyInstaller hook: every file under resources/ (the font, the translations, the etiquette
# library, the letterhead, the style sheet, and whatever a feature adds) beside the bundle's
# `resources` package, where importlib.resources finds them (app/paths.py).
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("resources", excludes=["**/*.ts", "**/make_logo.py"])
