"""What a printed page of the minutes has beyond the Markdown: the running header and the signatures.

The PDF and the DOCX both put the body, the session and the date at the top of every page
after the first, and give the signers room and a line to sign. The Markdown minutes end with
a rule and one paragraph "name  \\n role" per signer (an appendix may follow); this is the one
place that says which blocks those are, and how the header reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from exports.house import House
from exports.rich_text import Block, Heading, Paragraph, Rule, plain
from sitzung.i18n import t
from sitzung.state import SessionState


def running_header(state: SessionState, lang: str) -> dict[str, str]:
    """The header from page 2: the body, "6. Sitzung" / "6th meeting" (the body's own word), the date."""
    from exports.decisions import ordinal

    body = state.info.body
    own = dict(body.words) if body.lang == lang else {}
    meeting = own.get("meeting") or t("minutes.word.meeting", lang)
    session = t("printed.session", lang, ordinal=ordinal(state.info.number, lang), meeting=meeting)
    return {"body": body.name, "session": session, "date": House(state, lang).date(state.info.date)}


@dataclass(frozen=True)
class Signature:
    name: str
    role: str


def _signature(block: Block) -> Signature | None:
    """A paragraph "name  \\n role": one signature line."""
    if not isinstance(block, Paragraph):
        return None
    lines = plain(block.spans).split("\n")
    if len(lines) != 2 or not all(line.strip() for line in lines):
        return None
    return Signature(lines[0].strip(), lines[1].strip())


def split_signatures(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Signature, ...], int]:
    """The blocks without the signatures, the signatures, and where they stood.

    The signatures are the paragraphs "name / role" after the last rule that is followed only by
    such paragraphs, up to the next heading or the end (an appendix may follow them). A template
    that ends otherwise has none: its blocks are printed as they are.
    """
    for index in range(len(blocks) - 1, -1, -1):
        if not isinstance(blocks[index], Rule):
            continue
        end = index + 1
        while end < len(blocks) and not isinstance(blocks[end], Heading):
            end += 1
        found = [_signature(block) for block in blocks[index + 1 : end]]
        if found and all(found):
            people = tuple(s for s in found if s is not None)
            return blocks[:index] + blocks[end:], people, index
    return blocks, (), len(blocks)
