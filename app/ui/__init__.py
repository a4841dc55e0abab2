"""The PySide6 user interface: windows, widgets, item models, dialogs. No SQLAlchemy here."""
