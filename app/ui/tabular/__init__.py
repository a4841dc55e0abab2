"""Widgets any spreadsheet import reuses (app/workflows/tabular): the column mapping table,
the per-row errors table with its filter, and the progress panel with Cancel."""
