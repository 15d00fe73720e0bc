"""The benchmark's own parts behave: the synthetic archive loads, figures have the promised shape.

Nothing here times anything; `python -m benchmarks` does that.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.__main__ import STARTS, big_state, figure, paired, paired_figure
from benchmarks.archive import build, current_session, people
from sitzung.recorder import Recorder
from sitzung.session_ids import resolve_session


def test_synthetic_archive_loads(tmp_path: Path) -> None:
    archive = build(tmp_path, past=3, roster_size=30, items=20, events=300)
    sessions = archive.sessions()
    assert len(sessions) == 3
    log = archive.open_session(resolve_session(archive, sessions[0].id))
    assert len(log.events()) == 300
    state = Recorder(log, None).state  # type: ignore[arg-type]
    assert len(state.people) == 30 and len(state.items) == 20


def test_current_session_takes_actions(tmp_path: Path) -> None:
    archive = build(tmp_path, past=1)
    recorder = current_session(archive, people(700, seed=7), 200, "Parlament")
    assert len(recorder.state.people) == 700 and len(recorder.state.items) == 200
    person = next(iter(recorder.state.people.values()))
    assert recorder.attend(f"{person.last}, {person.first}", "present") is not None


def test_big_state_has_the_promised_size() -> None:
    state = big_state()
    assert len(state.people) == 700 and len(state.items) == 200


def test_figure_shape_and_verdicts() -> None:
    ratio = figure("x", 3.0, "ms", 2.0, 1.5, "ratio")
    assert set(ratio) == {"name", "value", "unit", "baseline", "ratio", "budget", "ok"}
    assert ratio["ratio"] == 1.5 and ratio["ok"] is True
    assert figure("x", 3.1, "ms", 2.0, 1.5, "ratio")["ok"] is False
    assert figure("y", 17.0, "ms", 80.0, 16.0, "absolute")["ok"] is False
    assert figure("y", 15.0, "ms", 80.0, 16.0, "absolute")["ok"] is True


def test_paired_starts_alternate_and_give_the_median_of_the_pairs_ratios() -> None:
    """Which side starts first alternates, and a slow moment of the machine (both sides of a pair slow) does
    not move the ratio, as it would move a ratio of two medians taken over different moments."""
    calls: list[str] = []
    machine = iter([1.0, 1.0] + [3.0 if turn % 4 == 0 else 1.0 for turn in range(STARTS) for _ in range(2)])

    def side(name: str, cost: float) -> float:
        calls.append(name)
        return cost * next(machine)

    ours_t, base_t, ratios = paired(lambda: side("ours", 1.2), lambda: side("base", 1.0))
    assert calls[:2] == ["ours", "base"]  # the warm-up pair
    firsts = calls[2::2]
    assert firsts == ["base" if turn % 2 == 0 else "ours" for turn in range(STARTS)]
    assert len(ours_t) == len(base_t) == len(ratios) == STARTS
    assert all(abs(ratio - 1.2) < 1e-9 for ratio in ratios)
    result = paired_figure("x", ours_t, base_t, ratios, 1.5)
    assert result["ratio"] == 1.2 and result["pair_ratio_quartiles"] == [1.2, 1.2, 1.2]


def test_a_start_up_figure_is_the_median_of_the_pairs_ratios_with_their_quartiles() -> None:
    ratios = [1.0, 1.1, 1.2, 1.3, 1.4, 2.0, 0.9]
    result = paired_figure("x", [1.0] * 7, [1.0] * 7, ratios, 1.25)
    assert result["ratio"] == 1.2 and result["ok"] is True
    assert result["pair_ratio_quartiles"] == [1.0, 1.2, 1.4]


def test_the_probes_see_their_first_frame(tmp_path: Path) -> None:
    """Both start-up probes find a frame that shows their screen's content (no timing is checked)."""
    archive = build(tmp_path, past=1)
    recorder = current_session(archive, people(30, seed=3), 20, "Aktueller Ausschuss")
    root = Path(__file__).resolve().parents[1]
    for args in (["minimal"], ["tui", str(tmp_path), recorder.log.info.id]):
        done = subprocess.run([sys.executable, "-m", "benchmarks.probe", *args], cwd=root, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout.strip().splitlines()[-1])
        assert report["painted"] > 0 and report["peak_mb"] > 0
