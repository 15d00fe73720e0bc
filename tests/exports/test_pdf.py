"""`sitzung export --format pdf`: the Markdown minutes as PDF/A-2b, with page furniture and signature lines."""

from __future__ import annotations

import re
import stat
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports.printed import split_signatures
from exports.rich_text import Heading, Paragraph, Rule, Span
from tests.cli_helpers import runner
from tests.exports.helpers import export, sitzung

# Distinctive phrases of the seed's minutes, in the seed's order.
SEED_PHRASES_DE = (
    "Niederschrift über die 6. Sitzung",
    "Dederichs, Hans-Josef",
    "van der Kruijssen, Astrid",
    "Terodde, Lothar",
    "Anfang: 18:00 Uhr",
    "Ende: 18:45 Uhr",
    "Öffentliche Sitzung:",
    "Wechsel ukrainischer Kriegsflüchtlinge",
    "Nichtöffentliche Sitzung:",
    "Prüfung der Erweiterung einer Pflegeeinrichtung",
    "Die Jahresberichte der Sucht- (Caritas)",
    "Tagesordnungspunkt 2.1:",
    "Die erste Sitzung des Unterausschusses hat am 27.04.2022",
    "Frauenberatung im Kreis Heinsberg",
    "Beirates für Generationenfragen",
    "1.800 geflüchtete Ukrainerinnen und Ukrainer",
    "Daten für Taten",
    "Seit Ende Februar hat das KI 420 Seiteneinsteigerberatungen",
    "Schüler*innen",
    "Der Fachausschuss wird über weitere Meilensteine entsprechend informiert.",
    "Dr. Kehren",
    "Ausschussvorsitzender",
    "Louven",
    "Schriftführer",
)
SEED_PHRASES_EN = (
    "Minutes of the 6th meeting",
    "Dederichs, Hans-Josef",
    "Terodde, Lothar",
    "Wechsel ukrainischer Kriegsflüchtlinge",
    "Die erste Sitzung des Unterausschusses hat am 27.04.2022",
    "Daten für Taten",
    "The meeting closed at 18:45.",
    "Dr. Kehren",
    "Chair",
    "Louven",
    "Clerk",
)
HOSTILE = (
    '#read("/etc/passwd") #sys.inputs.doc $x^2$ <label> @label [link](x) #let a = 1 '
    "#{panic()} \\ ` ~ / = end"
)


def pdf_of(reference_id: str, tmp_path: Path, *options: str, name: str = "minutes.pdf") -> bytes:
    target = tmp_path / name
    said = sitzung("export", reference_id, "--format", "pdf", *options, "-o", str(target))
    assert str(target) in said
    return target.read_bytes()


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def in_order(text: str, phrases: tuple[str, ...]) -> None:
    position = 0
    for phrase in phrases:
        found = text.find(phrase, position)
        assert found >= 0, f"{phrase!r} not found after position {position}: {text[position:position + 200]!r}"
        position = found + len(phrase)


def metadata(pdf: bytes) -> str:
    stream = PdfReader(BytesIO(pdf)).trailer["/Root"]["/Metadata"].get_object()
    return stream.get_data().decode("utf-8")


def pdfa_identification(xmp: str) -> tuple[str, str]:
    def value(name: str) -> str:
        found = re.search(rf"<pdfaid:{name}>([^<]*)</pdfaid:{name}>", xmp) or re.search(
            rf'pdfaid:{name}="([^"]*)"', xmp
        )
        assert found, f"no pdfaid:{name} in the XMP metadata"
        return found.group(1)

    return value("part"), value("conformance")


def test_the_german_pdf_has_the_seeds_words_in_order_page_numbers_and_a_header_from_page_two(
    reference_id: str, tmp_path: Path
) -> None:
    pdf = pdf_of(reference_id, tmp_path, "--lang", "de")
    assert pdf.startswith(b"%PDF-")
    text = pages(pdf)
    total = len(text)
    assert total >= 3
    in_order(flat("\n".join(text)), SEED_PHRASES_DE)
    assert "Seite 1 von " + str(total) in text[0]
    assert all(f"Seite {n} von {total}" in page for n, page in enumerate(text, 1))
    header = "6. Sitzung · 11.05.2022"
    assert header not in text[0]
    for page in text[1:]:
        first = flat(page)[:200]
        assert first.startswith("Ausschuss für Gesundheit, Soziales und Generationenfragen") and header in first


