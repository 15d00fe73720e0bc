"""The archive: bodies, rosters and the session index in one file, each session in its own.

Layout under the data folder::

    bodies.json          kind "sitzung-archive": tables bodies, people, sessions (the index)
    bodies.lock          writer lock for bodies.json
    sessions/<id>.json   kind "sitzung-session": tables info (one doc) and events (the snapshot)
    sessions/<id>.journal  the events since the snapshot was written, a line each (see journal.py)
    sessions/<id>.lock   writer lock for that session
    sessions/.backups/<id>/<n>.json   the last versions of that session file (hard links, see durable.py)
    .backups/bodies/<n>.json          the last versions of bodies.json, the same way

A clerk's action touches only its session's file, so it costs the same with
10 or 1,000 past sessions: `bodies.json` is opened lazily, and only the
session asked for is ever opened. The index lets `sessions()` list sessions
without opening them.

Changes to `bodies.json` are all-or-nothing: if a write fails, memory goes back
to what is on disk, so a refused command changes nothing. (A session log, by
contrast, keeps unsaved events in memory: those are the clerk's keystrokes.)

With a mirror (a second data folder, see mirror.py), every write of bodies.json
and every action is written there too; `restore_from_mirror` brings a session
back from it when the primary disk or folder is lost.

A missing `bodies.json` is created empty only in a fresh data folder. Where its
backups or session files show that it existed, every command that needs it is
refused, so that nothing overwrites what `archive restore` can bring back.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sitzung.errors import SitzungError
from sitzung.model import Body, Person, SessionInfo, SessionSummary
from storage.durable import (
    ARCHIVE_KIND,
    META_TABLE,
    DurableStorage,
    backup_numbers,
    encode,
    meta_table,
    next_id,
)
from storage.folders import ensure_folder, put
from storage.journal import Journal, header, journal_path
from storage.lock import DEFAULT_TIMEOUT, WriterLock
from storage.records import BAD_RECORD, checked, storable
from storage.session_log import (
    COMPACT_EVERY,
    DAMAGED,
    EVENTS_TABLE,
    TinySessionLog,
    backups_folder,
    create_session_file,
)

if TYPE_CHECKING:
    from tinydb.queries import QueryInstance
    from tinydb.table import Document, Table

    from storage.mirror import Mirror, MirrorStatus  # imported when a mirror is named: most starts have none


def where(field: str) -> QueryInstance:
    """TinyDB's `where`, imported when bodies.json is first queried: a session is opened without TinyDB."""
    from tinydb import where as tinydb_where

    return tinydb_where(field)


def table_of(store: DurableStorage, name: str) -> Table:
    """A fresh TinyDB table on `store` (fresh: TinyDB tables cache the next id and query results, which would go
    stale when another process's write is reloaded)."""
    from tinydb.table import Table

    return Table(store, name)


__all__ = ["TinyArchive", "TinySessionLog", "default_data_dir"]

DATA_DIR_ENV = "SITZUNG_DATA_DIR"
ARCHIVE_RESTORE_SUFFIX = ".restore_archive"
KNOWN_LISTED = 10
# Session ids become file names: letters, digits, "_", "-" and "." (not first), portable everywhere.
_SESSION_ID = re.compile(r"\w[\w.-]{0,119}")


