"""Reading an agenda pasted as the minutes print it.

The accepted form is the reference minutes' agenda block::

    **Öffentliche Sitzung:**

    1. Anfragen
    2. Bericht der Verwaltung
    - 2.1. Unterausschuss …

    **Nichtöffentliche Sitzung:**

    3. Prüfung …

Section lines switch between the public and the non-public part (items before
any section line are public); "2.1" nests under "2". Every other non-empty
line is refused rather than guessed at, since a wrongly public item would leak
into the published minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitzung.errors import SitzungError, Where
from sitzung.model import AgendaItem, fold_name
from sitzung.text_rules import MAX_ITEMS, TITLE, checked

# Section and heading lines, folded by `_words`.
_PUBLIC = frozenset(
    {
        "offentliche sitzung", "offentlicher teil", "offentlich", "sitzung offentlich",
        "public", "public session", "public part", "open session",
    }
)  # fmt: skip
_CLOSED = frozenset(
    {
        "nichtoffentliche sitzung", "nicht offentliche sitzung", "nichtoffentlicher teil",
        "nicht offentlicher teil", "nichtoffentlich", "nicht offentlich", "sitzung nichtoffentlich",
        "sitzung nicht offentlich", "closed session", "closed", "non public", "non public session",
        "non public part", "private", "private session",
    }
)  # fmt: skip
_DIGITS = 4  # per part of an item's number: "2.1", never "20221"
_HEADINGS = frozenset({"tagesordnung", "agenda"})

# "1. Title", "- 2.1. Title", "* 2.1 Title", "**3.** Title", "TOP 4: Title".
_ITEM = re.compile(
    r"(?:[-*+•]\s+)?(?:\*\*)?(?:TOP\s*)?(?P<number>\d+(?:\.\d+)*)[.):]?(?:\*\*)?(?:\s+(?P<title>.*))?",
    re.IGNORECASE,
)


def _unbold(text: str) -> str:
    """`text` without surrounding `**` (Markdown bold) and whitespace."""
    text = text.strip()
    while len(text) >= 4 and text.startswith("**") and text.endswith("**"):
        text = text[2:-2].strip()
    return text


def _words(line: str) -> str:
    """A line reduced to folded words, so "**Nicht-öffentliche Sitzung:**" == "nicht offentliche sitzung"."""
    text = _unbold(line.strip().lstrip("#"))
    for mark in ("*", ":", "-", "_"):
        text = text.replace(mark, " ")
    return " ".join(fold_name(text).split())


@dataclass
class _Node:
    number: tuple[int, ...]
    title: str
    public: bool
    line: int
    children: list[_Node] = field(default_factory=list)

    def freeze(self) -> AgendaItem:
        return AgendaItem(
            number=".".join(map(str, self.number)),
            title=self.title,
            public=self.public,
            children=tuple(c.freeze() for c in self.children),
        )


def parse_agenda(text: str, filename: str) -> tuple[AgendaItem, ...]:
    """The top-level items of an agenda text, sub-items nested; `SitzungError` on the first mistake.

    Numbers must increase in reading order ("2.1" after "2", "3" after "2.6"),
    so the tree reads exactly as the text does.
    """
    public = True
    nodes: dict[tuple[int, ...], _Node] = {}
    top: list[_Node] = []
    previous: _Node | None = None
    # Only real line breaks count, so line numbers match the clerk's editor (splitlines() also
    # splits on form feeds and U+2028).
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line_no, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = Where(filename, line_no, len(raw) - len(raw.lstrip()) + 1)
        checked(raw.replace("\t", " "), TITLE, where, column=1)  # a control character in the line, with its column
        words = _words(raw)
        if words in _PUBLIC or words in _CLOSED:
            public = words in _PUBLIC
            continue
        if words in _HEADINGS:
            continue
        match = _ITEM.fullmatch(_unbold(raw))
        if match is None:
            raise SitzungError("agenda.not_an_item", where=where)
        if any(len(part) > _DIGITS for part in match["number"].split(".")):
            raise SitzungError("agenda.long_number", where=where, digits=_DIGITS)
        number = tuple(int(part) for part in match["number"].split("."))
        label = ".".join(map(str, number))
        title = _unbold(match["title"] or "")
        if not title:
            raise SitzungError("agenda.no_title", where=where, number=label)
        if number in nodes:
            raise SitzungError("agenda.duplicate", where=where, number=label, first_line=nodes[number].line)
        parent = nodes.get(number[:-1])
        if len(number) > 1 and parent is None:
            raise SitzungError("agenda.no_parent", where=where, number=label, parent=".".join(map(str, number[:-1])))
        if previous is not None and number < previous.number:
            raise SitzungError(
                "agenda.out_of_order",
                where=where,
                number=label,
                previous=".".join(map(str, previous.number)),
            )
        if len(nodes) >= MAX_ITEMS:
            raise SitzungError("agenda.too_many", where=where, count=len(nodes) + 1, limit=MAX_ITEMS)
        node = _Node(number, title, public, line_no)
        (parent.children if parent else top).append(node)
        nodes[number] = previous = node
    if not top:
        raise SitzungError("agenda.empty", where=Where(filename))
    return tuple(node.freeze() for node in top)
