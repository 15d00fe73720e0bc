"""The sentences whose grammar depends on the data: votes, recusals, arrivals, titles, the agenda's numbers."""

from __future__ import annotations

import pytest

from exports.minutes import MinutesOptions, build_context, render_minutes
from sitzung.genitive import genitive, in_place, nominative
from sitzung.majority import Majority, Tally, VoteResult, decide
from sitzung.model import AgendaItem
from sitzung.state import Recess
from sitzung.vocabulary import Choice
from tests.exports.helpers import parse
from tests.exports.scenario import at, build


def plain(yes: int = 0, no: int = 0, abstain: int = 0, unanimous: bool = False) -> tuple[Tally, VoteResult, bool]:
    """A tally and its result as `sitzung.outcomes` gives them for a plain vote (a unanimous one of 5 present)."""
    counted = Tally(5, 0, 0) if unanimous else Tally(yes, no, abstain)
    return counted, decide(Majority.SIMPLE, counted, 9), unanimous


@pytest.mark.parametrize(
    ("vote", "de", "en"),
    [
        (plain(unanimous=True), "einstimmig beschlossen", "The motion was carried unanimously."),
        (plain(9, 3, 2), "mit 9 Ja-Stimmen, 3 Nein-Stimmen und 2 Enthaltungen beschlossen",
         "The motion was carried (9 for, 3 against, 2 abstentions)."),
        (plain(1, 0, 1), "mit 1 Ja-Stimme und 1 Enthaltung beschlossen",
         "The motion was carried (1 for, 1 abstention)."),
        (plain(2, 5, 0), "mit 2 Ja-Stimmen und 5 Nein-Stimmen abgelehnt", "The motion was lost (2 for, 5 against)."),
        (plain(0, 1, 0), "mit 1 Nein-Stimme abgelehnt", "The motion was lost (1 against)."),
        (plain(4, 4, 1), "mit 4 Ja-Stimmen, 4 Nein-Stimmen und 1 Enthaltung bei Stimmengleichheit abgelehnt",
         "The motion was lost on an equality of votes (4 for, 4 against, 1 abstention)."),
        (plain(0, 0, 0), "mit 0 Ja-Stimmen abgelehnt", "The motion was lost (0 for)."),
    ],
)
def test_vote_results(vote: tuple[Tally, VoteResult, bool], de: str, en: str) -> None:
    """A plain vote on an item without motions keeps the minutes' earlier wording."""
    from exports.decisions import legacy_words

    assert legacy_words(*vote, "de") == de
    assert legacy_words(*vote, "en") == en


@pytest.mark.parametrize(
    ("vote", "rule", "de", "en"),
    [
        (plain(unanimous=True), Majority.SIMPLE, "einstimmig beschlossen", "carried unanimously"),
        (plain(5, 0, 0), Majority.SIMPLE, "einstimmig beschlossen (5 Ja)", "carried (5 for)"),
        (plain(5, 0, 2), Majority.SIMPLE, "einstimmig bei 2 Enthaltungen beschlossen (5 Ja, 2 Enthaltungen)",
         "carried (5 for, 2 abstentions)"),
        (plain(9, 3, 2), Majority.SIMPLE,
         "mehrheitlich bei 3 Gegenstimmen und 2 Enthaltungen beschlossen (9 Ja, 3 Nein, 2 Enthaltungen)",
         "carried (9 for, 3 against, 2 abstentions)"),
        (plain(3, 1, 0), Majority.SIMPLE, "mehrheitlich bei 1 Gegenstimme beschlossen (3 Ja, 1 Nein)",
         "carried (3 for, 1 against)"),
        (plain(2, 5, 1), Majority.SIMPLE, "mehrheitlich abgelehnt (2 Ja, 5 Nein, 1 Enthaltung)",
         "lost (2 for, 5 against, 1 abstention)"),
        (plain(0, 5, 0), Majority.SIMPLE, "einstimmig abgelehnt (5 Nein)", "lost (5 against)"),
        (plain(4, 4, 1), Majority.SIMPLE, "bei Stimmengleichheit abgelehnt (4 Ja, 4 Nein, 1 Enthaltung)",
         "lost on an equality of votes (4 for, 4 against, 1 abstention)"),
        (plain(8, 1, 0), Majority.TWO_THIRDS,
         "mehrheitlich bei 1 Gegenstimme beschlossen (8 Ja, 1 Nein); Zweidrittelmehrheit erreicht",
         "carried (8 for, 1 against), the required two-thirds majority having been reached"),
        (plain(5, 3, 0), Majority.TWO_THIRDS,
         "abgelehnt (5 Ja, 3 Nein); Zweidrittelmehrheit nicht erreicht (erforderlich: 6 Ja-Stimmen)",
         "lost (5 for, 3 against), the required two-thirds majority (6 votes for) not having been reached"),
    ],
)
def test_vote_results_in_the_house_style(
    vote: tuple[Tally, VoteResult, bool], rule: Majority, de: str, en: str
) -> None:
    from exports.decisions import result_words

    counted, _, unanimous = vote
    result = decide(rule, counted, 9)
    assert result_words(counted, result, unanimous, "motion", "de") == de
    assert result_words(counted, result, unanimous, "motion", "en") == en


