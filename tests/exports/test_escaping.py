"""Hostile names, titles, notes and remarks cannot change the minutes' structure or inject HTML."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exports.markdown_text import block, inline, note
from exports.minutes import MinutesOptions, render_minutes
from tests.exports.helpers import html_tokens, parse, text_of
from tests.exports.scenario import Texts, build

HOSTILE_LINES = [
    "*Evil*",
    "**bold** and _under_",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "# Head",
    "###### Six",
    "Title #",
    "1. List",
    "1) List",
    "- bullet",
    "+ bullet",
    "* bullet",
    "> quote",
    "a|b",
    "| a | b |",
    "`code`",
    "```",
    "~~~",
    "~~strike~~",
    "[link](http://evil.example)",
    "![img](http://evil.example/x.png)",
    "[ref]: http://evil.example",
    "<http://evil.example>",
    "&amp; &#60; &lt;",
    "---",
    "===",
    "***",
    "    indented",
    "trailing backslash\\",
    "<!-- comment -->",
    "Line\nbreak # Head\n\n1. x",
    "\u2028# Head\u2029<b>",
    "nul\x00byte",
]

PLAIN_TYPES = {"text", "text_special"}


def inline_children(markdown: str) -> list[str]:
    return [child.type for tok in parse(markdown) if tok.type == "inline" for child in tok.children or ()]


@pytest.mark.parametrize("hostile", HOSTILE_LINES)
@pytest.mark.parametrize("context", ["{}", "## {}", "Anfang: {} Uhr", "1. {}", "- 2.1. {}", "Name, {}, Dr. \\*"])
def test_a_one_line_value_stays_plain_text_where_it_stands(hostile: str, context: str) -> None:
    markdown = context.format(inline(hostile))
    blocks = [tok.type for tok in parse(markdown) if tok.type != "inline"]
    plain = parse(context.format("x"))
    assert blocks == [tok.type for tok in plain if tok.type != "inline"]
    assert set(inline_children(markdown)) <= PLAIN_TYPES
    assert " ".join(hostile.replace("\x00", "").split()) in " ".join(text_of(markdown).split())


@pytest.mark.parametrize("hostile", HOSTILE_LINES)
def test_a_value_in_a_table_cell_stays_in_its_cell(hostile: str) -> None:
    markdown = f"| A | B |\n| --- | --- |\n| {inline(hostile)} | x |\n"
    tokens = parse(markdown)
    cells = [tok for tok in tokens if tok.type == "td_open"]
    assert len(cells) == 2
    assert not html_tokens(markdown)


@given(st.text(alphabet=string.printable + "äöü„“\u2028", max_size=80))
def test_any_text_is_one_plain_paragraph(text: str) -> None:
    markdown = inline(text)
    if not markdown:
        return
    assert [tok.type for tok in parse(markdown)] == ["paragraph_open", "inline", "paragraph_close"]
    assert set(inline_children(markdown)) <= PLAIN_TYPES
    assert " ".join(text_of(markdown).split()) == " ".join(text.split())


@given(st.text(alphabet=string.printable + "•äöü", max_size=200))
def test_any_notes_are_paragraphs_breaks_and_bullets_only(text: str) -> None:
    markdown = block(text)
    allowed = {"paragraph_open", "paragraph_close", "inline", "bullet_list_open", "bullet_list_close",
               "list_item_open", "list_item_close"}
    assert {tok.type for tok in parse(markdown)} <= allowed
    assert set(inline_children(markdown)) <= PLAIN_TYPES | {"hardbreak", "softbreak"}


def test_notes_keep_paragraphs_line_breaks_and_bullets() -> None:
    markdown = block("Erster Absatz\nzweite Zeile\n\n\n- eins *x*\n- zwei <b>\n\n1. kein Listenpunkt")
    assert markdown == (
        "Erster Absatz  \nzweite Zeile\n\n- eins \\*x\\*\n- zwei \\<b\\>\n\n1\\. kein Listenpunkt"
    )


HOSTILE = Texts(
    body="Ausschuss <img src=x onerror=alert(1)> *fett* | Tabelle",
    location="# Saal\n\n<div>",
    alpha=("*Evil*", "<script>alert(1)</script>", "# Head"),
    beta=("1. List", "a|b", "`code`"),
    gamma=("[link](http://evil.example)", "- bullet", "> quote"),
    delta=("---", "===", "&amp; <b>"),
    closed_only=("Omega_", "~~x~~", "![i](u)"),
    guest=("<!-- x -->", "+ y", "1) z"),
    titles={
        "1": "# Überschrift",
        "2": "1. Liste",
        "2.1": "<b>fett</b> | x",
        "2.2": "`code` [l](u)",
        "3": "***",
        "4": "- a",
        "5": "Titel\n# neu",
        "6": "Ende \\",
    },
    notes={
        "1": "# Heading\n\n1. one\n2. two\n\n<div>html</div>\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |",
        "2.1": "> quote\n    indented code\n\n***\n\nfoo\n===\n\n[ref]: http://evil.example\n\n&lt;script&gt; &#60;",
        "2.2": "text <b>\n- not a list, since the paragraph has text\n---",
        "3": "<!-- comment -->\n\n<script>",
    },
    remarks="<script>alert(1)</script>\n\n## Remark heading\n\n| x |",
)


def neutral(text: str) -> str:
    """The same text with every ASCII punctuation mark replaced by a letter: same lines and paragraphs."""
    return text.translate({ord(c): "x" for c in string.punctuation})


def neutral_texts(texts: Texts) -> Texts:
    return Texts(
        body=neutral(texts.body),
        location=neutral(texts.location),
        alpha=tuple(neutral(p) for p in texts.alpha),  # type: ignore[arg-type]
        beta=tuple(neutral(p) for p in texts.beta),  # type: ignore[arg-type]
        gamma=tuple(neutral(p) for p in texts.gamma),  # type: ignore[arg-type]
        delta=tuple(neutral(p) for p in texts.delta),  # type: ignore[arg-type]
        closed_only=tuple(neutral(p) for p in texts.closed_only),  # type: ignore[arg-type]
        guest=tuple(neutral(p) for p in texts.guest),  # type: ignore[arg-type]
        titles={k: neutral(v) for k, v in texts.titles.items()},
        notes=texts.notes,  # notes keep their own formatting: the same notes on both sides (see below)
        remarks=neutral(texts.remarks),
    )


def shape(markdown: str) -> list[tuple[str, str, int, tuple[str, ...]]]:
    """Every block token with its tag and nesting, and the non-text inline tokens inside."""
    out = []
    for tok in parse(markdown):
        children = tuple(c.type for c in tok.children or () if c.type not in PLAIN_TYPES)
        out.append((tok.type, tok.tag, tok.level, children))
    return out


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("public", [False, True])
def test_hostile_input_gives_the_same_document_structure_as_plain_input(lang: str, public: bool) -> None:
    options = MinutesOptions(lang, public=public, timings=True)
    hostile = render_minutes(build(HOSTILE).state, options)
    plain = render_minutes(build(neutral_texts(HOSTILE)).state, options)
    assert not html_tokens(hostile)
    assert shape(hostile) == shape(plain)


NOTE_BLOCKS = {"paragraph_open", "paragraph_close", "inline", "heading_open", "heading_close", "bullet_list_open",
               "bullet_list_close", "ordered_list_open", "ordered_list_close", "list_item_open", "list_item_close"}
NOTE_INLINE = PLAIN_TYPES | {"hardbreak", "softbreak", "strong_open", "strong_close", "em_open", "em_close",
                             "link_open", "link_close"}


@given(st.text(alphabet=string.printable + "•äöü", max_size=300))
def test_notes_keep_only_the_formatting_a_clerk_types(text: str) -> None:
    """Emphasis, sub-headings below the item's title, lists and web or mail links; never HTML, a table, code,
    a quote or a link of another scheme."""
    markdown = note(text)
    tokens = parse(markdown)
    assert {tok.type for tok in tokens} <= NOTE_BLOCKS
    assert all(tok.tag == "h4" for tok in tokens if tok.type == "heading_open")
    assert set(inline_children(markdown)) <= NOTE_INLINE
    for tok in tokens:
        for child in tok.children or ():
            if child.type == "link_open":
                assert str(child.attrs["href"]).startswith(("http://", "https://", "mailto:"))


def test_gender_stars_and_typed_entities_stay_as_typed() -> None:
    markdown = note("Die Schüler*innen und Kolleg*innen, *betont* und **fett**; &lt;b&gt; &#60;")
    assert text_of(markdown).strip() == "Die Schüler*innen und Kolleg*innen, betont und fett; &lt;b&gt; &#60;"
    assert inline_children(markdown).count("em_open") == 1 and inline_children(markdown).count("strong_open") == 1
    assert "*betont*" in markdown and "**fett**" in markdown and "Schüler\\*innen" in markdown


def test_hostile_names_and_titles_read_as_typed() -> None:
    text = " ".join(text_of(render_minutes(build(HOSTILE).state, MinutesOptions("de", timings=True))).split())
    for expected in (
        "*Evil*, <script>alert(1)</script>, # Head",
        "1. List, a|b, `code`",
        "[link](http://evil.example), - bullet, > quote",
        "---, ===, &amp; <b>",
        "Tagesordnungspunkt 2.1:",
        "<b>fett</b> | x",
        "Titel # neu",
        "Ende \\",
        "des Ausschusses <img src=x onerror=alert(1)> *fett* | Tabelle am",
        "<div>html</div>",
        "&lt;script&gt; &#60;",  # in a note: entities are text there too
        "<script>alert(1)</script>",
    ):
        assert expected in text, expected
