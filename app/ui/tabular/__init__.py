"""Widgets any spreadsheet import reuses (app/workflows/tabular): the column mapping table,
the per-row errors table with its filter, the progress panel with Cancel, and the whole
import wizard (import_wizard.py, its pages in import_pages.py) configured by an ImportSpec."""
