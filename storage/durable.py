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
write first hard-links the version it is about to replace there as `<n>.json`:
rolling backups for `sitzung session restore` at the cost of a folder entry,
with no copy and no extra fsync. The backup `BACKUPS_KEPT` writes older is not
deleted but becomes the next write's temporary file, overwritten in place:
freeing its blocks right after an fsync, and allocating new ones for the next
file, was the largest cost of an action beyond the write itself (durable_action
in `python -m benchmarks`).

Writing re-encodes only what changed: the encoded documents of each table are
kept, and `insert` (an append-only log's new document) encodes just the new
one. Any write through TinyDB may have changed documents in place, so it drops
what was kept and the next flush encodes the whole file again.

Every file carries a `_meta` table `{"format": 1, "kind": ...}`. A file that is
broken, empty, of another kind or of a newer format is refused with a
`SitzungError` naming it, never reset, so nothing is silently lost. So is a
file holding a number that sitzung never writes (`loads`): an integer beyond
±2**53, what every JSON reader keeps exactly (5,000 digits made json.loads
raise, 4,000 make later arithmetic fail), NaN or an infinity; what is written
passes the same rule first (`session_log.storable`). And so is anything but a
regular file: a pipe would hang the reader, a device never end.

`before_write` is called before anything is written (the writer lock's
`announce`), so a transaction that writes nothing leaves its lock file as it was.
"""

from __future__ import annotations

import errno
import json
import math
import os
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sitzung.errors import SitzungError
from storage.folders import FILE_MODE, NotAFile, ensure_folder, fsync_folder, open_regular, temporary

FORMAT = 1
META_TABLE = "_meta"
SESSION_KIND = "sitzung-session"
ARCHIVE_KIND = "sitzung-archive"
TEMP_MAX_AGE = 60.0
BACKUPS_KEPT = 10
MAX_INTEGER = 2**53  # every integer up to it is exact in any JSON reader (a double); sitzung's are far below

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
    with open(open_regular(path, os.O_RDONLY), "rb") as fh:
        stamp = _stamp(os.fstat(fh.fileno()))
        return fh.read(), stamp


class BadNumber(ValueError):
    """A number that sitzung never writes; its text, shortened."""


def _shown(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:12]}… ({sum(c.isdigit() for c in text)} digits)"


def _integer(text: str) -> int:
    # Called with the digits before converting them: a 5,000-digit number would make int() raise.
    if len(text.lstrip("-")) > len(str(MAX_INTEGER)) or abs(value := int(text)) > MAX_INTEGER:
        raise BadNumber(_shown(text))
    return value


def _real(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadNumber(_shown(text))
    return value


def _constant(text: str) -> float:
    raise BadNumber(text)  # NaN, Infinity, -Infinity: Python's extensions of JSON


_DECODER = json.JSONDecoder(parse_int=_integer, parse_float=_real, parse_constant=_constant)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one each: json.dumps builds a new one
# per call when given options, a third of an action's encoding


def loads(text: str) -> Any:
    """`json.loads` that raises `BadNumber` for a number sitzung never writes."""
    return _DECODER.decode(text)


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
        data = loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        raise SitzungError("storage.corrupt", file=file, line=line, column=column) from exc
    except json.JSONDecodeError as exc:
        raise SitzungError("storage.corrupt", file=file, line=exc.lineno, column=exc.colno) from exc
    except BadNumber as exc:
        raise SitzungError("storage.bad_number", file=file, number=str(exc)) from exc
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
        if not isinstance(table, dict) or not all(isinstance(d, dict) and _decimal(k) for k, d in table.items()):
            raise SitzungError("storage.bad_table", file=file, table=name)
    return data


def dumps(value: Any) -> str:
    """Compact JSON text, as every file holds it."""
    return _ENCODER.encode(value)


def encode(value: Any) -> bytes:
    """Compact JSON as UTF-8: how every file (and each kept document encoding) is written."""
    return _ENCODER.encode(value).encode("utf-8")


def next_id(documents: dict[str, Any]) -> int:
    """The id TinyDB gives a table's next document: one more than the largest."""
    return max(map(int, documents), default=0) + 1


def _reusable(path: str) -> tuple[int, int] | None:
    """An open descriptor and the size of `path` if it is a file of ours to overwrite: linked nowhere else."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if st.st_nlink == 1 and stat.S_ISREG(st.st_mode):
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)
            return fd, st.st_size
    except OSError:
        pass
    os.close(fd)
    return None


def _write_temp(target: Path, blob: bytes, reuse: str | None = None) -> tuple[str, Stamp]:
    """Write `blob` to a fsynced temporary file next to `target`; its name and stamp.

    `reuse` names a temporary file to overwrite instead of creating one (a retired backup).
    On failure the temporary file is gone and a `storage.write_failed` error is raised.
    """
    tmp, size = None, 0
    try:
        opened = _reusable(reuse) if reuse is not None else None
        if opened is not None:
            tmp, (fd, size) = reuse, opened
        else:
            if reuse is not None:
                _discard(reuse)
            fd, tmp = temporary(target)
        try:
            view = memoryview(blob)
            while view:
                view = view[os.write(fd, view) :]
            if size > len(blob):
                os.ftruncate(fd, len(blob))
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
    numbers = [int(name[:-5]) for name in names if name.endswith(".json") and _decimal(name[:-5])]
    return sorted(numbers, reverse=True)


def _decimal(text: str) -> bool:
    """Whether `text` is a number as sitzung writes document ids and backup names ("²" is a digit to isdigit)."""
    return 0 < len(text) <= 16 and text.isascii() and text.isdigit()


def _nothing() -> None:
    pass


def _discard(path: str | Path) -> None:
    with suppress(OSError):
        os.unlink(path)


def create_file(path: Path, kind: str, tables: Data) -> None:
    """Create `path` holding `tables` in one durable step; FileExistsError if it exists (even by a race)."""
    ensure_folder(path.parent)
    tmp, _ = _write_temp(path, encode({META_TABLE: meta_table(kind), **tables}))
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


class DurableStorage:
    """A TinyDB storage that replaces its file atomically and serves reads from memory.

    A failed write (disk full, read-only folder) raises `storage.write_failed`
    and keeps the new data in memory, marked `dirty`: what the clerk typed is
    not lost, and the next successful write saves all of it.

    It has the methods of TinyDB's `Storage` (read, write, close), which TinyDB's `Table` calls, without
    deriving from it: importing TinyDB costs every command's start 2.6 ms, and reading a session needs no
    Table.
    """

    def __init__(
        self, path: str | Path, kind: str, *, create: bool = True, backups: Path | None = None
    ) -> None:
        self.path = Path(path)
        self.kind = kind
        self.backups = backups
        self._backup_next: int | None = None  # number of the next backup, found on the first write
        self.last_backup: Path | None = None  # where the last write kept the version it replaced
        self._data: Data = {}
        self._stamp: Stamp | None = None
        self._dirty = False
        self._deferring = False
        self._encoded: dict[str, list[bytes]] = {}  # per table, its documents as `"id":{...}` pieces
        self.before_write: Callable[[], None] = _nothing  # set by whoever holds the file's writer lock
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

    def close(self) -> None:
        """TinyDB's storage method: nothing to release, every read and write opens its file and closes it."""

    def write(self, data: Data) -> None:
        data[META_TABLE] = meta_table(self.kind)
        self._data = data
        self._encoded = {}  # TinyDB may have changed any document in place
        self._dirty = True
        if not self._deferring:
            self.flush()

    def insert(self, table: str, document: dict[str, Any]) -> int:
        """Add one document as TinyDB would (id: one more than the largest) and write; its id.

        TinyDB's `Table.insert` rebuilds the whole table twice and rescans it for the next id;
        an append-only log calls this instead, and only the new document is encoded.
        """
        documents = self._data.setdefault(table, {})
        doc_id = next_id(documents)
        documents[str(doc_id)] = document
        pieces = self._encoded.get(table)
        if pieces is not None:
            pieces.append(encode(str(doc_id)) + b":" + encode(document))
        self._dirty = True
        if not self._deferring:
            self.flush()
        return doc_id

    def insert_many(self, table: str, documents: list[dict[str, Any]]) -> None:
        """`insert` for several documents at once, in order: the next id is found once, not for each."""
        existing = self._data.setdefault(table, {})
        pieces = self._encoded.get(table)
        first = next_id(existing)
        for offset, document in enumerate(documents):
            existing[str(first + offset)] = document
            if pieces is not None:
                pieces.append(encode(str(first + offset)) + b":" + encode(document))
        self._dirty = True
        if not self._deferring:
            self.flush()

    def _blob(self) -> bytes:
        """The file's bytes: `json.dumps` of memory, compact, with the kept encodings reused."""
        tables = []
        for name, documents in self._data.items():
            pieces = self._encoded.get(name)
            if pieces is None or len(pieces) != len(documents):
                pieces = self._encoded[name] = [encode(k) + b":" + encode(d) for k, d in documents.items()]
            tables.append(encode(name) + b":{" + b",".join(pieces) + b"}")
        return b"{" + b",".join(tables) + b"}"

    def flush(self) -> None:
        """Write memory to disk now if it holds unsaved changes."""
        if not self._dirty:
            return
        self.before_write()
        number = self._backup_number()
        reuse = self._retire(number - BACKUPS_KEPT) if number is not None else None
        tmp, stamp = _write_temp(self.path, self._blob(), reuse)
        self.last_backup = None
        if number is not None:
            self._keep_backup(number)
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

    def _backup_number(self) -> int | None:
        """The number the version about to be replaced gets as a backup; None if none is kept."""
        if self.backups is None or self._stamp is None:
            return None
        if self._backup_next is None:
            try:
                ensure_folder(self.backups)
            except OSError:
                return None
            self._backup_next = max(backup_numbers(self.backups), default=0) + 1
        return self._backup_next

    def _retire(self, number: int) -> str | None:
        """Move backup `number`, now one too many, to a temporary name, to be overwritten by this write."""
        if number < 1 or self.backups is None:
            return None
        old = self.backups / f"{number}.json"
        _discard(old.with_suffix(".journal"))  # a session's journal kept with it (session_log.py), if any
        tmp = self.path.with_name(f".{self.path.name}.{os.urandom(4).hex()}.tmp")
        try:
            os.link(old, tmp)  # unlike a rename, refuses to clobber an existing name
        except OSError:
            return None
        _discard(old)
        return str(tmp)

    def _keep_backup(self, number: int) -> None:
        """Keep the version about to be replaced as backup `number`: a hard link, no copy, no fsync.

        Backups are a safety net, never a reason to refuse a write: any failure is ignored.
        """
        if self.backups is None:
            return
        try:
            os.link(self.path, self.backups / f"{number}.json")
            self._backup_next = number + 1
            self.last_backup = self.backups / f"{number}.json"
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
        except NotAFile:
            raise SitzungError("storage.not_a_file", file=str(self.path)) from None
        except OSError as exc:
            raise SitzungError("storage.read_failed", file=str(self.path), reason=_reason(exc)) from exc
        self._data = parse(self.path, raw, self.kind)
        self._encoded = {}
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
