"""A writer lock: an `flock` on a lock file next to the file it protects.

Decision: the lock is held for one write transaction (one clerk's action,
milliseconds), not for a process's lifetime. The TUI and the CLI both take it
per action, so a shell command can change a session that is open in the TUI;
the TUI notices through `DurableStorage.changed_on_disk()` and reloads. A
lifetime lock would instead lock the clerk out of their own session from a
second terminal.

The lock is the operating system's (`flock`, or `msvcrt.locking` on Windows)
on a lock file that stays: the kernel releases it when its holder ends, however
it ends, so a crash never leaves a stale lock to detect or to take over, and an
action costs no file creation and removal. The holder writes who it is (pid,
host, since when, which command) into the file, so that a refusal can name it.

Decision: a write transaction writes that record only when it is about to write
data (`announce`, called by `DurableStorage.flush`), so an action that is
refused leaves the lock file as it was, bytes and modification time. The record
may then be the previous writer's: a refusal names its process only while that
process is alive, and otherwise says that the lock file does not say who it is.
(A holder stuck for two seconds before writing, while the previous writer still
runs, is misnamed as that writer: only a hung process holds that long.) A
long-held lock (the app's) writes its record at once (`eager`).

The lock file is opened without following a symbolic link and must be a regular
file: a link would have its target overwritten, a pipe would hang the action.
"""

from __future__ import annotations

import json
import os
import sys
import time
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from sitzung.errors import SitzungError
from storage import folders  # open_regular through the module, so that a test can make it fail
from storage.folders import FILE_MODE, NotAFile, ensure_folder

RETRY_EVERY = 0.02
DEFAULT_TIMEOUT = 2.0
HOLDER_SIZE = 512  # the holder's record, padded to this size: a shorter one overwrites a longer one
MAX_PID = 2**31 - 1  # a larger number in a lock file is no process

if os.name == "nt":
    import msvcrt

    _FAR = 0x7FFFFFFF  # lock a byte far beyond the holder's record, which stays readable

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _FAR, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _FAR, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _write_record(fd: int, record: bytes) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record)

    def _read_record(fd: int) -> bytes:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, HOLDER_SIZE)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _write_record(fd: int, record: bytes) -> None:
        os.pwrite(fd, record, 0)

    def _read_record(fd: int) -> bytes:
        return os.pread(fd, HOLDER_SIZE, 0)


class LockHolder(NamedTuple):
    """What a lock file says about the process that holds it."""

    pid: int
    host: str
    since: str
    command: str


def default_command() -> str:
    """A short description of this process, e.g. "sitzung tui"."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] not in ("", "-c") else "python"
    words = [name, *sys.argv[1:2]]
    return " ".join(words)[:60]


def host_name() -> str:
    """This computer's name, as `socket.gethostname()` gives it, without importing `socket` on POSIX."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _parse_holder(raw: bytes) -> LockHolder | None:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid <= MAX_PID:
        return None
    return LockHolder(pid, str(data.get("host", "?")), str(data.get("since", "?")), str(data.get("command", "?")))


def _alive(holder: LockHolder) -> bool:
    """Whether the process a lock file names may still be running (only one on this host can be asked)."""
    if os.name == "nt" or holder.host != host_name():
        return True  # on Windows, os.kill would end the process instead of asking about it
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # EPERM: it runs, as another user
    return True


