"""Stored text printed by the command line never reaches the terminal as a control sequence.

The input checks refuse escapes, but a file edited by hand or written by an
older version may still hold them; every command prints through `cli.output.echo`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.harness import BODY, Meeting, cli

ESCAPE = "\x1b]0;pwned\x07\x1b[2J\u202e"


def planted(path: Path, old: str, new: str) -> None:
    """`old` (a JSON string, as stored) replaced by `new`, as an editor could leave it."""
    text = path.read_text(encoding="utf-8")
    stored = next(form for form in (json.dumps(old), json.dumps(old, ensure_ascii=False)) if form in text)
    path.write_text(text.replace(stored, json.dumps(new)), encoding="utf-8")


def plant(meeting: Meeting) -> None:
    """Escapes in a body's roster, a title, an item's title and a note."""
    planted(meeting.data / "bodies.json", "Kehren", "Keh" + ESCAPE + "ren")
    session = meeting.data / "sessions" / f"{meeting.sid}.json"
    text = session.read_text(encoding="utf-8")
    for old in ('"Dr."', '"Anfragen"', '"Keine Anfragen."'):
        assert old in text, old
        text = text.replace(old, json.dumps(old.strip('"') + ESCAPE))
    session.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [
        ["roster", "list", "--body", BODY],
        ["session", "show", "{sid}"],
        ["agenda", "show", "{sid}"],
        ["present", "{sid}"],
        ["log", "{sid}"],
        ["quorum", "{sid}", "--json"],
        ["export", "{sid}"],
        ["export", "{sid}", "--format", "json"],
        ["attend", "{sid}", "Kehren", "left", "--at", "18:30"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_no_control_sequence_is_printed(meeting: Meeting, command: list[str]) -> None:
    plant(meeting)
    outcome = cli(meeting.data, *(meeting.fill(arg) for arg in command))
    printed = outcome.out + outcome.err
    assert outcome.code == 0, outcome
    assert "\x1b" not in printed and "\x07" not in printed and "\u202e" not in printed
    if command[0] not in ("quorum",):
        assert "\\u001b" in printed  # shown, not hidden


def test_printed_json_means_what_is_stored(meeting: Meeting) -> None:
    plant(meeting)
    outcome = cli(meeting.data, "export", meeting.sid, "--format", "json")
    notes = [event["data"]["text"] for event in json.loads(outcome.out)["events"] if event["kind"] == "note"]
    assert notes == ["Keine Anfragen." + ESCAPE]


def test_a_body_list_with_an_escape(meeting: Meeting) -> None:
    planted(meeting.data / "bodies.json", BODY, BODY + ESCAPE)
    outcome = cli(meeting.data, "body", "list")
    assert outcome.code == 0, outcome
    assert "\x1b" not in outcome.out and "\\u001b" in outcome.out
