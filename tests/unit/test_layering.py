"""The layering of ARCHITECTURE.md, as the import-linter contracts in pyproject.toml.

The contracts (`[tool.importlinter]`) say which package may import which: ui -> workflows ->
(printing | repositories) -> db -> models, cli and bench on top; no Qt below the UI; no
SQLAlchemy, repositories, models or db in the UI. `lint-imports` checks them from the
command line too; this test makes the suite fail on a broken one.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _contract_names() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [c["name"] for c in config["tool"]["importlinter"]["contracts"]]


def _lint_imports() -> subprocess.CompletedProcess[str]:
    binary = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(binary), "--no-cache", "--no-logo", "pyproject.toml"],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "COLUMNS": "200"}, timeout=120)


def test_every_import_contract_is_kept() -> None:
    result = _lint_imports()
    broken = [m[1] for m in re.finditer(r"^(.*) BROKEN( \(.*\))?$", result.stdout, re.M)]
    report = result.stdout.partition("Broken contracts")[2] or result.stdout + result.stderr
    assert result.returncode == 0, f"broken import contracts {broken}:\n{report}"
    names = _contract_names()
    assert len(names) >= 4
    assert f"Contracts: {len(names)} kept, 0 broken." in result.stdout
