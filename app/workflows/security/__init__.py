"""Security (issue 15): staff administration, passwords, login lockout, the idle lock and
the audit viewer. Who may do what is the one table in app/workflows/permissions.py."""
