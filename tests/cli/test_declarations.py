"""Declarations of interest on the command line: `declare`, `recuse --interest --stays`, the log, refusals."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from sitzung.clock import SystemClock
from tests.cli_helpers import sitzung

NOW = datetime(2024, 3, 5, 20, 0)
COUNCIL = ("Adams, Ann", "Baker, Bob", "Clark, Cy", "Dunn, Di", "Evans, Ed")


@pytest.fixture(autouse=True)
def evening(monkeypatch: pytest.MonkeyPatch) -> None:
    """Now is 20:00 on the meeting's day."""
    monkeypatch.setattr(SystemClock, "now", lambda self: NOW)


def council(tmp_path) -> str:
    """A parish council of five, everyone present, item 2 under discussion; the session's id."""
    sitzung("body", "create", "Parish", "--seats", "5", "--preset", "en-council")
    roster = tmp_path / "parish.csv"
    lines = ["last_name,first_name,role"] + [f"{p.replace(', ', ',')},Councillor" for p in COUNCIL]
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sitzung("roster", "import", str(roster), "--body", "Parish")
    sid = sitzung("session", "create", "--body", "Parish", "--number", "1", "--date", "2024-03-05").strip()
    sitzung("agenda", "import", sid, "-", stdin="1. Minutes\n2. Planning\n3. Budget\n")
    for person in COUNCIL:
        sitzung("attend", sid, person, "present", "--at", "18:55")
    sitzung("clock", sid, "start", "--at", "19:00")
    sitzung("item", sid, "2", "start", "--at", "19:05")
    return sid


def recuse_events(sid: str) -> list[dict]:
    return [json.loads(line.split(None, 4)[4]) for line in sitzung("log", sid).splitlines() if " recuse " in line]


def refused(*args: str, lang: str = "en") -> str:
    err = sitzung("--lang", lang, *args, code=2)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.rstrip("\n")


def test_declare_records_the_kind_and_that_the_member_stayed(tmp_path) -> None:
    sid = council(tmp_path)
    out = sitzung("declare", sid, "2", "Adams", "--interest", "non-registrable", "--stays",
                  "--nature", "as a neighbour of the applicant")
    assert out == (
        "Recorded: Adams, Ann declared a non-registrable interest (as a neighbour of the applicant) in item 2 "
        "and stayed.\n"
    )
    assert recuse_events(sid) == [{
        "interest": "non_registrable", "nature": "as a neighbour of the applicant", "number": "2",
        "person": "adams|ann", "stays": True,
    }]
    quorum = json.loads(sitzung("quorum", sid, "--json", "--item", "2"))
    assert quorum["present"] == 5  # she stayed: still counted


def test_declare_without_stays_means_the_member_left(tmp_path) -> None:
    sid = council(tmp_path)
    out = sitzung("--lang", "de", "declare", sid, "2", "Baker", "--interest", "disclosable_pecuniary")
    assert out == (
        "Erfasst: Baker, Bob hat zu Punkt 2 ein offenlegungspflichtiges Vermögensinteresse erklärt und nimmt an "
        "diesem Punkt nicht teil.\n"
    )
    assert recuse_events(sid) == [{"interest": "disclosable_pecuniary", "number": "2", "person": "baker|bob"}]
    assert json.loads(sitzung("quorum", sid, "--json", "--item", "2"))["present"] == 4


def test_recuse_keeps_its_sentence_and_event_and_takes_the_new_options(tmp_path) -> None:
    sid = council(tmp_path)
    assert sitzung("recuse", sid, "2", "Clark") == "Clark, Cy is excluded from item 2 (conflict of interest).\n"
    assert recuse_events(sid) == [{"number": "2", "person": "clark|cy"}]  # exactly as before
    out = sitzung("recuse", sid, "2", "Dunn", "--interest", "Other-Registrable", "--stays")
    assert out == "Recorded: Dunn, Di declared an other registrable interest in item 2 and stayed.\n"
    assert recuse_events(sid)[1] == {
        "interest": "other_registrable", "number": "2", "person": "dunn|di", "stays": True,
    }


def test_the_log_shows_the_kind_and_whether_the_member_stayed(tmp_path) -> None:
    sid = council(tmp_path)
    sitzung("recuse", sid, "2", "Clark")
    sitzung("declare", sid, "2", "Evans", "--interest", "non-registrable", "--stays")
    lines = [line for line in sitzung("log", sid).splitlines() if " recuse " in line]
    assert lines[0].endswith('recuse        {"number": "2", "person": "clark|cy"}')
    assert lines[1].endswith(
        'recuse        {"interest": "non_registrable", "number": "2", "person": "evans|ed", "stays": true}'
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("declare", "{sid}", "2", "Adams", "--interest", "financial"),
         "'financial' is not a kind of interest; known: disclosable-pecuniary, other-registrable, non-registrable."),
        (("recuse", "{sid}", "2", "Adams", "--interest", ""), "'' is not a kind of interest"),
        (("declare", "{sid}", "2", "Adams", "--interest", "non-registrable", "--nature", "a\x1b[2Jb"),
         "holds the control character U+001B at column 2; the nature of an interest is plain text."),
        (("declare", "{sid}", "2", "Adams", "--interest", "non-registrable", "--nature", "x" * 1001),
         "the nature of an interest may have at most 1000."),
        (("declare", "{sid}", "9", "Adams", "--interest", "non-registrable"), "There is no agenda item 9"),
        (("declare", "{sid}", "2", "Nobody", "--interest", "non-registrable"), "Nobody called 'Nobody'"),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(tmp_path, args: tuple[str, ...], expected: str) -> None:
    sid = council(tmp_path)
    before = sitzung("log", sid)
    err = refused(*(a.format(sid=sid) for a in args))
    assert expected in err, err
    assert sitzung("log", sid) == before


def test_declare_needs_its_interest(tmp_path) -> None:
    sid = council(tmp_path)
    before = sitzung("log", sid)
    err = refused("declare", sid, "2", "Adams")
    assert "--interest" in err
    assert sitzung("log", sid) == before


def test_a_second_declaration_by_the_same_member_is_refused(tmp_path) -> None:
    sid = council(tmp_path)
    sitzung("declare", sid, "2", "Adams", "--interest", "non-registrable", "--stays")
    before = sitzung("log", sid)
    assert refused("recuse", sid, "2", "Adams") == (
        "Adams, Ann's interest in item 2 is already recorded (a declaration or a recusal)."
    )
    assert sitzung("log", sid) == before
    sitzung("declare", sid, "3", "Adams", "--interest", "non-registrable")  # another item: fine
