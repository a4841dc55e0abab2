"""The intake desk's widgets: one small file per widget, composed by `app/ui/desk_window.py`."""
