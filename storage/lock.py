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
"""

from __future__ import annotations

import json
import os
import sys
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sitzung.errors import SitzungError
from storage.folders import FILE_MODE, ensure_folder

RETRY_EVERY = 0.02
DEFAULT_TIMEOUT = 2.0
HOLDER_SIZE = 512  # the holder's record, padded to this size: a shorter one overwrites a longer one

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


@dataclass(frozen=True)
class LockHolder:
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
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return None
    return LockHolder(pid, str(data.get("host", "?")), str(data.get("since", "?")), str(data.get("command", "?")))


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
    ) -> None:
        self.path = Path(path)
        self.target = Path(target) if target is not None else self.path.with_suffix(".json")
        self.timeout = timeout
        self.command = command if command is not None else default_command()
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> LockHolder | None:
        """Who the lock file says holds, or last held, the lock."""
        try:
            with open(self.path, "rb") as fh:
                return _parse_holder(fh.read(HOLDER_SIZE))
        except OSError:
            return None

    def acquire(self, timeout: float | None = None) -> None:
        """Take the lock, retrying every ~20 ms; `storage.locked` after `timeout` seconds."""
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held by this WriterLock")
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        fd = self._open()
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise self._refusal()
                time.sleep(RETRY_EVERY)
            self._write_holder(fd)
        except BaseException:
            os.close(fd)  # closing releases the lock, if it was taken
            raise
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock; the lock file stays for the next writer."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        try:
            if not self.path.parent.is_dir():
                ensure_folder(self.path.parent)
            return os.open(self.path, flags, FILE_MODE)
        except OSError as exc:
            raise SitzungError("storage.lock_failed", file=str(self.path), reason=_reason(exc)) from exc

    def _write_holder(self, fd: int) -> None:
        """Say who holds the lock; a failure (a full disk) only costs the name in a refusal."""
        record = json.dumps({
            "pid": os.getpid(),
            "host": host_name()[:200],
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
            "command": self.command[:60],
        }).encode("utf-8")
        with suppress(OSError):
            _write_record(fd, record.ljust(HOLDER_SIZE))

    def _refusal(self) -> SitzungError:
        holder = self.holder()
        if holder is None:
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

