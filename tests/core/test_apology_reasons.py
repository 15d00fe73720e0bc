"""The reason given with apologies: recorded with an excused absence only, and printed by the house styles."""

from __future__ import annotations

from tests.core.helpers import small_recorder
from tests.core.test_recorder import refused


def test_a_reason_goes_with_apologies_and_changes_them_when_it_changes() -> None:
    rec = small_recorder(seats=5)
    event = rec.attend("Alpha", "excused", reason=" work commitments ")
    assert event is not None
    assert event.data == {"person": "alpha|anna", "status": "excused", "reason": "work commitments"}
    assert rec.state.presence("alpha|anna").reason == "work commitments"
    assert rec.attend("Alpha", "excused", reason="work commitments") is None  # a repeat is a no-op
    assert rec.attend("Alpha", "excused", reason="illness") is not None
    assert rec.state.presence("alpha|anna").reason == "illness"
    plain = rec.attend("Beta", "excused")
    assert plain is not None and plain.data == {"person": "beta|bernd", "status": "excused"}  # as before
    rec.attend("Alpha", "present")
    assert rec.state.presence("alpha|anna").reason == ""


def test_a_reason_without_apologies_is_refused_and_writes_nothing() -> None:
    rec = small_recorder(seats=5)
    for status in ("present", "unexcused"):
        refused(rec, "attendance.reason_only_excused", rec.attend, "Alpha", status, reason="late bus")
    error = refused(rec, "text.control", rec.attend, "Alpha", "excused", reason="line one\nline two")
    assert "reason" in error.message("en")
