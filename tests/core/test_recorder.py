"""The clerk's actions: what is recorded and what is refused (with nothing written)."""

from __future__ import annotations

import pytest

from sitzung.errors import SitzungError
from sitzung.outcomes import vote_result
from sitzung.recorder import Recorder
from sitzung.state import Recess
from tests.core.helpers import at, small_recorder


def refused(rec: Recorder, key: str, action, *args, **kwargs) -> SitzungError:
    before = len(rec.log.events())
    with pytest.raises(SitzungError) as caught:
        action(*args, **kwargs)
    assert caught.value.key == key, caught.value.message("en")
    assert len(rec.log.events()) == before, "a refused action wrote something"
    assert "Traceback" not in caught.value.message("en")
    return caught.value


def test_attendance_spans_and_return() -> None:
    rec = small_recorder()
    rec.attend("Alpha", "present", at("17:55"))
    rec.clock_action("start", at("18:00"))
    rec.attend("Alpha", "left", at("18:20"))
    rec.attend("Alpha", "arrived", at("18:30"))
    presence = rec.state.presence("alpha|anna")
    assert presence.spans == [[None, at("18:20")], [at("18:30"), None]]
    assert presence.present_at(at("18:10")) and not presence.present_at(at("18:25"))
    assert presence.here


def test_repeated_status_is_a_no_op() -> None:
    rec = small_recorder()
    assert rec.attend("Alpha", "present") is not None
    assert rec.attend("Alpha", "present") is None
    assert rec.attend("alpha, anna", "excused") is not None
    assert rec.attend("Anna Alpha", "excused") is None


def test_attendance_refusals() -> None:
    rec = small_recorder()
    refused(rec, "attendance.not_here", rec.attend, "Alpha", "left")
    rec.attend("Alpha", "arrived", at("18:10"))
    refused(rec, "attendance.already_here", rec.attend, "Alpha", "arrived")
    err = refused(rec, "time.before", rec.attend, "Alpha", "left", at("18:05"))
    assert "18:05" in err.message("en") and "18:10" in err.message("en")
    refused(rec, "person.unknown", rec.attend, "Nobody", "present")
    refused(rec, "person.unknown_near", rec.attend, "Omega, Anna", "present")


def test_ambiguous_names_list_candidates() -> None:
    from sitzung.model import Person

    roster = (Person("Meier", "Klaus", role="kreistagsmitglied"), Person("Meier", "Karl", role="kreistagsmitglied"))
    rec = small_recorder(roster=roster)
    err = refused(rec, "person.ambiguous", rec.attend, "meier", "present")
    assert "Meier, Klaus" in err.message("en") and "Meier, Karl" in err.message("en")
    assert rec.attend("Meier, Karl", "present") is not None
    assert rec.attend("Klaus Meier", "present") is not None


def test_clock_order() -> None:
    rec = small_recorder()
    refused(rec, "clock.not_started", rec.clock_action, "pause")
    rec.clock_action("start", at("18:00"))
    refused(rec, "clock.already_started", rec.clock_action, "start")
    refused(rec, "clock.not_in_recess", rec.clock_action, "resume")
    refused(rec, "time.before", rec.clock_action, "pause", at("17:59"))
    rec.clock_action("pause", at("18:20"))
    refused(rec, "clock.in_recess", rec.clock_action, "pause")
    refused(rec, "time.before", rec.clock_action, "resume", at("18:10"))
    rec.clock_action("resume", at("18:30"))
    refused(rec, "time.before", rec.clock_action, "end", at("18:25"))
    rec.clock_action("end", at("18:45"))
    refused(rec, "clock.ended", rec.clock_action, "resume")
    state = rec.state
    assert (state.started, state.ended) == (at("18:00"), at("18:45"))
    assert state.recesses == [Recess(at("18:20"), at("18:30"))]
    assert state.clock_status == "ended"


