"""A second writer holding the lock is named in the refusal; a lock left by a crash is taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_helpers import sitzung

HOLDER = """
import sys, time
from storage.lock import WriterLock
lock = WriterLock(sys.argv[1], command="sitzung open")
lock.acquire()
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(data_dir: Path, sid: str) -> Iterator[subprocess.Popen[str]]:
    """Another live process that holds the session's writer lock."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir / "sessions" / f"{sid}.lock")],
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None and child.stdout.readline() == "holding\n"
    yield child
    child.kill()
    child.wait(timeout=10)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=10)
    return child.pid


def test_second_writer_is_named_and_nothing_is_written(
    data_dir: Path, sid: str, holder: subprocess.Popen[str]
) -> None:
    before = sitzung("log", sid)  # reading needs no lock
    started = time.monotonic()
    err = sitzung("attend", sid, "Lux", "present", code=2)
    assert time.monotonic() - started < 5  # it waits about two seconds for the other writer, then refuses
    session = data_dir / "sessions" / f"{sid}.json"
    assert err.startswith(f"{session} is being written by process {holder.pid} (sitzung open) on host "
                          f"{socket.gethostname()} since ")
    assert f"delete the lock file {session.with_suffix('.lock')} if that process" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sitzung("log", sid) == before
    holder.kill()
    holder.wait(timeout=10)
    sitzung("attend", sid, "Lux", "present")  # its holder died: the lock is stale and taken over


def test_stale_lock_of_a_crashed_writer_is_taken_over(data_dir: Path, sid: str) -> None:
    lock_file = data_dir / "sessions" / f"{sid}.lock"
    stale = {"pid": dead_pid(), "host": socket.gethostname(), "since": "2022-05-11T17:00:00+02:00",
             "command": "sitzung open", "token": "0123456789abcdef"}
    lock_file.write_text(json.dumps(stale))
    started = time.monotonic()
    assert "Lux" in sitzung("attend", sid, "Lux", "present")
    assert time.monotonic() - started < 1.5  # at once: its process is gone
    assert not lock_file.exists()
    assert "Lux" in sitzung("present", sid)


def test_empty_lock_left_by_a_crash_is_taken_over_after_two_seconds(data_dir: Path, sid: str) -> None:
    lock_file = data_dir / "sessions" / f"{sid}.lock"
    lock_file.write_bytes(b"")  # killed between creating the lock file and writing into it
    old = time.time() - 10
    os.utime(lock_file, (old, old))
    assert "Lux" in sitzung("attend", sid, "Lux", "present")
    assert not lock_file.exists()


def test_stale_lock_on_the_archive_is_taken_over(data_dir: Path, sid: str) -> None:
    lock_file = data_dir / "bodies.lock"
    lock_file.write_text(json.dumps({"pid": dead_pid(), "host": socket.gethostname(), "since": "?",
                                     "command": "sitzung roster import"}))
    sitzung("body", "create", "Rat", "--seats", "5")
    assert "Rat" in sitzung("body", "list")
    assert not lock_file.exists()


def test_lock_of_another_host_is_never_taken_over(data_dir: Path, sid: str) -> None:
    lock_file = data_dir / "sessions" / f"{sid}.lock"
    lock_file.write_text(json.dumps({"pid": dead_pid(), "host": "laptop-of-the-chair", "since": "?",
                                     "command": "sitzung open"}))
    err = sitzung("attend", sid, "Lux", "present", code=2)
    assert "on host laptop-of-the-chair" in err
    assert lock_file.exists()
