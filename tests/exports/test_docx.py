"""`export --format docx`: the Markdown minutes as an editable Word draft, read back with python-docx."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

import cli.export
from exports.docx import build_document, clean, render_docx, to_bytes
from exports.minutes import MinutesOptions
from exports.rich_text import Heading, ListBlock, Paragraph, Rule, Span, Table
from tests.exports.helpers import sitzung
from tests.exports.scenario import Texts, build

CANARY = "KANARIE"
PORTAL = "https://www.integrationsportal-kreis-heinsberg.de/"


def exported(sid: str, tmp_path: Path, *options: str) -> Document:
    target = tmp_path / "minutes.docx"
    sitzung("export", sid, "--format", "docx", *options, "-o", str(target))
    return docx.Document(str(target))


def styled(document: Document, prefix: str) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(prefix)]


def section_of(document: Document, heading: str) -> list[DocxParagraph]:
    """The paragraphs from the level-2 heading `heading` up to the next level-2 heading (less the next
    item's "Sitzung: öffentlich", which comes before its heading)."""
    out: list[DocxParagraph] = []
    inside = False
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 2":
            inside = paragraph.text == heading
            continue
        if inside and not paragraph.text.startswith("Sitzung:"):
            out.append(paragraph)
    return out


def start_of(document: Document, paragraph: DocxParagraph) -> int:
    """The number a numbered list paragraph's own numbering starts at."""
    num_id = paragraph._p.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    return int(num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")))


def test_german_reference_meeting_has_word_headings_lists_attendance_and_signatures(
    reference_id: str, tmp_path: Path
) -> None:
    document = exported(reference_id, tmp_path, "--lang", "de")
    headings = styled(document, "Heading")
    assert headings[0] == (
        "Heading 1",
        "Niederschrift über die 6. Sitzung des Ausschusses für Gesundheit, Soziales und Generationenfragen "
        "am 11.05.2022",
    )
    assert [h for h in headings if h[0] == "Heading 1"] == headings[:1]
    assert headings[1:4] == [("Heading 2", "Anwesend:"), ("Heading 3", "Kreistagsmitglieder:"),
                             ("Heading 3", "Sachkundige Bürger:")]
    assert ("Heading 2", "Tagesordnungspunkt 2.2:") in headings
    assert ("Heading 3", "Frauenberatung im Kreis Heinsberg") in headings
    assert ("Heading 4", "Übergangsprozess") in headings  # a note's own sub-heading (2.4)

    # the agenda: numbered top-level items (the closed part goes on at 3), the sub-items as bullets under them
    lists = styled(document, "List")
    assert lists[:3] == [("List Number", "Anfragen"), ("List Number", "Bericht der Verwaltung"),
                         ("List Bullet 2", "2.1. Unterausschuss zur proaktiven Begleitung der Sicherung der "
                          "medizinischen Versorgung im Kreis Heinsberg")]
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered][2:] == [
        "Prüfung der Erweiterung einer Pflegeeinrichtung außerhalb der Pflegebedarfsplanung des Kreises Heinsberg",
        "Bericht der Verwaltung", "Anfragen",
    ]
    assert (start_of(document, numbered[0]), start_of(document, numbered[2])) == (1, 3)
    assert ("List Bullet", "zur Infrastruktur im Raum.") in lists  # a note's own list (2.5)

    # the attendance lists: one name a line
    texts = [p.text for p in document.paragraphs]
    present = texts[texts.index("Kreistagsmitglieder:") + 1]
    assert present.split("\n")[:2] == ["Dederichs, Hans-Josef", "Kehren, Hanno, Dr."]
    assert "Terodde, Lothar +" in "\n".join(texts[texts.index("Abwesend:"):])

    # the emphasis of 2.2 and the link of 2.6
    runs = [run for p in section_of(document, "Tagesordnungspunkt 2.2:") for run in p.runs]
    assert [r.text for r in runs if r.bold] == ["vorsorglich"]
    assert [r.text for r in runs if r.italic] == ["möglichen"]
    links = [link for p in section_of(document, "Tagesordnungspunkt 2.6:") for link in p.hyperlinks]
    assert links and links[0].address.startswith(PORTAL)

    # the signatures close the document: room to sign, a line, name and role
    last = document.element.body[-2]  # the last is the section's properties
    assert last.tag == qn("w:tbl")
    cells = document.tables[-1].rows[0].cells
    assert [[p.text for p in cell.paragraphs] for cell in cells] == [
        ["", "Dr. Kehren", "Ausschussvorsitzender"], ["", "Louven", "Schriftführer"]
    ]
    assert "w:bottom" in cells[0].paragraphs[0]._p.xml

    # A4, the running header from page 2, page numbers, properties
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == (
        "Ausschuss für Gesundheit, Soziales und Generationenfragen · 6. Sitzung · 11.05.2022"
    )
    assert not section.first_page_header.paragraphs[0].text
    footer = section.footer.paragraphs[0]._p.xml
    assert "Seite " in footer and " PAGE " in footer and " NUMPAGES " in footer
    properties = document.core_properties
    assert properties.author == "Louven, Andreas"
    assert properties.created is not None and properties.created.date().isoformat() == "2022-05-11"
    assert properties.title == section.header.paragraphs[0].text


def test_english_reference_meeting(reference_id: str, tmp_path: Path) -> None:
    document = exported(reference_id, tmp_path, "--lang", "en")
    headings = styled(document, "Heading")
    assert headings[0][0] == "Heading 1" and headings[0][1].startswith("Minutes of the 6th meeting")
    assert ("Heading 2", "Present") in headings
    assert [p.text for p in document.paragraphs if p.style.name == "List Number"][:2] == [
        "Anfragen", "Bericht der Verwaltung"
    ]
    runs = [run for p in document.paragraphs for run in p.runs]
    assert "vorsorglich" in [r.text for r in runs if r.bold]
    assert "möglichen" in [r.text for r in runs if r.italic]
    assert any(link.address.startswith(PORTAL) for p in document.paragraphs for link in p.hyperlinks)
    cells = document.tables[-1].rows[0].cells
    assert [[p.text for p in cell.paragraphs][1:] for cell in cells] == [["Dr. Kehren", "Chair"], ["Louven", "Clerk"]]
    section = document.sections[0]
    assert section.header.paragraphs[0].text.endswith("· 6th meeting · 11 May 2022")
    assert "Page " in section.footer.paragraphs[0]._p.xml


def test_a_notes_emphasis_recorded_through_the_cli_is_bold_and_italic(reference_id: str, tmp_path: Path) -> None:
    sitzung("note", reference_id, "2.1", "-", stdin="Ein **fetter** und ein *kursiver* Satz für Schüler*innen.\n")
    runs = [r for p in section_of(exported(reference_id, tmp_path), "Tagesordnungspunkt 2.1:") for r in p.runs]
    assert [r.text for r in runs if r.bold] == ["fetter"]
    assert [r.text for r in runs if r.italic] == ["kursiver"]
    assert any("Schüler*innen" in r.text for r in runs)


def all_text(data: bytes) -> str:
    """Every paragraph's text, the tables' and the header's included."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    parts += [p.text for section in document.sections for p in section.header.paragraphs]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_public_leaves_out_the_closed_items(lang: str) -> None:
    texts = Texts()
    meeting = build(Texts(notes={**texts.notes, "3": f"Vertraulich: **{CANARY}** im Bericht."}))
    full = all_text(render_docx(meeting.state, MinutesOptions(lang)))
    public = all_text(render_docx(meeting.state, MinutesOptions(lang, public=True)))
    assert CANARY in full
    assert CANARY not in public


def test_cli_writes_the_file_private_for_the_full_version(reference_id: str, tmp_path: Path) -> None:
    full, public = tmp_path / "full.docx", tmp_path / "public.docx"
    assert "Wrote" in sitzung("export", reference_id, "--format", "docx", "-o", str(full))
    sitzung("export", reference_id, "--format", "docx", "--public", "-o", str(public))
    assert stat.S_IMODE(full.stat().st_mode) == 0o600
    assert full.read_bytes()[:2] == public.read_bytes()[:2] == b"PK"
    assert docx.Document(str(public)).paragraphs[0].style.name == "Heading 1"


def test_without_output_the_bytes_go_to_a_pipe_but_not_to_a_terminal(
    reference_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.cli_helpers import app, runner

    piped = runner.invoke(app, ["export", reference_id, "--format", "docx"])
    assert piped.exit_code == 0 and piped.stdout_bytes[:2] == b"PK"
    assert docx.Document(io.BytesIO(piped.stdout_bytes)).paragraphs[0].style.name == "Heading 1"
    monkeypatch.setattr(cli.export, "_stdout_is_terminal", lambda: True)
    refused = sitzung("export", reference_id, "--format", "docx", code=2)
    assert refused.strip().count("\n") == 0
    assert "-o" in refused and "terminal" in refused


# -- hand-made blocks -----------------------------------------------------------------------------------


def test_blocks_map_to_word_styles_and_runs() -> None:
    meeting = build(Texts())
    blocks = (
        Heading(1, (Span("Titel"),)),
        Paragraph((Span("fett", bold=True), Span(" und "), Span("kursiv", italic=True), Span("\n"), Span("neu"))),
        ListBlock(False, ((Paragraph((Span("eins"),)), ListBlock(True, ((Paragraph((Span("a"),)),),), 4)),)),
        Paragraph((Span("böse", link="javascript:alert(1)"), Span("gut", link="https://example.org/x?a=1&b=2"))),
        Table(((Span("TOP"),), (Span("Dauer"),)), (((Span("1"),), (Span("5 min"),)),)),
        Rule(),
        Paragraph((Span("Steuer\x00zeichen\x0b weg\ufffe"),)),
    )
    document = docx.Document(io.BytesIO(to_bytes(build_document(blocks, meeting.state, "de"))))
    paragraphs = document.paragraphs
    assert (paragraphs[0].style.name, paragraphs[0].text) == ("Heading 1", "Titel")
    runs = paragraphs[1].runs
    assert [(r.text, r.bold, r.italic) for r in runs] == [
        ("fett", True, None), (" und ", None, None), ("kursiv", None, True), ("\n", None, None), ("neu", None, None)
    ]
    assert [(p.style.name, p.text) for p in paragraphs[2:4]] == [("List Bullet", "eins"), ("List Number 2", "a")]
    assert start_of(document, paragraphs[3]) == 4
    links = paragraphs[4].hyperlinks
    assert [(link.address, link.text) for link in links] == [("https://example.org/x?a=1&b=2", "gut")]
    assert paragraphs[4].text == "bösegut"  # the unsafe link is text only
    table = document.tables[0]
    assert table.style.name == "Table Grid"
    assert [[c.text for c in row.cells] for row in table.rows] == [["TOP", "Dauer"], ["1", "5 min"]]
    assert "Steuerzeichen weg" in [p.text for p in paragraphs]


def test_clean_drops_what_xml_cannot_hold() -> None:
    assert clean("a\x00b\x1fc\td\ne\ud800f\uffff") == "abc\td\nef"
