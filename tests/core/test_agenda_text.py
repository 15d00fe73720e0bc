"""The agenda importer: the reference minutes' block as it stands, its variants, and its refusals."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitzung.agenda_text import parse_agenda
from sitzung.errors import SitzungError
from sitzung.model import AgendaItem


def outline(items: tuple[AgendaItem, ...]) -> list[tuple[str, bool, int]]:
    """(number, public, depth) of every item in reading order."""
    return [(i.number, i.public, i.number.count(".")) for top in items for i in top.walk()]


def test_demo_agenda_is_the_reference_meeting() -> None:
    text = resources.files("sitzung").joinpath("demo/agenda.txt").read_text(encoding="utf-8")
    items = parse_agenda(text, "agenda.txt")
    assert [i.number for i in items] == ["1", "2", "3", "4", "5"]
    assert [c.number for c in items[1].children] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert all(i.public for i in items[:2] for i in i.walk())
    assert not any(i.public for i in items[2:])
    assert items[1].children[4].title == "Sachstand Sozialplanung /Sozialmonitoring im Kreis Heinsberg"
    assert items[2].title.startswith("Prüfung der Erweiterung einer Pflegeeinrichtung")
    assert items[4] == AgendaItem("5", "Anfragen", public=False)


@pytest.mark.parametrize(
    ("public_line", "closed_line"),
    [
        ("**Öffentliche Sitzung:**", "**Nichtöffentliche Sitzung:**"),
        ("Öffentliche Sitzung", "Nichtöffentliche Sitzung"),
        ("Öffentliche Sitzung:", "Nicht öffentliche Sitzung:"),
        ("**Öffentlicher Teil**", "**nichtöffentlicher Teil**"),
        ("OEFFENTLICHE SITZUNG".replace("OE", "Ö"), "Nicht-öffentliche Sitzung"),
        ("Public", "Closed session"),
        ("Public session:", "Non-public"),
        ("## Public", "Private"),
        ("public", "Private session"),
    ],
)
def test_section_lines(public_line: str, closed_line: str) -> None:
    text = f"Tagesordnung:\n{public_line}\n1. Eins\n{closed_line}\n2. Zwei\n"
    assert outline(parse_agenda(text, "a.txt")) == [("1", True, 0), ("2", False, 0)]


def test_item_spellings_and_nesting() -> None:
    text = (
        "**Tagesordnung:**\n"
        "1 Ohne Punkt\n"
        "**2.** Fett\n"
        "**3. Ganz fett**\n"
        "- 3.1. Mit Strich\n"
        "* 3.2 Mit Stern\n"
        "    3.3. Eingerückt\n"
        "      - 3.3.1 Tiefer\n"
        "4. **Titel fett**\n"
        "\t5. Tab\n"
        "TOP 6: Mit TOP\n"
    )
    items = parse_agenda(text, "a.txt")
    assert [(i.number, i.title) for top in items for i in top.walk()] == [
        ("1", "Ohne Punkt"),
        ("2", "Fett"),
        ("3", "Ganz fett"),
        ("3.1", "Mit Strich"),
        ("3.2", "Mit Stern"),
        ("3.3", "Eingerückt"),
        ("3.3.1", "Tiefer"),
        ("4", "Titel fett"),
        ("5", "Tab"),
        ("6", "Mit TOP"),
    ]


def test_items_before_any_section_are_public_and_a_sub_item_keeps_its_own_section() -> None:
    text = "1. A\n2. B\nNichtöffentliche Sitzung\n- 2.1. Vertraulich\n3. C\n"
    assert outline(parse_agenda(text, "a.txt")) == [("1", True, 0), ("2", True, 0), ("2.1", False, 1), ("3", False, 0)]


def test_bom_crlf_and_odd_line_breaks() -> None:
    items = parse_agenda("\ufeff**Öffentliche Sitzung:**\r\n1. A B\r\n2. C\r3. D\n", "a.txt")
    assert [(i.number, i.title) for i in items] == [("1", "A B"), ("2", "C"), ("3", "D")]
    with pytest.raises(SitzungError) as info:
        parse_agenda("1. A\r\nX\n", "a.txt")
    assert info.value.where.line == 2
    with pytest.raises(SitzungError) as info:  # a form feed is not a line break, and not part of a title
        parse_agenda("1. A\r\n2. B\x0cC\n", "a.txt")
    assert (info.value.key, info.value.where.line, info.value.where.column) == ("text.control_here", 2, 5)


def test_gaps_in_numbers_are_allowed() -> None:
    items = parse_agenda("1. A\n3. C\n- 3.2. withdrawn 3.1 before\n10. J\n", "a.txt")
    assert [i.number for top in items for i in top.walk()] == ["1", "3", "3.2", "10"]


ERRORS = [
    # (name, text, key, line, column)
    ("empty", "", "agenda.empty", None, None),
    ("only sections", "**Öffentliche Sitzung:**\n\nNichtöffentliche Sitzung\n", "agenda.empty", None, None),
    ("free line after the agenda", "1. A\n2. B\n\nDie Jahresberichte sind beigefügt.\n", "agenda.not_an_item", 4, 1),
    ("indented free line", "1. A\n   weiter im Titel\n", "agenda.not_an_item", 2, 4),
    ("bullet without number", "1. A\n- B\n", "agenda.not_an_item", 2, 1),
    ("no title", "1. A\n2.\n", "agenda.no_title", 2, 1),
    ("bold number only", "1. A\n**2.**\n", "agenda.no_title", 2, 1),
    ("duplicate number", "1. A\n2. B\n2. C\n", "agenda.duplicate", 3, 1),
    ("duplicate sub-item", "1. A\n- 1.1. B\n  - 1.1 C\n", "agenda.duplicate", 3, 3),
    ("missing parent", "1. A\n2. B\n- 3.1. C\n", "agenda.no_parent", 3, 1),
    ("missing grandparent", "1. A\n- 1.1.1 C\n", "agenda.no_parent", 2, 1),
    ("backwards", "1. A\n3. C\n2. B\n", "agenda.out_of_order", 3, 1),
    ("sub-items backwards", "1. A\n- 1.2. B\n- 1.1. C\n", "agenda.out_of_order", 3, 1),
    ("sub-item after the next item", "1. A\n2. B\n- 1.1. C\n", "agenda.out_of_order", 3, 1),
]


@pytest.mark.parametrize(("text", "key", "line", "column"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_each_mistake_is_one_located_sentence(text: str, key: str, line: int | None, column: int | None) -> None:
    with pytest.raises(SitzungError) as info:
        parse_agenda(text, "agenda.txt")
    error = info.value
    assert error.key == key
    assert error.where is not None
    assert (error.where.file, error.where.line, error.where.column) == ("agenda.txt", line, column)
    for lang in ("en", "de"):
        sentence = error.message(lang)
        assert sentence.startswith("agenda.txt")
        assert "Traceback" not in sentence and "{" not in sentence


def test_messages_name_the_numbers() -> None:
    with pytest.raises(SitzungError) as info:
        parse_agenda("1. A\n- 1.2. B\n- 1.1. C\n", "agenda.txt")
    assert info.value.message("en") == (
        "agenda.txt, line 3, column 1: Item 1.1 comes after item 1.2; numbers must increase from top to bottom."
    )
    with pytest.raises(SitzungError) as info:
        parse_agenda("1. A\n2. B\n- 3.1. C\n", "agenda.txt")
    assert info.value.message("de") == (
        "agenda.txt, Zeile 3, Spalte 1: Punkt 3.1 ist ein Unterpunkt von 3, aber davor steht kein Punkt 3."
    )


# Property: an agenda rendered in the seed's form (with the usual variations) parses back to itself.

TITLE = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzÄÖÜäöüß ABCXYZ0123456789/-,.:()„“§*", min_size=1, max_size=40)
    .map(str.strip)
    .filter(lambda t: t and not (t.startswith("**") and t.endswith("**")))
)
STYLE = st.tuples(st.sampled_from(["", "- ", "* "]), st.sampled_from(["", "  ", "\t"]), st.booleans())


@st.composite
def agendas(draw: st.DrawFn, prefix: str = "", depth: int = 0) -> tuple[AgendaItem, ...]:
    count = draw(st.integers(min_value=1 if depth == 0 else 0, max_value=6 if depth == 0 else 3))
    items = []
    for n in range(1, count + 1):
        number = f"{prefix}{n}"
        children = draw(agendas(prefix=f"{number}.", depth=depth + 1)) if depth < 2 else ()
        items.append(AgendaItem(number, draw(TITLE), draw(st.booleans()), children))
    return tuple(items)


def render(items: tuple[AgendaItem, ...], styles: st.DataObject) -> str:
    lines = [styles.draw(st.sampled_from(["**Tagesordnung:**", "", "Tagesordnung"]))]
    public = True
    for item in (i for top in items for i in top.walk()):
        if item.public != public or styles.draw(st.booleans()):
            lines += ["", "**Öffentliche Sitzung:**" if item.public else "**Nichtöffentliche Sitzung:**", ""]
            public = item.public
        bullet, indent, dot = styles.draw(STYLE) if "." in item.number else ("", "", True)
        lines.append(f"{indent}{bullet}{item.number}{'.' if dot else ''} {item.title}")
    return "\n".join(lines) + "\n"


@given(agendas(), st.data())
def test_rendered_agendas_parse_back_to_the_same_tree(items: tuple[AgendaItem, ...], styles: st.DataObject) -> None:
    assert parse_agenda(render(items, styles), "agenda.txt") == items