def default_data_dir(explicit: str | Path | None = None) -> Path:
    """Where the archive lives: the explicit argument, else $SITZUNG_DATA_DIR, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs  # only here: a command given --data-dir does not pay for its import

    return Path(platformdirs.user_data_dir("sitzung", appauthor=False))


class Restored(NamedTuple):
    """What a session restore brought back: from which file (a backup, the mirror's), how many events, the last one's
    time, and where the damaged file was kept."""

    backup: Path
    events: int
    last: datetime | None
    kept: Path | None  # where the damaged file was kept, if there was one


class ArchiveRestored(NamedTuple):
    """What `restore_archive` brought back, and how many sessions on disk it put back in the index.

    `backup` is None when no backup loaded and bodies.json was rebuilt from the session files.
    """

    backup: Path | None
    bodies: int
    sessions: int
    reindexed: int
    kept: Path | None


def archive_restorable(error: SitzungError) -> SitzungError:
    """The same complaint about a damaged bodies.json, with the command that restores it."""
    if error.key not in DAMAGED:
        return error
    return SitzungError(error.key + ARCHIVE_RESTORE_SUFFIX, where=error.where, **error.params)


def check_archive_file(path: Path) -> dict[str, dict[str, Any]]:
    """The tables of the archive file at `path`, every record checked; or SitzungError."""
    data = DurableStorage(path, ARCHIVE_KIND, create=False).read()
    builders = {"bodies": Body.from_dict, "people": Person.from_dict, "sessions": _summary}
    for table, build in builders.items():
        for doc_id, doc in data.get(table, {}).items():
            try:
                checked(build, doc)
            except BAD_RECORD as exc:
                raise SitzungError("storage.bad_record", file=str(path), table=table, record=doc_id) from exc
    return data


def _put_back(path: Path, data: dict[str, dict[str, Any]]) -> None:
    """Replace the file at `path` with `data` in one durable step (what a restore brings back)."""
    try:
        put(path, encode(data))
    except OSError as exc:
        raise SitzungError("storage.write_failed", file=str(path), reason=exc.strerror or str(exc)) from exc


def _check_session_file(path: Path, session_id: str) -> TinySessionLog:
    """The session at `path` (its file and journal), loaded in full with the state they make; or SitzungError."""
    log = TinySessionLog(path, read_only=True)
    _check_session(path, session_id, log.info, log.events())
    return log


def _check_session(path: Path, session_id: str, info: SessionInfo, events: Sequence[Any]) -> None:
    from sitzung.state import fold

    if info.id != session_id:
        raise SitzungError("storage.restore_other_session", file=str(path), found=info.id, id=session_id)
    try:
        fold(info, events)
    except SitzungError:
        raise
    except Exception as exc:  # a backup whose events do not make a session is no good either
        raise SitzungError("storage.bad_record", file=str(path), table="events", record="?") from exc


def _snapshot_alone(path: Path, session_id: str) -> tuple[dict[str, dict[str, Any]], list[Any]]:
    """The tables of the session file (or backup) at `path` without any journal, and its events; or SitzungError."""
    from sitzung.model import Event

    data = DurableStorage(path, "sitzung-session", create=False).read()
    infos = list(data.get("info", {}).values())
    if len(infos) != 1:
        raise SitzungError("storage.no_info", file=str(path))
    try:
        info = checked(SessionInfo.from_dict, infos[0])
        events = sorted((checked(Event.from_dict, d) for d in data.get(EVENTS_TABLE, {}).values()),
                        key=lambda e: e.seq)
    except BAD_RECORD as exc:
        raise SitzungError("storage.bad_record", file=str(path), table="?", record="?") from exc
    _check_session(path, session_id, info, events)
    return data, events


class TinyArchive:
    """`sitzung.ports.Archive` on TinyDB files under one data folder."""

    def __init__(
        self,
        data_dir: str | Path,
        *,
        lock_timeout: float = DEFAULT_TIMEOUT,
        read_only: bool = False,
        mirror: str | Path | Callable[[], Path | None] | None = None,
        compact_every: int = COMPACT_EVERY,
    ) -> None:
        """`read_only`: for viewers (the chair's display), which never create, write or lock a file.

        `mirror`: a second data folder that every write reaches too (never for a viewer), or a
        function that names one when it is first needed (the config file's: reading it would
        cost every command's start more than the command itself).
        """
        self.data_dir = Path(data_dir)
        self.read_only = read_only
        self._mirror: Mirror | None = None
        self._find_mirror = mirror if callable(mirror) else None
        if not callable(mirror):
            self._mirror = self._mirror_at(mirror)
        self.compact_every = compact_every
        self.bodies_file = self.data_dir / "bodies.json"
        self.bodies_backups = self.data_dir / ".backups" / "bodies"
        self.sessions_dir = self.data_dir / "sessions"
        self.lock_timeout = lock_timeout
        self._store: DurableStorage | None = None

    # -- bodies and rosters ---------------------------------------------------

    def bodies(self) -> list[Body]:
        return [self._record("bodies", doc, Body.from_dict) for doc in self._table("bodies").all()]

    def body(self, name: str) -> Body | None:
        docs = self._table("bodies").search(where("name") == name)
        return self._record("bodies", docs[0], Body.from_dict) if docs else None

    def save_body(self, body: Body) -> None:
        """Create the body, or replace the one of the same name."""
        doc = storable(body.to_dict(), body)
        with self._changing() as store:
            table_of(store, "bodies").upsert(doc, where("name") == body.name)

    def roster(self, body_name: str) -> list[Person]:
        docs = sorted(self._table("people").search(where("body") == body_name), key=lambda d: d.doc_id)
        return [self._record("people", doc, Person.from_dict) for doc in docs]

    def save_roster(self, body_name: str, people: Sequence[Person]) -> None:
        """Replace the body's whole roster in one write."""
        docs = storable([{**person.to_dict(), "body": body_name} for person in people], tuple(people))
        with self._changing() as store:
            if not table_of(store, "bodies").contains(where("name") == body_name):
                raise SitzungError("storage.unknown_body", name=body_name, known=self._names(store))
            table = table_of(store, "people")
            table.remove(where("body") == body_name)
            table.insert_multiple(docs)

    # -- sessions -------------------------------------------------------------

    def sessions(self) -> list[SessionSummary]:
        summaries = [self._record("sessions", doc, _summary) for doc in self._table("sessions").all()]
        return sorted(summaries, key=lambda s: (s.date, s.body, s.number, s.id))

    def has_session(self, session_id: str) -> bool:
        """Whether a session with exactly this id exists: one `stat`, the index is not read."""
        return bool(_SESSION_ID.fullmatch(session_id)) and self._session_path(session_id).is_file()

    def create_session(self, info: SessionInfo) -> None:
        """Write the new session's file and its index entry; refuse an id that exists."""
        if not _SESSION_ID.fullmatch(info.id):
            raise SitzungError("storage.bad_session_id", id=info.id)
        path = self._session_path(info.id)
        with self._changing() as store:
            index = table_of(store, "sessions")
            if index.contains(where("id") == info.id):
                raise SitzungError("storage.session_exists", id=info.id)
            store.before_write()
            try:
                create_session_file(path, info)
            except FileExistsError:
                self._clear_leftover(path, info.id, index)
                create_session_file(path, info)
            if self.mirror is not None:  # before the index lists it, so the mirror never lists a session it lacks
                self.mirror.copy(path.relative_to(self.data_dir))
            index.insert(storable(_index_doc(info)))
            try:
                store.flush()
            except SitzungError:
                path.unlink(missing_ok=True)  # no index entry, so no session: leave nothing behind
                raise

    def open_session(self, session_id: str) -> TinySessionLog:
        """The session's log; only that session's file is read."""
        path = self._session_path(session_id) if _SESSION_ID.fullmatch(session_id) else None
        try:
            if path is None:
                raise SitzungError("storage.missing", file=session_id)
            if self._mirror is not None and path.exists():  # a mirror named by a function waits for a write
                self._mirror.catch_up(Path(self.bodies_file.name))
                self._mirror.catch_up(path.relative_to(self.data_dir), if_missing=True)
            return TinySessionLog(
                path, lock_timeout=self.lock_timeout, on_info=self._reindex, read_only=self.read_only,
                mirror=lambda: self.mirror, compact_every=self.compact_every,
            )
        except SitzungError as exc:
            if exc.key != "storage.missing":
                raise
            recent = sorted(self.sessions(), key=lambda s: (s.date, s.id), reverse=True)
            known = ", ".join(s.id for s in recent[:KNOWN_LISTED]) or "-"
            raise SitzungError("storage.unknown_session", id=session_id, known=known) from None

    def restore_session(self, session_id: str) -> Restored:
        """Bring back a damaged session: its newest good state from the file or a backup, and the journal after it.

        The session file, else the newest of its backups that loads in full, is taken, with
        every event of the journal that continues it, up to the journal's first damage.
        Refused when the session loads as it is (restoring would drop its latest actions) and
        when no file loads. The damaged files are kept beside the backups as `damaged-<time>.*`.
        """
        path = self._restorable_path(session_id)
        folder = backups_folder(path)
        with WriterLock(path.with_suffix(".lock"), target=path, timeout=self.lock_timeout, eager=False) as lock:
            try:
                current = _check_session_file(path, session_id)
            except SitzungError:
                pass
            else:
                raise SitzungError("storage.restore_not_needed", file=str(path), events=len(current.events()))
            numbers = backup_numbers(folder)
            for candidate in [path, *(folder / f"{number}.json" for number in numbers)]:
                try:
                    data, events = _snapshot_alone(candidate, session_id)
                except SitzungError:
                    continue
                # Each backup's journal holds what the next version added; the session's journal the rest.
                later = [folder / f"{n}.json" for n in sorted(numbers) if candidate.parent == folder
                         and n >= int(candidate.stem)]
                journal = Journal(journal_path(path), session_id)
                more: list[Any] = []
                for source in [*later, path]:
                    last = [*events, *more][-1].seq if events or more else 0
                    with suppress(SitzungError):
                        more += Journal(journal_path(source), session_id).read(last, check=False).events
                table = data.setdefault(EVENTS_TABLE, {})
                for event in more:
                    table[str(next_id(table))] = event.to_dict()
                events = [*events, *more]
                lock.announce()
                kept = self._keep_damaged(path, folder)
                _put_back(path, data)
                with suppress(OSError):  # the file holds every event now: an old journal only repeats them
                    journal.replace(header(session_id))
                with suppress(SitzungError):  # an index that cannot be written now is mended by `archive restore`
                    self._reindex(TinySessionLog(path, read_only=True).info)
                return Restored(candidate, len(events), events[-1].at if events else None, kept)
            raise SitzungError("storage.restore_none", id=session_id, file=str(path), folder=str(folder),
                               tried=len(numbers))

    def restore_from_mirror(self, session_id: str) -> Restored:
        """Bring back a session lost on this disk (its file, its journal, the whole data folder) from the mirror.

        The mirror's copy must load in full. Refused when the session here loads and holds
        every event the mirror holds. Whatever was here is kept beside the backups; a
        missing or damaged bodies.json is brought back from the mirror too, else the
        session is put back in its index.
        """
        if self.mirror is None:
            raise SitzungError("storage.no_mirror")
        path = self._restorable_path(session_id)
        source = self.mirror.folder / path.parent.name / path.name
        try:
            snapshot = source.read_bytes()
            journal = journal_path(source).read_bytes() if journal_path(source).exists() else header(session_id)
            found = _check_session_file(source, session_id)
        except OSError as exc:
            raise SitzungError("storage.mirror_missing", id=session_id, file=str(source),
                               reason=exc.strerror or str(exc)) from exc
        except SitzungError as exc:
            raise SitzungError("storage.mirror_damaged", id=session_id, file=str(source),
                               reason=exc.message("en")) from exc
        events = found.events()
        ensure_folder(path.parent)
        with WriterLock(path.with_suffix(".lock"), target=path, timeout=self.lock_timeout, eager=False) as lock:
            try:
                here = _check_session_file(path, session_id).events()
            except SitzungError:
                pass  # damaged or missing: whatever the mirror holds is more
            else:
                if len(here) >= len(events) and (not events or here[len(events) - 1] == events[-1]):
                    raise SitzungError("storage.restore_from_mirror_not_needed", file=str(path), events=len(here),
                                       mirror=len(events))
            lock.announce()
            kept = self._keep_damaged(path, backups_folder(path)) if path.exists() else None
            put(path, snapshot)
            put(journal_path(path), journal)
        self._mirror_archive_back()
        with suppress(SitzungError):
            self._reindex(found.info)
        return Restored(source, len(events), events[-1].at if events else None, kept)

    def _restorable_path(self, session_id: str) -> Path:
        if self.read_only:
            raise RuntimeError(f"{self.data_dir} is open read-only")
        if not _SESSION_ID.fullmatch(session_id):
            raise SitzungError("storage.bad_session_id", id=session_id)
        return self._session_path(session_id)

    def _mirror_archive_back(self) -> None:
        """Copy the mirror's bodies.json here if this one is missing or does not load."""
        assert self.mirror is not None
        try:
            check_archive_file(self.bodies_file)
            return
        except SitzungError:
            pass
        source = self.mirror.folder / self.bodies_file.name
        try:
            check_archive_file(source)
        except SitzungError:
            return  # `archive restore` rebuilds bodies.json from the session files
        lock = WriterLock(self.data_dir / "bodies.lock", target=self.bodies_file, timeout=self.lock_timeout,
                          eager=False)
        with lock:
            lock.announce()
            if self.bodies_file.exists():
                self._keep_damaged(self.bodies_file, self.bodies_backups)
            put(self.bodies_file, source.read_bytes())
            self._store = None

    @property
    def mirror(self) -> Mirror | None:
        """The mirror, if there is one; a mirror named by a function is found now."""
        if self._find_mirror is not None:
            find, self._find_mirror = self._find_mirror, None
            self._mirror = self._mirror_at(find())
        return self._mirror

    def _mirror_at(self, folder: str | Path | None) -> Mirror | None:
        if folder is None or self.read_only:
            return None
        if Path(folder).resolve() == self.data_dir.resolve():
            raise SitzungError("storage.mirror_same", folder=str(folder))
        from storage.mirror import Mirror

        return Mirror(Path(folder), self.data_dir)

    @property
    def mirror_status(self) -> MirrorStatus | None:
        """Where the mirror is and whether it holds every acknowledged write; None without a mirror, or one that
        nothing needed yet."""
        return None if self._mirror is None else self._mirror.status

    def restore_archive(self) -> ArchiveRestored:
        """Replace a damaged or missing bodies.json with its newest backup that loads in full.

        Sessions created after that backup still have their files: those that load are
        put back in the index. A missing bodies.json without a backup that loads is
        rebuilt from the session files, the only other record of its bodies. Refused
        when the file loads as it is, and when it is damaged and no backup loads. The
        damaged file is kept beside the backups as `damaged-<time>.json`.
        """
        if self.read_only:
            raise RuntimeError(f"{self.data_dir} is open read-only")
        path, folder = self.bodies_file, self.bodies_backups
        lock = WriterLock(self.data_dir / "bodies.lock", target=path, timeout=self.lock_timeout, eager=False)
        with lock:
            try:
                current = check_archive_file(path)
            except SitzungError:
                pass
            else:
                raise SitzungError("storage.archive_restore_not_needed", file=str(path),
                                   bodies=len(current.get("bodies", {})))
            numbers = backup_numbers(folder)
            for number in numbers:
                candidate = folder / f"{number}.json"
                try:
                    data = check_archive_file(candidate)
                except SitzungError:
                    continue
                index = data.setdefault("sessions", {})
                found = self._sessions_on_disk({str(doc.get("id")) for doc in index.values()})
                for info in found:
                    index[str(next_id(index))] = _index_doc(info)
                lock.announce()
                kept = self._keep_damaged(path, folder) if path.exists() else None
                _put_back(path, data)
                self._store = None
                return ArchiveRestored(candidate, len(data.get("bodies", {})), len(index), len(found), kept)
            if os.path.lexists(path):
                raise SitzungError("storage.archive_restore_none", file=str(path), folder=str(folder),
                                   tried=len(numbers))
            found = self._sessions_on_disk(set())
            data = _rebuilt(found)
            lock.announce()
            _put_back(path, data)
            self._store = None
            return ArchiveRestored(None, len(data["bodies"]), len(found), len(found), None)

    def _sessions_on_disk(self, known: set[str]) -> list[SessionInfo]:
        """The facts of every session file that loads and whose id is not in `known`."""
        found = []
        for path in sorted(self.sessions_dir.glob("*.json")):
            if path.stem in known or not _SESSION_ID.fullmatch(path.stem):
                continue
            try:
                info = TinySessionLog(path, read_only=True).info
            except SitzungError:
                continue  # a damaged session file: `sitzung session restore` puts it back in the index
            if info.id == path.stem:  # a copy under another name would be found under neither
                found.append(info)
        return found

    @staticmethod
    def _keep_damaged(path: Path, folder: Path) -> Path | None:
        """Link the damaged file (and its journal) into the backups folder, so restoring destroys nothing."""
        kept = folder / f"damaged-{datetime.now():%Y%m%d-%H%M%S-%f}.json"
        try:
            ensure_folder(folder)
            os.link(path, kept)
        except OSError:
            return None
        with suppress(OSError):
            os.link(journal_path(path), journal_path(kept))
        return kept

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._mirror is not None:
            self._mirror.close()

    # -- internals ------------------------------------------------------------

    def _session_path(self, session_id: str) -> Path:
        return self.sessions_dir / f"{session_id}.json"

    def _current(self) -> DurableStorage:
        """bodies.json in memory, opened on first use and reloaded when another process changed it.

        Created empty if missing, but only in a fresh data folder (see the module's docstring).
        """
        backups = None if self.read_only else self.bodies_backups
        try:
            if self._store is None:
                self._store = DurableStorage(self.bodies_file, ARCHIVE_KIND, create=False, backups=backups)
            elif self._store.changed_on_disk():
                self._store.reload()
        except SitzungError as exc:
            if exc.key != "storage.missing":
                raise archive_restorable(exc) from exc
            self._store = None
            if self._was_here():
                raise SitzungError("storage.archive_missing", file=str(self.bodies_file)) from None
            if self.read_only:
                raise
            self._store = DurableStorage(self.bodies_file, ARCHIVE_KIND, backups=backups)
        return self._store

    def _was_here(self) -> bool:
        """Whether the data folder shows that bodies.json existed: backups of it, or session files."""
        return bool(backup_numbers(self.bodies_backups)) or any(self.sessions_dir.glob("*.json"))

    def _table(self, name: str) -> Table:
        # Fresh Table objects: TinyDB's per-table caches would go stale across reloads.
        return table_of(self._current(), name)

    @contextmanager
    def _changing(self) -> Iterator[DurableStorage]:
        """Lock bodies.json, catch up with other writers, and make the block's changes one write."""
        if self.read_only:
            raise RuntimeError(f"{self.data_dir} is open read-only")
        self._current()  # a damaged or missing bodies.json is refused before its lock file is even opened
        lock = WriterLock(self.data_dir / "bodies.lock", target=self.bodies_file, timeout=self.lock_timeout,
                          eager=False)
        with lock:
            store = self._current()
            store.cleanup_temporaries()
            previous, store.before_write = store.before_write, lock.announce
            try:
                with store.batched():
                    yield store
            except BaseException:
                if store.dirty:
                    store.reload()  # all or nothing: drop what did not reach the disk
                raise
            finally:
                store.before_write = previous
            if self.mirror is not None:
                self.mirror.copy(Path(self.bodies_file.name))

    def _clear_leftover(self, path: Path, session_id: str, index: Table) -> None:
        """Remove a session file that has no index entry and no events: a creation cut short by a crash.

        We hold the archive's lock, so no other process is creating it right now. A file
        with events (say, copied back from a backup) or one that belongs to an indexed
        session (same name on a case-insensitive disk) is never removed.
        """
        try:
            found = TinySessionLog(path)
            leftover = not found.events() and not index.contains(where("id") == found.info.id)
        except SitzungError:
            leftover = False
        if not leftover:
            raise SitzungError("storage.session_exists", id=session_id)
        path.unlink(missing_ok=True)

    def _reindex(self, info: SessionInfo) -> None:
        """Keep the index in step after a session's facts were corrected."""
        with self._changing() as store:
            table_of(store, "sessions").upsert(_index_doc(info), where("id") == info.id)

    def _names(self, store: DurableStorage) -> str:
        return ", ".join(str(doc.get("name")) for doc in table_of(store, "bodies").all()) or "-"

    def _record(self, table: str, doc: Document, build: Any) -> Any:
        try:
            return checked(build, doc)
        except BAD_RECORD as exc:
            error = SitzungError("storage.bad_record", file=str(self.bodies_file), table=table, record=doc.doc_id)
            raise archive_restorable(error) from exc


def _rebuilt(infos: list[SessionInfo]) -> dict[str, dict[str, Any]]:
    """bodies.json as the session files tell it: each body and its roster as of its latest session, and the index."""
    latest = {info.body.name: info for info in sorted(infos, key=lambda i: (i.date, i.number, i.id))}
    people = [{**person.to_dict(), "body": name} for name, info in latest.items() for person in info.roster]
    return {
        META_TABLE: meta_table(ARCHIVE_KIND),
        "bodies": {str(n): info.body.to_dict() for n, info in enumerate(latest.values(), 1)},
        "people": {str(n): doc for n, doc in enumerate(people, 1)},
        "sessions": {str(n): _index_doc(info) for n, info in enumerate(infos, 1)},
    }


def _index_doc(info: SessionInfo) -> dict[str, Any]:
    return {"id": info.id, "body": info.body.name, "number": info.number, "date": info.date.isoformat()}


def _summary(doc: dict[str, Any]) -> SessionSummary:
    return SessionSummary(
        id=str(doc["id"]), body=str(doc["body"]), number=int(doc["number"]), date=date.fromisoformat(doc["date"])
    )
