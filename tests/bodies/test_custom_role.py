"""A role added from the CLI: used by a roster import, counted (or not) by the quorum, printed in the minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bodies.helpers import sitzung, write

BODY = "Ausschuss für Umwelt"
ROSTER = """\
Nachname;Vorname;Titel;Rolle;Fraktion
Adam;Anna;;Kreistagsmitglied;CDU
Berg;Bernd;;Kreistagsmitglied;SPD
Claasen;Clara;;Seniorenvertreterin;
Dorn;Dieter;;Jugendvertreter;
Esser;Eva;;Kreistagsmitglied;Grüne
"""


@pytest.fixture
def session(tmp_path: Path) -> str:
    sitzung("body", "create", BODY, "--seats", "4", "--preset", "de")
    sitzung("body", "role", "add", BODY, "senioren", "--label", "Seniorenvertreterin",
            "--heading", "Vertreterinnen des Seniorenbeirates", "--votes")
    sitzung("body", "role", "add", BODY, "jugend", "--label", "Jugendvertreter",
            "--heading", "Vertreter des Jugendrates", "--no-votes", "--not-listed-when-absent")
    sitzung("roster", "import", str(write(tmp_path, "roster.csv", ROSTER)), "--body", BODY)
    sid = sitzung("session", "create", "--body", BODY, "--number", "3", "--date", "2024-03-05", "--time", "17:00",
                  "--chair", "Adam", "--secretary", "Berg").strip()
    for name in ("Adam", "Claasen", "Dorn"):
        sitzung("attend", sid, name, "present", "--at", "16:58")
    sitzung("attend", sid, "Esser", "excused", "--at", "16:58")
    sitzung("clock", sid, "start", "--at", "17:00")
    sitzung("clock", sid, "end", "--at", "17:30")
    return sid


def test_role_list_shows_the_new_roles_last_with_their_flags() -> None:
    sitzung("body", "create", BODY, "--seats", "4")
    sitzung("body", "role", "add", BODY, "senioren", "--label", "Seniorenvertreterin", "--heading", "Senioren",
            "--votes")
    sitzung("body", "role", "add", BODY, "jugend", "--label", "Jugend", "--heading", "Jugend",
            "--not-listed-when-absent")
    lines = sitzung("body", "role", "list", BODY).splitlines()
    assert [line.split()[1] for line in lines][-2:] == ["senioren", "jugend"]
    assert "votes, listed when absent" in lines[-2]
    assert "no vote, not listed when absent" in lines[-1]
    assert lines[0].split()[:2] == ["10", "kreistagsmitglied"]


def test_a_duplicate_or_malformed_key_is_refused() -> None:
    sitzung("body", "create", BODY, "--seats", "4")
    assert "already has a role" in sitzung("body", "role", "add", BODY, "gast", "--label", "G", "--heading", "G",
                                            code=2)
    assert "lower-case" in sitzung("body", "role", "add", BODY, "Gäste", "--label", "G", "--heading", "G", code=2)
    assert "no body called" in sitzung("body", "role", "add", "Nope", "x", "--label", "G", "--heading", "G", code=2)


def test_the_roster_takes_the_new_roles(session: str) -> None:
    listing = sitzung("roster", "list", "--body", BODY)
    assert "Vertreterinnen des Seniorenbeirates:\n  Claasen, Clara" in listing
    assert "Vertreter des Jugendrates:\n  Dorn, Dieter" in listing


def test_the_quorum_counts_a_voting_role_and_not_a_non_voting_one(session: str) -> None:
    status = json.loads(sitzung("quorum", session, "--json", "--at", "17:10"))
    assert status["present"] == 2  # Adam and Claasen; Dorn has no vote
    assert status["required"] == 3 and status["quorate"] is False
    sitzung("attend", session, "Berg", "arrived", "--at", "17:20")
    assert json.loads(sitzung("quorum", session, "--json", "--at", "17:25"))["present"] == 3


def test_the_minutes_print_the_new_roles_under_their_headings(session: str) -> None:
    markdown = sitzung("export", session, "--lang", "de")
    assert "### Vertreterinnen des Seniorenbeirates:\n\nClaasen, Clara\n" in markdown
    assert "### Vertreter des Jugendrates:\n\nDorn, Dieter\n" in markdown
    present, absent = markdown.split("## Abwesend:")
    assert present.index("Kreistagsmitglieder") < present.index("Seniorenbeirates") < present.index("Jugendrates")
    assert "Esser, Eva \\*" in absent


def test_a_body_changed_later_leaves_the_sessions_already_held_alone(session: str, tmp_path: Path) -> None:
    before = sitzung("export", session, "--lang", "de")
    shown = sitzung("body", "show", BODY)
    changed = shown.replace("seats = 4", "seats = 9").replace(
        'heading = "Vertreterinnen des Seniorenbeirates"', 'heading = "Seniorenbeirat"'
    )
    sitzung("body", "import", str(write(tmp_path, "body.toml", changed)), "--replace")
    sitzung("body", "role", "add", BODY, "neu", "--label", "Neu", "--heading", "Neue", "--votes")
    assert "seats = 9" in sitzung("body", "show", BODY)
    assert sitzung("export", session, "--lang", "de") == before
    assert json.loads(sitzung("quorum", session, "--json", "--at", "17:10"))["seats"] == 4
    later = sitzung("session", "create", "--body", BODY, "--number", "4", "--date", "2024-04-05").strip()
    assert json.loads(sitzung("quorum", later, "--json", "--at", "17:10"))["seats"] == 9
