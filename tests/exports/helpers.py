"""The reference meeting entered through the CLI, with the seed's per-item texts, and `sitzung export`."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from sitzung import reference
from sitzung.cli import app

runner = CliRunner()
NOTES = Path(reference.data_file("notes"))
EXPECTED = Path(__file__).parent / "expected"


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


def export(sid: str, *options: str) -> str:
    return sitzung("export", sid, *options)


def parse(markdown: str) -> list[Token]:
    """Block tokens as CommonMark (with GFM tables) reads them."""
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def headings(markdown: str) -> list[tuple[int, str]]:
    tokens = parse(markdown)
    return [(int(tok.tag[1]), tokens[i + 1].content) for i, tok in enumerate(tokens) if tok.type == "heading_open"]


def html_tokens(markdown: str) -> list[Token]:
    found = []
    for tok in parse(markdown):
        if tok.type == "html_block":
            found.append(tok)
        for child in tok.children or ():
            if child.type == "html_inline":
                found.append(child)
    return found


def text_of(markdown: str) -> str:
    """The document's text as a reader sees it (escapes resolved, markup gone)."""
    out = []
    for tok in parse(markdown):
        for child in tok.children or ():
            if child.type in ("text", "code_inline"):
                out.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                out.append("\n")
        if tok.type.endswith("_close") and tok.block:
            out.append("\n")
    return "".join(out)
