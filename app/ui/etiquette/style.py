"""The etiquette panel's looks, in the house palette (see resources/style.qss)."""

PANEL_STYLE = """
QWidget#etiquettePanel { background: #f7f9fb; }
QLabel#ringCounter { font-size: 14px; padding: 4px 8px; border-radius: 4px; color: #5b6b7b;
    background: #eef2f6; }
QLabel#ringCounter[state="ringing"] { color: #1d4f86; background: #e3eef9; font-weight: 600; }
QLabel#ringCounter[state="ok"] { color: #1e6b34; background: #e2f3e6; }
QLabel#ringCounter[state="late"] { color: #ffffff; background: #b83227; font-weight: 600; }
QLabel#stageTitle { font-size: 18px; font-weight: 600; color: #1d4f86; }
QLabel#ruleBadge { color: #5b6b7b; border: 1px solid #c5cdd6; border-radius: 3px;
    padding: 0 4px; }
QLabel#stageHint { color: #3d4b59; }
QLabel[role="caption"] { color: #5b6b7b; }
QFrame#phraseRow { background: #ffffff; border: 1px solid #c5cdd6; border-radius: 5px; }
QFrame#phraseRow:hover { border-color: #1d4f86; background: #f0f6fc; }
QLabel#phraseKey { color: #ffffff; background: #5b6b7b; border-radius: 3px; padding: 0 4px;
    font-size: 11px; }
QLabel#phraseText { font-size: 15px; }
QToolButton#phraseCopy { border: none; color: #1d4f86; font-size: 15px; }
QPushButton#salutation { padding: 2px 6px; }
QPushButton#salutation:checked { background: #1d4f86; color: #ffffff; }
QLabel#etiquetteWarnings { background: #fff4e0; border: 1px solid #e0a040; border-radius: 4px;
    padding: 6px; color: #6b4200; }
QLabel#etiquetteStatus { color: #1e6b34; }
QLabel#etiquetteReminders { color: #3d4b59; font-size: 12px; }
"""
