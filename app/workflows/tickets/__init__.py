"""Work orders across desks: lifecycle steps, claiming, deadlines, escalation, callbacks,
cases and incidents (rules 2.5, 2.8, 3.6.2, 5.2.2, 5.3.1).

Every step is one conditional UPDATE plus one event naming the step (steps.py), so two
desks never overwrite each other and the history says what happened in words.
"""
