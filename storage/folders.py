"""Folder and file helpers shared by the durable storage and the writer lock.

Sessions hold names of real people, so everything storage creates is readable
by its owner only: folders 0o700, files 0o600.
"""

from __future__ import annotations

import errno
import os
import stat
from contextlib import suppress
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


class NotAFile(OSError):
    """The path is a folder, a pipe, a device, or a symbolic link where none is followed: no file of ours."""


def open_regular(path: Path, flags: int, *, follow: bool = True, create: bool = False) -> int:
    """A descriptor on `path` if it is a regular file, else `NotAFile`.

    A pipe would make `open` or `read` wait forever and a device never end, so the
    file is opened without waiting (O_NONBLOCK) and checked before it is used.
    With `follow=False` a symbolic link is refused (O_NOFOLLOW): a lock file that
    links elsewhere would have its target overwritten. With `create`, a missing
    file is created with exactly `FILE_MODE`, whatever the umask.
    """
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    created = False
    try:
        if create:
            try:
                fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, FILE_MODE)  # never through a link
                created = True
            except FileExistsError:
                fd = os.open(path, flags)
        else:
            fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR) or (not follow and os.path.islink(path)):
            raise NotAFile(exc.errno, exc.strerror, str(path)) from exc
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAFile(errno.EINVAL, "not a regular file", str(path))
        if created and hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # the umask may have taken the owner's bits away
    except BaseException:
        os.close(fd)
        raise
    return fd


def temporary(target: Path) -> tuple[int, str]:
    """A new file `.<name>.<random>.tmp` beside `target`, open for writing, and its path.

    What `tempfile.mkstemp` does (exclusive creation, mode 0o600), without importing `tempfile`,
    which brings `random` and `shutil` to every command's start.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    while True:
        path = os.path.join(target.parent, f".{target.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(path, flags, FILE_MODE), path
        except FileExistsError:
            continue


def put(path: Path, blob: bytes) -> None:
    """Replace `path` with `blob` in one durable step (temporary file, fsync, rename, fsync the folder); OSError."""
    fd, tmp = temporary(path)
    try:
        try:
            view = memoryview(blob)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(path.parent)
