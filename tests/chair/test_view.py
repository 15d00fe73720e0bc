"""What the chair's view says, as a pure function of the session's state, the time and the language."""

from __future__ import annotations

from datetime import datetime

from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from tests.chair.conftest import CANARY
from tui.chair import chair_view


def test_quorum_item_clock_and_determination_in_german(clerk: Recorder, clock: FixedClock) -> None:
    view = chair_view(clerk.state, clock.now(), "de")
    assert (view.present, view.required, view.quorate) == (15, 9, True)
    assert view.verdict == "BESCHLUSSFÄHIG"
    assert view.counts == "15 anwesend / 9 nötig · 17 Sitze · für TOP 2.1"
    assert view.rule == "Regel: mehr als die Hälfte der 17 Sitze"
    assert view.determination == "Feststellung des Vorsitzes um 18:00: beschlussfähig"
    assert view.item_heading == "TOP 2.1"
    assert view.item_title.startswith("Unterausschuss zur proaktiven Begleitung")
    assert view.item_time == "läuft seit 18:04 · 0:07"
    assert view.clock == "läuft seit 18:00 · 0:11"
    assert view.title == "6. Sitzung · Ausschuss für Gesundheit, Soziales und Generationenfragen · 11.05.2022"


def test_the_same_in_english(clerk: Recorder, clock: FixedClock) -> None:
    view = chair_view(clerk.state, clock.now(), "en")
    assert view.verdict == "QUORATE"
    assert view.counts == "15 present / 9 required · 17 seats · for item 2.1"
    assert view.rule == "Rule: more than half of the 17 seats"
    assert view.determination == "Chair's determination at 18:00: quorate"
    assert (view.item_heading, view.item_time) == ("Item 2.1", "running since 18:04 · 0:07")
    assert view.clock == "running since 18:00 · 0:11"


def test_not_quorate_says_so_in_words(clerk: Recorder, clock: FixedClock) -> None:
    for name in ("Thelen", "Stelten", "Spinrath", "Lux", "Maibaum", "Kehren", "Dederichs"):
        clerk.attend(name, "left")
    clerk.determine(False)
    de = chair_view(clerk.state, clock.now(), "de")
    en = chair_view(clerk.state, clock.now(), "en")
    assert (de.present, de.required, de.quorate) == (8, 9, False)
    assert de.verdict == "NICHT BESCHLUSSFÄHIG" and en.verdict == "NOT QUORATE"
    assert de.determination == "Feststellung des Vorsitzes um 18:11: nicht beschlussfähig"


def test_latest_attendance_changes_newest_first_at_most_five(clerk: Recorder, clock: FixedClock) -> None:
    clerk.attend("Thelen", "left")
    clock.advance(minutes=3)
    clerk.attend("Thelen", "arrived")
    view = chair_view(clerk.state, clock.now(), "en")
    assert len(view.changes) == 5
    assert view.changes[0] == "18:14  arrived: Thelen, Friedhelm"
    assert view.changes[1] == "18:11  left: Thelen, Friedhelm"
    assert view.changes[2].startswith("17:55  present: ")


def test_the_session_clock_before_during_recess_and_after(clerk: Recorder, clock: FixedClock) -> None:
    clerk.item_action("2.1", "end")
    view = chair_view(clerk.state, clock.now(), "de")
    assert view.item_heading == "Kein Tagesordnungspunkt läuft" and view.item_title == view.item_time == ""
    clerk.clock_action("pause")
    clock.advance(minutes=10)
    assert chair_view(clerk.state, clock.now(), "de").clock == "unterbrochen seit 18:11 · Beginn 18:00"
    clerk.clock_action("resume")
    clock.advance(minutes=24)
    clerk.clock_action("end")
    clock.advance(hours=2)
    assert chair_view(clerk.state, clock.now(), "en").clock == "ended · 18:00–18:45 · 0:45"


def test_before_the_start_the_planned_time(data_dir, clock: FixedClock) -> None:
    from sitzung.reference import build_demo
    from storage.archive import TinyArchive

    recorder = build_demo(TinyArchive(data_dir), clock, roll_call_done=False)
    view = chair_view(recorder.state, clock.now(), "de")
    assert view.clock == "noch nicht begonnen · geplant für 18:00"
    assert view.changes == ("Noch keine Anwesenheit erfasst",)
    assert view.determination == "Noch keine Feststellung des Vorsitzes"
    assert (view.present, view.quorate) == (0, False)


def test_the_chair_sees_the_closed_item_and_its_recusals(closed_item: Recorder, clock: FixedClock) -> None:
    view = chair_view(closed_item.state, clock.now(), "de")
    assert view.item_heading == "TOP 3 · Nichtöffentliche Sitzung"
    assert CANARY in view.item_title
    assert view.recused == "für TOP 3 befangen, nicht gezählt: Thelen"
    assert view.present == 13  # Lux left, Thelen recused
    assert view.changes[0] == "18:32  gegangen: Lux, Monika"


def test_the_room_display_shows_nothing_of_the_closed_item(closed_item: Recorder, clock: FixedClock) -> None:
    for lang, words in (("de", "Nichtöffentliche Sitzung"), ("en", "Closed session")):
        view = chair_view(closed_item.state, clock.now(), lang, public=True)
        assert view.item_heading == words
        assert view.item_title == view.item_time == view.recused == ""
        text = "\n".join(view.lines())
        assert CANARY not in text
        assert "3" not in view.item_heading and "TOP" not in text and "item 3" not in text.lower()
        assert "Lux" not in text  # left during the closed session
        assert "18:32" not in text  # nor the determination made during it
        assert view.present == 14  # the body's count: a recusal would tell the room about the item
    # Back in public: a later public item shows as usual, the closed part stays out of the list.
    clock.advance(minutes=1)
    closed_item.item_action("3", "end")
    view = chair_view(closed_item.state, clock.now(), "en", public=True)
    assert view.item_heading == "No item running"
    assert all("Lux" not in line for line in view.changes)


def test_a_future_time_correction_does_not_show_negative_time(clerk: Recorder, clock: FixedClock) -> None:
    view = chair_view(clerk.state, datetime(2022, 5, 11, 17, 0), "en")
    assert view.item_time == "running since 18:04 · 0:00"
