"""Etiquette prompts (rules 3.2.6, 4.2-4.4, 5.4): scripts as data, the call's stage,
phrase checks and the supervision figures. Plain Python; the panel lives in app/ui/etiquette.
"""
