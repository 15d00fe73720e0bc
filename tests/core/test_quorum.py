"""Quorum rules and who counts."""

from __future__ import annotations

import pytest

from sitzung.errors import SitzungError
from sitzung.quorum import QuorumRule
from sitzung.state import quorum
from tests.core.helpers import at, small_recorder


@pytest.mark.parametrize(
    ("rule", "seats", "required"),
    [
        ("majority", 17, 9),
        ("majority", 16, 9),
        ("majority", 1, 1),
        ("half", 17, 9),
        ("half", 16, 8),
        ("fraction:2/3", 17, 12),
        ("fraction:2/3", 18, 12),
        ("fraction:1/3", 10, 4),
        ("count:5", 17, 5),
        (" Majority ", 10, 6),
    ],
)
def test_required(rule: str, seats: int, required: int) -> None:
    assert QuorumRule.parse(rule).required(seats) == required


@pytest.mark.parametrize(
    ("rule", "key"),
    [
        ("most", "quorum.unknown_rule"),
        ("fraction:3/2", "quorum.bad_fraction"),
        ("fraction:1/0", "quorum.bad_fraction"),
        ("count:0", "quorum.bad_count"),
        ("count:-1", "quorum.unknown_rule"),
        ("", "quorum.unknown_rule"),
    ],
)
def test_bad_rules(rule: str, key: str) -> None:
    with pytest.raises(SitzungError) as caught:
        QuorumRule.parse(rule)
    assert caught.value.key == key
    assert rule.strip() in caught.value.message("en") or not rule


def test_rule_text_round_trips() -> None:
    for text in ("majority", "half", "fraction:2/3", "count:7"):
        assert str(QuorumRule.parse(text)) == text


def test_only_voting_roles_count() -> None:
    rec = small_recorder(seats=5)
    for name in ("Alpha", "Zeta", "Eta"):  # a member, an adviser, staff
        rec.attend(name, "present")
    status = quorum(rec.state)
    assert (status.present, status.required, status.seats, status.quorate) == (1, 3, 5, False)
    assert status.counted == ("alpha|anna",)


def test_deputy_counts_in_place_of_the_member_once() -> None:
    rec = small_recorder(seats=5)
    rec.attend("Vize", "present")
    assert quorum(rec.state).counted == ("vize|viktor",)
    rec.attend("Alpha", "present")
    # with the member back, the pair still fills one seat
    assert quorum(rec.state).present == 1
    assert quorum(rec.state).counted == ("alpha|anna",)


def test_recused_members_do_not_count_for_that_item() -> None:
    rec = small_recorder(seats=5)
    for name in ("Alpha", "Beta", "Gamma"):
        rec.attend(name, "present")
    rec.recuse("2.1", "Beta")
    assert quorum(rec.state).quorate
    item = rec.state.items["2.1"]
    status = quorum(rec.state, item=item)
    assert (status.present, status.quorate, status.item) == (2, False, "2.1")
    assert quorum(rec.state, item=rec.state.items["2.2"]).present == 3


def test_quorum_at_a_moment() -> None:
    rec = small_recorder(seats=5)
    for name in ("Alpha", "Beta", "Gamma"):
        rec.attend(name, "present")
    rec.clock_action("start", at("18:00"))
    rec.attend("Gamma", "left", at("18:30"))
    rec.attend("Delta", "arrived", at("18:40"))
    assert quorum(rec.state, at("18:29")).present == 3
    assert quorum(rec.state, at("18:30")).present == 2
    assert not quorum(rec.state, at("18:35")).quorate
    assert quorum(rec.state, at("18:41")).counted == ("alpha|anna", "beta|bernd", "delta|dora")
