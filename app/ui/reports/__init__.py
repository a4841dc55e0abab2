"""Service-quality reports in the GUI: survey entry and the dashboard."""
