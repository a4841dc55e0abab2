"""Unsaved intake forms kept on disk, so a crash or a power cut loses nothing typed.

One JSON file per agent (`<data_dir>/drafts/<job_number>.json`). Writes go to a temporary
file in the same folder and are moved over the old one with `os.replace`, which is atomic:
a crash mid-write leaves the previous draft intact, never a half-written file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from app.paths import data_dir

_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,40}")
FORMAT_VERSION = 1


class DraftStore:
    """Drafts of one desk installation; the folder is injectable for tests."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        folder = self._folder if self._folder is not None else data_dir() / "drafts"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def path_for(self, job_number: str) -> Path:
        # A job number becomes a file name: refuse anything that could leave the folder.
        if not _SAFE_NAME.fullmatch(job_number):
            raise ValueError(f"not a usable job number for a draft file: {job_number!r}")
        return self.folder / f"{job_number}.json"

    def save(self, job_number: str, fields: dict[str, Any]) -> None:
        target = self.path_for(job_number)
        payload = json.dumps({"version": FORMAT_VERSION, "fields": fields},
                             ensure_ascii=False, indent=1)
        fd, temp_name = tempfile.mkstemp(prefix=f".{job_number}.", suffix=".tmp",
                                         dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise

    def load(self, job_number: str) -> dict[str, Any] | None:
        """The saved fields, or None when there is no draft or it cannot be read."""
        path = self.path_for(job_number)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None  # an unreadable draft must not stop the desk from opening
        fields = data.get("fields") if isinstance(data, dict) else None
        return fields if isinstance(fields, dict) else None

    def delete(self, job_number: str) -> None:
        self.path_for(job_number).unlink(missing_ok=True)

    def exists(self, job_number: str) -> bool:
        return self.path_for(job_number).exists()
