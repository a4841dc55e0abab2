"""Printing in the workstation: preview, printer, PDF, bulk notices, letterhead editing."""
