"""Bringing a table in from a spreadsheet: generic parts any import reuses.

The flow (docs/customers.md, /work/notes/import_api.md): `source.open_sheet` reads an .xlsx
or .csv (encoding detected, merged header cells joined) -> `mapping` ties its columns to the
target's fields (guessed from header words, remembered per kind) -> `rows.read_rows` turns
each row into values or per-field errors (duplicate keys within the file too) ->
`engine.run_import` hands the good rows to a `Target` in batches, with progress and a
cancel token checked between batches, and returns the `ImportReport` of what changed.
A dry run goes the same way and writes nothing.
"""
