"""One matcher for names everywhere: accents, ß/ss, ä/ae ö/oe ü/ue, and unique beginnings (issue 12, point 8)."""

from __future__ import annotations

import pytest

from sitzung.errors import SitzungError
from sitzung.model import Person, fold_name
from sitzung.names import find_person, match_form
from tests.cli_helpers import sitzung
from tests.core.helpers import small_recorder

ROSTER = (
    Person("Meißner", "Lisa", role="kreistagsmitglied"),
    Person("Meier", "Klaus", role="kreistagsmitglied"),
    Person("Meier", "Karl", role="kreistagsmitglied"),
    Person("Müller", "Max", role="kreistagsmitglied"),
    Person("Öztürk", "Ayşe", role="kreistagsmitglied"),
    Person("Braun", "Hans", role="sachkundiger_buerger"),
    Person("Brauner", "Berta", role="sachkundiger_buerger"),
    Person("Kehren", "Hanno", "Dr.", role="kreistagsmitglied"),
)


def refusal(query: str) -> SitzungError:
    with pytest.raises(SitzungError) as caught:
        find_person(ROSTER, query)
    return caught.value


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Mueller", "Müller"),
        ("MULLER", "Müller"),
        ("Oeztuerk", "Öztürk"),
        ("Boelukbas", "Bölükbas"),
        ("Schoessler", "Schößler"),
        ("Meissner", "Meißner"),
        ("Gruebener", "Grübener"),
        ("Kehren,  Hanno", "kehren, hanno"),
        ("Ayse", "Ayşe"),
    ],
)
def test_spellings_of_one_name_have_one_match_form(typed: str, stored: str) -> None:
    assert match_form(typed) == match_form(stored)


def test_stored_person_keys_do_not_change() -> None:
    """Keys are written into session logs: matching got wider, the key's fold did not."""
    assert Person("Kehren", "Hanno").key == "kehren|hanno"
    assert Person("Früh", "Frida").key == "fruh|frida"
    assert Person("Meißner", "Lisa").key == "meissner|lisa"
    assert Person("Mueller", "Max").key == "mueller|max"  # a different person from Müller, Max …
    assert fold_name("Müller") == "muller"
    assert match_form("Mueller") == match_form("Müller")  # … though typing either finds the one on the list


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Mueller", "Müller, Max"),
        ("mueller, max", "Müller, Max"),
        ("Max Mueller", "Müller, Max"),
        ("Oeztuerk", "Öztürk, Ayşe"),
        ("OEZTUERK, AYSE", "Öztürk, Ayşe"),
        ("meiß", "Meißner, Lisa"),  # a unique beginning of the last name
        ("MEISS", "Meißner, Lisa"),
        ("Meiss", "Meißner, Lisa"),
        ("Meier, Kl", "Meier, Klaus"),  # a unique beginning of "Last, First"
        ("meier,karl", "Meier, Karl"),
        ("Braun", "Braun, Hans"),  # an exact name wins over a longer one it begins
        ("Braune", "Brauner, Berta"),
        ("Öz", "Öztürk, Ayşe"),
        ("Oez", "Öztürk, Ayşe"),
        ("Keh", "Kehren, Hanno, Dr."),
        ("kehren|hanno", "Kehren, Hanno, Dr."),
    ],
)
def test_find_person_accepts_spellings_and_unique_beginnings(query: str, found: str) -> None:
    assert find_person(ROSTER, query).display == found


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Mei", ("Meißner, Lisa", "Meier, Klaus", "Meier, Karl")),
        ("Meier", ("Meier, Klaus", "Meier, Karl")),
        ("Meier, K", ("Meier, Klaus", "Meier, Karl")),
        ("Brau", ("Braun, Hans", "Brauner, Berta")),
    ],
)
def test_an_ambiguous_beginning_is_refused_with_the_candidates(query: str, named: tuple[str, ...]) -> None:
    error = refusal(query)
    assert error.key == "person.ambiguous"
    message = error.message("de")
    assert message.startswith(f"{query!r} passt auf mehrere Personen (")
    assert all(name in message for name in named)
    assert "Müller" not in message


def test_unknown_names_still_get_suggestions() -> None:
    error = refusal("Lisa")  # a first name alone is no beginning of "Last, First"
    assert error.key == "person.unknown_near"
    assert error.message("de") == (
        "Niemand namens 'Lisa' steht auf der Liste dieser Sitzung; gemeint ist vielleicht: Meißner, Lisa?"
    )
    assert refusal("Meißnr").key == "person.unknown"
    assert refusal("Schmidt").key == "person.unknown"


@pytest.mark.parametrize("query", ["", " ", ",", " , "])
def test_nothing_typed_matches_nobody(query: str) -> None:
    assert refusal(query).key == "person.unknown"


def test_recusal_takes_a_unique_beginning() -> None:
    """The recusal dialog and `recuse` refused "meiß" with "… vielleicht: Meißner, Lisa?"."""
    rec = small_recorder(roster=ROSTER)
    rec.recuse("2.1", "meiß")
    assert rec.state.items["2.1"].recused == ["meissner|lisa"]
    with pytest.raises(SitzungError) as caught:
        rec.recuse("2.1", "Mei")
    assert caught.value.key == "person.ambiguous"
    assert rec.state.items["2.1"].recused == ["meissner|lisa"]


def test_the_command_line_finds_written_out_umlauts_and_beginnings() -> None:
    from sitzung import reference

    sitzung("body", "create", reference.BODY, "--seats", "17", "--preset", "de")
    sitzung("roster", "import", str(reference.data_file("roster.csv")), "--body", reference.BODY)
    sid = sitzung("session", "create", "--body", reference.BODY, "--number", "6", "--date", "2022-05-11").strip()
    for typed, shown in [
        ("Roehrich", "Röhrich, Karl-Heinz"),
        ("Boelukbas", "Bölükbas, Sedat"),
        ("Kueppers, Gottfried", "Küppers, Gottfried"),
        ("Schoessler", "Schößler, Heidrun"),
        ("Schwink", "Schwinkendorf, Jutta"),
        ("Leonards", "Leonards-Schippers, Christiane, Dr."),
        ("van der K", "van der Kruijssen, Astrid"),
    ]:
        assert shown in sitzung("attend", sid, typed, "present", "--at", "17:58")
    assert "Grübener, Sabrina, Dr." in sitzung("attend", sid, "Gruebener", "excused", "--at", "17:59")
    log = sitzung("log", sid)
    err = sitzung("--lang", "en", "attend", sid, "Sch", "present", code=2)
    assert err.startswith("'Sch' could mean several people (") and err.count("\n") == 1
    assert "Schneider, Olga" in err and "Schulze, Wilhelm" in err
    assert sitzung("log", sid) == log  # nothing written
