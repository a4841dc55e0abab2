# PyInstaller hook: HeatDesk imports some of its modules by name (the commands, every model,
# the report tabs, the demo data), so the analysis cannot see them; take the whole package.
from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = [*collect_submodules("app"), *collect_submodules("bench"),
                 "resources", "migrations", "psycopg_binary"]
datas = copy_metadata("heatdesk")  # importlib.metadata.version("heatdesk") in the bundle
