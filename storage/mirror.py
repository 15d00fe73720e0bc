"""The mirror: a second data folder (a USB stick, a network share) kept up to date action by action.

If the laptop's disk dies at 20:00, the evening is on the mirror: every action
is durable in both places before it is acknowledged. The mirror has the data
folder's own layout (bodies.json, sessions/<id>.json and .journal), so it can
be opened as the data folder, or `sitzung session restore ID --from-mirror`
copies a session back.

The mirror never blocks the clerk. Its writes run in one worker thread while
the primary journal is fsynced (two disks work at once); an action waits for
the mirror at most `PATIENCE` seconds. A mirror that fails (the stick pulled
out) or does not answer (a hung share) is marked behind, with the reason and
since when; the status bar and the CLI say so. Each later action first tries
to catch up: the session file and its journal as they are on the primary,
copied whole. The mirror's folder itself is never created: a stick that is
not mounted leaves an empty mount point, and writing there would fill the
laptop's own disk instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from storage.folders import ensure_folder, put

if TYPE_CHECKING:
    from queue import SimpleQueue
from storage.journal import Journal, journal_path

PATIENCE = 2.0  # seconds an action waits for the mirror before it goes on without it


class MirrorStatus(NamedTuple):
    """Where the mirror is and whether it holds every acknowledged action; if not, why and since when."""

    folder: Path
    current: bool
    reason: str = ""
    since: datetime | None = None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or (os.strerror(exc.errno) if exc.errno else str(exc))
    return str(exc) or type(exc).__name__


class Task:
    """One write the worker runs: `done` is released when it ended, `error` says how it failed.

    A bare lock and a queue: `concurrent.futures` cost an action's hand-off about 20 µs (and every command's
    start 3 ms for its import), a fifth of a fsync.
    """

    def __init__(self, work: Callable[[], None]) -> None:
        import _thread

        self.work = work
        self.error: BaseException | None = None
        self.finished = False
        self.done = _thread.allocate_lock()
        self.done.acquire()

    def run(self) -> None:
        try:
            self.work()
        except BaseException as exc:  # handed to the waiting action
            self.error = exc
        self.finished = True
        self.done.release()


def _serve(tasks: SimpleQueue[Task | None]) -> None:
    """The worker thread: run the mirror's writes in order until told to stop."""
    while (task := tasks.get()) is not None:
        task.run()


