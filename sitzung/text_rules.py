"""What typed text may hold, how long it may be, and how stored text is shown without harm.

Names, titles and places come from someone else's spreadsheet or from a guest
who spells their own name; they end up in terminals, browsers and signed
minutes. A control character there can clear a terminal or retitle its window
(ESC, C1), hide or reorder text (bidi overrides and isolates, marks), or break a
line where the minutes' layout expects none (CR, U+2028/U+2029). So such
characters are refused where text comes in, with the column they stand at, and
`printable` escapes them wherever stored text is printed: a file edited by hand
or written by an older version can still hold them.

The limits lie far beyond any real body (a parliament has about 750 members)
and keep a hostile file from making every later command slow.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sitzung.errors import SitzungError, Term, Where

MAX_NAME = 200  # a person's name, title, group; a body's name; a role's label
MAX_TITLE = 1_000  # an agenda item's title, a place, a reason
MAX_TEXT = 200_000  # a note or a remark (about 60 pages)
MAX_PEOPLE = 2_000  # people in a roster
MAX_SEATS = 5_000  # statutory seats of a body
MAX_ITEMS = 1_000  # items on an agenda
MAX_INPUT_BYTES = 2_000_000  # a roster, an agenda or a body's TOML read from a file

# C0 but tab and newline are refused even in notes; these are refused in one-line text as well.
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_INVISIBLE = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufff9-\ufffb"
# Patterns as text: `re` compiles each when first used and keeps it, so a command that checks no text pays nothing.
_IN_TEXT = f"[{_CONTROL}{_INVISIBLE}]"
_IN_LINE = f"[\t\n{_CONTROL}{_INVISIBLE}]"
_SPACES = r"[ \u00a0]{2,}"


class Field(NamedTuple):
    """A kind of typed text: its catalog word (for the sentence), its length limit, one line or many."""

    word: str
    limit: int
    lines: bool = False


NAME = Field("text.a_name", MAX_NAME)
BODY_NAME = Field("text.a_body_name", MAX_NAME)
TITLE = Field("text.a_title", MAX_TITLE)
PLACE = Field("text.a_place", MAX_TITLE)
REASON = Field("text.a_reason", MAX_TITLE)
NOTE = Field("text.a_note", MAX_TEXT, lines=True)


def unsafe_at(text: str, lines: bool = False) -> int | None:
    """The index of the first character that typed text may not hold, or None."""
    match = re.search(_IN_TEXT if lines else _IN_LINE, text)
    return match.start() if match else None


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def checked(text: str, field: Field, where: Where | None = None, column: int | None = None) -> str:
    """`text` as it will be kept (one-line text trimmed, runs of spaces made one), or one sentence.

    `column`, if given, is where `text` starts in its line, so that the sentence
    names the column of the offending character itself.
    """
    index = unsafe_at(text, field.lines)
    if index is not None:
        if where is not None and where.line is not None and column is not None:
            where = Where(where.file, where.line, column + index)
        key = "text.control" if where is None else "text.control_here"
        raise SitzungError(
            key, where=where, what=Term(field.word), char=code_point(text[index]), column=index + 1,
            shown=shortened(printable(text, field.lines)),
        )
    # A note is kept exactly as typed: the app merges what it saves with what is stored.
    kept = text if field.lines else re.sub(_SPACES, " ", text.strip())
    if len(kept) > field.limit:
        raise SitzungError("text.too_long", where=where, what=Term(field.word), length=len(kept), limit=field.limit)
    return kept


def printable(text: str, lines: bool = True) -> str:
    """`text` with every character that typed text may not hold written as a visible `\\uXXXX`.

    The escape is JSON's own, so JSON printed through it stays valid and means the same.
    """
    return re.sub(_IN_TEXT if lines else _IN_LINE, lambda m: f"\\u{ord(m.group()):04x}", text)


_LONG_WORD = r"""[^\s'"“„]{61,}"""


def shortened(text: str) -> str:
    """`text` with any run of more than 60 visible characters cut to its start and its length.

    A sentence quotes what was typed; a 5001-digit number should not fill the screen.
    """
    return re.sub(_LONG_WORD, lambda m: f"{m.group()[:24]}… ({len(m.group())} characters)", text)


def within_limit(data: bytes, where: Where, what: str) -> bytes:
    """`data`, or a refusal if it is beyond what any real roster, agenda or body needs."""
    if len(data) > MAX_INPUT_BYTES:
        raise SitzungError("input.too_big", where=where, limit=MAX_INPUT_BYTES, what=Term(what))
    return data
