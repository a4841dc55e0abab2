"""Service-quality reports in the GUI: survey entry and the dashboard (issue 7, part B)."""