class Mirror:
    """The mirror of one data folder: its state, and the one worker thread that writes to it."""

    def __init__(self, folder: Path, primary: Path) -> None:
        self.folder = folder
        self.primary = primary
        self._behind: tuple[str, datetime] | None = None
        self._tasks: SimpleQueue[Task | None] | None = None  # the worker's queue, once it runs
        self._running: Task | None = None

    @property
    def status(self) -> MirrorStatus:
        if self._behind is None:
            return MirrorStatus(self.folder, True)
        return MirrorStatus(self.folder, False, *self._behind)

    @property
    def idle(self) -> bool:
        """Whether the worker is free: a write that hung on a dead share still holds it."""
        return self._running is None or self._running.finished

    def run(self, work: Callable[[], None]) -> Task | None:
        """Start `work` in the worker; None if the worker is still busy with an earlier task."""
        if not self.idle:
            self.fell_behind(TimeoutError(0, "the mirror does not answer"))
            return None
        if self._tasks is None:
            import threading
            from queue import SimpleQueue

            self._tasks = SimpleQueue()
            threading.Thread(target=_serve, args=(self._tasks,), name="sitzung-mirror", daemon=True).start()
        self._running = Task(work)
        self._tasks.put(self._running)
        return self._running

    def wait(self, running: Task | None) -> bool:
        """Wait for a task of `run`, at most `PATIENCE` seconds; True when it succeeded."""
        if running is None:
            return False
        if not running.done.acquire(timeout=PATIENCE):
            self.fell_behind(TimeoutError(0, "the mirror does not answer"))
            return False
        running.done.release()  # a second wait on it returns at once
        if running.error is not None:  # whatever the mirror's disk or share raised: the clerk goes on
            self.fell_behind(running.error)
            return False
        self._behind = None
        return True

    def fell_behind(self, exc: BaseException) -> None:
        if self._behind is None:
            self._behind = (_reason(exc), datetime.now())

    def reachable(self) -> None:
        """Raise unless the mirror's folder is there (it is never created: see the module's docstring)."""
        if not self.folder.is_dir():
            raise FileNotFoundError(2, "the folder is not there (is the drive connected?)", str(self.folder))

    def copy_in(self, relative: Path, blob: bytes) -> None:
        """Put `blob` at `relative` in the mirror, durably (in the worker; raises OSError)."""
        self.reachable()
        target = self.folder / relative
        if not target.parent.is_dir():
            ensure_folder(target.parent)
        put(target, blob)

    def copy(self, relative: Path) -> None:
        """Copy a file of the data folder (bodies.json after a change, a new session) to the mirror; waits like an
        action."""
        try:
            blob = (self.primary / relative).read_bytes()
        except OSError:
            return
        self.wait(self.run(lambda: self.copy_in(relative, blob)))

    def catch_up(self, relative: Path, *, if_missing: bool = False) -> None:
        """Copy a file of the data folder unless the mirror's copy is as new (or, `if_missing`, exists at all).

        A write cut short between the data folder and the mirror (a crash, the stick away for a
        moment) leaves the mirror behind; a writer opening a session puts it right.
        """
        try:
            here = os.stat(self.primary / relative)
        except OSError:
            return
        try:
            there = os.stat(self.folder / relative)
            if if_missing or there.st_mtime_ns >= here.st_mtime_ns:
                return
        except OSError:
            if not self.folder.is_dir():
                return  # not connected: the next action tells
        self.copy(relative)

    def session(self, snapshot: Path, session_id: str) -> SessionMirror:
        return SessionMirror(self, snapshot, session_id)

    def close(self) -> None:
        if self._tasks is not None:
            self._tasks.put(None)  # the worker ends after what it is doing (a hung write: never, it is a daemon)
            self._tasks = None


class SessionMirror:
    """One session's files on the mirror: its journal appended to, or the whole session copied."""

    def __init__(self, mirror: Mirror, snapshot: Path, session_id: str) -> None:
        self.mirror = mirror
        self.relative = Path(snapshot.parent.name) / snapshot.name
        self.snapshot = mirror.folder / self.relative
        self.journal = Journal(journal_path(self.snapshot), session_id)
        self.synced: int | None = None  # the last event the mirror holds; None: unknown, copy the session first

    def append(self, lines: bytes, first: int) -> Task | None:
        """Start appending `lines` (events from seq `first`) to the mirror's journal; None if it must catch up."""
        if self.synced != first - 1 or not self.mirror.idle:
            return None
        last = first + lines.count(b"\n") - 1

        def task() -> None:
            self.synced = None  # until the fsync returned
            self.mirror.reachable()
            self.journal.write(lines)
            self.journal.sync()
            self.synced = last

        return self.mirror.run(task)

    def catch_up(self, snapshot: bytes, journal: bytes, last: int, archive: bytes | None, room: bool) -> Task | None:
        """Start copying the whole session (the primary's files as they are on disk, holding events to `last`), its
        journal with `room` for the next lines."""

        def task() -> None:
            self.synced = None
            if archive is not None:
                self.mirror.copy_in(Path("bodies.json"), archive)
            self.mirror.copy_in(self.relative, snapshot)
            self.journal.replace(journal, room)
            self.synced = last

        return self.mirror.run(task)

    def trim(self) -> Task | None:
        """Start cutting the room off the mirror's journal (a closed session's), if it is in step."""
        if self.synced is None or not self.mirror.idle:
            return None
        return self.mirror.run(self.journal.trim)

    def close(self) -> None:
        if self.mirror.idle:
            self.journal.close()