def test_a_tie_decided_by_the_chairs_casting_vote() -> None:
    from exports.decisions import result_words

    counted = Tally(3, 3, 0)
    result = decide(Majority.SIMPLE, counted, 9, Choice.YES)
    assert result_words(counted, result, False, "motion", "de") == (
        "bei Stimmengleichheit durch Stichentscheid des Vorsitzes beschlossen (3 Ja, 3 Nein)"
    )
    assert result_words(counted, result, False, "amendment", "de").endswith("angenommen (3 Ja, 3 Nein)")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("Kreistag", "den Kreistag"),
        ("Ständiger Ausschuss", "den Ständigen Ausschuss"),
        ("Haupt- und Finanzausschuss", "den Haupt- und Finanzausschuss"),
        ("Ausschuss für Umwelt", "den Ausschuss für Umwelt"),
        ("Verbandsversammlung", "die Verbandsversammlung"),
        ("Präsidium", "das Präsidium"),
        ("den Rat", "den Rat"),
        ("Planning Committee", "das Gremium „Planning Committee“"),
    ],
)
def test_a_referral_names_the_body_in_the_accusative(name: str, phrase: str) -> None:
    from exports.decisions import accusative

    assert accusative(name) == phrase


def test_arrivals_departures_and_returns_name_their_time_and_item() -> None:
    context = build_context(build().state, MinutesOptions("de"))
    notes = {p["name"]: p["note"] for g in context["present"] for p in g["people"]}
    assert notes["Delta, Dora"] == "ab 18:10 Uhr, während TOP 2.1"
    assert notes["Beta, Bernd"] == "verlässt die Sitzung um 18:20 Uhr nach TOP 2.2; wieder ab 18:36 Uhr"
    assert notes["Alpha, Anna, Dr."] == ""


def test_an_arrival_names_the_running_item_or_the_next_one() -> None:
    recorder = build()
    state = recorder.state
    state.presence("iota|ida").spans = [[at("18:03"), None]]
    context = build_context(state, MinutesOptions("de"))
    notes = {p["name"]: p["note"] for g in context["present"] for p in g["people"]}
    assert notes["Iota, Ida"] == "ab 18:03 Uhr, während TOP 1"
    state.presence("iota|ida").spans = [[at("18:05"), None]]
    notes = {p["name"]: p["note"] for g in build_context(state, MinutesOptions("en"))["present"] for p in g["people"]}
    assert notes["Iota, Ida"] == "arrived at 18:05, from item 2.1"


def test_recusals_of_several_members() -> None:
    markdown = render_minutes(build().state, MinutesOptions("de"))
    assert "Olaf Omega und Gerd Gamma sind befangen und nehmen an der Beratung und Entscheidung nicht teil." in markdown
    english = render_minutes(build().state, MinutesOptions("en"))
    assert "Olaf Omega and Gerd Gamma declared an interest and took no part in the discussion or vote." in english
    assert "- Item 3 (Grundstücksangelegenheit): Olaf Omega, Gerd Gamma" in english


def test_english_ordinals_and_dates() -> None:
    from exports.house import long_date as _date
    from exports.minutes import _ordinal

    assert [_ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"
    ]
    assert _date(at("18:00").date(), "en") == "11 May 2022"
    assert _date(at("18:00").date(), "de") == "11.05.2022"


def test_a_gap_in_the_agenda_numbers_starts_a_new_list_so_every_viewer_shows_the_right_numbers() -> None:
    from sitzung.clock import FixedClock
    from sitzung.recorder import Recorder
    from tests.fakes import MemoryLog

    # a session with nothing recorded yet: an agenda with records can no longer be replaced
    recorder = Recorder(MemoryLog(build().state.info), FixedClock(at("17:50")))
    recorder.set_agenda(
        (AgendaItem("1", "Eins"), AgendaItem("2", "Zwei"), AgendaItem("5", "Fünf"), AgendaItem("6", "Sechs"))
    )
    markdown = render_minutes(recorder.state, MinutesOptions("de"))
    assert "1. Eins\n2. Zwei\n5) Fünf\n6) Sechs\n" in markdown
    starts = [tok.attrs.get("start", 1) for tok in parse(markdown) if tok.type == "ordered_list_open"]
    assert starts == [1, 5]


