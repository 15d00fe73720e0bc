"""Crash-safe JSON storage for TinyDB.

TinyDB's own `JSONStorage` rewrites its file in place (seek, write, truncate),
so a process killed mid-write leaves half a file. `DurableStorage` instead
writes a temporary file in the same folder, fsyncs it, `os.replace`s it over
the target and fsyncs the folder: at every instant the file on disk is either
the old or the new version, whole.

It keeps the parsed data in memory: TinyDB calls `read()` for every query, and
parsing the file each time would make every keystroke cost grow with the
session. The file is parsed once when opened and again only on `reload()`;
`changed_on_disk()` (one `os.stat`) tells when another process replaced it.

Given a `backups` folder (session files get `sessions/.backups/<id>/`), each
write first hard-links the version it is about to replace there as `<n>.json`
and unlinks the one `BACKUPS_KEPT` writes older: rolling backups for
`sitzung session restore` at the cost of a folder entry, with no copy and no
extra fsync.

Every file carries a `_meta` table `{"format": 1, "kind": ...}`. A file that is
broken, empty, of another kind or of a newer format is refused with a
`SitzungError` naming it, never reset, so nothing is silently lost.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from sitzung.errors import SitzungError
from storage.folders import ensure_folder, fsync_folder

FORMAT = 1
META_TABLE = "_meta"
SESSION_KIND = "sitzung-session"
ARCHIVE_KIND = "sitzung-archive"
TEMP_MAX_AGE = 60.0
BACKUPS_KEPT = 10

Data = dict[str, dict[str, Any]]
Stamp = tuple[int, int, int]

# Filesystems without hard links (FAT, some network mounts) answer os.link with these.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV}


def _stamp(st: os.stat_result) -> Stamp:
    """What identifies one version of a file: a replaced file has a new inode."""
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def _reason(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else str(exc)


def _read_file(path: Path) -> tuple[bytes, Stamp]:
    """The file's bytes and the stamp of exactly the version read (files are replaced, never rewritten)."""
    with open(path, "rb") as fh:
        stamp = _stamp(os.fstat(fh.fileno()))
        return fh.read(), stamp


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a byte offset."""
    line = raw.count(b"\n", 0, offset) + 1
    return line, offset - (raw.rfind(b"\n", 0, offset) + 1) + 1


def _json_type(value: Any) -> str:
    names = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def meta_table(kind: str) -> dict[str, dict[str, Any]]:
    return {"1": {"format": FORMAT, "kind": kind}}


def parse(path: Path, raw: bytes, kind: str) -> Data:
    """The tables in `raw`, or a SitzungError saying what is wrong with the file."""
    file = str(path)
    if not raw:
        raise SitzungError("storage.empty", file=file)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        raise SitzungError("storage.corrupt", file=file, line=line, column=column) from exc
    except json.JSONDecodeError as exc:
        raise SitzungError("storage.corrupt", file=file, line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        raise SitzungError("storage.too_nested", file=file) from exc
    if not isinstance(data, dict):
        raise SitzungError("storage.not_object", file=file, found=_json_type(data))
    meta = data.get(META_TABLE)
    docs = list(meta.values()) if isinstance(meta, dict) else []
    doc = docs[0] if len(docs) == 1 and isinstance(docs[0], dict) else {}
    version, found = doc.get("format"), doc.get("kind")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1 or not isinstance(found, str):
        raise SitzungError("storage.bad_meta", file=file)
    if version > FORMAT:
        raise SitzungError("storage.newer_format", file=file, found=version, supported=FORMAT)
    if found != kind:
        raise SitzungError("storage.wrong_kind", file=file, found=found, expected=kind)
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise SitzungError("storage.bad_table", file=file, table=name)
    return data


def _write_temp(target: Path, data: Data) -> tuple[str, Stamp]:
    """Write `data` to a fsynced temporary file next to `target`; its name and stamp.

    On failure the temporary file is gone and a `storage.write_failed` error is raised.
    """
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            view = memoryview(blob)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
            stamp = _stamp(os.fstat(fd))
        finally:
            os.close(fd)
    except OSError as exc:
        if tmp is not None:
            _discard(tmp)
        raise SitzungError("storage.write_failed", file=str(target), reason=_reason(exc)) from exc
    return tmp, stamp


def backup_numbers(folder: Path) -> list[int]:
    """The numbers of the backups `<n>.json` in `folder`, newest first."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    numbers = [int(name[:-5]) for name in names if name.endswith(".json") and name[:-5].isdigit()]
    return sorted(numbers, reverse=True)


def _discard(path: str | Path) -> None:
    with suppress(OSError):
        os.unlink(path)


