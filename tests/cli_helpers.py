"""Running the CLI in-process, and entering the reference meeting through it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cli import app
from sitzung import reference

runner = CliRunner()
NOTES = Path(reference.data_file("notes"))


# The roll call and the item times of the reference meeting (the seed records only 18:00 and 18:45).
PRESENT_FROM_START = (
    "Dederichs", "Kehren", "Kleinjans", "Leonards-Schippers", "Lux", "Maibaum", "Röhrich", "Schwinkendorf",
    "Spinrath", "Stelten", "Thelen", "Bölükbas", "Braun", "Brudermanns", "Schneider", "Aye", "Krienke",
    "Küppers", "Meier", "Wagner", "Funke", "Louven", "Montforts", "Schößler", "Schulze", "Trox",
    "van der Kruijssen",
)
ITEM_TIMES = (("1", "18:01"), ("2", "18:03"), ("2.1", "18:04"), ("2.2", "18:12"), ("2.3", "18:20"),
              ("2.4", "18:27"), ("2.5", "18:33"), ("2.6", "18:38"), ("3", "18:39"), ("4", "18:42"), ("5", "18:44"))


def sitzung(*args: str, code: int = 0, stdin: str | None = None) -> str:
    """Run `sitzung ARGS`; assert its exit code; return stdout (stderr on failure)."""
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exit_code == code, (args, result.exit_code, result.output, result.exception)
    return result.stdout if code == 0 else result.stderr


def seed_notes() -> dict[str, str]:
    """The seed's text for each item that has one (2.1 … 2.6), as the clerk would have typed it."""
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(NOTES.glob("[0-9]*.md"))}


def enter_reference_meeting(notes: bool = True) -> str:
    """The reference meeting from the roll call to the end, with the seed's texts; returns its id."""
    sitzung("body", "create", reference.BODY, "--seats", "17", "--preset", "de")
    sitzung("roster", "import", str(reference.data_file("roster.csv")), "--body", reference.BODY)
    sid = sitzung(
        "session", "create", "--body", reference.BODY, "--number", "6", "--date", "2022-05-11",
        "--time", "18:00", "--location", reference.LOCATION, "--chair", "Kehren", "--secretary", "Louven",
    ).strip()
    sitzung("agenda", "import", sid, str(reference.data_file("agenda.txt")))
    for name in PRESENT_FROM_START:
        sitzung("attend", sid, name, "present", "--at", "17:58")
    for name in reference.EXCUSED:
        sitzung("attend", sid, name, "excused", "--at", "17:59")
    for name in reference.UNEXCUSED:
        sitzung("attend", sid, name, "unexcused", "--at", "17:59")
    sitzung("clock", sid, "start", "--at", "18:00")
    sitzung("determine", sid, "quorate", "--at", "18:00")
    if notes:
        sitzung("remark", sid, "-", stdin=(NOTES / "remarks.md").read_text(encoding="utf-8"))
    texts = seed_notes() if notes else {}
    for number, moment in ITEM_TIMES:
        sitzung("item", sid, number, "start", "--at", moment)
        if number in texts:
            sitzung("note", sid, number, "-", stdin=texts[number])
    sitzung("clock", sid, "end", "--at", "18:45")
    return sid
