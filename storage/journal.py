"""A session's journal: each action one appended line and one fsync, beside the TinyDB file.

Rewriting the whole session file for each action made an action's cost grow with
the meeting (10.6 ms at 10,000 events, against 1.0 ms at 140). The journal
`sessions/<id>.journal` holds the events recorded since the session file (the
snapshot) was last written, one JSON line each, as the events table stores them:
an action costs one small append and one fsync, whatever the history. The
snapshot is rewritten from memory now and then (`TinySessionLog.compact`) and the
journal cut back to its first line, a header naming the session.

Reading is strict about everything but the very end. A last line without its
newline was cut off by a crash before its fsync returned, so it was never
acknowledged: it is left out, and overwritten by the next append. Lines whose
event the snapshot already holds are skipped: a crash between writing the
snapshot and cutting the journal leaves them (a snapshot newer than its journal).
Any other line that does not read, or an event that does not continue the ones
before it, is damage, refused with its line and column like a damaged file.

The file is kept zero-filled some way beyond its last line (`ROOM`), as PostgreSQL
zero-fills its write-ahead log: an append that lengthens a file makes its fsync
write the file's new size too, a commit of the file system's own journal, while
one into bytes already on disk flushes only the data. So the lines end at the
first NUL byte; what follows is room, or what is left of an append that a crash
cut off before its fsync returned, which the next append overwrites with zeros.
A journal is trimmed to its lines when its session is closed.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from pathlib import Path
from typing import NamedTuple

from sitzung.errors import SitzungError
from sitzung.model import Event
from storage.durable import BadNumber, encode, loads
from storage.folders import NotAFile, open_regular, put
from storage.records import sound

JOURNAL_KIND = "sitzung-journal"
SUFFIX = ".journal"
# 2: zero bytes may follow the lines (`ROOM`). A format-1 journal reads as before; an older sitzung refuses a
# format-2 one as newer than it knows, instead of calling its zeros damage.
JOURNAL_FORMAT = 2
ROOM = 1 << 16  # zero bytes kept ahead of the last line; a file grows by this much at a time

# What building an event from a damaged line raises (OverflowError: int() of an infinity).
BAD_LINE = (KeyError, ValueError, TypeError, AttributeError, OverflowError, RecursionError)


def journal_path(snapshot: Path) -> Path:
    """The journal beside the session file `snapshot`."""
    return snapshot.with_suffix(SUFFIX)


def header(session_id: str) -> bytes:
    return encode({"format": JOURNAL_FORMAT, "kind": JOURNAL_KIND, "session": session_id}) + b"\n"


def event_line(event: Event, data: str | None = None) -> bytes:
    """The event's line: `Event.to_dict` as compact JSON; `data`, if given, is its data already encoded."""
    if data is None:
        return encode(event.to_dict()) + b"\n"
    return (f'{{"seq":{event.seq},"kind":"{event.kind.value}","at":"{event.at.isoformat()}",'
            f'"recorded":"{event.recorded.isoformat()}","data":{data}}}\n').encode()


class Tail(NamedTuple):
    """What a read found: the events after the snapshot's, where the last whole line ends, where the bytes after
    it that are not zero end (the remains of a torn append), and the file's size."""

    events: list[Event]
    end: int
    junk: int
    size: int


def _rounded(size: int) -> int:
    """The size of a file of `size` bytes with room: the next multiple of `ROOM`, at least one byte more."""
    return size + ROOM - size % ROOM


