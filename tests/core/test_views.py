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
    history = quorum_history(rec.log.info, rec.log.events())
    assert [(p.present, p.quorate) for p in history] == [(1, False), (2, False), (3, True), (2, False), (1, False)]
    assert history[3].at == at("18:30") and history[3].cause.data["person"] == "gamma|gerd"


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
    item_why = {r.person.last: r.key for r in reasons(rec.state, rec.state.items["1"])}
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
