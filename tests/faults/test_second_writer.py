"""A second writer holding the lock is named in the refusal; nothing a crash leaves behind blocks."""

from __future__ import annotations

import json
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
    assert err.rstrip().endswith("try again in a moment.")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sitzung("log", sid) == before
    holder.kill()
    holder.wait(timeout=10)
    started = time.monotonic()
    sitzung("attend", sid, "Lux", "present")  # its holder died, and the kernel released its lock
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("left", [
    {"pid": 999999, "host": "this", "since": "2022-05-11T17:00:00+02:00", "command": "sitzung open",
     "token": "0123456789abcdef"},
    {"pid": 999999, "host": "laptop-of-the-chair", "since": "?", "command": "sitzung open"},
    None,
], ids=["crashed-writer", "other-host", "empty"])
@pytest.mark.parametrize("which", ["session", "archive"])
def test_a_lock_file_left_behind_does_not_block(data_dir: Path, sid: str, left: dict | None, which: str) -> None:
    """Lock files left by a crash or by an older version of sitzung (which wrote and removed them) are no lock."""
    lock_file = data_dir / ("bodies.lock" if which == "archive" else f"sessions/{sid}.lock")
    lock_file.write_text(json.dumps(left) if left else "")
    started = time.monotonic()
    if which == "archive":
        sitzung("body", "create", "Rat", "--seats", "5")
        assert "Rat" in sitzung("body", "list")
    else:
        assert "Lux" in sitzung("attend", sid, "Lux", "present")
        assert "Lux" in sitzung("present", sid)
    assert time.monotonic() - started < 1.5  # at once: nobody holds the lock
