"""WriterLock: exclusive, says who holds it, and a holder that dies leaves no lock behind."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitzung.errors import SitzungError
from storage.lock import HOLDER_SIZE, WriterLock

HOLD = """
import sys, time
from storage.lock import WriterLock
WriterLock(sys.argv[1], command="sitzung tui").acquire()
print("holding", flush=True)
time.sleep(60)
"""


def holding_child(path: Path) -> subprocess.Popen[str]:
    """Another process that holds the lock on `path` until it is killed."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "holding\n"
    return child


def test_lock_file_says_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    with WriterLock(path, command="sitzung tui") as lock:
        assert lock.held
        raw = path.read_bytes()
        assert len(raw) == HOLDER_SIZE
        data = json.loads(raw)
        assert data["pid"] == os.getpid()
        assert data["host"] == socket.gethostname()
        assert data["command"] == "sitzung tui"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not lock.held
    assert path.exists()  # the file stays for the next writer; the lock itself is gone
    with WriterLock(path, timeout=0):
        pass


def test_second_holder_times_out_with_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    child = holding_child(path)
    try:
        second = WriterLock(path)
        started = time.monotonic()
        with pytest.raises(SitzungError) as caught:
            second.acquire(timeout=0.2)
        assert 0.2 <= time.monotonic() - started < 1.5
        error = caught.value
        assert error.key == "storage.locked"
        english = error.message("en")
        assert str(child.pid) in english and socket.gethostname() in english
        assert "sitzung tui" in english and str(tmp_path / "s.json") in english
        assert str(child.pid) in error.message("de")
        assert not second.held
    finally:
        child.kill()
        child.wait(timeout=10)
    second.acquire(timeout=0.2)  # killed: the kernel released its lock
    second.release()


