# PyInstaller hook: Alembic reads env.py and versions/*.py as files (script_location is the
# package's folder, app/db/migrate.py), so they ship as data, sources included, beside the
# `migrations` package; whatever revision a feature adds comes along.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("migrations", include_py_files=True,
                           excludes=["**/__pycache__/**", "**/*.mako"])
# what the revisions and env.py import when Alembic runs them
hiddenimports = [
    *collect_submodules("alembic", filter=lambda name: ".testing" not in name
                        and not name.startswith("alembic.templates")),
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
]
