"""Use cases in plain Python: they take plain values and a unit of work, return plain data."""
