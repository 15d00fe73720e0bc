"""The minutes' Markdown as a small tree of blocks, for the formats that are not Markdown (PDF, DOCX).

The PDF and the DOCX are made from the Markdown minutes themselves, so they
have the Markdown's layout and pass through the same public filter. The
Markdown is read with markdown-it-py (CommonMark, plus GFM tables for the
timings appendix); raw HTML is off, so it is text, and images become their
description. What comes out is plain data: headings, paragraphs of spans
(bold, italic, a link), lists, tables and rules. A renderer turns each span's
text into its format's text — never into its markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

_SAFE_LINK = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class Span:
    """A run of text with one style; the text "\\n" alone is a hard line break. `link` is only ever a web or
    mail address."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None

    def __post_init__(self) -> None:
        if self.link is not None and not self.link.lower().startswith(_SAFE_LINK):
            object.__setattr__(self, "link", None)  # a link of another scheme stays its text, in every format


@dataclass(frozen=True)
class Heading:
    level: int
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class Table:
    header: tuple[tuple[Span, ...], ...]
    rows: tuple[tuple[tuple[Span, ...], ...], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Rule:
    """A thematic break (---)."""


Block = Heading | Paragraph | ListBlock | Table | Rule

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")
_NOTE_PARSER = MarkdownIt("commonmark", {"html": False})  # a clerk's note: no tables, a "|" is a bar


def parse(markdown: str, *, tables: bool = True) -> tuple[Block, ...]:
    """The document's blocks, in order."""
    tokens = (_PARSER if tables else _NOTE_PARSER).parse(markdown)
    blocks, _ = _blocks(tokens, 0, None)
    return tuple(blocks)


def spans(inline: Token) -> tuple[Span, ...]:
    """An inline token's children as styled spans (adjacent spans of one style merged)."""
    out: list[Span] = []
    bold = italic = 0
    link: str | None = None
    for child in inline.children or ():
        kind = child.type
        if kind in ("text", "code_inline", "html_inline"):
            text = child.content
        elif kind == "image":  # its description, as text
            text = child.content or "".join(c.content for c in child.children or ())
        elif kind in ("softbreak",):
            text = " "
        elif kind == "hardbreak":
            out.append(Span("\n"))
            continue
        else:
            bold += {"strong_open": 1, "strong_close": -1}.get(kind, 0)
            italic += {"em_open": 1, "em_close": -1}.get(kind, 0)
            if kind == "link_open":
                link = str(child.attrs.get("href", "")) or None
            elif kind == "link_close":
                link = None
            continue
        if not text:
            continue
        span = Span(text, bold > 0, italic > 0, link)
        last = out[-1] if out else None
        if last is not None and last.text != "\n" and (last.bold, last.italic, last.link) == (
            span.bold, span.italic, span.link
        ):
            out[-1] = Span(last.text + text, span.bold, span.italic, span.link)
        else:
            out.append(span)
    return tuple(out)


def _blocks(tokens: list[Token], index: int, until: str | None) -> tuple[list[Block], int]:
    """Blocks from `index` up to the closing token `until` (or the end); returns them and the index after."""
    out: list[Block] = []
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if until is not None and kind == until:
            return out, index + 1
        if kind == "heading_open":
            out.append(Heading(int(token.tag[1:]), spans(tokens[index + 1])))
            index += 3
        elif kind == "paragraph_open":
            out.append(Paragraph(spans(tokens[index + 1])))
            index += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            ordered = kind == "ordered_list_open"
            close = kind.replace("_open", "_close")
            items, index = _items(tokens, index + 1, close)
            start = int(token.attrs.get("start", 1) or 1) if ordered else 1
            out.append(ListBlock(ordered, tuple(items), start))
        elif kind == "table_open":
            table, index = _table(tokens, index + 1)
            out.append(table)
        elif kind == "hr":
            out.append(Rule())
            index += 1
        elif kind in ("fence", "code_block"):
            out.extend(Paragraph((Span(line),)) for line in token.content.splitlines() if line.strip())
            index += 1
        elif kind == "blockquote_open":
            inner, index = _blocks(tokens, index + 1, "blockquote_close")
            out.extend(inner)
        else:  # html_block is off; anything else carries no text of its own
            index += 1
    return out, index


def _items(tokens: list[Token], index: int, close: str) -> tuple[list[tuple[Block, ...]], int]:
    items: list[tuple[Block, ...]] = []
    while tokens[index].type != close:
        inner, index = _blocks(tokens, index + 1, "list_item_close")  # from after list_item_open
        items.append(tuple(inner))
    return items, index + 1


def _cells(tokens: list[Token], index: int) -> Iterator[tuple[Span, ...]]:
    while tokens[index].type != "tr_close":
        if tokens[index].type == "inline":
            yield spans(tokens[index])
        index += 1


def _table(tokens: list[Token], index: int) -> tuple[Table, int]:
    header: tuple[tuple[Span, ...], ...] = ()
    rows: list[tuple[tuple[Span, ...], ...]] = []
    in_head = False
    while tokens[index].type != "table_close":
        kind = tokens[index].type
        if kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            cells = tuple(_cells(tokens, index + 1))
            if in_head:
                header = cells
            else:
                rows.append(cells)
        index += 1
    return Table(header, tuple(rows)), index + 1


def plain(spans_: tuple[Span, ...]) -> str:
    """The spans' text without styles (a hard break as a newline)."""
    return "".join(span.text for span in spans_)
