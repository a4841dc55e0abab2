"""Demo data: a realistic, reproducible hotline to try HeatDesk and to benchmark it.

`fill.py` writes it (`generate_demo`, `ensure_demo_data`), `data.py` holds the word lists and
`rows.py` the deterministic rows.
"""
