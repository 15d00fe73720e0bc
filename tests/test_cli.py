"""The command line: the contract's forms, their output, and refusals with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

from sitzung import reference
from tests.cli_helpers import enter_reference_meeting, sitzung


def test_reference_meeting_is_quorate_with_15_of_9_of_17() -> None:
    sid = enter_reference_meeting()
    data = json.loads(sitzung("quorum", sid, "--json"))
    assert (data["quorate"], data["present"], data["required"], data["seats"]) == (True, 15, 9, 17)
    assert data["determined"]["quorate"] is True
    assert sitzung("--lang", "de", "quorum", sid).startswith("Beschlussfähig: 15 anwesend, 9 erforderlich, 17 Sitze")
    agenda = sitzung("agenda", "show", sid)
    assert "2.6  Bericht des Zentrums für kommunale Bildung und Integration  [done]" in agenda
    assert agenda.index("Closed session:") < agenda.index("3  Prüfung")


def test_session_create_prints_only_the_id() -> None:
    sitzung("body", "create", "Rat", "--seats", "5")
    out = sitzung("session", "create", "--body", "Rat", "--number", "1", "--date", "2024-01-31")
    assert out == "2024-01-31-s-1\n"
    err = sitzung("session", "create", "--body", "Rat", "--number", "1", "--date", "2024-01-31", code=2)
    assert err == "Session 1 of Rat on 2024-01-31 exists already (2024-01-31-s-1).\n"
    sitzung("body", "create", "Stadtrat", "--seats", "5")  # the same initials, the same day: the id differs
    out2 = sitzung("session", "create", "--body", "Stadtrat", "--number", "1", "--date", "2024-01-31")
    assert out2 == "2024-01-31-s-1-2\n"
    assert "2024-01-31-s-1-2  2024-01-31  Stadtrat, session 1" in sitzung("session", "list")


def test_a_session_is_named_by_its_id_or_a_unique_beginning() -> None:
    sitzung("body", "create", "Rat", "--seats", "5")
    first = sitzung("session", "create", "--body", "Rat", "--number", "1", "--date", "2024-01-31").strip()
    second = sitzung("session", "create", "--body", "Rat", "--number", "2", "--date", "2024-02-28").strip()
    assert "0 present" in sitzung("quorum", first)  # the full id
    assert "0 present" in sitzung("quorum", "2024-02")  # a unique beginning
    err = sitzung("quorum", "2024-0", code=2)
    assert first in err and second in err and "Traceback" not in err
    err = sitzung("quorum", "2023", code=2)
    assert "2023" in err and second in err
    assert sitzung("quorum", "../2024-01-31-s-1", code=2).count("\n") == 1  # never a path


def test_who_was_present_at_a_moment_and_undo() -> None:
    sid = enter_reference_meeting()
    sitzung("attend", sid, "Thelen", "arrived", "--at", "18:50", code=2)  # already here
    sitzung("clock", sid, "end", code=2)
    before = sitzung("present", sid, "--at", "18:30")
    assert "Kehren, Hanno, Dr." in before and "Grübener" not in before
    sitzung("undo", sid)  # the end of the session
    sitzung("attend", sid, "Kehren", "left", "--at", "18:50")
    assert json.loads(sitzung("quorum", sid, "--json"))["present"] == 14
    assert "Kehren" in sitzung("present", sid, "--at", "18:49")
    assert "Kehren" not in sitzung("present", sid, "--at", "18:50")
    sitzung("undo", sid)
    assert json.loads(sitzung("quorum", sid, "--json"))["present"] == 15


def test_votes_and_recusals() -> None:
    sid = enter_reference_meeting()
    assert sitzung("vote", sid, "3", "--unanimous") == "Item 3: adopted (unanimous, 15 for; simple majority).\n"
    assert sitzung("vote", sid, "3", "--yes", "9", "--no", "3", "--abstain", "2") == (
        "Item 3: adopted (9 for, 3 against, 2 abstentions; simple majority).\n"
    )
    sitzung("recuse", sid, "3", "Thelen")
    err = sitzung("vote", sid, "3", "--yes", "15", code=2)
    assert "15 votes on item 3, but only 14 voting members are present" in err
    assert json.loads(sitzung("quorum", sid, "--json", "--item", "3"))["present"] == 14


def test_refusals_are_one_sentence_and_write_nothing() -> None:
    sid = enter_reference_meeting()
    log_before = sitzung("log", sid)
    cases = [
        (("attend", sid, "Nobody", "present"), "Nobody called 'Nobody'"),
        (("attend", sid, "Meier", "left", "--at", "25:00"), "'25:00' is not a time of day"),
        (("clock", sid, "start"), "already ended at 18:45"),
        (("item", sid, "9", "start"), "There is no agenda item 9"),
        (("vote", sid, "2.1", "--yes", "20"), "20 votes on item 2.1"),
        (("recuse", sid, "3", "Unbekannt"), "Nobody called"),
        (("agenda", "import", sid, "/nonexistent/agenda.txt"), "there is no such file"),
        (("quorum", "no-such-session"), "There is no session 'no-such-session'"),
        (("body", "create", "X", "--seats", "3", "--quorum", "most"), "'most' is not a quorum rule"),
        (("roster", "list", "--body", "Nope"), "There is no body called 'Nope'"),
    ]
    for args, expected in cases:
        err = sitzung(*args, code=2)
        assert expected in err, (args, err)
        assert "Traceback" not in err and err.count("\n") == 1, err
    assert sitzung("log", sid) == log_before


def test_german_messages() -> None:
    err = sitzung("--lang", "de", "quorum", "nope", code=2)
    assert err.startswith("Es gibt keine Sitzung 'nope'")


def test_bad_roster_is_refused_with_its_place_and_nothing_written(tmp_path) -> None:
    sitzung("body", "create", reference.BODY, "--seats", "17")
    bad = tmp_path / "roster.csv"
    bad.write_text("Nachname;Vorname;Rolle\nMeier;Klaus;Kreistagsmitglied\nMüller;Eva;Kaiserin\n", encoding="utf-8")
    err = sitzung("roster", "import", str(bad), "--body", reference.BODY, code=2)
    assert f"{bad}, line 3, column 3" in err
    assert "Meier" not in sitzung("roster", "list", "--body", reference.BODY)


def test_headless_commands_do_not_import_textual(tmp_path) -> None:
    code = (
        "import sys; from cli import app\n"
        "try:\n    app(['--data-dir', sys.argv[1], 'body', 'list'])\nexcept SystemExit:\n    pass\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True)


def test_help_everywhere() -> None:
    for args in ((), ("body",), ("roster",), ("session",), ("agenda",), ("attend",), ("vote",), ("quorum",)):
        out = sitzung(*args, "--help")
        assert "Usage" in out


def test_guest_add_takes_a_role_by_key_label_or_heading() -> None:
    sid = enter_reference_meeting()
    sitzung("undo", sid)  # reopen: the session's end
    for name, role in (("Pusch, Stephan", "Von der Verwaltung"), ("Gast, Gisela", "gast"), ("Ohne, Rolle", "Kaiser")):
        code = 2 if role == "Kaiser" else 0
        out = sitzung("guest", "add", sid, name, "--role", role, "--at", "18:50", code=code)
        assert ("There is no role 'Kaiser'" in out) if code else ("added to this session" in out)
    assert "Pusch, Stephan" in sitzung("present", sid, "--at", "18:51")
