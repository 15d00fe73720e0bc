"""Done-when: a German association, a German city council, an English parish council and a
Robert's Rules board, each set up from the CLI or a TOML file and run through a meeting whose
minutes use their own words."""

from __future__ import annotations

import json
from pathlib import Path

from tests.bodies.helpers import run, sitzung, write

AGENDA_DE = """\
**Öffentliche Sitzung:**

1. Begrüßung
2. Wahl des Vorstandes
"""

AGENDA_EN = """\
**Public session:**

1. Apologies
2. Planning applications
"""


def _meeting(sid: str, present: tuple[str, ...], absent: tuple[str, ...] = ()) -> None:
    for name in present:
        sitzung("attend", sid, name, "present", "--at", "18:58")
    for name in absent:
        sitzung("attend", sid, name, "excused", "--at", "18:58")
    sitzung("clock", sid, "start", "--at", "19:00")
    sitzung("determine", sid, "quorate", "--at", "19:00")
    sitzung("item", sid, "1", "start", "--at", "19:01")
    sitzung("item", sid, "2", "start", "--at", "19:05")
    sitzung("note", sid, "2", "Discussed.")
    sitzung("vote", sid, "2", "--yes", "2", "--no", "0", "--abstain", "0")
    sitzung("clock", sid, "end", "--at", "19:30")


def test_a_german_association(tmp_path: Path) -> None:
    body = "Mitgliederversammlung des TV Musterstadt e. V."
    sitzung("body", "create", body, "--seats", "120", "--preset", "de-verein")
    roster = "Nachname;Vorname;Rolle\nMüller;Maria;Mitglied\nSchulz;Sven;Mitglied\nKlein;Karl;Mitglied\n" \
             "Weber;Wilma;Mitglied\nGast;Gerd;Gast\n"
    sitzung("roster", "import", str(write(tmp_path, "r.csv", roster)), "--body", body)
    sitzung("agenda", "import", sid := sitzung(
        "session", "create", "--body", body, "--number", "12", "--date", "2024-03-01", "--chair", "Müller",
        "--secretary", "Schulz").strip(), str(write(tmp_path, "a.txt", AGENDA_DE)))
    _meeting(sid, ("Müller", "Schulz", "Klein", "Gast"), ("Weber",))
    markdown = sitzung("export", sid, "--lang", "de")
    assert markdown.startswith(
        "# Protokoll über die 12. Sitzung der Mitgliederversammlung des TV Musterstadt e. V. am 01.03.2024\n"
    )
    assert "### Mitglieder:\n\nMüller, Maria  \nSchulz, Sven  \nKlein, Karl\n" in markdown
    assert "### Gäste:\n\nGast, Gerd\n" in markdown
    assert "Weber" not in markdown and "## Abwesend" not in markdown  # absent members are not listed
    assert "## TOP 2:" in markdown and "Tagesordnungspunkt" not in markdown
    assert "Müller  \nVersammlungsleitung\n" in markdown and "Schulz  \nProtokollführung\n" in markdown


def test_a_german_city_council_from_a_toml_file(tmp_path: Path) -> None:
    sitzung("body", "create", "Vorlage", "--seats", "3", "--preset", "de-rat")
    toml = sitzung("body", "show", "Vorlage").replace('"Vorlage"', '"Rat der Stadt Musterstadt"')
    toml = toml.replace('chair_label = "Bürgermeister/in"', 'chair_label = "Bürgermeisterin"')
    sitzung("body", "import", str(write(tmp_path, "rat.toml", toml)))
    roster = "Nachname;Vorname;Rolle\nMeier;Mia;Bürgermeister/in\nRoth;Rolf;Ratsmitglied\nSeidel;Sina;Ratsmitglied\n" \
             "Vogt;Vera;Verwaltung\n"
    sitzung("roster", "import", str(write(tmp_path, "r.csv", roster)), "--body", "Rat der Stadt Musterstadt")
    sid = sitzung("session", "create", "--body", "Rat der Stadt Musterstadt", "--number", "7", "--date",
                  "2024-03-02", "--chair", "Meier", "--secretary", "Vogt").strip()
    sitzung("agenda", "import", sid, str(write(tmp_path, "a.txt", AGENDA_DE)))
    _meeting(sid, ("Meier", "Roth", "Vogt"), ("Seidel",))
    markdown = sitzung("export", sid, "--lang", "de")
    assert markdown.startswith("# Niederschrift über die 7. Sitzung des Rates der Stadt Musterstadt am 02.03.2024\n")
    assert "### Bürgermeister/in:\n\nMeier, Mia\n" in markdown and "### Ratsmitglieder:\n\nRoth, Rolf\n" in markdown
    assert "### Von der Verwaltung:\n\nVogt, Vera\n" in markdown
    assert "Seidel, Sina \\*" in markdown
    assert "stellt Bürgermeisterin Meier die vorliegende Tagesordnung" in markdown
    assert "Meier  \nBürgermeisterin\n" in markdown