def test_items_start_next_and_end_with_the_session() -> None:
    rec = small_recorder()
    refused(rec, "item.session_not_running", rec.item_action, "1", "start")
    rec.clock_action("start", at("18:00"))
    rec.item_action("1", "start", at("18:01"))
    rec.item_action("2.1", "start", at("18:10"))
    assert rec.state.items["1"].status == "done" and rec.state.items["1"].ended == at("18:10")
    refused(rec, "item.already_running", rec.item_action, "2.1", "start")
    refused(rec, "item.not_running", rec.item_action, "2.2", "end")
    refused(rec, "item.unknown", rec.item_action, "9", "start")
    refused(rec, "time.before", rec.item_action, "2.1", "end", at("18:05"))
    rec.item_action("2.2", "defer", at("18:12"))
    rec.item_action("3", "withdraw", at("18:12"))
    refused(rec, "item.withdrawn", rec.item_action, "3", "start")
    rec.clock_action("end", at("18:45"))
    item = rec.state.items["2.1"]
    assert (item.status, item.started, item.ended) == ("done", at("18:10"), at("18:45"))
    assert rec.state.items["2.2"].status == "deferred"


def test_notes_votes_and_results() -> None:
    rec = small_recorder()
    for name in ("Alpha", "Beta", "Gamma", "Delta"):
        rec.attend(name, "present")
    rec.note("2.1", "Erster Absatz.")
    rec.note("2.1.", "Zweiter Absatz.")
    assert rec.state.items["2.1"].notes == "Erster Absatz.\n\nZweiter Absatz."
    rec.note("2.1", "Neu.", append=False)
    assert rec.state.items["2.1"].notes == "Neu."
    assert rec.note("2.1", "Neu.", append=False) is None
    refused(rec, "note.empty", rec.note, "2.1", "  ")
    refused(rec, "decision.not_started", rec.vote, "1", yes=2)  # nobody votes on an item not yet taken up
    rec.clock_action("start")
    rec.item_action("1", "start")
    rec.vote("1", yes=2, no=1, abstain=1)
    state = rec.state
    vote = state.items["1"].decisions.vote_on(None)
    assert vote is not None and vote_result(state, state.items["1"], vote).adopted and vote.tally.total == 4
    rec.vote("1", yes=2, no=2)  # a second vote on the same subject is a recount: it replaces the first
    state = rec.state
    assert len(state.items["1"].decisions.votes) == 1
    assert not vote_result(state, state.items["1"], state.items["1"].decisions.votes[0]).adopted  # a tie rejects
    rec.item_action("2", "start")
    rec.vote("2", unanimous=True)
    state = rec.state
    assert vote_result(state, state.items["2"], state.items["2"].decisions.votes[0]).adopted
    refused(rec, "vote.too_many", rec.vote, "1", yes=5)
    assert rec.vote("1", yes=5, force=True) is not None
    refused(rec, "vote.negative", rec.vote, "1", yes=-1)
    refused(rec, "vote.empty", rec.vote, "1")
    refused(rec, "vote.empty", rec.vote, "1", yes=0, no=0, abstain=0)
    refused(rec, "vote.unanimous_with_counts", rec.vote, "1", yes=1, unanimous=True)


def test_recused_member_lowers_the_vote_limit() -> None:
    rec = small_recorder()
    for name in ("Alpha", "Beta", "Gamma"):
        rec.attend(name, "present")
    rec.recuse("2.1", "Gamma")
    refused(rec, "recuse.already", rec.recuse, "2.1", "Gamma")
    rec.clock_action("start")
    rec.item_action("2.1", "start")
    refused(rec, "vote.too_many", rec.vote, "2.1", yes=3)
    rec.vote("2.1", yes=2)


def test_undo_walks_back_and_retime_moves() -> None:
    rec = small_recorder()
    first = rec.attend("Alpha", "arrived", at("18:02"))
    rec.attend("Beta", "present")
    rec.undo()
    assert not rec.state.presence("beta|bernd").here
    rec.undo()
    assert not rec.state.presence("alpha|anna").here
    rec.undo()  # the agenda
    assert rec.state.items == {}
    refused(rec, "undo.nothing", rec.undo)
    assert first is not None


def test_retime_corrects_an_arrival() -> None:
    rec = small_recorder()
    event = rec.attend("Alpha", "arrived", at("18:02"))
    assert event is not None
    rec.retime(event.seq, at("18:01"))
    assert rec.state.presence("alpha|anna").spans == [[at("18:01"), None]]
    refused(rec, "retime.unknown", rec.retime, 99, at("18:00"))
    rec.undo()
    assert rec.state.presence("alpha|anna").spans == [[at("18:02"), None]]