def _reason(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else str(exc)


def _clock(since: str) -> str:
    """The holder's start time as a person reads it: 18:02:11 today, else with the date."""
    try:
        moment = datetime.fromisoformat(since)
    except ValueError:
        return since
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    if moment.date() == datetime.now().date():
        return moment.strftime("%H:%M:%S")
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class WriterLock:
    """An exclusive lock on one file, for the length of one write transaction; a context manager."""

    def __init__(
        self,
        path: str | Path,
        *,
        target: str | Path | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        command: str | None = None,
        eager: bool = True,
        keep_open: bool = False,
    ) -> None:
        """`eager`: write the holder's record on taking the lock; else only at `announce()`.

        `keep_open`: keep the lock file open between holdings (a session's writer, which takes the lock
        for every action: opening the file was a tenth of an action); `close()` closes it.
        """
        self.path = Path(path)
        self.target = Path(target) if target is not None else self.path.with_suffix(".json")
        self.timeout = timeout
        self.command = command if command is not None else default_command()
        self.eager = eager
        self._fd: int | None = None
        self._announced = False
        self._made: tuple[int, bytes] | None = None  # the record of `_record` and the second it was made
        self.keep_open = keep_open
        self._kept: int | None = None  # the lock file's descriptor between holdings (`keep_open`)
        self._mode_checked = False  # the kept file's mode was checked since it was opened
        self._token = os.urandom(4).hex()  # tells this lock's records from another's of the same process
        self._written: bytes | None = None  # the record this lock last wrote into the file
        self._untouched = False  # the file held that record when this holding began

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> LockHolder | None:
        """Who the lock file says holds, or last held, the lock."""
        try:
            fd = folders.open_regular(self.path, os.O_RDONLY, follow=False)
        except OSError:
            return None
        try:
            return _parse_holder(os.read(fd, HOLDER_SIZE))
        except OSError:
            return None
        finally:
            os.close(fd)

    def acquire(self, timeout: float | None = None) -> None:
        """Take the lock, retrying every ~20 ms; `storage.locked` after `timeout` seconds."""
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held by this WriterLock")
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        fd = self._reopen()
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise self._refusal()
                time.sleep(RETRY_EVERY)
        except BaseException:
            os.close(fd)  # closing releases the lock, if it was taken
            raise
        self._fd, self._announced, self._untouched = fd, False, False
        if self.eager:
            self.announce()

    def announce(self) -> None:
        """Write who holds the lock into the lock file, once per holding: data is about to be written.

        A failure (a full disk) only costs the name in another process's refusal. Like a data
        file at each write, the lock file gets `FILE_MODE` back if someone widened it.
        """
        if self._fd is None or self._announced:
            return
        self._announced = True
        if not self._mode_checked:  # once per opening of the file: a kept one is checked when opened
            self._mode_checked = self.keep_open
            with suppress(OSError):
                if hasattr(os, "fchmod") and os.fstat(self._fd).st_mode & 0o777 != FILE_MODE:
                    os.fchmod(self._fd, FILE_MODE)
        record = self._record()
        if record == self._written and self._untouched:
            return  # the file holds these very bytes: the same holder, the same second
        self._written = None
        with suppress(OSError):
            _write_record(self._fd, record)
            self._written = record

    def untouched(self) -> bool:
        """Whether the lock file still holds the record this lock last wrote: no other writer announced since.

        Every writer announces before it writes data, so a session's writer that finds the lock file untouched
        knows that nobody else wrote since its own last action. Compared by content, with a token per lock: file
        times are too coarse (a few milliseconds) to tell two writers apart.
        """
        self._untouched = False
        if self._fd is None or self._written is None:
            return False
        with suppress(OSError):
            self._untouched = _read_record(self._fd) == self._written
        return self._untouched

    def _record(self) -> bytes:
        """Who holds the lock, padded to `HOLDER_SIZE`; made once a second at most (an action is milliseconds)."""
        second = int(time.time())
        if self._made is None or self._made[0] != second:
            record = json.dumps({
                "pid": os.getpid(),
                "host": host_name()[:200],
                "since": datetime.fromtimestamp(second).astimezone().isoformat(timespec="seconds"),
                "command": self.command[:60],
                "writer": self._token,
            }).encode("utf-8")
            self._made = (second, record.ljust(HOLDER_SIZE))
        return self._made[1]

    def release(self) -> None:
        """Let go of the lock; the lock file stays for the next writer."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except BaseException:
            os.close(fd)
            raise
        if self.keep_open:
            self._kept = fd
            return
        os.close(fd)

    def close(self) -> None:
        """Close the lock file kept open between holdings (`keep_open`)."""
        kept, self._kept = self._kept, None
        if kept is not None:
            os.close(kept)

    def _reopen(self) -> int:
        """The lock file kept open from the last holding if it is still the one at `path`, else opened anew."""
        fd, self._kept = self._kept, None
        if fd is not None:
            try:
                if os.fstat(fd).st_nlink > 0:  # still named in the folder (not removed, nor replaced by a rename)
                    return fd
            except OSError:
                pass
            os.close(fd)  # removed or replaced meanwhile: lock the file that is there now
        self._mode_checked = False
        return self._open()

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def _open(self) -> int:
        try:
            try:
                return folders.open_regular(self.path, os.O_RDWR, follow=False, create=True)
            except FileNotFoundError:  # its folder is missing: a first write, or a data folder someone removed
                ensure_folder(self.path.parent)
                return folders.open_regular(self.path, os.O_RDWR, follow=False, create=True)
        except NotAFile as exc:
            raise SitzungError("storage.lock_not_file", file=str(self.path), target=str(self.target)) from exc
        except OSError as exc:
            raise SitzungError("storage.lock_failed", file=str(self.path), reason=_reason(exc)) from exc

    def _refusal(self) -> SitzungError:
        holder = self.holder()
        if holder is None or not _alive(holder):
            return SitzungError("storage.locked_unknown", file=str(self.path), target=str(self.target))
        return SitzungError(
            "storage.locked",
            file=str(self.path),
            target=str(self.target),
            pid=holder.pid,
            host=holder.host,
            since=_clock(holder.since),
            command=holder.command,
        )