def test_the_session_without_clock_chair_or_place_still_renders() -> None:
    from datetime import date

    from sitzung.model import Person, SessionInfo
    from sitzung.presets import make_body
    from sitzung.state import fold

    info = SessionInfo(id="x", body=make_body("Rat der Stadt", 3, "de"), number=1, date=date(2024, 1, 2),
                       roster=(Person("Solo", role="kreistagsmitglied"),))
    markdown = render_minutes(fold(info, []), MinutesOptions("de"))
    assert markdown.startswith("# Niederschrift über die 1. Sitzung des Rates der Stadt am 02.01.2024\n")
    assert "Anfang" not in markdown and "Vor Eintritt" not in markdown
    assert "Der Rat der Stadt versammelt sich heute, um über die nachfolgende Tagesordnung zu beraten." in markdown


@pytest.mark.parametrize(
    ("name", "gen", "nom"),
    [
        ("Ausschuss für Gesundheit, Soziales und Generationenfragen",
         "des Ausschusses für Gesundheit, Soziales und Generationenfragen",
         "Der Ausschuss für Gesundheit, Soziales und Generationenfragen"),
        ("Rat der Stadt Aachen", "des Rates der Stadt Aachen", "Der Rat der Stadt Aachen"),
        ("Kreistag", "des Kreistages", "Der Kreistag"),
        ("Kreistag Heinsberg", "des Kreistages Heinsberg", "Der Kreistag Heinsberg"),
        ("Versammlung", "der Versammlung", "Die Versammlung"),
        ("Verbandsversammlung", "der Verbandsversammlung", "Die Verbandsversammlung"),
        ("Bezirksvertretung Mitte", "der Bezirksvertretung Mitte", "Die Bezirksvertretung Mitte"),
        ("Haupt- und Finanzausschuss", "des Haupt- und Finanzausschusses", "Der Haupt- und Finanzausschuss"),
        ("Ständiger Ausschuss", "des Ständigen Ausschusses", "Der Ständige Ausschuss"),
        ("Integrationsrat", "des Integrationsrates", "Der Integrationsrat"),
        ("Präsidium", "des Präsidiums", "Das Präsidium"),
        ("Planning Committee", "des Gremiums „Planning Committee“", "Das Gremium „Planning Committee“"),
    ],
)
def test_the_body_in_the_genitive_and_nominative(name: str, gen: str, nom: str) -> None:
    assert genitive(name) == gen
    assert nominative(name) == nom


def test_a_body_may_set_its_genitive() -> None:
    assert genitive("Kreistag", "des Kreistags") == "des Kreistags"


@pytest.mark.parametrize(
    ("place", "phrase"),
    [
        ("Großer Sitzungssaal", "im Großen Sitzungssaal"),
        ("Kleiner Saal des Rathauses", "im Kleinen Saal des Rathauses"),
        ("Kreishaus Heinsberg", "im Kreishaus Heinsberg"),
        ("Aula", "in der Aula"),
        ("Raum 204", "im Raum 204"),
        ("im Ratssaal", "im Ratssaal"),
        ("in der Stadthalle", "in der Stadthalle"),
        ("Town Hall", "in Town Hall"),
        ("", ""),
    ],
)
def test_the_place_after_versammelt_sich_heute(place: str, phrase: str) -> None:
    assert in_place(place) == phrase


def test_a_recess_during_an_item_does_not_count_towards_its_duration() -> None:
    state = build().state
    state.recesses = [Recess(at("18:06"), at("18:08"))]
    timed = {i["number"]: i["duration"] for i in build_context(state, MinutesOptions("de", timings=True))["timed"]}
    assert timed["2.1"] == "0:05" and timed["1"] == "0:04"


def test_the_chair_of_a_body_that_speaks_another_language() -> None:
    from sitzung.model import Person, SessionInfo
    from sitzung.presets import make_body
    from sitzung.state import Presence, fold
    from sitzung.vocabulary import Attendance

    chair = Person("Smith", "Jane", "Cllr", role="member")
    info = SessionInfo(id="x", body=make_body("Planning Committee", 3, "en"), number=2, date=at("18:00").date(),
                       chair=chair.key, roster=(chair,))
    state = fold(info, [])
    state.started = at("18:00")
    state.determinations = [(at("18:00"), True)]
    state.attendance[chair.key] = Presence(Attendance.PRESENT, [[None, None]])
    german = render_minutes(state, MinutesOptions("de"))
    assert "Vor Eintritt in die Beratung stellt der Vorsitz, Cllr Smith, die vorliegende Tagesordnung" in german
    assert "Cllr Smith  \nVorsitz\n" in german
    english = render_minutes(state, MinutesOptions("en"))  # a parish's own minutes: the Chair marked where present
    assert "**Present:** Cllr J Smith (Chair)" in english
