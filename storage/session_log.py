"""One session on disk: its fixed facts and its event log, as a TinyDB file.

Reads come from memory (the parsed file), so the TUI can redraw as often as it
likes; `refresh()` costs one `os.stat` unless another process wrote. Writes
happen inside `writing()`, which holds the session's writer lock for the one
action, and each `append` is one durable write of the whole file: a session
holds hundreds of events, not millions, and the file stays the single truth.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import fields, is_dataclass, replace
from datetime import datetime, time
from pathlib import Path
from typing import Any

from tinydb.table import Document, Table

from sitzung.errors import SitzungError
from sitzung.model import Event, SessionInfo
from sitzung.vocabulary import EventKind
from storage import folders
from storage.durable import MAX_INTEGER, SESSION_KIND, BadNumber, DurableStorage, create_file, loads
from storage.lock import DEFAULT_TIMEOUT, WriterLock

INFO_TABLE = "info"
EVENTS_TABLE = "events"
BACKUPS_FOLDER = ".backups"
# What makes a session file unreadable; the message then points to `sitzung session restore`.
DAMAGED = (
    "storage.empty", "storage.corrupt", "storage.too_nested", "storage.not_object", "storage.bad_meta",
    "storage.wrong_kind", "storage.newer_format", "storage.bad_table", "storage.bad_record", "storage.no_info",
    "storage.bad_number", "storage.not_a_file",
)
TAKEOVER_SIZE = 100
RESTORE_SUFFIX = ".restore"


def backups_folder(path: Path) -> Path:
    """Where the rolling backups of the session file `path` live: sessions/.backups/<id>/."""
    return path.parent / BACKUPS_FOLDER / path.stem


def restorable(error: SitzungError, path: Path) -> SitzungError:
    """The same complaint about a damaged session file, with the command that restores it."""
    if error.key not in DAMAGED:
        return error
    return SitzungError(error.key + RESTORE_SUFFIX, where=error.where, id=path.stem, **error.params)


def create_session_file(path: Path, info: SessionInfo) -> None:
    """Write a new session file (facts, no events) in one step; FileExistsError if it exists."""
    create_file(path, SESSION_KIND, {INFO_TABLE: {"1": storable(info.to_dict(), info)}, EVENTS_TABLE: {}})


def sound(value: Any) -> bool:
    """Whether a record read from a file holds only values that later code can compute with.

    `int()` turns a string of 4,000 digits into a number that a quorum's division
    overflows, and a time with a zone cannot be compared with the meeting's times,
    which have none; a record holding either counts as damaged.
    """
    if isinstance(value, bool | str) or value is None:
        return True
    if isinstance(value, int):
        return abs(value) <= MAX_INTEGER
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, datetime | time):
        return value.tzinfo is None
    if isinstance(value, dict):
        return all(sound(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(sound(v) for v in value)
    if is_dataclass(value):
        return all(sound(getattr(value, f.name)) for f in fields(value))
    return True


def storable(value: Any, record: Any = None) -> Any:
    """A deep copy through JSON, read back by a file's rules: proves that what is written can be read again.

    A number beyond them (a typed count of 10**20) is `storage.unstorable`; a `record` that
    would not load (`sound`: a time with a zone) is a programming error, ValueError.
    """
    try:
        copy = loads(json.dumps(value, ensure_ascii=False))
    except BadNumber as exc:
        raise SitzungError("storage.unstorable", number=str(exc)) from None
    except ValueError:  # an int too long for str() (4300 digits): shown by its size
        raise SitzungError("storage.unstorable", number=f"≈10^{_magnitude(value)}") from None
    if record is not None and not sound(record):
        raise ValueError(f"not storable: {record!r:.200}")
    return copy


def _magnitude(value: Any) -> int:
    """The decimal exponent of the largest integer in `value`."""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return max((_magnitude(v) for v in value), default=0)
    return int(abs(value).bit_length() * math.log10(2)) if isinstance(value, int) else 0


class TinySessionLog:
    """`sitzung.ports.SessionLog` on a TinyDB file written by `DurableStorage`."""

    def __init__(
        self,
        path: str | Path,
        *,
        lock_timeout: float = DEFAULT_TIMEOUT,
        on_info: Callable[[SessionInfo], None] | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only  # a viewer (the chair's display): never writes, never takes the lock
        try:
            self._storage = DurableStorage(
                self.path, SESSION_KIND, create=False, backups=None if read_only else backups_folder(self.path)
            )
        except SitzungError as exc:
            raise restorable(exc, self.path) from exc
        self._lock_path = self.path.with_suffix(".lock")
        self._app_lock: WriterLock | None = None
        self._takeover_path = self.path.with_suffix(".takeover")
        self._me = f"{os.getpid()}:{id(self):x}"  # this app's name in a takeover request (two may share a process)
        self._lock_timeout = lock_timeout
        self._on_info = on_info
        self._writing = False
        self._lock_error: SitzungError | None = None
        self._info = self._load_info()
        self._events: tuple[Event, ...] | None = None
        self._unsaved: list[Event] = []  # appended to memory, not yet on disk (a write failed)
        self._unsaved_info: SessionInfo | None = None
        self._cleaned = False

    @property
    def info(self) -> SessionInfo:
        return self._info

    @property
    def dirty(self) -> bool:
        """Memory holds events that a failed write could not save yet."""
        return self._storage.dirty

    def events(self) -> tuple[Event, ...]:
        if self._events is None:
            docs = self._table(EVENTS_TABLE).all()
            self._events = tuple(sorted((self._event(d) for d in docs), key=lambda e: e.seq))
        return self._events

    def refresh(self) -> bool:
        """Reload if another process replaced the file; True when it did.

        If a failed write left events unsaved in memory, they are not dropped:
        outside `writing()` the reload waits, and inside it they are appended
        again after the other process's events (with new seqs) and saved.
        """
        if not self._storage.changed_on_disk():
            return False
        if self._storage.dirty and not self._writing:
            return False
        unsaved, unsaved_info = self._unsaved, self._unsaved_info
        try:
            self._storage.reload()
        except SitzungError as exc:
            raise restorable(exc, self.path) from exc
        self._events, self._unsaved, self._unsaved_info = None, [], None
        self._info = self._load_info()
        if unsaved or unsaved_info:
            self._replay(unsaved, unsaved_info)
        return True

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock for one action, after catching up with other writers."""
        if self.read_only:
            raise RuntimeError(f"{self.path} is open read-only")
        if self._writing:
            yield
            return
        lock = WriterLock(self._lock_path, target=self.path, timeout=self._lock_timeout, eager=False)
        try:
            lock.acquire()
        except SitzungError as exc:
            if exc.key != "storage.lock_failed":
                raise  # held by another writer: refuse the action
            # The lock file cannot even be opened (read-only folder, full disk): the action is
            # checked and kept in memory, and the clerk is told that it is not on disk yet.
            self._writing, self._lock_error = True, exc
            try:
                yield
            finally:
                self._writing, self._lock_error = False, None
            return
        self._writing = True
        previous, self._storage.before_write = self._storage.before_write, lock.announce
        try:
            self.refresh()
            if not self._cleaned:  # once per opening: listing the folder costs more as the archive grows
                self._storage.cleanup_temporaries()
                self._cleaned = True
            yield
        except BaseException:
            self._writing = False
            self._storage.before_write = previous
            with suppress(SitzungError):  # keep the error that is already on its way
                lock.release()
            raise
        self._writing = False
        self._storage.before_write = previous
        lock.release()

    def save_pending(self) -> bool:
        """Try again to write what a failed write left in memory; True when memory is all on disk."""
        if self.read_only or not self.dirty:
            return not self.dirty
        with self.writing(), self._saving([], None):
            pass
        return True

    def append(self, kind: EventKind, at: datetime, recorded: datetime, data: dict[str, Any]) -> Event:
        """Record one event durably; it keeps its place in memory even if the write fails."""
        self._require_writing("append")
        events = self.events()
        seq = events[-1].seq + 1 if events else 1
        event = Event(seq=seq, kind=EventKind(kind), at=at, recorded=recorded, data=storable(data))
        with self._saving([event], None):
            self._storage.insert(EVENTS_TABLE, storable(event.to_dict(), event))
            self._events = (*events, event)
        return event

    def update_info(self, info: SessionInfo) -> None:
        """Replace the session's fixed facts (a correction of date, place, chair, …)."""
        self._require_writing("update_info")
        if info.id != self._info.id:
            raise ValueError(f"cannot change a session's id ({self._info.id} -> {info.id})")
        with self._saving([], info):
            self._replace_info(info)
        if self._on_info is not None:
            self._on_info(info)

    def close(self) -> None:
        self.let_go()
        self._storage.close()

    # -- one app per session -------------------------------------------------------------------
    # The writer lock is per action, so a shell can record beside the app. An app holds a second,
    # long-lived lock (`<id>.app.lock`): a second app on the same session opens read-only and can
    # ask the first to let go (`<id>.takeover`, read by the first app's poll).

    def hold(self) -> str | None:
        """Take the session for this app: None when taken, else who has it ("pid 4711 on host, since 18:02")."""
        if self._app_lock is not None and self._app_lock.held:
            return None
        lock = WriterLock(self.path.with_suffix(".app.lock"), target=self.path)
        try:
            lock.acquire(timeout=0)
        except SitzungError:
            holder = lock.holder()
            return f"{holder.pid} @ {holder.host}, {holder.since[11:19]}" if holder else "?"
        self._app_lock = lock
        if self._asker() == self._me:
            with suppress(OSError):
                self._takeover_path.unlink()
        return None

    def let_go(self) -> None:
        """Give the session up for another app (or on closing)."""
        if self._app_lock is not None:
            self._app_lock.release()
            self._app_lock = None

    def ask_to_take_over(self) -> None:
        """Ask the app that has the session to let go of it (it does at its next poll, saving first)."""
        with suppress(OSError):
            fd = folders.open_regular(self._takeover_path, os.O_WRONLY | os.O_TRUNC, follow=False, create=True)
            try:
                os.write(fd, self._me.encode("utf-8"))
            finally:
                os.close(fd)

    def asked_to_let_go(self) -> bool:
        """Whether another app asked for this session while this one has it."""
        if self._app_lock is None or not self._app_lock.held:
            return False
        asker = self._asker()
        return bool(asker) and asker != self._me

    def _asker(self) -> str:
        """Who asked for this session (`ask_to_take_over`); "" for nobody, or a request file that is none."""
        try:
            fd = folders.open_regular(self._takeover_path, os.O_RDONLY, follow=False)
        except OSError:
            return ""
        try:
            return os.read(fd, TAKEOVER_SIZE).decode("utf-8", "replace").strip()
        except OSError:
            return ""
        finally:
            os.close(fd)

    @contextmanager
    def _saving(self, events: list[Event], info: SessionInfo | None) -> Iterator[None]:
        """Make the block's changes one durable write; remember them if that write fails."""
        try:
            with self._storage.batched(save=self._lock_error is None):
                yield
            if self._lock_error is not None:
                reason = self._lock_error.params.get("reason", "?")
                raise SitzungError("storage.write_failed", file=str(self.path), reason=reason)
        except SitzungError:
            if self._storage.dirty:
                self._unsaved.extend(events)
                self._unsaved_info = info or self._unsaved_info
            raise
        self._unsaved, self._unsaved_info = [], None  # a successful write saved all of memory

    def _replay(self, unsaved: list[Event], info: SessionInfo | None) -> None:
        """Append events (and a correction) that only this process's memory held, after the others'."""
        events = self.events()
        first = events[-1].seq + 1 if events else 1
        again = [replace(e, seq=first + i) for i, e in enumerate(unsaved)]
        with self._saving(again, info):
            for event in again:
                self._storage.insert(EVENTS_TABLE, storable(event.to_dict()))
            self._events = (*events, *again)
            if info is not None:
                self._replace_info(info)

    def _replace_info(self, info: SessionInfo) -> None:
        table = self._table(INFO_TABLE)
        doc = storable(info.to_dict(), info)
        table.remove(doc_ids=[d.doc_id for d in table.all()])
        table.insert(doc)
        self._info = info

    def _require_writing(self, what: str) -> None:
        if not self._writing:
            raise RuntimeError(f"{what}() is only allowed inside writing()")

    def _table(self, name: str) -> Table:
        # A fresh Table each time: TinyDB tables cache the next id and query results,
        # which would go stale when another process's write is reloaded.
        return Table(self._storage, name)

    def _load_info(self) -> SessionInfo:
        docs = self._table(INFO_TABLE).all()
        if len(docs) != 1:
            raise restorable(SitzungError("storage.no_info", file=str(self.path)), self.path)
        return self._record(INFO_TABLE, docs[0], SessionInfo.from_dict)

    def _event(self, doc: Document) -> Event:
        return self._record(EVENTS_TABLE, doc, Event.from_dict)

    def _record(self, table: str, doc: Document, build: Callable[[dict[str, Any]], Any]) -> Any:
        try:
            return checked(build, doc)
        except BAD_RECORD as exc:
            error = SitzungError("storage.bad_record", file=str(self.path), table=table, record=doc.doc_id)
            raise restorable(error, self.path) from exc


# What building a record from a damaged file raises (OverflowError: int() of an infinity).
BAD_RECORD = (KeyError, ValueError, TypeError, AttributeError, OverflowError, RecursionError)


def checked(build: Callable[[dict[str, Any]], Any], doc: dict[str, Any]) -> Any:
    """The record built from `doc`, or ValueError if it holds what later code cannot compute with (`sound`)."""
    record = build(doc)
    if not sound(record):
        raise ValueError(f"a number or a time sitzung never writes: {record!r:.200}")
    return record
