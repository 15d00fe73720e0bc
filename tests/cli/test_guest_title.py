"""`sitzung guest add` with a title: the guest is written once and the command says so (exit 0).

A report had the command write the guest and then refuse with "Nobody called 'Lowe, Peter, Dr.'",
as if it looked the new guest up again by the name the minutes print (title included).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from cli import app
from sitzung.clock import SystemClock
from tests.cli_helpers import runner, sitzung

NOW = datetime(2024, 3, 5, 20, 0)
ROLE = {"en": ("Councillor", "guest"), "de": ("Kreistagsmitglied", "gast")}


@pytest.fixture(autouse=True)
def evening(monkeypatch: pytest.MonkeyPatch) -> None:
    """Now is 20:00 on the meeting's day."""
    monkeypatch.setattr(SystemClock, "now", lambda self: NOW)


def session(tmp_path: Path, preset: str) -> str:
    member, _ = ROLE[preset]
    sitzung("body", "create", "Parish", "--seats", "2", "--preset", preset)
    roster = tmp_path / "roster.csv"
    roster.write_text(f"last_name,first_name,role\nAdams,Ann,{member}\nBaker,Bob,{member}\n", encoding="utf-8")
    sitzung("roster", "import", str(roster), "--body", "Parish")
    return sitzung("session", "create", "--body", "Parish", "--number", "1", "--date", "2024-03-05").strip()


def guests(sid: str) -> list[dict[str, object]]:
    """The guest events of the session's log, as written."""
    lines = sitzung("log", sid).splitlines()
    return [json.loads(line.split("guest", 1)[1].strip()) for line in lines if line.split()[3] == "guest"]


@pytest.mark.parametrize("preset", ["en", "de"])
@pytest.mark.parametrize("title", ["Dr.", "Prof. Dr.", "Cllr", "[b]Sir[/b]"])
def test_a_guest_with_a_title_is_added_once_and_the_command_succeeds(tmp_path: Path, preset: str, title: str) -> None:
    sid = session(tmp_path, preset)
    _, guest = ROLE[preset]
    result = runner.invoke(app, ["--lang", "en", "guest", "add", sid, "Lowe, Peter", "--role", guest, "--title", title])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == f"Lowe, Peter, {title} added to this session.\n"
    written = guests(sid)
    assert len(written) == 1
    assert written[0]["person"] == {  # type: ignore[comparison-overlap]
        "deputy_for": None, "first": "Peter", "group": "", "guest": True, "last": "Lowe", "role": guest,
        "title": title, "voting": None,
    }


def test_a_guest_with_a_title_after_the_opening_arrives_and_can_be_named_without_the_title(tmp_path: Path) -> None:
    sid = session(tmp_path, "en")
    sitzung("clock", sid, "start", "--at", "19:00")
    out = sitzung("guest", "add", sid, "Lowe, Peter", "--role", "guest", "--title", "Dr.", "--at", "19:10")
    assert out == "Lowe, Peter, Dr. added to this session.\n"
    assert sitzung("attend", sid, "Lowe, Peter", "left", "--at", "19:30") == "Lowe, Peter, Dr.: left.\n"
    assert len(guests(sid)) == 1


def test_a_deputy_with_a_title_is_added_once(tmp_path: Path) -> None:
    sid = session(tmp_path, "de")
    out = sitzung("--lang", "en", "guest", "add", sid, "Lowe, Peter", "--role", "Kreistagsmitglied",
                  "--title", "Dr.", "--deputy-for", "Adams")
    assert out == "Lowe, Peter, Dr. added to this session.\n"
    assert guests(sid)[0]["person"]["deputy_for"] == "adams|ann"  # type: ignore[index]


def test_the_same_guest_twice_is_refused_in_one_sentence(tmp_path: Path) -> None:
    sid = session(tmp_path, "en")
    sitzung("guest", "add", sid, "Lowe, Peter", "--role", "guest", "--title", "Dr.")
    err = sitzung("--lang", "en", "guest", "add", sid, "Lowe, Peter", "--role", "guest", "--title", "Dr.", code=2)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Lowe, Peter, Dr." in err
    assert len(guests(sid)) == 1


def test_the_name_as_printed_with_its_title_finds_the_guest(tmp_path: Path) -> None:
    """`guest add` prints "Lowe, Peter, Dr."; that very text, typed back, names the guest."""
    sid = session(tmp_path, "en")
    printed = sitzung("guest", "add", sid, "Lowe, Peter", "--role", "guest", "--title", "Dr.")
    name = printed.removesuffix(" added to this session.\n")
    assert sitzung("attend", sid, name, "excused") == "Lowe, Peter, Dr.: excused.\n"


def test_apologies_take_their_reason_into_the_parish_minutes(tmp_path: Path) -> None:
    sid = session(tmp_path, "en")
    said = sitzung("--lang", "en", "attend", sid, "Adams", "excused", "--reason", "work commitments")
    assert said == "Adams, Ann: excused.\n"
    sitzung("attend", sid, "Baker", "present")
    minutes = sitzung("export", sid, "--lang", "en")
    assert "Apologies were received and accepted from A Adams (work commitments)." in minutes
    err = sitzung("--lang", "en", "attend", sid, "Baker", "left", "--reason", "bus", code=2)
    assert err == "A reason goes with apologies only: use it with excused.\n"
