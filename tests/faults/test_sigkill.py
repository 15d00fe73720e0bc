"""SIGKILL at random moments during a scripted stream of actions: files always load, nothing acknowledged is lost.

The short version of `python -m benchmarks.faults` (500 kills): 25 kills, about ten seconds.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from benchmarks.faults import run

KILLS = 25


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_25_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    tally = run(KILLS, seed=20261126, data_dir=tmp_path / "data")
    assert tally.kills == KILLS
    assert tally.acknowledged > KILLS  # the kills came while it was writing, not before
    assert tally.files > KILLS
    assert tally.line().startswith(f"{KILLS} kills: ")
