"""Where the archive window's import and export buttons lead (issue 14, deliverable 4).

The import/export feature sets these when its module is imported (app/ui/customers/
install.py imports it if present): a QDialog class taking (desk, parent). Unset, the
buttons are not shown.
"""

from __future__ import annotations

from typing import Any

IMPORT_DIALOG: Any = None  # e.g. hooks.IMPORT_DIALOG = ImportDialog
EXPORT_DIALOG: Any = None  # a filtered customer list to .xlsx
