"""Folder helpers shared by the durable storage and the writer lock.

Sessions hold names of real people, so everything storage creates is readable
by its owner only: folders 0o700, files 0o600.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def ensure_folder(folder: Path) -> None:
    """Create `folder` and any missing parents with mode 0o700 (unlike `mkdir -p`, which uses the umask)."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, FOLDER_MODE)
        except FileExistsError:
            continue
        os.chmod(path, FOLDER_MODE)  # the umask may have taken bits away


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; a no-op where folders cannot be fsynced (Windows, some filesystems)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
