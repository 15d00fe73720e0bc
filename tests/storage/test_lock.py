"""WriterLock: exclusive, says who holds it, takes over stale locks."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitzung.errors import SitzungError
from storage.lock import WriterLock


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_lock_file_says_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    with WriterLock(path, command="sitzung tui") as lock:
        assert lock.held
        data = json.loads(path.read_text())
        assert data["pid"] == os.getpid()
        assert data["host"] == socket.gethostname()
        assert data["command"] == "sitzung tui"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not path.exists()
    assert not lock.held


def test_second_holder_times_out_with_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    first = WriterLock(path, command="sitzung tui")
    first.acquire()
    second = WriterLock(path)
    started = time.monotonic()
    with pytest.raises(SitzungError) as caught:
        second.acquire(timeout=0.2)
    assert 0.2 <= time.monotonic() - started < 1.5
    error = caught.value
    assert error.key == "storage.locked"
    english = error.message("en")
    assert str(os.getpid()) in english and socket.gethostname() in english
    assert "sitzung tui" in english and str(tmp_path / "s.json") in english
    assert str(os.getpid()) in error.message("de")
    first.release()
    second.acquire(timeout=0.2)
    second.release()


def test_release_leaves_a_lock_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    lock = WriterLock(path)
    lock.acquire()
    path.unlink()
    path.write_text(json.dumps({"pid": 1, "host": "elsewhere", "since": "x", "command": "y"}))
    lock.release()
    assert path.exists()


def test_stale_lock_of_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    host = socket.gethostname()
    path.write_text(json.dumps({"pid": dead_pid(), "host": host, "since": "2024-05-14T18:02:11", "command": "x"}))
    with WriterLock(path, timeout=0.5):
        assert json.loads(path.read_text())["pid"] == os.getpid()
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # the renamed stale file is gone too


def test_lock_of_dead_pid_on_another_host_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    holder = {"pid": dead_pid(), "host": "not-" + socket.gethostname(), "since": "x", "command": "y"}
    path.write_text(json.dumps(holder))
    with pytest.raises(SitzungError) as caught:
        WriterLock(path).acquire(timeout=0.1)
    assert caught.value.key == "storage.locked"
    assert path.exists()


def test_empty_lock_file_is_taken_over_once_old(tmp_path: Path) -> None:
    path = tmp_path / "s.lock"
    path.write_bytes(b"")
    with pytest.raises(SitzungError) as caught:
        WriterLock(path).acquire(timeout=0.1)  # fresh: its creator may be writing it right now
    assert caught.value.key == "storage.locked_unknown"
    ten_seconds_ago = time.time() - 10
    os.utime(path, (ten_seconds_ago, ten_seconds_ago))
    with WriterLock(path, timeout=0.5):
        assert json.loads(path.read_text())["pid"] == os.getpid()


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