def create_file(path: Path, kind: str, tables: Data) -> None:
    """Create `path` holding `tables` in one durable step; FileExistsError if it exists (even by a race)."""
    ensure_folder(path.parent)
    tmp, _ = _write_temp(path, {META_TABLE: meta_table(kind), **tables})
    try:
        try:
            os.link(tmp, path)  # unlike os.replace, refuses to clobber a file created meanwhile
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            if path.exists():
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from exc
            os.replace(tmp, path)
        fsync_folder(path.parent)
    except FileExistsError:
        raise
    except OSError as exc:
        raise SitzungError("storage.write_failed", file=str(path), reason=_reason(exc)) from exc
    finally:
        _discard(tmp)


class DurableStorage(Storage):
    """A TinyDB storage that replaces its file atomically and serves reads from memory.

    A failed write (disk full, read-only folder) raises `storage.write_failed`
    and keeps the new data in memory, marked `dirty`: what the clerk typed is
    not lost, and the next successful write saves all of it.
    """

    def __init__(
        self, path: str | Path, kind: str, *, create: bool = True, backups: Path | None = None
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.kind = kind
        self.backups = backups
        self._backup_next: int | None = None  # number of the next backup, found on the first write
        self._data: Data = {}
        self._stamp: Stamp | None = None
        self._dirty = False
        self._deferring = False
        try:
            self.reload()
        except SitzungError as exc:
            if exc.key != "storage.missing" or not create:
                raise
            with suppress(FileExistsError):  # another process created it a moment ago: read theirs
                create_file(self.path, kind, {})
            self.reload()

    @property
    def dirty(self) -> bool:
        """Memory holds changes that are not on disk yet (a write failed or is deferred)."""
        return self._dirty

    def read(self) -> Data:
        return self._data

    def write(self, data: Data) -> None:
        data[META_TABLE] = meta_table(self.kind)
        self._data = data
        self._dirty = True
        if not self._deferring:
            self.flush()

    def flush(self) -> None:
        """Write memory to disk now if it holds unsaved changes."""
        if not self._dirty:
            return
        tmp, stamp = _write_temp(self.path, self._data)
        self._keep_backup()
        try:
            os.replace(tmp, self.path)
        except OSError as exc:
            _discard(tmp)
            raise SitzungError("storage.write_failed", file=str(self.path), reason=_reason(exc)) from exc
        self._stamp = stamp
        try:
            fsync_folder(self.path.parent)
        except OSError as exc:
            raise SitzungError("storage.write_failed", file=str(self.path), reason=_reason(exc)) from exc
        self._dirty = False

    def _keep_backup(self) -> None:
        """Keep the version about to be replaced as the newest backup: a hard link, no copy, no fsync.

        The link costs one folder entry; the oldest backup beyond `BACKUPS_KEPT` is unlinked.
        Backups are a safety net, never a reason to refuse a write: any failure is ignored.
        """
        if self.backups is None or self._stamp is None:
            return
        try:
            if self._backup_next is None:
                ensure_folder(self.backups)
                self._backup_next = max(backup_numbers(self.backups), default=0) + 1
            number = self._backup_next
            os.link(self.path, self.backups / f"{number}.json")
            self._backup_next = number + 1
            _discard(self.backups / f"{number - BACKUPS_KEPT}.json")
        except FileExistsError:
            self._backup_next = None  # another process wrote backups meanwhile: count again next time
        except OSError:
            pass

    @contextmanager
    def batched(self, *, save: bool = True) -> Iterator[None]:
        """Collect the writes of the block into one durable write at its end (e.g. remove + insert).

        If the block raises, nothing is written; memory keeps the changes, marked `dirty`.
        With `save=False` the changes stay in memory only, marked `dirty` (the file cannot be locked).
        """
        if self._deferring:
            yield
            return
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        if save:
            self.flush()

    def reload(self) -> None:
        """Parse the file again, replacing memory (unsaved changes included)."""
        try:
            raw, stamp = _read_file(self.path)
        except FileNotFoundError:
            raise SitzungError("storage.missing", file=str(self.path)) from None
        except OSError as exc:
            raise SitzungError("storage.read_failed", file=str(self.path), reason=_reason(exc)) from exc
        self._data = parse(self.path, raw, self.kind)
        self._stamp = stamp
        self._dirty = False
        self._backup_next = None  # another process may have written backups too: count them again

    def changed_on_disk(self) -> bool:
        """Whether the file is no longer the version last read or written (one os.stat)."""
        try:
            return _stamp(os.stat(self.path)) != self._stamp
        except OSError:
            return True

    def cleanup_temporaries(self, max_age: float = TEMP_MAX_AGE) -> int:
        """Remove this file's temporaries left by a crash; call only while holding its writer lock."""
        prefix, removed = f".{self.path.name}.", 0
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return 0
        limit = time.time() - max_age
        for name in names:
            if name.startswith(prefix) and name.endswith(".tmp"):
                candidate = self.path.parent / name
                try:
                    if candidate.stat().st_mtime < limit:
                        candidate.unlink()
                        removed += 1
                except OSError:
                    continue
        return removed
