"""`body import`: a bad file is one sentence with file, line and column; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bodies.helpers import run, sitzung, write

GOOD = """\
name = "Stadtrat Musterstadt"
seats = 45
quorum = "majority"
lang = "de"
chair_label = "Bürgermeisterin"

[[roles]]
key = "ratsmitglied"
label = "Ratsmitglied"
heading = "Ratsmitglieder"
votes = true
"""


def test_a_good_file_becomes_a_body(tmp_path: Path) -> None:
    said = sitzung("body", "import", str(write(tmp_path, "rat.toml", GOOD)))
    assert "Stadtrat Musterstadt" in said
    shown = sitzung("body", "show", "Stadtrat Musterstadt")
    assert 'chair_label = "Bürgermeisterin"' in shown and "listed_when_absent = true" in shown
    assert "order = 10" in shown


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        (GOOD.replace('seats = 45', 'seats = 45 seats'), "line 2, column 12", "malformed"),
        (GOOD.replace('votes = true', 'votes = yes'), "line 11, column 9", "malformed"),
        (GOOD.replace('label = "Ratsmitglied"', 'label = "Ratsmitglied'), "line 9", "malformed"),
        (GOOD.replace("[[roles]]", "[[roles]"), "line 7", "malformed"),
        (GOOD.replace('seats = 45', 'seats = "45"'), "line 2, column 1", "whole number"),
        (GOOD.replace('votes = true', 'votes = "ja"'), "line 11, column 1", "true or false"),
        (GOOD.replace('quorum = "majority"', 'quorum = "most"'), "line 3, column 1", "most"),
        (GOOD.replace('key = "ratsmitglied"', 'key = "Rats Mitglied"'), "line 8, column 1", "Rats Mitglied"),
        (GOOD.replace('lang = "de"', 'language = "de"'), "line 4, column 1", "language"),
        (GOOD.replace('name = "Stadtrat Musterstadt"\n', ""), "body.toml: ", "'name'"),
        (GOOD.replace('lang = "de"', 'majority = "most"'), "line 4, column 1", "required majority"),
        (GOOD.replace('lang = "de"', 'election = "lottery"'), "line 4, column 1", "election rule"),
        (GOOD.replace('lang = "de"', 'minute_number = "{seq.__class__}"'), "line 4, column 1", "seq.__class__"),
        (GOOD.replace('lang = "de"', 'resolution_number = "{yyyy}"'), "line 4, column 1", "{seq}"),
        (GOOD.replace('lang = "de"', 'year_starts = 13'), "line 4, column 1", "1 to 12"),
        (GOOD.replace('lang = "de"', 'casting_vote = "yes"'), "line 4, column 1", "true or false"),
    ],
)
def test_a_bad_file_is_one_sentence_with_its_place(tmp_path: Path, text: str, where: str, words: str) -> None:
    result = run("body", "import", str(write(tmp_path, "body.toml", text)))
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert str(tmp_path / "body.toml") in message and where in message and words in message, message
    assert "Traceback" not in message
    assert sitzung("body", "list") == ""  # nothing written


def test_how_a_body_decides_is_read_and_shown(tmp_path: Path) -> None:
    settings = (
        'majority = "two-thirds"\ncasting_vote = true\nseconding = true\nelection = "plurality"\n'
        'resolution_number = "{seq}/{yyyy}"\nminute_number = "{yy}/{seq:03}"\nyear_starts = 5\n'
    )
    sitzung("body", "import", str(write(tmp_path, "rat.toml", GOOD.replace("[[roles]]", settings + "\n[[roles]]"))))
    shown = sitzung("body", "show", "Stadtrat Musterstadt")
    for line in settings.splitlines():
        assert line in shown, line
    again = write(tmp_path, "again.toml", shown.replace("Stadtrat Musterstadt", "Stadtrat Zwei"))
    sitzung("body", "import", str(again))  # what `body show` prints reads back the same
    assert sitzung("body", "show", "Stadtrat Zwei") == shown.replace("Stadtrat Musterstadt", "Stadtrat Zwei")


def test_the_sentence_speaks_german_too(tmp_path: Path) -> None:
    path = write(tmp_path, "body.toml", GOOD.replace("seats = 45", "seats = 45 seats"))
    result = run("--lang", "de", "body", "import", str(path))
    assert result.exit_code == 2 and "Zeile 2" in result.stderr and "fehlerhaft" in result.stderr


def test_an_existing_body_is_replaced_only_when_asked(tmp_path: Path) -> None:
    path = write(tmp_path, "rat.toml", GOOD)
    sitzung("body", "import", str(path))
    assert "already exists" in sitzung("body", "import", str(path), code=2)
    write(tmp_path, "rat.toml", GOOD.replace("seats = 45", "seats = 47"))
    sitzung("body", "import", str(path), "--replace")
    assert "seats = 47" in sitzung("body", "show", "Stadtrat Musterstadt")


def test_a_missing_file_is_one_sentence(tmp_path: Path) -> None:
    message = sitzung("body", "import", str(tmp_path / "nope.toml"), code=2)
    assert "nope.toml" in message and len(message.strip().splitlines()) == 1
