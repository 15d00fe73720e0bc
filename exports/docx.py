"""The minutes as an editable Word draft (DOCX), made from the Markdown minutes themselves.

`render_docx` renders the Markdown minutes (`exports.minutes.render_minutes`), so the
DOCX has exactly their layout and passes through the same public filter, reads them
into blocks (`exports.rich_text.parse`) and maps each block to Word's own styles:
headings to "Heading N", lists to "List Bullet"/"List Number" (nested levels "… 2",
"… 3"; each numbered list starts at its own number), tables to "Table Grid", a hard
line break to a line break, links to real hyperlinks. The page is A4; the header from
page 2 on names the body, the session and the date (from the session itself, not from
the text), the footer counts the pages, and the signatures at the end get lines to sign.

Every piece of text is set as text — python-docx escapes it — and characters that XML
cannot hold are dropped first, so nothing a clerk typed can become markup.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import datetime, time

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from exports.minutes import MinutesOptions, render_minutes
from exports.printed import Signature, running_header, split_signatures
from exports.rich_text import Block, Heading, ListBlock, Paragraph, Rule, Span, Table, parse
from sitzung.i18n import register, t
from sitzung.numbering import Session
from sitzung.state import SessionState

MESSAGES: dict[str, dict[str, str]] = {
    # {page} and {pages} become Word fields, so Word counts them as it lays the pages out
    "docx.page": {"en": "Page {page} of {pages}", "de": "Seite {page} von {pages}"},
}
register(MESSAGES)

LANGUAGE = {"de": "de-DE", "en": "en-GB"}
# what XML 1.0 cannot hold: C0 controls except tab/newline/CR, surrogates, U+FFFE/U+FFFF
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MAX_LIST_LEVEL = 3
_HEADING_LEVELS = 9


def clean(text: str) -> str:
    """The text without characters XML cannot hold (they were refused upstream; this is a second net)."""
    return _XML_INVALID.sub("", text)


def render_docx(state: SessionState, options: MinutesOptions, earlier: Iterable[Session] = ()) -> bytes:
    """The minutes as DOCX bytes: the Markdown minutes for `options`, in Word's styles."""
    blocks = parse(render_minutes(state, options, earlier))
    return to_bytes(build_document(blocks, state, options.lang))


def to_bytes(document: DocumentObject) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_document(blocks: Iterable[Block], state: SessionState, lang: str) -> DocumentObject:
    """A Word document of `blocks`, with the page, header, footer and properties of `state`'s session."""
    document = Document()
    _page(document, state, lang)
    _styles(document, lang)
    _properties(document, state, lang)
    body, signers, _ = split_signatures(tuple(blocks))
    writer = _Writer(document)
    for block in body:
        writer.block(block)
    if signers:
        _signatures(document, signers)
    return document


# -- the page, the styles, the properties --------------------------------------------------------------


def header_text(state: SessionState, lang: str) -> str:
    """The running header as one line: "Ausschuss … · 6. Sitzung · 11.05.2022"."""
    return clean(" · ".join(running_header(state, lang).values()))


def _page(document: DocumentObject, state: SessionState, lang: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(25), Mm(20)
    section.header_distance, section.footer_distance = Mm(12), Mm(10)
    section.different_first_page_header_footer = True  # the first page has the title; the header starts on page 2
    header = section.header.paragraphs[0]
    header.text = header_text(state, lang)
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _border(header, "bottom")
    for footer in (section.footer, section.first_page_footer):
        _page_numbers(footer.paragraphs[0], lang)


def _page_numbers(paragraph: DocxParagraph, lang: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marker = "\x00"
    sentence = t("docx.page", lang, page=f"{marker}PAGE{marker}", pages=f"{marker}NUMPAGES{marker}")
    for index, part in enumerate(sentence.split(marker)):
        if index % 2:
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), f" {part} \\* MERGEFORMAT ")
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            paragraph._p.append(field)
        elif part:
            paragraph.add_run(part)


def _styles(document: DocumentObject, lang: str) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for level in range(1, 5):
        styles[f"Heading {level}"].font.color.rgb = RGBColor(0, 0, 0)  # minutes, not a brochure
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)  # Word's own name for it
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = WD_UNDERLINE.SINGLE
    # the document's language, for Word's spelling and hyphenation
    defaults = styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
    if run_properties is not None:
        language = run_properties.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            run_properties.append(language)
        language.set(qn("w:val"), LANGUAGE.get(lang, lang))


def _properties(document: DocumentObject, state: SessionState, lang: str) -> None:
    info = state.info
    secretary = state.people.get(info.secretary) if info.secretary else None
    author = clean(secretary.display) if secretary is not None else ""
    created = datetime.combine(info.date, time(12, 0))  # stored as UTC: noon keeps the day in every time zone
    properties = document.core_properties
    properties.title = header_text(state, lang)
    properties.subject = clean(info.body.name)
    properties.author = author
    properties.last_modified_by = author
    properties.created = created
    properties.modified = created
    properties.language = LANGUAGE.get(lang, lang)
    properties.comments = ""
    properties.keywords = ""
    properties.revision = 1


