"""A writer killed with SIGKILL at random moments never breaks the file nor loses an acknowledged event."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storage.archive import TinyArchive
from tests.storage.conftest import make_info

CHILD = Path(__file__).with_name("writer_child.py")
ROUNDS = 15


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_write_loses_nothing_acknowledged(tmp_path: Path) -> None:
    rng = random.Random(20240514)
    data = tmp_path / "data"
    info = make_info()
    TinyArchive(data).create_session(info)
    acknowledged: set[int] = set()
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(data), info.id, "0", "5"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until it is writing, then kill it at a random moment
        assert first, child.stderr.read() if child.stderr else b""
        time.sleep(rng.uniform(0.005, 0.080))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate(timeout=10)  # reaps it: a zombie's pid would still look alive
        assert child.returncode == -signal.SIGKILL
        lines = (first + rest).decode().split("\n")
        acknowledged.update(int(line) for line in lines[:-1])  # only whole lines were acknowledged

        seqs = [event.seq for event in TinyArchive(data).open_session(info.id).events()]
        assert seqs == list(range(1, len(seqs) + 1))
        assert acknowledged <= set(seqs)
    assert len(acknowledged) > ROUNDS
    # The kernel released the killed writers' locks: the next writer gets it at once.
    log = TinyArchive(data, lock_timeout=0).open_session(info.id)
    with log.writing():
        log.append("note", log.info.created, log.info.created, {"text": "after the crashes"})
    assert (data / "sessions" / f"{info.id}.lock").exists()  # the lock file stays; only the lock is gone
