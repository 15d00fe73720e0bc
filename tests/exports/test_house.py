"""The house style of one export: names, dates and times as each tradition writes them."""

from __future__ import annotations

from datetime import date, datetime

from exports.house import House, NameForms, initials
from sitzung.model import Person, SessionInfo
from sitzung.presets import make_body
from sitzung.state import fold

JANE = Person("Bruce", "Jane", "Cllr", role="member")
JOHN = Person("Smith", "John", "Cllr", role="member")
LUCY = Person("Smith", "Lucy", "Cllr", role="member")
JAMES = Person("Smith", "James", "Cllr", role="member")
KEHREN = Person("Kehren", "Hanno", "Dr.", role="kreistagsmitglied")


def house(preset: str, lang: str, *people: Person) -> House:
    info = SessionInfo(id="x", body=make_body("B", 9, preset), number=1, date=date(2024, 3, 11), roster=people)
    return House(fold(info, []), lang)


def test_initials_as_parish_minutes_write_them() -> None:
    assert [initials(f) for f in ("Jane", "Mary Ann", "Jean-Paul", "", "  ")] == ["J", "M A", "J-P", "", ""]


def test_a_parish_tells_two_smiths_apart_by_initials_and_others_by_surname() -> None:
    names = house("en", "en", JANE, JOHN, LUCY).names
    assert [names.listed(p) for p in (JANE, JOHN, LUCY)] == ["Cllr J Bruce", "Cllr J Smith", "Cllr L Smith"]
    assert [names.prose(p) for p in (JANE, JOHN, LUCY)] == ["Cllr Bruce", "Cllr J Smith", "Cllr L Smith"]
    assert names.signed(JANE) == "Cllr Bruce"


def test_first_names_where_the_initials_collide_too() -> None:
    names = house("en", "en", JOHN, JAMES).names
    assert [names.prose(p) for p in (JOHN, JAMES)] == ["Cllr John Smith", "Cllr James Smith"]


def test_several_councillors_share_one_plural_title() -> None:
    h = house("en", "en", JANE, JOHN, LUCY)
    assert h.names.many([JANE, LUCY]) == ["Cllrs J Bruce", "L Smith"]
    assert h.names.many([JANE]) == ["Cllr J Bruce"]
    clerk = Person("Jones", "Sarah", "Mrs", role="officer")
    assert h.names.many([JANE, clerk]) == ["Cllr J Bruce", "Mrs S Jones"]


def test_roberts_rules_write_full_names() -> None:
    adams = Person("Adams", "Alice", role="member")
    names = house("en-roberts", "en", adams).names
    assert names.listed(adams) == names.prose(adams) == names.signed(adams) == "Alice Adams"


def test_a_body_without_a_style_and_a_style_in_another_language_keep_the_old_forms() -> None:
    for h in (house("de", "de", KEHREN), house("de", "en", KEHREN), house("en", "de", KEHREN)):
        names = h.names
        assert (names.listed(KEHREN), names.prose(KEHREN), names.signed(KEHREN)) == (
            "Kehren, Hanno, Dr.", "Dr. Hanno Kehren", "Dr. Kehren")
        assert h.time(datetime(2024, 3, 11, 19, 5)) == "19:05"
    assert house("de", "de").date(date(2024, 3, 11)) == "11.03.2024"
    assert house("de", "en").date(date(2024, 3, 11)) == "11 March 2024"
    assert NameForms([KEHREN], None).listed(KEHREN) == "Kehren, Hanno, Dr."


def test_dates_and_times_in_the_house_locale() -> None:
    parish, board = house("en", "en"), house("en-roberts", "en")
    evening, morning = datetime(2024, 3, 11, 19, 38), datetime(2024, 3, 11, 9, 5)
    assert (parish.date(date(2024, 3, 11)), parish.time(evening), parish.time(morning)) == (
        "Monday 11 March 2024", "7.38pm", "9.05am")
    assert (board.date(date(2024, 3, 12)), board.time(evening), board.time(morning)) == (
        "Tuesday, March 12, 2024", "7:38 p.m.", "9:05 a.m.")
    assert parish.time(None) == board.time(None) == ""


def test_a_style_speaks_its_own_words_where_it_has_them_and_ends_a_sentence_once() -> None:
    board, plain = house("en-roberts", "en"), house("de", "en")
    assert board.t("minutes.verb.adopted.motion") == "adopted" and plain.t("minutes.verb.adopted.motion") == "carried"
    closing = board.t("minutes.closing", time=board.time(datetime(2024, 3, 12, 20, 1)))
    assert closing == "The meeting adjourned at 8:01 p.m."