def _border(paragraph: DocxParagraph, side: str) -> None:
    """A thin line along one side of the paragraph."""
    properties = paragraph._p.get_or_add_pPr()
    borders = properties.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        properties.append(borders)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), "6")
    line.set(qn("w:space"), "1")
    line.set(qn("w:color"), "auto")
    borders.append(line)


# -- blocks -------------------------------------------------------------------------------------------


class _Writer:
    """Adds blocks to a document (or a table cell) in Word's styles."""

    def __init__(self, document: DocumentObject) -> None:
        self.document = document
        self._numbering = document.part.numbering_part.numbering_definitions._numbering

    def block(self, block: Block, level: int = 0) -> None:
        if isinstance(block, Heading):
            paragraph = self.document.add_heading("", min(max(block.level, 1), _HEADING_LEVELS))
            add_spans(paragraph, block.spans)
        elif isinstance(block, Paragraph):
            paragraph = self.document.add_paragraph(style=_continue_style(level) if level else None)
            add_spans(paragraph, block.spans)
        elif isinstance(block, ListBlock):
            self.list(block, level + 1)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Rule):
            rule = self.document.add_paragraph()
            rule.paragraph_format.space_after = Pt(12)
            _border(rule, "bottom")

    def list(self, block: ListBlock, level: int) -> None:
        depth = min(level, _MAX_LIST_LEVEL)
        kind = "List Number" if block.ordered else "List Bullet"
        style = kind if depth == 1 else f"{kind} {depth}"
        number_id = self._restart(style, block.start) if block.ordered else None
        for item in block.items:
            first = True
            for inner in item:
                if first and isinstance(inner, Paragraph):
                    paragraph = self.document.add_paragraph(style=style)
                    if number_id is not None:
                        _number(paragraph, number_id)
                    add_spans(paragraph, inner.spans)
                    first = False
                    continue
                first = False
                self.block(inner, level)

    def _restart(self, style: str, start: int) -> int | None:
        """A numbering of its own for one ordered list, so that it starts at `start` (Word would continue)."""
        properties = self.document.styles[style].element.pPr
        old = properties.find(f"{qn('w:numPr')}/{qn('w:numId')}") if properties is not None else None
        if old is None:
            return None
        abstract = None
        for num in self._numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == old.get(qn("w:val")):
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        if abstract is None:
            return None
        num = self._numbering.add_num(int(abstract))
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(max(start, 0))
        return int(num.numId)

    def table(self, block: Table) -> None:
        columns = max([len(block.header), *(len(row) for row in block.rows)])
        if not columns:
            return
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"]
        if block.header:
            row = table.add_row()
            _repeat_header(row)
            for cell, spans in zip(row.cells, block.header, strict=False):
                add_spans(cell.paragraphs[0], tuple(Span(s.text, True, s.italic, s.link) for s in spans))
        for cells in block.rows:
            row = table.add_row()
            for cell, spans in zip(row.cells, cells, strict=False):
                add_spans(cell.paragraphs[0], spans)
        self.document.add_paragraph()  # Word needs a paragraph between a table and what follows


def _continue_style(level: int) -> str:
    depth = min(level, _MAX_LIST_LEVEL)
    return "List Continue" if depth == 1 else f"List Continue {depth}"


def _number(paragraph: DocxParagraph, number_id: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    numbering = properties.get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = number_id


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def add_spans(paragraph: DocxParagraph, spans: Iterable[Span]) -> None:
    """Runs for the spans: bold, italic, a line break for "\\n", a hyperlink for a link."""
    for span in spans:
        if span.text == "\n":
            paragraph.add_run().add_break()
            continue
        text = clean(span.text)
        if not text:
            continue
        if span.link:
            run = _hyperlink_run(paragraph, clean(span.link))
            run.text = text
        else:
            run = paragraph.add_run(text)
        if span.bold:
            run.bold = True
        if span.italic:
            run.italic = True


def _hyperlink_run(paragraph: DocxParagraph, url: str) -> Run:
    """An empty run inside a new w:hyperlink to `url` (an external relationship of the paragraph's part)."""
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    link.set(qn("w:history"), "1")
    element = OxmlElement("w:r")
    link.append(element)
    paragraph._p.append(link)
    run = Run(element, paragraph)  # type: ignore[arg-type]
    run.style = "Hyperlink"
    return run


# -- the signatures ------------------------------------------------------------------------------------


def _signatures(document: DocumentObject, signers: tuple[Signature, ...]) -> None:
    """Side by side: room to sign, a line, the name and the role under it; kept on one page."""
    document.add_paragraph().paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=len(signers))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    row = table.rows[0]
    properties = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    properties.append(cant_split)
    for cell, signer in zip(row.cells, signers, strict=True):
        _signature(cell, signer)


def _signature(cell: _Cell, signer: Signature) -> None:
    room = cell.paragraphs[0]
    room.paragraph_format.space_before = Pt(36)  # room for the signature
    room.paragraph_format.keep_with_next = True
    _border(room, "bottom")
    for index, line in enumerate((signer.name, signer.role)):
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        if index == 0:
            paragraph.paragraph_format.keep_with_next = True
        add_spans(paragraph, (Span(line),))