def test_every_word_of_the_markdown_minutes_is_in_the_pdf_in_its_order(reference_id: str, tmp_path: Path) -> None:
    from exports.rich_text import parse, plain

    def words_of(blocks: tuple) -> list[str]:  # type: ignore[type-arg]
        out: list[str] = []
        for block in blocks:
            if isinstance(block, Heading | Paragraph):
                out += re.findall(r"\w+", plain(block.spans))
            elif hasattr(block, "items"):
                for item in block.items:
                    out += words_of(item)
        return out

    expected = words_of(parse(export(reference_id, "--lang", "de")))
    found = re.findall(r"\w+", "\n".join(pages(pdf_of(reference_id, tmp_path, "--lang", "de"))))
    position = 0
    for word in found:
        if position < len(expected) and expected[position] == word:
            position += 1
    assert position == len(expected), expected[position : position + 12]


def test_the_english_pdf_says_page_x_of_y(reference_id: str, tmp_path: Path) -> None:
    text = pages(pdf_of(reference_id, tmp_path, "--lang", "en"))
    total = len(text)
    in_order(flat("\n".join(text)), SEED_PHRASES_EN)
    assert f"Page 1 of {total}" in text[0] and f"Page 2 of {total}" in text[1]
    assert "6th meeting · 11 May 2022" in flat(text[1])[:200] and "6th meeting · " not in text[0]
    assert not re.search(r"Seite \d+ von", "\n".join(text))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_pdf_is_pdf_a_2b_with_its_fonts_embedded(reference_id: str, tmp_path: Path, lang: str) -> None:
    pdf = pdf_of(reference_id, tmp_path, "--lang", lang)
    xmp = metadata(pdf)
    assert pdfa_identification(xmp) == ("2", "B")
    assert f"<rdf:li>{lang}</rdf:li>" in xmp  # the document's language
    reader = PdfReader(BytesIO(pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                fonts[descriptor["/FontName"]] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts


def test_the_signatures_get_lines_to_sign_after_the_text(reference_id: str, tmp_path: Path) -> None:
    last = flat(pages(pdf_of(reference_id, tmp_path, "--lang", "de"))[-1])
    assert re.search(r"Dr\. Kehren Ausschussvorsitzender Louven Schriftführer Seite \d+ von \d+$", last), last[-200:]


def test_signatures_are_the_name_and_role_paragraphs_after_the_last_rule() -> None:
    def two(name: str, role: str) -> Paragraph:
        return Paragraph((Span(name), Span("\n"), Span(role)))

    appendix = Heading(2, (Span("Anhang"),))
    blocks = (Heading(1, (Span("T"),)), Rule(), Paragraph((Span("Anfang: 18:00 Uhr"),)), Rule(),
              two("Dr. Kehren", "Vorsitz"), two("Louven", "Schriftführer"), appendix)
    rest, people, at = split_signatures(blocks)
    assert [(p.name, p.role) for p in people] == [("Dr. Kehren", "Vorsitz"), ("Louven", "Schriftführer")]
    assert rest == (*blocks[:3], appendix) and at == 3
    plain_end = (Heading(1, (Span("T"),)), Rule(), Paragraph((Span("Anfang: 18:00 Uhr"),)))
    assert split_signatures(plain_end) == (plain_end, (), 3)  # a template without signatures: nothing moved


def test_the_public_pdf_leaves_out_what_the_public_markdown_leaves_out(reference_id: str, tmp_path: Path) -> None:
    canary = "Kanarienvogel im geschlossenen Teil"
    sitzung("note", reference_id, "3", "-", stdin=f"{canary}.\n")
    full = flat("\n".join(pages(pdf_of(reference_id, tmp_path, "--lang", "de", name="full.pdf"))))
    public = flat("\n".join(pages(pdf_of(reference_id, tmp_path, "--lang", "de", "--public", name="public.pdf"))))
    assert canary in full
    assert canary not in public and canary not in export(reference_id, "--lang", "de", "--public")
    assert "Prüfung der Erweiterung einer Pflegeeinrichtung" in public  # the closed item's title stays


def test_hostile_wording_is_printed_literally_and_nothing_is_read(reference_id: str, tmp_path: Path) -> None:
    sitzung("note", reference_id, "2.1", "-", stdin=f"Vorab: {HOSTILE}\n\nAm Ende: 😀 und 中文.\n")
    pdf = pdf_of(reference_id, tmp_path, "--lang", "de")
    text = "\n".join(pages(pdf))
    for piece in ('#read("/etc/passwd")', "#sys.inputs.doc", "$x^2$", "<label>", "@label", "#{panic()}",
                  "#let a = 1", "\\ ` ~ / ="):
        assert piece in text, piece
    assert "root:" not in text and '"blocks"' not in text  # neither a file nor the data was printed
    assert "[U+1F600]" in text and "[U+4E2D][U+6587]" in text  # no embedded font has them: their code points
    assert pdfa_identification(metadata(pdf)) == ("2", "B")


def test_the_full_pdf_is_private_and_the_public_one_is_not(reference_id: str, tmp_path: Path) -> None:
    pdf_of(reference_id, tmp_path, "--lang", "de", name="full.pdf")
    pdf_of(reference_id, tmp_path, "--lang", "de", "--public", name="public.pdf")
    assert stat.S_IMODE((tmp_path / "full.pdf").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "public.pdf").stat().st_mode) != 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full.pdf", "public.pdf"]  # no temporary file left


def test_without_output_the_pdf_goes_to_a_pipe_as_bytes(reference_id: str) -> None:
    result = runner.invoke(__import__("cli").app, ["export", reference_id, "--format", "pdf"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"%PDF-") and result.stdout_bytes.rstrip().endswith(b"%%EOF")


def test_a_minutes_typ_in_the_template_folder_replaces_ours(reference_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "minutes.typ").write_text(
        '#let doc = json(bytes(sys.inputs.doc))\n#set document(title: doc.title)\n#set text(font: "Libertinus Serif")\n'
        "Hausvorlage: #text(doc.header.body)\n\n#for b in doc.blocks.slice(0, 1) { text(b.spans.first().text) }\n",
        encoding="utf-8",
    )
    text = flat("\n".join(pages(pdf_of(reference_id, tmp_path, "--lang", "de", "--template", str(folder)))))
    assert text.startswith("Hausvorlage: Ausschuss für Gesundheit") and "Niederschrift über die 6. Sitzung" in text


def test_a_house_template_cannot_read_outside_its_folder(reference_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "minutes.typ").write_text('#read("/etc/passwd")\n#read("../../../../../../etc/passwd")\n')
    message = sitzung(
        "export", reference_id, "--format", "pdf", "--template", str(folder), "-o", str(tmp_path / "x.pdf"), code=2
    )
    assert "minutes.typ" in message and "root:" not in message
    assert not (tmp_path / "x.pdf").exists()


def test_the_timings_appendix_and_the_signatures_keep_the_markdowns_order(reference_id: str, tmp_path: Path) -> None:
    markdown = export(reference_id, "--lang", "de", "--timings")
    text = flat("\n".join(pages(pdf_of(reference_id, tmp_path, "--lang", "de", "--timings"))))
    signatures = "Dr. Kehren Ausschussvorsitzender Louven Schriftführer"
    appendix = ("Anhang: Zeiten der Tagesordnungspunkte", "TOP Titel Beginn Ende Dauer",
                "2.1 Unterausschuss zur proaktiven Begleitung")
    if markdown.index("Schriftführer") < markdown.index("Anhang"):
        in_order(text, (signatures, *appendix))
    else:
        in_order(text, (*appendix, signatures))


def test_the_readme_picture_is_what_its_command_makes() -> None:
    """docs/minutes-page-1.png is page 1 of the reference meeting's PDF (`python -m tests.exports.page_picture`)."""
    from tests.exports.page_picture import PICTURE, page_picture

    assert page_picture() == PICTURE.read_bytes()
