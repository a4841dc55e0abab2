"""The heating network's queries (issue 16): tree, equipment, outages, proposals, reports."""