def test_two_locks_in_one_process_exclude_each_other(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    with WriterLock(path), pytest.raises(SitzungError) as caught:
        WriterLock(path).acquire(timeout=0.05)
    assert caught.value.key == "storage.locked"
    with WriterLock(path, timeout=0):
        pass


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_lock_of_a_killed_holder_is_free_at_once(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    child = holding_child(path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    started = time.monotonic()
    with WriterLock(path, timeout=0):
        assert json.loads(path.read_bytes())["pid"] == os.getpid()
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize(
    "left",
    [b"", b"\x00garbage", json.dumps({"pid": 1, "host": "laptop-of-the-chair", "since": "x", "command": "y"}).encode(),
     b"x" * 5000],
    ids=["empty", "garbage", "other-host", "long"],
)
def test_whatever_a_lock_file_holds_does_not_block(tmp_path: Path, left: bytes) -> None:
    """Files left by a crash, by older versions or by hand are no lock: only a live holder is."""
    path = tmp_path / "s.lock"
    path.write_bytes(left)
    with WriterLock(path, timeout=0) as lock:
        holder = lock.holder()
        assert holder is not None and holder.pid == os.getpid()


def test_unreadable_holder_is_refused_without_a_name(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    with WriterLock(path):
        path.write_bytes(b"\x00" * HOLDER_SIZE)
        with pytest.raises(SitzungError) as caught:
            WriterLock(path).acquire(timeout=0.05)
    assert caught.value.key == "storage.locked_unknown"


def test_lock_file_that_cannot_be_opened_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(SitzungError) as caught:
            WriterLock(folder / "s.lock").acquire(timeout=0)
    finally:
        folder.chmod(0o700)
    assert caught.value.key == "storage.lock_failed"
    assert str(folder / "s.lock") in caught.value.message("en")


def test_many_processes_take_turns(tmp_path: Path) -> None:
    """Several processes increment a counter under the lock: no increment is lost."""
    counter = tmp_path / "counter"
    counter.write_text("0")
    script = (
        "import sys; from pathlib import Path; from storage.lock import WriterLock\n"
        "p = Path(sys.argv[1])\n"
        "for _ in range(20):\n"
        "    with WriterLock(p.with_suffix('.lock'), timeout=10):\n"
        "        p.write_text(str(int(p.read_text()) + 1))\n"
    )
    children = [subprocess.Popen([sys.executable, "-c", script, str(counter)]) for _ in range(4)]
    assert [c.wait(timeout=30) for c in children] == [0, 0, 0, 0]
    assert counter.read_text() == "80"


def test_a_lazy_lock_leaves_its_file_untouched_until_it_announces(tmp_path: Path) -> None:
    """A transaction that writes no data writes no record: bytes and modification time stay."""
    path = tmp_path / "s.lock"
    path.write_bytes(b'{"pid": 1, "host": "elsewhere", "since": "?", "command": "older"}')
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    with WriterLock(path, eager=False, timeout=0):
        pass
    assert path.read_bytes().startswith(b'{"pid": 1,') and path.stat().st_mtime_ns == 1_000_000_000
    with WriterLock(path, eager=False, timeout=0) as lock:
        lock.announce()
        lock.announce()  # once per holding
        assert json.loads(path.read_bytes())["pid"] == os.getpid()


LAZY = """
import sys, time
from storage.lock import WriterLock
lock = WriterLock(sys.argv[1], command="sitzung attend", eager=False)
lock.acquire()
if sys.argv[2] == "announce":
    lock.announce()
print("holding", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("announced", [True, False])
def test_a_refusal_names_only_a_holder_that_may_be_alive(tmp_path: Path, announced: bool) -> None:
    """A record left by a process that has ended names nobody: the holder has not written its own yet."""
    path = tmp_path / "s.lock"
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    path.write_text(json.dumps({"pid": int(ended.stdout), "host": socket.gethostname(), "since": "?",
                                "command": "sitzung note"}))
    child = subprocess.Popen([sys.executable, "-c", LAZY, str(path), "announce" if announced else "-"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline() == "holding\n"
        with pytest.raises(SitzungError) as caught:
            WriterLock(path).acquire(timeout=0.05)
    finally:
        child.kill()
        child.wait(timeout=10)
    if announced:
        assert caught.value.key == "storage.locked" and caught.value.params["pid"] == child.pid
    else:
        assert caught.value.key == "storage.locked_unknown"


@pytest.mark.parametrize("kind", ["link", "dangling-link", "pipe", "folder"])
def test_a_lock_file_that_is_no_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    path, target = tmp_path / "s.lock", tmp_path / "s.json"
    if kind == "link":
        target.write_bytes(b"the data")
        path.symlink_to(target)
    elif kind == "dangling-link":
        path.symlink_to(target)
    elif kind == "pipe":
        os.mkfifo(path)
    else:
        path.mkdir()
    lock = WriterLock(path, timeout=0)
    with pytest.raises(SitzungError) as caught:
        lock.acquire()
    assert caught.value.key == "storage.lock_not_file" and not lock.held
    assert caught.value.message("en") == (
        f"The lock file {path} is a link, a folder or a pipe, not a regular file, so {target} was not written; "
        "remove it and try again."
    )
    assert lock.holder() is None  # read without following the link, and without waiting on the pipe
    if kind == "link":
        assert target.read_bytes() == b"the data"
    if kind == "dangling-link":
        assert not target.exists()


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o277])
def test_a_new_lock_file_is_the_owners_only_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        with WriterLock(tmp_path / "s.lock", eager=False):
            pass
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "s.lock").stat().st_mode) == 0o600


def test_writing_the_record_narrows_a_widened_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    path.write_bytes(b"")
    path.chmod(0o666)
    with WriterLock(path, eager=False):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o666  # nothing written, nothing changed
    with WriterLock(path, eager=False) as lock:
        lock.announce()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("pid", [2**31, 10**30, 0, -5, True])
def test_a_pid_no_process_can_have_is_no_holder(tmp_path: Path, pid: int) -> None:
    path = tmp_path / "s.lock"
    path.write_text(json.dumps({"pid": pid, "host": socket.gethostname(), "since": "?", "command": "?"}))
    assert WriterLock(path).holder() is None
