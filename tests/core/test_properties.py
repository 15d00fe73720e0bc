"""Properties of the event log: replay, undo and quorum, over random action streams."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sitzung.errors import SitzungError
from sitzung.quorum import QuorumRule
from sitzung.recorder import Recorder
from sitzung.state import SessionState, fold, quorum
from tests.core.helpers import at, small_recorder

NAMES = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Vize"]
ITEMS = ["1", "2", "2.1", "2.2", "3"]

action = st.one_of(
    st.tuples(
        st.just("attend"),
        st.sampled_from(NAMES),
        st.sampled_from(["present", "excused", "unexcused", "arrived", "left"]),
    ),
    st.tuples(st.just("clock"), st.sampled_from(["start", "pause", "resume", "end"])),
    st.tuples(st.just("item"), st.sampled_from(ITEMS), st.sampled_from(["start", "end", "defer", "withdraw"])),
    st.tuples(st.just("note"), st.sampled_from(ITEMS), st.text(min_size=1, max_size=12)),
    st.tuples(st.just("vote"), st.sampled_from(ITEMS), st.integers(0, 4), st.integers(0, 4), st.integers(0, 4)),
    st.tuples(st.just("recuse"), st.sampled_from(ITEMS), st.sampled_from(NAMES)),
    st.tuples(st.just("motion"), st.sampled_from(ITEMS), st.sampled_from(NAMES), st.sampled_from(["", "M1", "M2"])),
    st.tuples(
        st.just("motion_action"), st.sampled_from(ITEMS), st.sampled_from(["second", "withdraw", "no_second"]),
        st.sampled_from(["M1", "M2", "M3"]), st.sampled_from(NAMES),
    ),
    st.tuples(st.just("named"), st.sampled_from(ITEMS)),
    st.tuples(
        st.just("ballot"), st.sampled_from(ITEMS), st.sampled_from(NAMES), st.sampled_from(["yes", "no", "abstain"])
    ),
    st.tuples(
        st.just("resolve"), st.sampled_from(ITEMS), st.sampled_from(["adopted", "rejected", "noted", "deferred"])
    ),
    st.tuples(st.just("election"), st.sampled_from(ITEMS), st.integers(0, 3), st.integers(0, 3), st.integers(0, 3)),
)


def perform(rec: Recorder, step: tuple[Any, ...]) -> None:
    rec.clock.advance(minutes=1)  # type: ignore[attr-defined]
    kind, *args = step
    try:
        if kind == "attend":
            rec.attend(args[0], args[1])
        elif kind == "clock":
            rec.clock_action(args[0])
        elif kind == "item":
            rec.item_action(args[0], args[1])
        elif kind == "note":
            rec.note(args[0], args[1])
        elif kind == "vote":
            rec.vote(args[0], yes=args[1], no=args[2], abstain=args[3])
        elif kind == "motion":
            rec.motion(args[0], f"Antrag von {args[1]}", by=args[1], amends=args[2] or None)
        elif kind == "motion_action":
            rec.motion_action(args[0], args[1], args[2], by=args[3] if args[1] == "second" else None)
        elif kind == "named":
            rec.vote(args[0], named=True)
        elif kind == "ballot":
            rec.ballot(args[0], args[1], args[2])
        elif kind == "resolve":
            rec.resolve(args[0], args[1])
        elif kind == "election":
            item = rec.state.items[args[0]]
            if not item.decisions.elections:
                rec.election(args[0], 1, ["Kandidatin A", "Kandidat B", "Kandidat C"])
            else:
                votes = dict(zip(("Kandidatin A", "Kandidat B", "Kandidat C"), args[1:], strict=True))
                rec.election_round(args[0], item.decisions.elections[-1].id, votes)
        else:
            rec.recuse(args[0], args[1])
    except SitzungError:
        pass


def snapshot(state: SessionState) -> dict[str, Any]:
    """Everything that matters about a state, comparable with ==."""
    return {
        "attendance": {k: (p.status, [list(s) for s in p.spans]) for k, p in state.attendance.items() if p.status},
        "clock": (state.started, state.ended, [(r.start, r.end, r.reason) for r in state.recesses]),
        "items": {
            n: (
                i.status,
                i.started,
                i.ended,
                i.notes,
                asdict(i.decisions),
                list(i.recused),
            )
            for n, i in state.items.items()
        },
        "people": sorted(state.people),
        "determinations": state.determinations,
    }


@settings(max_examples=60, deadline=None)
@given(st.lists(action, max_size=40))
def test_incremental_state_equals_replay(steps: list[tuple[Any, ...]]) -> None:
    rec = small_recorder()
    for step in steps:
        perform(rec, step)
    assert snapshot(rec.state) == snapshot(fold(rec.log.info, rec.log.events()))


@settings(max_examples=60, deadline=None)
@given(st.lists(action, max_size=30), st.integers(0, 10))
def test_undo_returns_to_an_earlier_state(steps: list[tuple[Any, ...]], undos: int) -> None:
    rec = small_recorder()
    history = [snapshot(rec.state)]
    for step in steps:
        before = len(rec.log.events())
        perform(rec, step)
        if len(rec.log.events()) > before:
            history.append(snapshot(rec.state))
    undos = min(undos, len(history) - 1)
    for _ in range(undos):
        rec.undo()
    assert snapshot(rec.state) == history[len(history) - 1 - undos]


@settings(max_examples=60, deadline=None)
@given(st.lists(action, max_size=40))
def test_quorum_counts_voting_seats_only(steps: list[tuple[Any, ...]]) -> None:
    rec = small_recorder(seats=5)
    for step in steps:
        perform(rec, step)
    state = rec.state
    status = quorum(state)
    voting_members = [p for p in state.people.values() if p.votes_in(state.info.body) and not p.deputy_for]
    assert 0 <= status.present <= len(voting_members)
    assert status.quorate == (status.present >= 3)
    assert len(set(status.counted)) == len(status.counted)
    for item in state.items.values():
        assert quorum(state, item=item).present <= status.present or item.status not in ("running", "pending")
    # quorum at a past moment never counts someone who was not in the room then
    moment = at("18:00") + timedelta(minutes=len(steps) // 2)
    present = {p.key for p in state.present_at(moment)}
    assert set(quorum(state, moment).counted) <= present


@given(st.sampled_from(["majority", "half"]), st.integers(1, 1000))
def test_majority_and_half(rule: str, seats: int) -> None:
    required = QuorumRule.parse(rule).required(seats)
    if rule == "majority":
        assert required > seats / 2 >= required - 1
    else:
        assert required >= seats / 2 > required - 1


@given(st.integers(1, 9), st.integers(1, 9), st.integers(1, 1000))
def test_fraction_is_the_least_count_reaching_it(p: int, q: int, seats: int) -> None:
    if p > q:
        p, q = q, p
    required = QuorumRule.parse(f"fraction:{p}/{q}").required(seats)
    assert required * q >= p * seats > (required - 1) * q