def test_guests_join_this_session_only() -> None:
    rec = small_recorder()
    rec.add_guest("Gast, Gisela", "gast")
    assert "gast|gisela" in rec.state.people
    assert "gast|gisela" not in {p.key for p in rec.state.info.roster}
    refused(rec, "guest.exists", rec.add_guest, "Gast, Gisela", "gast")
    refused(rec, "role.unknown", rec.add_guest, "Wer, Auch", "kaiser")
    refused(rec, "guest.needs_name", rec.add_guest, " , Auch", "gast")


def test_a_guest_and_their_arrival_are_one_action() -> None:
    """Before the start a guest is present from the start; afterwards they arrive; one undo takes both back."""
    rec = small_recorder()
    rec.add_guest("Früh, Frida", "gast")
    assert rec.state.presence("fruh|frida").spans == [[None, None]]
    rec.clock_action("start", at("18:00"))
    events = len(rec.log.events())
    rec.add_guest("Spät, Sven", "gast", at=at("18:20"))
    assert len(rec.log.events()) == events + 1
    assert rec.state.presence("spat|sven").spans == [[at("18:20"), None]]
    rec.undo()
    assert "spat|sven" not in rec.state.people
    assert len(rec.log.events()) == events + 1 + 1  # the undo itself


def test_a_deputy_is_added_with_the_member_they_stand_in_for() -> None:
    rec = small_recorder()
    rec.add_guest("Vertreter, Viktor", "gast", deputy_for="Alpha")
    assert rec.state.people["vertreter|viktor"].deputy_for == "alpha|anna"


def test_who_was_present_at_a_moment() -> None:
    rec = small_recorder()
    rec.attend("Alpha", "present")
    rec.clock_action("start", at("18:00"))
    rec.attend("Beta", "arrived", at("18:20"))
    rec.attend("Alpha", "left", at("18:32"))
    assert [p.last for p in rec.state.present_at(at("18:31"))] == ["Alpha", "Beta"]
    assert [p.last for p in rec.state.present_at(at("18:32"))] == ["Beta"]


def test_determination_is_recorded_with_its_time() -> None:
    rec = small_recorder()
    refused(rec, "clock.not_started", rec.determine, True)
    rec.clock_action("start", at("18:00"))
    rec.determine(False, at("18:40"))
    assert rec.state.determinations == [(at("18:40"), False)]


def test_session_remarks() -> None:
    rec = small_recorder()
    rec.remark("Die Jahresberichte sind beigefügt.")
    rec.remark("Zweiter Satz.")
    assert rec.state.remarks == "Die Jahresberichte sind beigefügt.\n\nZweiter Satz."
    refused(rec, "remark.empty", rec.remark, " ")
    rec.undo()
    assert rec.state.remarks == "Die Jahresberichte sind beigefügt."


def test_urgent_items_reordering_and_plans() -> None:
    from sitzung.model import AgendaItem

    rec = small_recorder()
    rec.note("2.1", "Bleibt erhalten.")
    rec.add_item(AgendaItem("2.3", "Dringlich", public=True), parent="2")
    rec.add_item(AgendaItem("4", "Nachtrag", public=False))
    assert list(rec.state.items) == ["1", "2", "2.1", "2.2", "2.3", "3", "4"]
    assert rec.state.items["2.3"].parent == "2" and not rec.state.items["4"].public
    refused(rec, "agenda.number_taken", rec.add_item, AgendaItem("2.1", "Doppelt"))
    refused(rec, "agenda.item_incomplete", rec.add_item, AgendaItem("5", " "))
    rec.move_item("2.3", -1)
    rec.move_item("3", -5)
    assert list(rec.state.items) == ["3", "1", "2", "2.1", "2.3", "2.2", "4"]
    assert rec.move_item("3", -1) is None  # already first
    assert rec.state.items["2.1"].notes == "Bleibt erhalten."
    rec.plan("2.1", 10)
    assert rec.state.items["2.1"].planned == 10
    refused(rec, "plan.bad_minutes", rec.plan, "2.1", 0)


def test_a_time_on_another_day_names_the_dates() -> None:
    from datetime import timedelta

    rec = small_recorder()
    rec.clock_action("start", at("18:00"))
    err = refused(rec, "time.before", rec.item_action, "1", "start", at("18:00") - timedelta(days=1))
    assert "2022-05-10 18:00 is before the start of the session at 2022-05-11 18:00" in err.message("en")
