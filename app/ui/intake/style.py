"""Desk-specific looks on top of the house style (resources/style.qss): the card, the
important-customer badge, the answer-delay colours (green in time, red late; rule 4.4)
and the offline banner. Colours follow the house palette."""

DESK_STYLE = """
QFrame#customerCard { background: #ffffff; border: 1px solid #c5cdd6; border-radius: 6px; }
QLabel#customerName { font-size: 20px; font-weight: 600; }
QLabel#importantBadge { background: #b83227; color: #ffffff; font-weight: 600;
    padding: 2px 10px; border-radius: 4px; }
QLabel#unknownTitle { font-size: 20px; font-weight: 600; color: #a15c00; }
QLabel[role="big"] { font-size: 18px; }
QLabel#contractNotes { color: #8a4b00; font-weight: 600; }
QLabel[role="caption"] { color: #5b6b7b; }
QLabel[role="hint"] { color: #5b6b7b; }
QLabel[role="section"] { font-weight: 600; padding-top: 6px; }
QLineEdit#callerNumber { font-size: 18px; }
QLabel[role="call-timer"] { font-size: 14px; padding: 5px 10px; border-radius: 4px;
    color: #5b6b7b; }
QLabel[role="call-timer"][state="ok"] { color: #1e6b34; background: #e2f3e6; }
QLabel[role="call-timer"][state="late"] { color: #ffffff; background: #b83227; }
QFrame#offlineBanner { background: #fbe3e0; border: 1px solid #b83227; border-radius: 4px; }
QFrame#offlineBanner QLabel { color: #8e1b1b; font-weight: 600; }
QLabel#draftNotice { background: #e3eef9; color: #1d4f86; padding: 6px 12px;
    border: 1px solid #8fb4dc; border-radius: 4px; }
QLabel#savedNote { color: #1e6b34; font-weight: 600; font-size: 14px; padding: 4px; }
QLabel#dueTime { font-weight: 600; }
QFrame#intakePanel { background: #ffffff; border: 1px solid #c5cdd6; border-radius: 6px; }
"""
