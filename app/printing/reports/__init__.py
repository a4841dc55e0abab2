"""Section-5 reports on paper (PDF) and in Excel, from the registry's figures."""
