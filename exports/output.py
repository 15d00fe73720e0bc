"""Writing an export to a file atomically: the file is either the old one or the new one, whole.

A temporary file in the same folder is written and fsynced, then `os.replace`d
over the target, and the folder is fsynced, so a crash never leaves half a
document where the minutes were.

Only a plain file is replaced: a symbolic link, a named pipe, a socket or a
device at the target is refused (replacing it would silently turn it into a
file; following the link could overwrite what it points to), and so is a
target inside sitzung's own data folder. A private export (the full minutes,
the JSON archive: both hold the closed session) is created with mode 0600 from
its first byte, even when it replaces a 0644 file; a public one keeps the mode
of the file it replaces, or gets the umask's default.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from sitzung.errors import SitzungError, Term, Where

PRIVATE_MODE = 0o600
_SPECIAL = {stat.S_IFIFO: "export.kind.fifo", stat.S_IFSOCK: "export.kind.socket",
            stat.S_IFCHR: "export.kind.device", stat.S_IFBLK: "export.kind.device"}


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def check_target(path: Path, *, keep_out: Path | None = None) -> os.stat_result | None:
    """Refuse a target that is not a plain file (or a new one) in an existing folder outside `keep_out`.

    Returns the existing file's status, or None for a new file. It opens nothing, so a FIFO cannot
    block it; the caller checks before rendering, so that a refusal is the only thing it prints.
    """
    folder = _folder(path)
    try:
        if not stat.S_ISDIR(folder.stat().st_mode):  # a linked folder is a folder
            raise SitzungError("export.output_parent_not_folder", where=Where(str(folder)))
    except (FileNotFoundError, NotADirectoryError):
        raise SitzungError("export.output_no_folder", where=Where(str(folder))) from None
    try:
        info: os.stat_result | None = path.lstat()
    except FileNotFoundError:
        info = None
    if info is not None:
        kind = stat.S_IFMT(info.st_mode)
        if kind == stat.S_IFLNK:
            raise SitzungError("export.output_link", where=Where(str(path)))
        if kind == stat.S_IFDIR:
            raise SitzungError("export.output_folder", where=Where(str(path)))
        if kind in _SPECIAL:
            raise SitzungError("export.output_special", where=Where(str(path)), kind=Term(_SPECIAL[kind]))
    if keep_out is not None and (folder.resolve() / path.name).is_relative_to(keep_out.resolve()):
        raise SitzungError("export.output_in_data", where=Where(str(path)))
    return info


def _create(folder: Path, name: str, mode: int) -> tuple[int, Path]:
    """A new temporary file, created with `mode` (less the umask) and never through a link."""
    temp = folder / f".{name[:64]}.{secrets.token_hex(8)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(temp, flags, mode), temp


def write_atomically(
    path: Path, text: str | bytes, *, private: bool = True, keep_out: Path | None = None
) -> None:
    """Replace `path` with `text` (UTF-8; bytes as they are); on any error the old file, if any, is untouched.

    `private`: mode 0600 whatever the old file had; else the old file's mode, or the umask's default.
    A refusal or a failed write is a `SitzungError` naming `path`, never the temporary file.
    """
    existing = check_target(path, keep_out=keep_out)
    folder = _folder(path)
    if private:
        mode: int | None = PRIVATE_MODE
    else:
        mode = stat.S_IMODE(existing.st_mode) if existing is not None else None
    try:
        fd, temp = _create(folder, path.name, PRIVATE_MODE if private else 0o666)
    except OSError as error:
        raise _failed(path, error) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None and os.name != "nt":
                os.fchmod(handle.fileno(), mode)  # before the first byte: the closed part is never readable by others
            handle.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise _failed(path, error) from None
        raise
    _fsync_folder(folder)  # the new file is in place; an error here is about durability, said as it is


def _failed(path: Path, error: OSError) -> SitzungError:
    return SitzungError("export.write_failed", where=Where(str(path)), reason=error.strerror or str(error))
