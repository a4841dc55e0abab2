"""Detect a SQLite file on a network filesystem.

SQLite's locking is unreliable over NFS/SMB, so two desks sharing such a file can corrupt
it. We cannot stop a user from doing it, but we must say so clearly (the shared database
for a centre is PostgreSQL).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p", "afs", "ncpfs",
     "glusterfs", "ceph", "fuse.glusterfs", "davfs", "fuse.davfs2", "lustre", "gpfs"}
)


def filesystem_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The type of the filesystem holding `path`, from the longest matching mount point."""
    if not mounts_file.exists():
        return None
    target = os.path.realpath(path if path.exists() else path.parent)
    best: tuple[int, str] | None = None
    for line in mounts_file.read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix)) and (
            best is None or len(mount_point) > best[0]
        ):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def is_network_path(path: Path, mounts_file: Path = Path("/proc/mounts")) -> bool:
    """True when the file lies on a network share (UNC paths on Windows, NFS/SMB on Linux)."""
    text = str(path)
    if sys.platform == "win32" and (text.startswith("\\\\") or text.startswith("//")):
        return True
    fstype = filesystem_type(path, mounts_file)
    return fstype is not None and fstype in NETWORK_FS_TYPES