def _reason(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else str(exc)


def _tail(events: list[Event], raw: bytes, start: int, end: int) -> Tail:
    """What a read of `raw` (the file from byte `start`) found, its lines ending at `end` in `raw`."""
    return Tail(events, start + end, start + max(end, len(raw.rstrip(b"\0"))), start + len(raw))


class Journal:
    """One journal file: read it (all, or what another process appended) and append to it durably."""

    def __init__(self, path: Path, session_id: str) -> None:
        self.path = path
        self.session_id = session_id
        self._fd: int | None = None  # open for writing from the first append until `close`
        self._end = 0  # where the last whole line ends: the next append goes here
        self._seen: tuple[int, int] | None = None  # (inode, size) as last read or written; None: no file
        self._junk = 0  # where the bytes after `_end` that are not zero end: the next append zeroes up to here
        self._after = b""  # the bytes from `_end` as last read or written, up to one past `_junk` (see `changed`)
        self._lines = 0  # whole lines before `_end`, for the line numbers of a complaint
        self._written: tuple[int, int, int] = (0, 0, 0)  # where `write` ended, the lines it added and the size

    @property
    def end(self) -> int:
        return self._end

    @property
    def has_room(self) -> bool:
        """The file goes on after its lines (as last read or written): `trim` has something to cut."""
        return self._seen is not None and self._seen[1] > self._end

    def changed(self) -> bool:
        """Whether the file is no longer as last read or written: one `os.stat`, and a read of the bytes after the
        last line when the file has room there (an append into the room leaves the size as it was)."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return self._seen is not None
        except OSError:
            return True
        if (st.st_ino, st.st_size) != self._seen:
            return True
        return bool(self._after) and self._peek(len(self._after)) != self._after

    def read(self, after: int, check: bool = True) -> Tail:
        """The events after seq `after`, from the whole file; `storage.journal_*` errors for damage.

        With `check=False` (a restore) reading stops at the first damage instead, keeping what came before.
        """
        self.close()
        try:
            raw, inode = self._bytes(0)
        except FileNotFoundError:
            self._end, self._seen, self._junk, self._after, self._lines = 0, None, 0, b"", 0
            return Tail([], 0, 0, 0)
        tail = self._parse(raw, 0, after, check)
        self._lines = raw.count(b"\n", 0, tail.end)
        self._take(raw, 0, tail, inode)
        return tail

    def read_more(self, after: int) -> list[Event] | None:
        """What was appended since the last read or write, if it continues seq `after`; None: read it all again."""
        try:
            raw, inode = self._bytes(self._end)
        except OSError:
            return None
        if self._seen is None or inode != self._seen[0] or self._end + len(raw) < self._seen[1]:
            return None  # replaced or cut: the snapshot was rewritten too
        try:
            tail = self._parse(raw, self._end, after, True)
        except SitzungError:
            return None
        if tail.events and tail.events[0].seq != after + 1:
            return None
        self._lines += raw.count(b"\n", 0, tail.end - self._end)
        self._take(raw, self._end, tail, inode)
        return tail.events

    def write(self, lines: bytes) -> None:
        """Put `lines` after the last whole line, zeroing what a torn append left after them, and keep room ahead
        (a file without room grows by `ROOM`); durable only after `sync`. OSError on failure."""
        if self._fd is None:
            self._open()
        assert self._fd is not None and self._seen is not None
        if self._end == 0:  # a new file, or one whose header a crash cut off
            lines = header(self.session_id) + lines
        at, stop, added = self._end, self._end + len(lines), lines.count(b"\n")
        size = self._seen[1]
        if stop >= size:  # no room after these lines: grow by zeros written, not by a hole the fsync would fill
            size = _rounded(stop)
            lines += bytes(size - stop)
        elif self._junk > stop:
            lines += bytes(self._junk - stop)
        self._junk = max(self._junk, stop)  # until `sync`: what a failure may leave
        view = memoryview(lines)
        while view:
            written = os.pwrite(self._fd, view, at)
            view, at = view[written:], at + written
        self._written = (stop, added, size)

    def sync(self) -> None:
        """Make the last `write` durable; OSError on failure (the next write goes to the same place again)."""
        assert self._fd is not None and self._seen is not None
        os.fsync(self._fd)
        self._end, added, size = self._written
        self._lines += added
        self._seen = (self._seen[0], size)
        self._junk, self._after = self._end, b"\0" if size > self._end else b""

    def take_back(self) -> None:
        """Zero what a failed `write` or `sync` may have left after the last whole line, so no reader takes it
        for an acknowledged event; best effort (the next write zeroes it again)."""
        if self._fd is not None and self._junk > self._end:
            with suppress(OSError):
                os.pwrite(self._fd, bytes(self._junk - self._end), self._end)

    def trim(self) -> None:
        """Cut the room off, so that a closed session's journal holds only its lines; best effort. Only under the
        writer lock, after catching up: it would cut off another writer's lines that were not read."""
        if not self.has_room:
            return
        with suppress(OSError):
            if self._fd is None:
                self._open()
            assert self._fd is not None
            os.ftruncate(self._fd, self._end)
            self._seen, self._junk, self._after = (self._seen[0], self._end), self._end, b""

    def cut(self, keep: Path | None = None, room: bool = True) -> None:
        """Start again from the header: the snapshot now holds every event; OSError on failure.

        `keep` names where the lines go (beside the backup of the snapshot they continue), so
        that a restore from that backup gets them back. `room`: with room for the next lines.
        """
        if self._seen is None and self._fd is None:
            return  # no journal: nothing to cut
        if keep is not None and self._end > len(header(self.session_id)):
            self.trim()  # the backup keeps the lines, not the room (ten backups a session, each kept for good)
            with suppress(OSError):  # a backup is a safety net, never a reason to fail
                os.link(self.path, keep)
        self.replace(header(self.session_id), room)

    def replace(self, blob: bytes, room: bool = False) -> None:
        """Make the file `blob` (a whole journal, copied from elsewhere) in one durable step, with room for the
        next lines if `room`; OSError."""
        self.close()
        if room:
            blob += bytes(_rounded(len(blob)) - len(blob))
        put(self.path, blob)
        limit = blob.find(b"\0")
        end = blob.rfind(b"\n", 0, len(blob) if limit < 0 else limit) + 1
        self._lines = blob.count(b"\n", 0, end)
        self._take(blob, 0, _tail([], blob, 0, end), os.stat(self.path).st_ino)

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    # -- internals ------------------------------------------------------------------------------

    def _open(self) -> None:
        """Open for writing, creating the file if there is none (`write` puts the header first)."""
        try:
            fd = open_regular(self.path, os.O_RDWR, follow=False, create=True)
        except NotAFile as exc:
            raise OSError(exc.errno, "not a regular file", str(self.path)) from exc
        st = os.fstat(fd)
        if self._seen is not None and st.st_ino != self._seen[0]:
            os.close(fd)
            raise OSError(0, "the journal was replaced meanwhile", str(self.path))
        if self._seen is None:  # never read: the header goes first, over whatever is there
            self._junk = max(self._junk, st.st_size)
        self._fd, self._seen = fd, (st.st_ino, st.st_size)

    def _bytes(self, start: int) -> tuple[bytes, int]:
        """The file's bytes from `start`, and its inode."""
        try:
            fd = open_regular(self.path, os.O_RDONLY, follow=False)
        except NotAFile:
            raise SitzungError("storage.not_a_file", file=str(self.path)) from None
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise SitzungError("storage.read_failed", file=str(self.path), reason=_reason(exc)) from exc
        try:
            inode = os.fstat(fd).st_ino
            chunks, at = [], start
            while chunk := os.pread(fd, 1 << 20, at):
                chunks.append(chunk)
                at += len(chunk)
            return b"".join(chunks), inode
        finally:
            os.close(fd)

    def _parse(self, raw: bytes, start: int, after: int, check: bool) -> Tail:
        """The events in `raw` (the file from byte `start`) after seq `after`, as `read` describes."""
        events: list[Event] = []
        last, at = after, 0
        line_no = self._lines + 1 if start else 1
        limit = raw.find(b"\0")  # the lines end at the first zero byte: room, or a torn append's remains
        while (stop := raw.find(b"\n", at, len(raw) if limit < 0 else limit)) >= 0:
            line = raw[at:stop]
            try:
                if start == 0 and at == 0:
                    self._check_header(line)
                else:
                    event = self._event(line, line_no)
                    if event.seq > last:
                        if event.seq != last + 1:
                            raise SitzungError("storage.journal_gap", file=str(self.path), line=line_no,
                                               seq=event.seq, expected=last + 1)
                        events.append(event)
                        last = event.seq
            except SitzungError:
                if check:
                    raise
                return _tail(events, raw, start, at)
            at = stop + 1
            line_no += 1
        return _tail(events, raw, start, at)

    def _take(self, raw: bytes, start: int, tail: Tail, inode: int) -> None:
        """Remember what a read of `raw` (the file from byte `start`) found."""
        self._end, self._seen, self._junk = tail.end, (inode, tail.size), tail.junk
        self._after = raw[tail.end - start : min(tail.junk + 1, tail.size) - start]

    def _peek(self, size: int) -> bytes:
        """`size` bytes of the file from `_end`, through the writer's descriptor if it is open (`changed` has
        checked that the path still names that file); b"" if it cannot be read."""
        try:
            fd = self._fd if self._fd is not None else open_regular(self.path, os.O_RDONLY, follow=False)
        except OSError:
            return b""
        try:
            return os.pread(fd, size, self._end)
        except OSError:
            return b""
        finally:
            if fd != self._fd:
                os.close(fd)

    def _check_header(self, line: bytes) -> None:
        try:
            found = json.loads(line)
        except ValueError:
            found = None
        if not isinstance(found, dict) or found.get("kind") != JOURNAL_KIND or not isinstance(found.get("format"), int):
            raise SitzungError("storage.journal_header", file=str(self.path))
        if found["format"] > JOURNAL_FORMAT:
            raise SitzungError("storage.newer_format", file=str(self.path), found=found["format"],
                               supported=JOURNAL_FORMAT)
        if found.get("session") != self.session_id:
            raise SitzungError("storage.journal_other_session", file=str(self.path), found=str(found.get("session")),
                               expected=self.session_id)

    def _event(self, line: bytes, line_no: int) -> Event:
        where = {"file": str(self.path), "line": line_no}
        try:
            doc = loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise SitzungError("storage.journal_corrupt", **where, column=exc.start + 1) from exc
        except json.JSONDecodeError as exc:
            raise SitzungError("storage.journal_corrupt", **where, column=exc.colno) from exc
        except (BadNumber, RecursionError) as exc:
            raise SitzungError("storage.journal_bad_line", **where) from exc
        try:
            event = Event.from_dict(doc)
        except BAD_LINE as exc:
            raise SitzungError("storage.journal_bad_line", **where) from exc
        if not sound(event) or not isinstance(event.data, dict):
            raise SitzungError("storage.journal_bad_line", **where)
        return event
