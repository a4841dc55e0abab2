"""Shift queries: the duty roster with its pattern, leave and swaps (`roster.py`), and the
handover log (`handover.py`)."""
