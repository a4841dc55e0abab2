"""The installed form (issue 19.1): the wheel, installed outside the checkout, finds its files.

The wheel is built from a copy of the project (never the checkout's own `build/` folder,
where a file deleted from the tree would linger) with `pip wheel --no-deps
--no-build-isolation`, and installed with `pip install --no-deps --no-index` into a fresh
virtual environment in a temporary folder. That environment borrows the dependencies of the
test's own environment through a `.pth` line (nothing is downloaded), but HeatDesk itself
(`app`, `resources`, `migrations`) comes only from the wheel: every command runs from a
folder outside the checkout, the checkout is not on `sys.path`, and the test asserts where
each package was imported from. Then the installed `heatdesk` creates a database, fills it
with 100 demo customers, prints a visit notice, writes a report, and the GUI side loads the
font, the style sheet and every translation. Every file under `resources/` and
`migrations/` must be in the installed package.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ["pyproject.toml", "README.md"]
PROJECT_FOLDERS = ["app", "bench", "migrations", "resources"]
DATA_PACKAGES = ["resources", "migrations"]
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


def _data_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


def _run(args: list[str], *, cwd: Path, env: dict[str, str], timeout: int = 240,
         answers: str | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, input=answers)
    assert done.returncode == 0, f"{args}\nstdout: {done.stdout}\nstderr: {done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fresh environment with HeatDesk installed from its wheel, and a folder to work in."""
    base = tmp_path_factory.mktemp("installed")
    source, wheels, venv = base / "source", base / "wheels", base / "venv"
    source.mkdir()
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, source / name)
    for name in PROJECT_FOLDERS:
        shutil.copytree(ROOT / name, source / name, ignore=IGNORED)
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "HEATDESK_DB_URL", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
          "--no-build-isolation", "--wheel-dir", str(wheels), str(source)], cwd=base, env=env)
    [wheel] = wheels.glob("heatdesk-*.whl")
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=base, env=env)
    scripts = Path(sysconfig.get_path("scripts", vars={"base": str(venv)}))
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path("
                                            "'purelib'))"], cwd=base, env=env).stdout.strip())
    # the dependencies (and pip) of this environment, appended after the new site-packages
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (purelib / "_heatdesk_test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    # --ignore-installed: never touch the checkout's editable install seen through the .pth
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
          "--ignore-installed", "--no-compile", str(wheel)], cwd=base, env=env)
    work = base / "work"
    work.mkdir()
    return {"python": python, "heatdesk": scripts / ("heatdesk.exe" if os.name == "nt"
                                                     else "heatdesk"),
            "purelib": purelib, "work": work, "venv": venv, "wheel": wheel}


@pytest.fixture(scope="module")
def run_env(installed: dict[str, Path]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "HEATDESK_DB_URL", "VIRTUAL_ENV")}
    env.update({"HEATDESK_DATA_DIR": str(installed["work"] / "data"),
                "QT_QPA_PLATFORM": "offscreen", "HEATDESK_DEBUG": "1"})
    return env


def test_heatdesk_is_imported_from_the_new_environment_not_the_checkout(
        installed: dict[str, Path], run_env: dict[str, str]) -> None:
    script = ("import sys, app, resources, migrations; "
              "print(app.__file__); print(resources.__file__); print(migrations.__file__); "
              "print('\\n'.join(sys.path))")
    out = _run([str(installed["python"]), "-c", script], cwd=installed["work"],
               env=run_env).stdout.splitlines()
    packages, path = out[:3], out[3:]
    venv = installed["venv"].resolve()
    for file in packages:
        assert Path(file).resolve().is_relative_to(venv), file
    assert str(ROOT) not in path and "" not in [p for p in path if p == str(ROOT)]
    assert not any(Path(p).resolve() == ROOT for p in path if p)
    assert not installed["work"].resolve().is_relative_to(ROOT)


def test_every_resource_and_migration_file_is_installed(installed: dict[str, Path]) -> None:
    for package in DATA_PACKAGES:
        missing = _data_files(ROOT / package) - _data_files(installed["purelib"] / package)
        assert not missing, f"{package}/ files missing from the installed wheel: {missing}"


def test_the_installed_program_knows_its_version(
        installed: dict[str, Path], run_env: dict[str, str]) -> None:
    from app.version import version

    done = _run([str(installed["heatdesk"]), "--version"], cwd=installed["work"], env=run_env)
    assert done.stdout.strip() == f"HeatDesk {version()}"
    assert installed["wheel"].name.startswith(f"heatdesk-{version()}-")


def test_upgrade_demo_print_and_report_run_from_the_installed_program(
        installed: dict[str, Path], run_env: dict[str, str]) -> None:
    work, heatdesk = installed["work"], str(installed["heatdesk"])
    database = work / "centre.sqlite3"
    url = f"sqlite:///{database}"
    _run([heatdesk, "db", "upgrade", "--db", url], cwd=work, env=run_env)
    _run([heatdesk, "demo", "--customers", "100", "--db", url], cwd=work, env=run_env)
    with sqlite3.connect(database) as conn:
        [ticket] = conn.execute("SELECT id FROM ticket WHERE status <> 'closed' "
                                "ORDER BY id LIMIT 1").fetchone()
    notice = work / "notice.pdf"
    # recording the notice signs in (issue 15): the demo agent, the password on stdin
    _run([heatdesk, "print", "visit-notice", "--ticket", str(ticket), "-o", str(notice),
          "--db", url, "--user", "1001"], cwd=work, env=run_env, answers="demo1001\n")
    report = work / "complaints.pdf"
    _run([heatdesk, "report", "complaints", "--season", "2025-2026", "-o", str(report),
          "--db", url], cwd=work, env=run_env)
    for pdf in (notice, report):
        fonts = {str(font.get_object().get("/BaseFont", ""))
                 for page in PdfReader(pdf).pages
                 for font in (page["/Resources"].get_object().get("/Font") or {}).values()}
        assert any("WenQuanYi" in font for font in fonts), (pdf.name, fonts)  # the bundled font
    assert "上门服务通知" in PdfReader(notice).pages[0].extract_text()  # the wording file


def test_the_installed_gui_loads_its_font_style_translations_and_library(
        installed: dict[str, Path], run_env: dict[str, str]) -> None:
    expected = len(list((ROOT / "resources" / "translations").glob("*_zh_CN.qm")))
    script = """
from PySide6.QtCore import QCoreApplication
from app.ui.application import create_application
from app.ui.i18n import install_translators, translation_files
from app.workflows.etiquette.library import default_library
from app.printing.letterhead import LOGO_FILE
from app.printing.wording import WORDING_FILE
app = create_application([])
assert "WenQuanYi" in " ".join(app.font().families()), app.font().families()
assert "QPushButton" in app.styleSheet()
installed = install_translators(app, "zh_CN")
print(len(translation_files("zh_CN")),
      len([t for t in installed if t.objectName() != "qtbase_zh_CN.qm"]))  # Qt's own
print(QCoreApplication.translate("LoginDialog", "&Log in"))
print(len(default_library().stages) > 0, LOGO_FILE.is_file(), WORDING_FILE.is_file())
"""
    out = _run([str(installed["python"]), "-c", script], cwd=installed["work"],
               env=run_env).stdout.split()
    assert out[:2] == [str(expected), str(expected)]
    assert out[2] != "&Log in"  # translated: the .qm files were found and read
    assert out[3:] == ["True", "True", "True"]
