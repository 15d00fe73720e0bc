"""A writer lock: one lock file next to the file it protects.

Decision: the lock is held for one write transaction (one clerk's action,
milliseconds), not for a process's lifetime. The TUI and the CLI both take it
per action, so a shell command can change a session that is open in the TUI;
the TUI notices through `DurableStorage.changed_on_disk()` and reloads. A
lifetime lock would instead lock the clerk out of their own session from a
second terminal, and a crashed TUI would leave it locked until someone cleaned
up.

The lock file is created with O_CREAT|O_EXCL (atomic on local filesystems) and
holds who took it: pid, host, since when, and which command, so that a refusal
can say who holds it. A lock is stale, and taken over, when its holder is on
this host and its pid no longer runs, or when the file is unreadable or empty
(a crash between creating and writing it) and older than `stale_after`.
A lock held from another host is never taken over: we cannot see its process.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sys
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sitzung.errors import SitzungError
from storage.folders import FILE_MODE, ensure_folder

STALE_AFTER = 2.0
RETRY_EVERY = 0.02
DEFAULT_TIMEOUT = 2.0


@dataclass(frozen=True)
class LockHolder:
    """What a lock file says about the process that took it."""

    pid: int
    host: str
    since: str
    command: str


@dataclass(frozen=True)
class _Seen:
    """A lock file as found: its identity (device, inode), its holder if readable, its age."""

    identity: tuple[int, int]
    holder: LockHolder | None
    mtime: float
    readable: bool
    token: str | None = None


def default_command() -> str:
    """A short description of this process, e.g. "sitzung tui"."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] not in ("", "-c") else "python"
    words = [name, *sys.argv[1:2]]
    return " ".join(words)[:60]


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid runs on this host (a zombie counts as running)."""
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # e.g. PermissionError: it exists, it is someone else's
    return True


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


def _token_of(raw: bytes) -> str | None:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    token = data.get("token") if isinstance(data, dict) else None
    return token if isinstance(token, str) else None


def _inspect(path: Path) -> _Seen | None:
    """The lock file as it is now; None when there is none."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            raw = fh.read(4096)
    except FileNotFoundError:
        return None
    except OSError:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return None
        except OSError:
            return _Seen((0, 0), None, time.time(), readable=False)
        return _Seen((st.st_dev, st.st_ino), None, st.st_mtime, readable=False)
    return _Seen((st.st_dev, st.st_ino), _parse_holder(raw), st.st_mtime, readable=True, token=_token_of(raw))


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
        stale_after: float = STALE_AFTER,
    ) -> None:
        self.path = Path(path)
        self.target = Path(target) if target is not None else self.path.with_suffix(".json")
        self.timeout = timeout
        self.command = command if command is not None else default_command()
        self.stale_after = stale_after
        self._identity: tuple[int, int] | None = None
        self._token = ""

    @property
    def held(self) -> bool:
        return self._identity is not None

    def holder(self) -> LockHolder | None:
        """Who holds the lock now, if anybody and if the file says so."""
        seen = _inspect(self.path)
        return seen.holder if seen else None

    def acquire(self, timeout: float | None = None) -> None:
        """Take the lock, retrying every ~20 ms; `storage.locked` after `timeout` seconds."""
        if self._identity is not None:
            raise RuntimeError(f"{self.path} is already held by this WriterLock")
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        ensure_folder(self.path.parent)
        while not self._try_create():
            seen = _inspect(self.path)
            if seen is None or (self._is_stale(seen) and self._break(seen)):
                continue  # released or taken over just now: try again at once
            if time.monotonic() >= deadline:
                raise self._refusal(seen)
            time.sleep(RETRY_EVERY)

    def release(self) -> None:
        """Remove the lock file if it is still the one we created (same inode and token)."""
        identity, self._identity = self._identity, None
        if identity is None:
            return
        seen = _inspect(self.path)
        if seen is None or seen.identity != identity or seen.token != self._token:
            return  # not ours any more: somebody judged it stale; leave theirs alone
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise SitzungError("storage.lock_failed", file=str(self.path), reason=_reason(exc)) from exc

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        try:
            self.release()
        except SitzungError:
            if exc is None:
                raise  # otherwise keep the error that is already on its way

    def _try_create(self) -> bool:
        token = secrets.token_hex(8)
        payload = {  # prepared before creating the file, to keep the empty-file window tiny
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
            "command": self.command,
            "token": token,  # tells our lock from a later one that got the same inode number
        }
        blob = json.dumps(payload).encode("utf-8")
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.path, flags, FILE_MODE)
        except FileExistsError:
            return False
        except OSError as exc:
            if os.name == "nt" and isinstance(exc, PermissionError):
                return False  # Windows: the file is being deleted by its holder
            raise SitzungError("storage.lock_failed", file=str(self.path), reason=_reason(exc)) from exc
        try:
            try:
                os.write(fd, blob)
                st = os.fstat(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            with suppress(OSError):
                os.unlink(self.path)
            raise SitzungError("storage.lock_failed", file=str(self.path), reason=_reason(exc)) from exc
        self._identity, self._token = (st.st_dev, st.st_ino), token
        return True

    def _is_stale(self, seen: _Seen) -> bool:
        if seen.holder is None:
            return seen.readable and time.time() - seen.mtime > self.stale_after
        return seen.holder.host == socket.gethostname() and not pid_alive(seen.holder.pid)

    def _break(self, seen: _Seen) -> bool:
        """Remove a stale lock file without removing one that somebody took in the meantime.

        Renaming to a unique name is atomic, so of two processes breaking the same
        stale lock only one gets it; if what we renamed turns out to be a new
        lock (another inode or token), it is linked back in place.
        """
        grave = self.path.with_name(f"{self.path.name}.stale-{os.getpid()}-{secrets.token_hex(4)}")
        try:
            os.rename(self.path, grave)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        try:
            moved = _inspect(grave)
            if moved is not None and (moved.identity, moved.token) != (seen.identity, seen.token):
                os.link(grave, self.path)
        except OSError:
            pass  # it was a fresh lock and its place is taken again: nothing better to do
        finally:
            with suppress(OSError):
                os.unlink(grave)
        return True

    def _refusal(self, seen: _Seen) -> SitzungError:
        holder = seen.holder
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
