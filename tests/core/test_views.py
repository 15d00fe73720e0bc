"""Quorum history, reasons and counts by role."""

from __future__ import annotations

from sitzung.views import counts_by_role, quorum_history, reasons
from tests.core.helpers import at, small_recorder


def test_history_records_each_change_with_its_cause() -> None:
    rec = small_recorder(seats=5)
    for name in ("Alpha", "Beta", "Gamma", "Zeta"):
        rec.attend(name, "present", at("17:58"))
    rec.clock_action("start", at("18:00"))
    rec.attend("Gamma", "left", at("18:30"))
    rec.attend("Vize", "arrived", at("18:31"))  # deputy, but Alpha is here: no change
    rec.attend("Alpha", "left", at("18:35"))  # the deputy now stands in: no change either
    rec.attend("Beta", "left", at("18:40"))
    history = quorum_history(rec.state)
    assert [(p.at, p.status.present, p.status.quorate) for p in history] == [
        (at("18:00"), 3, True),
        (at("18:30"), 2, False),
        (at("18:35"), 2, False),  # the same count, but the deputy counts in Alpha's place
        (at("18:40"), 1, False),
    ]
    assert history[1].cause is not None and history[1].cause.data["person"] == "gamma|gerd"
    assert history[2].status.counted == ("vize|viktor", "beta|bernd")  # in the order of the members they count for


def test_history_follows_the_running_items_recusals() -> None:
    rec = small_recorder(seats=5)
    for name in ("Alpha", "Beta", "Gamma"):
        rec.attend(name, "present", at("17:58"))
    rec.clock_action("start", at("18:00"))
    rec.recuse("2", "Beta")
    rec.item_action("1", "start", at("18:01"))
    rec.item_action("2", "start", at("18:10"))
    rec.item_action("2", "end", at("18:20"))
    points = [(p.at, p.status.present, p.status.item) for p in quorum_history(rec.state)]
    assert points == [(at("18:00"), 3, None), (at("18:01"), 3, "1"), (at("18:10"), 2, "2"), (at("18:20"), 3, None)]


def test_reasons() -> None:
    rec = small_recorder(seats=5)
    rec.attend("Beta", "present")
    rec.attend("Vize", "present")
    rec.attend("Zeta", "present")
    rec.recuse("1", "Beta")
    why = {r.person.last: (r.counts, r.key) for r in reasons(rec.state)}
    assert why["Beta"] == (True, "why.counts")
    assert why["Vize"] == (True, "why.deputy_counts")
    assert why["Zeta"] == (False, "why.no_vote")
    assert why["Alpha"] == (False, "why.absent")
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:01"))
    item_why = {r.person.last: r.key for r in reasons(rec.state)}  # while item 1 runs, its recusals count
    assert item_why["Beta"] == "why.recused"
    rec.attend("Alpha", "present")
    assert {r.person.last: r.key for r in reasons(rec.state)}["Vize"] == "why.deputy_idle"


def test_counts_by_role() -> None:
    rec = small_recorder()
    rec.attend("Alpha", "present")
    rec.attend("Eta", "present")
    rows = {c.role.key: (c.present, c.total, c.votes) for c in counts_by_role(rec.state)}
    assert rows["kreistagsmitglied"] == (1, 4, True)
    assert rows["verwaltung"] == (1, 1, False)


def test_no_history_before_the_opening() -> None:
    """The roll call before the opening is not quorum history (issue 12, point 13)."""
    rec = small_recorder(seats=5)
    rec.attend("Alpha", "present")
    assert quorum_history(rec.state) == []
    rec.clock_action("start", at("18:00"))
    assert [p.at for p in quorum_history(rec.state)] == [at("18:00")]
