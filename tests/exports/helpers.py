"""The reference meeting entered through the CLI, with the seed's per-item texts, and `sitzung export`."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tests.cli_helpers import enter_reference_meeting, seed_notes, sitzung

__all__ = ["enter_reference_meeting", "seed_notes", "sitzung"]

EXPECTED = Path(__file__).parent / "expected"


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
