"""Telephony: the phone system's calls as events the desk follows (issue 18).

A phone system reaches the desk through an adapter of one port (`port.py`): the ring hook
(`main.py ring`, the one-line protocol) and the Asterisk Manager Interface (`ami_link.py`).
Every adapter reports the same three events (`events.py`) with the phone system's own
times; the desk's call (`app/workflows/call.py`) takes those times, and the desk clock only
when no phone system is connected. The calls are kept (`records.py`) for the figures of
rule 4.4 in the supervision figures of rule 5.4 (`figures.py`), and click-to-dial asks the
PBX to ring the agent's extension first and then the customer (`dial.py`).
"""
