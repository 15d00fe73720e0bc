"""Recorded text as CommonMark that cannot change the document's structure.

Names, titles, places and remarks are one line of plain text (`inline`); an
item's notes are plain-text paragraphs (`block`). Neither is read as Markdown:
whatever the clerk typed — `*`, `_`, `#`, `1.` at a line's start, `<`, `|`,
backticks, `[` — shows as typed and can neither start a heading, list, table,
link or code span nor inject HTML. The escapes are CommonMark backslash
escapes, so every common viewer shows the characters without the backslash.

Escaping is context-free: a value is escaped as if it stood at the start of a
line, so a template may put it anywhere.

Remarks keep their shape: a blank line separates paragraphs, a line break
within a paragraph stays a line break, and a paragraph whose every line starts
with "- " or "• " becomes a bullet list (its items escaped like the rest).

An item's notes (`note`) keep the formatting a clerk types or pastes, and only
that: emphasis, bold, sub-headings (always one level below the item's title),
bullet and numbered lists, and links to web or mail addresses. They are read
with the same CommonMark parser as the PDF and DOCX use (`exports.rich_text`)
and written out again from its tree, every piece of text escaped as above: no
HTML, no table, no code, no link of another scheme. A gender star between two
letters ("Schüler*innen und Kolleg*innen") stays a star, never emphasis.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from exports.rich_text import Block, Heading, ListBlock, Paragraph, Span, Table
from exports.rich_text import parse as parse_markdown

# Escaped wherever they stand: emphasis, code, links, HTML, tables, strikethrough, headings'
# closing sequences, and the backslash itself (a trailing one would escape what follows).
_ALWAYS = re.compile(r"([\\`*_\[\]<>|~#])")
# An entity or character reference (&amp; &#60;) would be decoded; its "&" is escaped.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Block starts that only matter at the start of a line: lists, quotes, setext underlines.
_LINE_START = re.compile(r"^([-+=])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
# Control characters other than tab and newline; CommonMark turns NUL into U+FFFD anyway.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Everything a renderer may take as a line break.
_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_BULLET = re.compile(r"^[-•]\s+")

HARD_BREAK = "  \n"


def _escape_line(line: str) -> str:
    """One line, already free of line breaks and leading blanks."""
    text = _ENTITY.sub(r"\\&", _ALWAYS.sub(r"\\\1", line))
    text = _LINE_START.sub(r"\\\1", text)
    return _ORDERED.sub(r"\1\\\2", text)


def inline(text: object) -> str:
    """A one-line value (name, title, place): whitespace runs and line breaks become one space."""
    if text is None:
        return ""
    flat = " ".join(_CONTROL.sub("", _BREAKS.sub(" ", str(text))).split())
    return _escape_line(flat)


def _lines(paragraph: str) -> list[str]:
    return [" ".join(line.split()) for line in paragraph.split("\n") if line.strip()]


def paragraphs(text: str) -> list[list[str]]:
    """Plain text as paragraphs of lines: blank lines separate, whitespace runs collapse."""
    clean = _CONTROL.sub("", _BREAKS.sub("\n", text.replace("\t", " ")))
    blocks = re.split(r"\n\s*\n", clean)
    return [lines for lines in (_lines(b) for b in blocks) if lines]


def block(text: object) -> str:
    """Plain-text notes as Markdown paragraphs (and bullet lists), separated by blank lines."""
    if not text:
        return ""
    out: list[str] = []
    for lines in paragraphs(str(text)):
        if all(_BULLET.match(line) for line in lines):
            out.append("\n".join("- " + _escape_line(_BULLET.sub("", line)) for line in lines))
        else:
            out.append(HARD_BREAK.join(_escape_line(line) for line in lines))
    return "\n\n".join(out)


_GENDER_STAR = re.compile(r"(?<=\w)\*(?=\w)")
NOTE_HEADING = "####"  # an item's title is level 3; a note's sub-heading sits below it, whatever its level


def _emphasised(span: Span) -> str:
    """One span as Markdown: escaped text in its markers; spaces stay outside them, or they would not parse."""
    core = span.text.strip(" ")
    if not core:
        return span.text
    lead, trail = span.text[: len(span.text) - len(span.text.lstrip(" "))], span.text[len(span.text.rstrip(" ")):]
    text = _escape_line(core)
    if span.italic:
        text = f"*{text}*"
    if span.bold:
        text = f"**{text}**"
    if span.link:
        target = quote(span.link, safe=":/?#&=%@+,;~!$.-_")
        text = f"<{target}>" if core == span.link and not (span.bold or span.italic) else f"[{text}]({target})"
    return lead + text + trail


def _line(spans: tuple[Span, ...]) -> str:
    return "".join(HARD_BREAK if span.text == "\n" else _emphasised(span) for span in spans).strip()


def _note_blocks(blocks: tuple[Block, ...], indent: str = "") -> list[str]:
    out: list[str] = []
    for found in blocks:
        if isinstance(found, Heading):
            out.append(f"{indent}{NOTE_HEADING} {_line(found.spans)}")
        elif isinstance(found, Paragraph):
            if text := _line(found.spans):
                out.append(indent + text.replace("\n", "\n" + indent))
        elif isinstance(found, ListBlock):
            lines = []
            for number, item in enumerate(found.items, start=found.start):
                marker = f"{number}. " if found.ordered else "- "
                inner = _note_blocks(item, indent + " " * len(marker))
                first = inner[0][len(indent) + len(marker):] if inner else ""
                lines.append("\n".join([f"{indent}{marker}{first}", *inner[1:]]))
            out.append("\n".join(lines))
        elif isinstance(found, Table):  # not read from notes; kept as text should a parser ever produce one
            out.extend(indent + _line(cell) for row in (found.header, *found.rows) for cell in row)
    return [block for block in out if block.strip()]


def note(text: object) -> str:
    """An item's notes as Markdown with the clerk's own formatting (see the module's words on what is kept)."""
    if not text:
        return ""
    clean = _CONTROL.sub("", _BREAKS.sub("\n", str(text).replace("\t", " ")))
    lines = [_BULLET.sub("- ", line) if line.lstrip().startswith("•") else line for line in clean.split("\n")]
    # a line break inside a paragraph stays a line break (a hard break), as clerks type them
    broken = [
        line + "  " if line.strip() and index + 1 < len(lines) and lines[index + 1].strip() else line
        for index, line in enumerate(lines)
    ]
    # a typed "&lt;" stays "&lt;": entities are not formatting
    source = _ENTITY.sub(r"\\&", _GENDER_STAR.sub(r"\\*", "\n".join(broken)))
    return "\n\n".join(_note_blocks(parse_markdown(source, tables=False)))


def table_cell(text: object) -> str:
    """A value inside a pipe table's cell: one line, `|` escaped (GFM reads `\\|` as a literal bar)."""
    return inline(text)
