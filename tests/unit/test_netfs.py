"""Network filesystem detection for the SQLite file."""

from __future__ import annotations

from pathlib import Path

from app.db.netfs import filesystem_type, is_network_path

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/share nfs4 rw,relatime 0 0
//nas/desk /mnt/nas cifs rw 0 0
tmpfs /mnt/share/local tmpfs rw 0 0
"""


def _mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(MOUNTS)
    return path


def test_longest_mount_point_wins(tmp_path: Path) -> None:
    mounts = _mounts(tmp_path)
    assert filesystem_type(Path("/mnt/share/db/heatdesk.sqlite3"), mounts) == "nfs4"
    assert filesystem_type(Path("/mnt/share/local/heatdesk.sqlite3"), mounts) == "tmpfs"
    assert filesystem_type(Path("/home/agent/heatdesk.sqlite3"), mounts) == "ext4"


def test_nfs_and_smb_are_network_paths(tmp_path: Path) -> None:
    mounts = _mounts(tmp_path)
    assert is_network_path(Path("/mnt/share/heatdesk.sqlite3"), mounts)
    assert is_network_path(Path("/mnt/nas/x/heatdesk.sqlite3"), mounts)
    assert not is_network_path(Path("/mnt/share/local/heatdesk.sqlite3"), mounts)
    assert not is_network_path(Path("/var/lib/heatdesk.sqlite3"), mounts)


def test_missing_mounts_file_means_unknown(tmp_path: Path) -> None:
    assert filesystem_type(Path("/x"), tmp_path / "none") is None
    assert not is_network_path(Path("/x"), tmp_path / "none")
