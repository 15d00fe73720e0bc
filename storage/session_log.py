"""One session on disk: its fixed facts and its events, as a TinyDB file and a journal beside it.

Reads come from memory, so the TUI can redraw as often as it likes; `refresh()`
costs two `os.stat`s unless another process wrote, and then reads only what it
appended. Writes happen inside `writing()`, which holds the session's writer
lock for the one action. Each `append` is one line appended to the journal and
one fsync (`storage.journal`): its cost does not grow with the meeting. The
TinyDB file (the snapshot) is rewritten from memory by `compact()`: when the app
is idle, on close and every `COMPACT_EVERY` events, so that the file other tools
read is never far behind. With a mirror, each action is written there too, at
the same time, before it is acknowledged (`storage.mirror`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitzung.errors import SitzungError
from sitzung.model import Event, SessionInfo
from sitzung.vocabulary import EventKind
from storage import folders
from storage.durable import SESSION_KIND, DurableStorage, create_file
from storage.journal import Journal, event_line, header, journal_path
from storage.lock import DEFAULT_TIMEOUT, WriterLock
from storage.records import BAD_RECORD, checked, storable, stored

if TYPE_CHECKING:
    from storage.mirror import Mirror, MirrorStatus, SessionMirror  # imported with the archive's mirror, if any

INFO_TABLE = "info"
EVENTS_TABLE = "events"
BACKUPS_FOLDER = ".backups"
COMPACT_EVERY = 1000  # events in the journal before an action also rewrites the snapshot
# What makes a session file unreadable; the message then points to `sitzung session restore`.
DAMAGED = (
    "storage.empty", "storage.corrupt", "storage.too_nested", "storage.not_object", "storage.bad_meta",
    "storage.wrong_kind", "storage.newer_format", "storage.bad_table", "storage.bad_record", "storage.no_info",
    "storage.bad_number", "storage.not_a_file", "storage.journal_header", "storage.journal_other_session",
    "storage.journal_corrupt", "storage.journal_bad_line", "storage.journal_gap",
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


class TinySessionLog:
    """`sitzung.ports.SessionLog` on a TinyDB file written by `DurableStorage`, and its journal."""

    def __init__(
        self,
        path: str | Path,
        *,
        lock_timeout: float = DEFAULT_TIMEOUT,
        on_info: Callable[[SessionInfo], None] | None = None,
        read_only: bool = False,
        mirror: Mirror | Callable[[], Mirror | None] | None = None,
        compact_every: int = COMPACT_EVERY,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only  # a viewer (the chair's display): never writes, never takes the lock
        try:
            self._storage = DurableStorage(
                self.path, SESSION_KIND, create=False, backups=None if read_only else backups_folder(self.path)
            )
        except SitzungError as exc:
            raise restorable(exc, self.path) from exc
        self._compact_every = compact_every
        self._writer = WriterLock(self.path.with_suffix(".lock"), target=self.path, timeout=lock_timeout, eager=False,
                                  keep_open=True)
        self._app_lock: WriterLock | None = None
        self._takeover_path = self.path.with_suffix(".takeover")
        self._me = f"{os.getpid()}:{id(self):x}"  # this app's name in a takeover request (two may share a process)
        self._on_info = on_info
        self._writing = False
        self._lock: WriterLock | None = None
        self._lock_error: SitzungError | None = None
        self._info = self._load_info()
        self._journal = Journal(journal_path(self.path), self._info.id)  # a backup's journal too, named by number
        self._find_mirror = mirror if callable(mirror) else (lambda: mirror)  # found at the first write
        self._mirror: SessionMirror | None = None
        self._events: list[Event] | None = None
        self._in_snapshot = 0  # how many of the events the snapshot in memory holds (the rest: the journal's)
        self._unsaved: list[Event] = []  # in memory, not yet in the journal (a write failed)
        self._lines: list[bytes] = []  # their journal lines
        self._unsaved_info: SessionInfo | None = None  # in memory, not yet in the snapshot
        self._cleaned = False
        self._wrote = False  # this log appended events (closing then rewrites the session file)

    @property
    def info(self) -> SessionInfo:
        return self._info

    @property
    def dirty(self) -> bool:
        """Memory holds what a failed write could not save yet."""
        return bool(self._unsaved) or self._unsaved_info is not None

    @property
    def mirror(self) -> MirrorStatus | None:
        """Where the mirror is and whether it holds every acknowledged action; None without a mirror."""
        mirrored = self._mirrored()
        return None if mirrored is None else mirrored.mirror.status

    def _mirrored(self) -> SessionMirror | None:
        if self._find_mirror is not None:
            found, self._find_mirror = self._find_mirror(), None
            self._mirror = None if found is None or self.read_only else found.session(self.path, self._info.id)
        return self._mirror

    @property
    def journaled(self) -> int:
        """Events in the journal that the snapshot does not hold yet (what `compact` would write)."""
        return len(self.events()) - self._in_snapshot

    def events(self) -> list[Event]:
        """Every event in order. The list is the log's own: read it, never change it."""
        if self._events is None:
            docs = self._docs(EVENTS_TABLE)
            events = sorted((self._record(EVENTS_TABLE, n, d, Event.from_dict) for n, d in docs), key=lambda e: e.seq)
            try:
                tail = self._journal.read(events[-1].seq if events else 0)
            except SitzungError as exc:
                raise restorable(exc, self.path) from exc
            self._in_snapshot = len(events)
            self._events = events + tail.events
        return self._events

    def refresh(self) -> bool:
        """Catch up with another process's writes; True when there were any.

        An append is read from the journal alone; a rewritten snapshot makes everything
        read again. Events left unsaved by a failed write are not dropped: outside
        `writing()` the reload waits, and inside it they are appended again after the
        other process's events (with new seqs) and saved.
        """
        snapshot = self._storage.changed_on_disk()
        if not snapshot and not self._journal.changed():
            return False
        if self.dirty and not self._writing:
            return False
        if not snapshot and not self.dirty and self._events is not None:
            more = self._journal.read_more(self._events[-1].seq if self._events else 0)
            if more is not None:
                self._events.extend(more)
                return True
        unsaved, unsaved_info = self._unsaved, self._unsaved_info
        try:
            self._storage.reload()
        except SitzungError as exc:
            raise restorable(exc, self.path) from exc
        self._events, self._unsaved, self._lines, self._unsaved_info = None, [], [], None
        self._info = self._load_info()
        self.events()
        if unsaved or unsaved_info:
            self._replay(unsaved, unsaved_info)
        return True

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock for one action, after catching up with other writers.

        Whether another writer wrote since this log's last action is read from the lock file (every
        writer announces itself there before it writes): one read instead of the two `stat`s of
        `refresh`. A file changed by hand, not by a writer, is noticed by the next `refresh` (the
        app's poll, every half second).

        The events appended in the block are made durable (one fsync for them all) when it ends,
        before the lock is let go: the action is acknowledged when the block returns.
        """
        if self.read_only:
            raise RuntimeError(f"{self.path} is open read-only")
        if self._writing:
            yield
            return
        lock = self._writer
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
                self._save()  # says that it could not
            finally:
                self._writing, self._lock_error = False, None
            return
        self._writing, self._lock = True, lock
        previous, self._storage.before_write = self._storage.before_write, lock.announce
        try:
            if not lock.untouched():  # another writer announced (and wrote) since this log's last action
                self.refresh()
            if not self._cleaned:  # once per opening: listing the folder costs more as the archive grows
                self._storage.cleanup_temporaries()
                self._cleaned = True
            yield
            self._save()
        except BaseException:
            self._writing, self._lock = False, None
            self._storage.before_write = previous
            with suppress(SitzungError):  # keep the error that is already on its way
                lock.release()
            raise
        self._writing, self._lock = False, None
        self._storage.before_write = previous
        lock.release()

    def save_pending(self) -> bool:
        """Try again to write what a failed write left in memory; True when memory is all on disk."""
        if self.read_only or not self.dirty:
            return not self.dirty
        with self.writing():
            pass  # the block's end saves what memory holds
        return True

    def append(self, kind: EventKind, at: datetime, recorded: datetime, data: dict[str, Any]) -> Event:
        """Record one event, durably (and on the mirror) when `writing()` ends; it keeps its place in memory even if
        the write fails."""
        self._require_writing("append")
        if at.tzinfo is not None or recorded.tzinfo is not None:  # `sound`'s rule; the data's are `storable`'s
            raise ValueError(f"not storable: a time with a zone ({at!r}, {recorded!r})")
        events = self.events()
        copy, text = stored(data)
        event = Event(seq=events[-1].seq + 1 if events else 1, kind=EventKind(kind), at=at, recorded=recorded,
                      data=copy)
        events.append(event)
        self._unsaved.append(event)
        self._lines.append(event_line(event, text))
        self._wrote = True
        return event

    def update_info(self, info: SessionInfo) -> None:
        """Replace the session's fixed facts (a correction of date, place, chair, …): the snapshot is rewritten."""
        self._require_writing("update_info")
        if info.id != self._info.id:
            raise ValueError(f"cannot change a session's id ({self._info.id} -> {info.id})")
        self._put_info(info)
        self._save()
        if self._on_info is not None:
            self._on_info(info)

    def compact(self) -> bool:
        """Rewrite the snapshot with every event and cut the journal back; True when it was rewritten.

        Called when the app is idle and on close. An action never needs it (the journal holds
        everything), so it is skipped when another writer has the lock, and a failure only
        leaves the journal as long as it was.
        """
        return self._compact(final=False)

    def _compact(self, final: bool) -> bool:
        """`compact`; `final` (on close): the journal keeps no room for further lines, so that a closed
        session's journal is its header alone."""
        if self.read_only or self.dirty or (self.journaled == 0 and not (final and self._journal.has_room)):
            return False
        try:
            with self.writing():
                if self._lock_error is not None or self.dirty:
                    return False
                if self.journaled == 0:  # final: written already, only the room to cut off
                    self._journal.trim()
                    if (mirror := self._mirrored()) is not None:
                        mirror.mirror.wait(mirror.trim())
                    return False
                self._snapshot(room=not final)
        except SitzungError:
            return False
        return True

    def close(self) -> None:
        """Let go of everything; a log that recorded rewrites the session file first (one that only read
        leaves that to the writer: a query writes nothing)."""
        if self._wrote:
            self._compact(final=True)
        self._writer.close()
        self.let_go()
        self._storage.close()
        self._journal.close()
        if self._mirror is not None:
            self._mirror.close()

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

    def _save(self) -> None:
        """Make memory durable: unsaved events appended to the journal, an unsaved correction in the snapshot.

        Raises `storage.write_failed` and keeps them in memory if the disk refuses. With a mirror,
        the journal's fsync and the mirror's write run at the same time.
        """
        if not self.dirty and self.journaled < self._compact_every:
            return
        if self._lock_error is not None:
            raise SitzungError("storage.write_failed", file=str(self.path),
                               reason=self._lock_error.params.get("reason", "?"))
        if self._unsaved:
            if self._lock is not None:
                self._lock.announce()
            lines = b"".join(self._lines)
            mirror = self._mirrored()
            try:
                self._journal.write(lines)
                mirrored = mirror.append(lines, self._unsaved[0].seq) if mirror else None
                self._journal.sync()
            except OSError as exc:
                self._journal.take_back()
                raise SitzungError("storage.write_failed", file=str(self.path),
                                   reason=os.strerror(exc.errno) if exc.errno else str(exc)) from exc
            self._unsaved, self._lines = [], []
            if mirror is not None:
                mirror.mirror.wait(mirrored) or self._catch_up_mirror(mirror)
        if self._unsaved_info is not None or self.journaled >= self._compact_every:
            try:
                self._snapshot()
            except SitzungError:
                if self._unsaved_info is not None:
                    raise
            # else: a failed rewrite of the snapshot loses nothing, the journal holds every event

    def _snapshot(self, room: bool = True) -> None:
        """Write every event and the facts to the TinyDB file, cut the journal back (with `room` for the next
        lines), and copy both to the mirror."""
        events = self.events()
        with self._storage.batched():
            self._storage.insert_many(EVENTS_TABLE, [event.to_dict() for event in events[self._in_snapshot :]])
            self._in_snapshot = len(events)
        self._unsaved_info = None
        kept = self._storage.last_backup  # the version this write replaced: the journal's lines continue it
        with suppress(OSError):  # the snapshot holds every event now; an uncut journal only repeats them
            self._journal.cut(journal_path(kept) if kept else None, room)
        if (mirror := self._mirrored()) is not None:
            self._catch_up_mirror(mirror, room)

    def _catch_up_mirror(self, mirror: SessionMirror, room: bool = True) -> None:
        """Copy the session as it is on disk to the mirror (its journal with `room`); never raises (the mirror's
        state tells)."""
        durable = self.events()[: len(self.events()) - len(self._unsaved)]
        try:
            snapshot = self.path.read_bytes()
            end = self._journal.end
            journal = self._journal.path.read_bytes()[:end] if end else header(self._info.id)
        except OSError as exc:
            mirror.mirror.fell_behind(exc)
            return
        try:
            archive: bytes | None = (self.path.parent.parent / "bodies.json").read_bytes()
        except OSError:
            archive = None
        last = durable[-1].seq if durable else 0
        mirror.mirror.wait(mirror.catch_up(snapshot, journal, last, archive, room))

    def _replay(self, unsaved: list[Event], info: SessionInfo | None) -> None:
        """Append events (and a correction) that only this process's memory held, after the others'."""
        events = self.events()
        first = events[-1].seq + 1 if events else 1
        again = [replace(e, seq=first + i) for i, e in enumerate(unsaved)]
        events.extend(again)
        self._unsaved, self._lines = again, [event_line(e) for e in again]
        if info is not None:
            self._put_info(info)
        self._save()

    def _require_writing(self, what: str) -> None:
        if not self._writing:
            raise RuntimeError(f"{what}() is only allowed inside writing()")

    def _put_info(self, info: SessionInfo) -> None:
        """Replace the facts in memory (saved by the next `_save`)."""
        from tinydb.table import Table  # only here: a session is read without TinyDB's tables

        doc = storable(info.to_dict(), info)
        # A fresh Table: TinyDB tables cache the next id, which would go stale when another process's write
        # is reloaded.
        table = Table(self._storage, INFO_TABLE)
        with self._storage.batched(save=False):
            table.remove(doc_ids=[d.doc_id for d in table.all()])
            table.insert(doc)
        self._info, self._unsaved_info = info, info

    def _docs(self, table: str) -> list[tuple[int, dict[str, Any]]]:
        """A table's documents and their ids, as the file in memory holds them (checked when it was read)."""
        return [(int(doc_id), doc) for doc_id, doc in self._storage.read().get(table, {}).items()]

    def _load_info(self) -> SessionInfo:
        docs = self._docs(INFO_TABLE)
        if len(docs) != 1:
            raise restorable(SitzungError("storage.no_info", file=str(self.path)), self.path)
        return self._record(INFO_TABLE, *docs[0], SessionInfo.from_dict)

    def _record(self, table: str, doc_id: int, doc: dict[str, Any], build: Callable[[dict[str, Any]], Any]) -> Any:
        try:
            return checked(build, doc)
        except BAD_RECORD as exc:
            error = SitzungError("storage.bad_record", file=str(self.path), table=table, record=doc_id)
            raise restorable(error, self.path) from exc

