#!/usr/bin/env python3
"""Set up and run HeatDesk with one command (standard library only, Python 3.11+).

    python3 dev.py run    create .venv, install HeatDesk, open the workstation (demo database)
    python3 dev.py test   create .venv, install HeatDesk with its test tools, run ruff, mypy
                          and every test (on every CPU; arguments go to pytest, -n 0 runs
                          the tests in one process)
    python3 dev.py build [--check]
                          the self-contained one-folder bundle dist/HeatDesk (PyInstaller),
                          and on Windows the MSI installer (WiX); --check then runs the
                          bundle's headless smoke test (docs/install.md)

A fresh machine needs nothing but Python: the virtual environment and the dependencies are
made here and re-made only when pyproject.toml changes. On Debian/Ubuntu, running as root,
the few system libraries Qt needs are installed with apt-get when they are missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".heatdesk-installed"
# Shared libraries the Qt wheels load, and the Debian packages that carry them.
QT_SYSTEM_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# Extra packages for a real X11 display (not needed by the offscreen test platform).
QT_XCB_PACKAGES = ["libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
                   "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0",
                   "libxcb-xinerama0", "libxcb-xkb1"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def log(message: str) -> None:
    print(f"[dev] {message}", file=sys.stderr, flush=True)


def ensure_venv(extras: str) -> Path:
    """Create .venv and install HeatDesk editable; skip when nothing changed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    python = venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        log("creating the virtual environment .venv")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    log("installing HeatDesk and its dependencies (first time: a few minutes)")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
                   check=True)
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", target], check=True)
    STAMP.write_text(wanted)
    return python


def _have_library(name: str) -> bool:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    except OSError:
        return True  # cannot tell; let Qt report what is missing
    return name in out


def ensure_system_libraries(for_display: bool) -> None:
    """Install Qt's system libraries on Debian/Ubuntu when missing (root only)."""
    if not sys.platform.startswith("linux"):
        return
    missing = [pkg for lib, pkg in QT_SYSTEM_LIBS.items() if not _have_library(lib)]
    if for_display and not _have_library("libxcb-cursor.so.0"):
        missing += QT_XCB_PACKAGES
    if not missing:
        return
    apt = shutil.which("apt-get")
    if apt and hasattr(os, "geteuid") and os.geteuid() == 0:
        log(f"installing system libraries for Qt: {' '.join(missing)}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run([apt, "update", "-qq"], check=False, env=env)
        subprocess.run([apt, "install", "-y", "-qq", *missing], check=True, env=env)
    else:
        log("Qt needs these system packages; please install them: sudo apt-get install "
            + " ".join(missing))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(rest: list[str]) -> int:
    """dist/HeatDesk (PyInstaller, packaging/heatdesk.spec); the MSI on Windows."""
    ensure_system_libraries(for_display=False)
    check = "--check" in rest  # then the test tools too, for the smoke test
    python = ensure_venv("test,build" if check else "build")
    dist = ROOT / "dist"
    log("building the one-folder bundle with PyInstaller (a few minutes)")
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "heatdesk.spec")], check=True, cwd=ROOT)
    bundle = dist / "HeatDesk"
    log(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB)")
    if os.name == "nt":
        msi = build_msi(python, bundle, dist)
        if msi is None:
            return 1
        log(f"installer: {msi} ({msi.stat().st_size / 2**20:.0f} MiB)")
    if check:  # the bundle's headless smoke test (tests/e2e/test_bundle.py)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEATDESK_BUNDLE": str(bundle)}
        return subprocess.call([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                "tests/e2e/test_bundle.py"], cwd=ROOT, env=env)
    return 0


def build_msi(python: Path, bundle: Path, dist: Path) -> Path | None:
    """The MSI from packaging/windows/heatdesk.wxs with the WiX Toolset (v5) command `wix`."""
    wix = shutil.which("wix")
    if wix is None:
        log("the MSI needs the WiX Toolset 5: dotnet tool install --global wix --version 5.0.2")
        return None
    version = subprocess.run([str(python), "-c", "from app.version import version; "
                              "print(version())"], cwd=ROOT, check=True, capture_output=True,
                             text=True).stdout.strip()
    numeric = ".".join((version.split("+")[0].split(".") + ["0", "0"])[:3])  # MSI: a.b.c
    msi = dist / f"HeatDesk-{version}-x64.msi"
    subprocess.run([wix, "build", str(ROOT / "packaging" / "windows" / "heatdesk.wxs"),
                    "-arch", "x64", "-d", f"Version={numeric}", "-d", f"BundleDir={bundle}",
                    "-o", str(msi)], check=True, cwd=ROOT)
    return msi


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist options unless the arguments choose their own (-n 0 or -p no:xdist runs
    the tests in this one process, for a debugger).

    One worker per CPU; a test file stays on one worker (its module fixtures, such as the
    demo databases, are built once). A worker that crashes is not replaced: the run ends
    there and says so (a replaced worker once left pytest-xdist waiting for ever)."""
    chosen = ("-n", "--numprocesses", "--dist", "--pdb", "--trace")
    if any(arg.startswith(chosen) or arg.endswith("no:xdist") for arg in args):
        return []
    return ["-n", "auto", "--dist", "loadfile", "--max-worker-restart", "0"]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "build"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "build":
        return build(rest)
    if command == "run":
        ensure_system_libraries(for_display=True)
        python = ensure_venv("")
        return subprocess.call([str(python), str(ROOT / "main.py"), "--demo", *rest], cwd=ROOT)
    ensure_system_libraries(for_display=False)
    python = ensure_venv("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT, env=env)
    # mypy reads its files and settings from [tool.mypy] in pyproject.toml.
    types = subprocess.call([str(python), "-m", "mypy"], cwd=ROOT, env=env)
    tests = subprocess.call([str(python), "-m", "pytest", *parallel(rest), *rest], cwd=ROOT,
                            env=env)
    return tests or lint or types


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