def test_an_english_parish_council_counts_the_public(tmp_path: Path) -> None:
    body = "Ambridge Parish Council"
    sitzung("body", "create", body, "--seats", "7", "--preset", "en")
    roster = "last_name,first_name,title,role\nArcher,David,Cllr,Councillor\nAldridge,Brian,Cllr,Councillor\n" \
             "Grundy,Eddie,Cllr,Councillor\nSnell,Lynda,Cllr,Co-opted member\nPargetter,Lizzie,,Officer\n"
    sitzung("roster", "import", str(write(tmp_path, "r.csv", roster)), "--body", body)
    sid = sitzung("session", "create", "--body", body, "--number", "3", "--date", "2024-03-04", "--chair",
                  "Archer", "--secretary", "Pargetter", "--location", "Village Hall").strip()
    sitzung("agenda", "import", sid, str(write(tmp_path, "a.txt", AGENDA_EN)))
    for number in (1, 2, 3):
        sitzung("guest", "add", sid, f"Public {number}", "--role", "Members of the public", "--at", "18:55")
    _meeting(sid, ("Archer", "Aldridge", "Snell", "Pargetter"), ("Grundy",))
    markdown = sitzung("export", sid, "--lang", "en")  # the parish house style; an ordinary meeting by default
    assert "# Minutes of the Ordinary Meeting of Ambridge Parish Council\n\nHeld at Village Hall on Monday 4 March " \
           "2024 at " in markdown
    assert "**Present:** Cllr D Archer (Chair), Cllr B Aldridge, Cllr L Snell\n" in markdown
    assert "**In attendance:** L Pargetter (Clerk). Three members of the public were present.\n" in markdown
    assert "Public 1" not in markdown
    assert "Apologies were received and accepted from Cllr E Grundy." in markdown
    assert markdown.startswith("**DRAFT**") and markdown.endswith("Signed ………………………………………… Chair\n\nDate ……………………………\n")
    # three of seven seats: members of the public and officers do not count
    status = json.loads(run("quorum", sid, "--json", "--at", "19:10").stdout)
    assert (status["present"], status["required"], status["seats"]) == (3, 4, 7)


def test_a_roberts_rules_board(tmp_path: Path) -> None:
    body = "Board of Directors"
    sitzung("body", "create", body, "--seats", "5", "--preset", "en-roberts")
    roster = "last_name,first_name,role\nAdams,Ann,Member\nBaker,Ben,Member\nCole,Cy,Member\nDean,Di,Guest\n"
    sitzung("roster", "import", str(write(tmp_path, "r.csv", roster)), "--body", body)
    sid = sitzung("session", "create", "--body", body, "--number", "1", "--date", "2024-03-05", "--chair", "Adams",
                  "--secretary", "Baker").strip()
    sitzung("agenda", "import", sid, str(write(tmp_path, "a.txt", AGENDA_EN)))
    _meeting(sid, ("Adams", "Baker", "Cole", "Dean"))
    markdown = sitzung("export", sid, "--lang", "en")  # Robert's Rules; a regular meeting by default
    assert markdown.startswith("# Minutes of the Regular Meeting of the Board of Directors\n")
    assert "The regular meeting of the Board of Directors was called to order at " in markdown
    assert "on Tuesday, March 5, 2024, by the President, Ann Adams, the Secretary, Ben Baker, being present." \
        in markdown
    assert "**Present:** Ann Adams (President), Ben Baker (Secretary), Cy Cole\n" in markdown
    assert "**Also present:** Di Dean (Guest)" in markdown
    assert markdown.endswith("---\n\nBen Baker  \nSecretary\n")
