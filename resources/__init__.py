"""HeatDesk's data files as a package, so an installed HeatDesk finds them.

Fonts, translations, the etiquette library, the letterhead and the style sheet are read
with `importlib.resources.files("resources")` (see app/paths.py); every file below this
folder ships in the wheel and in the bundle, with no list to keep (docs/install.md).
"""
