"""Recorded text as CommonMark that cannot change the document's structure.

Names, titles, places and remarks are one line of plain text (`inline`); an
item's notes are plain-text paragraphs (`block`). Neither is read as Markdown:
whatever the clerk typed — `*`, `_`, `#`, `1.` at a line's start, `<`, `|`,
backticks, `[` — shows as typed and can neither start a heading, list, table,
link or code span nor inject HTML. The escapes are CommonMark backslash
escapes, so every common viewer shows the characters without the backslash.

Escaping is context-free: a value is escaped as if it stood at the start of a
line, so a template may put it anywhere.

Notes keep their shape: a blank line separates paragraphs, a line break
within a paragraph stays a line break, and a paragraph whose every line starts
with "- " or "• " becomes a bullet list (its items escaped like the rest).
"""

from __future__ import annotations

import re

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


def table_cell(text: object) -> str:
    """A value inside a pipe table's cell: one line, `|` escaped (GFM reads `\\|` as a literal bar)."""
    return inline(text)
