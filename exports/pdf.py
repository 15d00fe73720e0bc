"""The minutes as PDF/A-2b, made from the Markdown minutes themselves.

The Markdown minutes (`exports.minutes.render_minutes`) are read back into
blocks (`exports.rich_text.parse`), so the PDF has the Markdown's layout and
passes through the same public filter: what the public Markdown leaves out,
the public PDF never sees. The blocks go to a Typst template
(`exports/templates/minutes.typ`, or `minutes.typ` in the user's --template
folder) as JSON in `sys.inputs`; the template iterates over them and puts
every text on the page as a string, so nothing a clerk typed is ever Typst
markup or code. The running header (body, session, date) comes from the
session itself, not from the text; the signature lines at the end are the
Markdown's last rule and its "name / role" paragraphs.

Typst's own fonts (bundled in the `typst` wheel) are used and embedded, and
system fonts are ignored, so the PDF looks the same on every machine. PDF/A
forbids a glyph that no embedded font has: such a character (an emoji, a
CJK name) is written as its code point, "[U+1F600]", rather than failing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from exports.minutes import MinutesOptions, render_minutes, template_names
from exports.printed import running_header, split_signatures
from exports.rich_text import Block, Heading, ListBlock, Paragraph, Span, Table, parse, plain
from sitzung.errors import SitzungError, Where
from sitzung.i18n import register, t
from sitzung.numbering import Session
from sitzung.state import SessionState
from sitzung.text_rules import code_point

TEMPLATE = "minutes.typ"
OURS = Path(__file__).with_name("templates")
STANDARD = "a-2b"
_MISSING_GLYPH = re.compile(r'the text `"(.+?)"` could not be displayed')
_RETRIES = 3

MESSAGES: dict[str, dict[str, str]] = {
    "pdf.page": {"en": "Page {page} of {total}", "de": "Seite {page} von {total}"},
}
register(MESSAGES)


# -- the data the template receives -----------------------------------------------------------------


def _spans(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [
        {
            "text": span.text,
            "bold": span.bold,
            "italic": span.italic,
            # a link is kept only to the web or to mail; anything else is its text
            "link": span.link,
        }
        for span in spans
    ]


def block_data(block: Block) -> dict[str, Any]:
    """One block as plain data for the template."""
    if isinstance(block, Heading):
        return {"kind": "heading", "level": block.level, "spans": _spans(block.spans)}
    if isinstance(block, Paragraph):
        return {"kind": "paragraph", "spans": _spans(block.spans)}
    if isinstance(block, ListBlock):
        items = [[block_data(inner) for inner in item] for item in block.items]
        return {"kind": "list", "ordered": block.ordered, "start": block.start, "items": items}
    if isinstance(block, Table):
        return {
            "kind": "table",
            "header": [_spans(cell) for cell in block.header],
            "rows": [[_spans(cell) for cell in row] for row in block.rows],
        }
    return {"kind": "rule"}


def document(state: SessionState, markdown: str, lang: str) -> dict[str, Any]:
    """Everything the Typst template receives, from the rendered Markdown minutes."""
    return markdown_document(markdown, running_header(state, lang), lang)


def markdown_pdf(markdown: str, head: dict[str, str], lang: str) -> bytes:
    """Any of our Markdown documents (the attendance list) as PDF/A-2b, in the minutes' layout, with `head`
    ({body, session, date}) as the running header from page 2."""
    return compile_document(markdown_document(markdown, head, lang), OURS / TEMPLATE)


def markdown_document(markdown: str, head: dict[str, str], lang: str) -> dict[str, Any]:
    blocks, people, at = split_signatures(parse(markdown))
    data = [block_data(block) for block in blocks]
    if people:
        data.insert(at, {"kind": "signatures", "people": [{"name": p.name, "role": p.role} for p in people]})
    title = next((plain(b.spans) for b in blocks if isinstance(b, Heading) and b.level == 1), "")
    return {
        "lang": lang,
        "title": title.replace("\n", " ") or f"{head['body']}, {head['session']}, {head['date']}",
        "header": head,
        "words": {"page": t("pdf.page", lang, page="{page}", total="{total}")},
        "blocks": data,
    }


# -- compiling ----------------------------------------------------------------------------------------


def _template(template_dir: Path | None) -> Path:
    if template_dir is not None and (template_dir / TEMPLATE).is_file():
        return template_dir / TEMPLATE
    return OURS / TEMPLATE


def _replace_text(value: Any, missing: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: (_replace_text(v, missing) if k != "link" else v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_text(v, missing) for v in value]
    if isinstance(value, str):
        for char, instead in missing.items():
            value = value.replace(char, instead)
    return value


def compile_document(data: dict[str, Any], template: Path, *, png_ppi: float | None = None) -> bytes:
    """The PDF/A-2b (or, with `png_ppi`, the first page as PNG) of `data` through `template`."""
    import typst

    source = template.read_bytes()
    missing: dict[str, str] = {}
    for _ in range(_RETRIES + 1):
        inputs = {"doc": json.dumps(_replace_text(data, missing) if missing else data, ensure_ascii=False)}
        try:
            if png_ppi is not None:
                pages = typst.compile(
                    source, root=str(template.parent), format="png", ppi=png_ppi,
                    sys_inputs=inputs, ignore_system_fonts=True,
                )
                return pages[0] if isinstance(pages, list) else pages  # type: ignore[return-value]
            pdf = typst.compile(
                source, root=str(template.parent), format="pdf", pdf_standards=[STANDARD],
                sys_inputs=inputs, ignore_system_fonts=True,
            )
            return pdf  # type: ignore[return-value]
        except typst.TypstError as error:
            found = set(_MISSING_GLYPH.findall(error.diagnostic or error.message)) - missing.keys()
            if not found:
                raise SitzungError("export.template_failed", where=Where(str(template)), reason=error.message) from None
            missing.update({char: "".join(f"[{code_point(c)}]" for c in char) for char in found})
    raise SitzungError("export.template_failed", where=Where(str(template)), reason="PDF/A")


def render_pdf(state: SessionState, options: MinutesOptions, earlier: Iterable[Session] = ()) -> bytes:
    """The minutes as PDF/A-2b bytes: the Markdown minutes of `options`, laid out by the Typst template.

    With `options.template_dir`, its `minutes.typ` replaces ours and its Markdown template ours; a
    folder with only one of them uses ours for the other (a folder with neither is refused as usual).
    """
    return compile_document(*_prepared(state, options, earlier))


def render_png(
    state: SessionState, options: MinutesOptions, earlier: Iterable[Session] = (), ppi: float = 110
) -> bytes:
    """The PDF's first page as a PNG image (for the README)."""
    data, template = _prepared(state, options, earlier)
    return compile_document(data, template, png_ppi=ppi)


def _prepared(state: SessionState, options: MinutesOptions, earlier: Iterable[Session]) -> tuple[dict[str, Any], Path]:
    folder = options.template_dir
    markdown_options = options
    if folder is not None and folder.is_dir():
        has_markdown = any((folder / name).is_file() for name in template_names(state, options.lang))
        if (folder / TEMPLATE).is_file() and not has_markdown:
            markdown_options = replace(options, template_dir=None)
    markdown = render_minutes(state, markdown_options, earlier)
    return document(state, markdown, options.lang), _template(folder)
