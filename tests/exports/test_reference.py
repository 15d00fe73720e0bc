"""The reference meeting exports to the seed's minutes: every fact, in its order, in clean Markdown."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.exports.helpers import EXPECTED, export, headings, parse

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_564f44dd3b622e57.txt"
# The running header of the seed's printed pages, not part of the minutes.
PAGE_HEADER = (
    "Niederschrift über die 6. Sitzung  \ndes Ausschusses für Gesundheit, Soziales und Generationenfragen am 11.05.2022"
)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_german_minutes_are_the_expected_file(reference_id: str) -> None:
    assert export(reference_id, "--lang", "de") == (EXPECTED / "reference_de.md").read_text(encoding="utf-8")


def test_english_minutes_are_the_expected_file(reference_id: str) -> None:
    assert export(reference_id, "--lang", "en") == (EXPECTED / "reference_en.md").read_text(encoding="utf-8")


def test_the_public_version_of_the_reference_meeting_is_the_same(reference_id: str) -> None:
    """The seed is itself the public minutes: its closed items have nothing beyond their titles."""
    assert export(reference_id, "--lang", "de", "--public") == export(reference_id, "--lang", "de")


def test_every_word_of_the_seed_in_its_order_and_nothing_else() -> None:
    """The expected file holds the seed's words in the seed's order; the only difference is the seed's flaw
    of printing the present advisory members and staff after the absentees, which we print under "Anwesend"."""
    if not SEED.exists():
        pytest.skip(f"the seed minutes are not at {SEED}")
    seed = SEED.read_text(encoding="utf-8")
    assert seed.count(PAGE_HEADER) == 3
    seed = seed.replace(PAGE_HEADER, "")
    start, end = seed.index("#### Beratende Mitglieder:\n\nAye"), seed.index("Anfang: 18:00 Uhr")
    misplaced, seed = seed[start:end], seed[:start] + seed[end:]
    ours = (EXPECTED / "reference_de.md").read_text(encoding="utf-8")
    expected_words, extra = words(seed), []
    position = 0
    for word in words(ours):
        if position < len(expected_words) and expected_words[position] == word:
            position += 1
        else:
            extra.append(word)
    assert position == len(expected_words), expected_words[position : position + 12]
    assert extra == words(misplaced)
    assert ours.index("Aye, Manuela") < ours.index("## Abwesend:") < ours.index("Terodde")


def test_headings_form_one_hierarchy() -> None:
    markdown = (EXPECTED / "reference_de.md").read_text(encoding="utf-8")
    found = headings(markdown)
    assert found[0] == (
        1, "Niederschrift über die 6. Sitzung des Ausschusses für Gesundheit, Soziales und Generationenfragen "
        "am 11.05.2022",
    )
    assert [level for level, _ in found].count(1) == 1
    for (before, _), (after, text) in itertools.pairwise(found):
        assert after <= before + 1, f"{text!r} skips a level"
    assert found[1:10] == [
        (2, "Anwesend:"), (3, "Kreistagsmitglieder:"), (3, "Sachkundige Bürger:"), (3, "Beratende Mitglieder:"),
        (3, "Von der Verwaltung:"), (2, "Abwesend:"), (3, "Kreistagsmitglieder:"), (3, "Sachkundige Bürger:"),
        (3, "Beratende Mitglieder:"),
    ]
    assert found[10] == (2, "Tagesordnung:")
    items = [(level, text) for level, text in found[11:] if level <= 3]  # without the notes' sub-headings (4)
    assert [text for level, text in items if level == 2] == [f"Tagesordnungspunkt 2.{n}:" for n in range(1, 7)]
    assert all(level == 3 for level, _ in items[1::2])
    assert items[1] == (
        3, "Unterausschuss zur proaktiven Begleitung der Sicherung der medizinischen Versorgung im Kreis Heinsberg"
    )


def test_the_agenda_is_two_numbered_lists_with_sub_items() -> None:
    tokens = parse((EXPECTED / "reference_de.md").read_text(encoding="utf-8"))
    ordered = [tok for tok in tokens if tok.type == "ordered_list_open"]
    assert [tok.attrs.get("start", 1) for tok in ordered] == [1, 3]
    first = tokens.index(ordered[0])
    nested_bullets = next(i for i in range(first, len(tokens)) if tokens[i].type == "bullet_list_open")
    assert tokens[nested_bullets].level == 2  # inside item 2 of the ordered list
    close = next(i for i in range(nested_bullets, len(tokens)) if tokens[i].type == "bullet_list_close")
    sub_items = [t.content for t in tokens[nested_bullets:close] if t.type == "inline"]
    assert sub_items[0].startswith("2.1. Unterausschuss") and sub_items[-1].startswith("2.6. Bericht des Zentrums")
    assert len(sub_items) == 6
    closed = tokens.index(ordered[1])
    end = next(i for i in range(closed, len(tokens)) if tokens[i].type == "ordered_list_close")
    assert [t.content for t in tokens[closed:end] if t.type == "inline"] == [
        "Prüfung der Erweiterung einer Pflegeeinrichtung außerhalb der Pflegebedarfsplanung des Kreises Heinsberg",
        "Bericht der Verwaltung",
        "Anfragen",
    ]


def test_attendance_lists_are_one_paragraph_per_role_with_line_breaks() -> None:
    tokens = parse((EXPECTED / "reference_de.md").read_text(encoding="utf-8"))
    heading = next(i for i, tok in enumerate(tokens) if tok.type == "inline" and tok.content == "Kreistagsmitglieder:")
    paragraph = tokens[heading + 3]
    assert paragraph.type == "inline"
    assert [c.type for c in paragraph.children].count("hardbreak") == 10
    assert paragraph.content.splitlines()[1].rstrip() == "Kehren, Hanno, Dr."


def test_the_notes_keep_their_paragraphs_breaks_and_list() -> None:
    markdown = (EXPECTED / "reference_de.md").read_text(encoding="utf-8")
    tokens = parse(markdown)
    bullets = [tok for tok in tokens if tok.type == "bullet_list_open" and tok.level == 0]
    assert len(bullets) == 1  # the list of topics in 2.5
    assert "Gleichwohl sind zwei Fragestellungen und deren Beantwortung in diesem Kontext bedeutsam:  \n" in markdown
    assert "\n#### **1\\. Hilfe für geflüchtete Menschen aus der Ukraine**\n" in markdown  # a sub-heading, not a list
    assert "\n#### **Übergangsprozess**\n" in markdown and "**vorsorglich**" in markdown and "*möglichen*" in markdown
    assert "(<https://www.integrationsportal-kreis-heinsberg.de/" in markdown  # the seed's own link
    assert "Schüler\\*innen" in markdown


def test_the_timings_appendix_comes_before_what_is_signed(reference_id: str) -> None:
    for lang, heading in (("de", "## Anhang: Zeiten der Tagesordnungspunkte"), ("en", "## Appendix: item timings")):
        minutes = export(reference_id, "--lang", lang, "--timings")
        table = [tok for tok in parse(minutes) if tok.type == "table_open"]
        assert len(table) == 1  # a GitHub-flavoured table (CommonMark itself has none)
        assert minutes.index(heading) < minutes.rindex("\n---\n") < minutes.index("Dr. Kehren  \n")
