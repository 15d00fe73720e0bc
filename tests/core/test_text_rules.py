"""What typed text may hold (`sitzung/text_rules.py`): refused at the door, escaped on the way out."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitzung.errors import SitzungError, Where
from sitzung.text_rules import NAME, NOTE, TITLE, checked, printable, shortened, unsafe_at

HARMFUL = ["\x1b", "\x07", "\x00", "\r", "\x7f", "\x9b", "\u202e", "\u2066", "\u200f", "\u2028", "\u2029", "\ufeff"]


@pytest.mark.parametrize("char", HARMFUL, ids=lambda c: f"U+{ord(c):04X}")
def test_a_harmful_character_is_refused_with_its_column(char: str) -> None:
    with pytest.raises(SitzungError) as caught:
        checked(f"Gast{char}, Eve", NAME)
    assert caught.value.key == "text.control"
    assert caught.value.params["column"] == 5
    assert caught.value.params["char"] == f"U+{ord(char):04X}"
    assert char not in caught.value.message("en")


def test_a_file_names_the_column_of_the_character_itself() -> None:
    with pytest.raises(SitzungError) as caught:
        checked("2. Kosten\x1b[2J", TITLE, Where("a.txt", 3), column=1)
    assert (caught.value.where.line, caught.value.where.column) == (3, 10)


def test_notes_keep_lines_and_tabs_and_every_space() -> None:
    assert checked("  Erster Absatz.\n\n\tZweiter  Absatz. ", NOTE) == "  Erster Absatz.\n\n\tZweiter  Absatz. "
    with pytest.raises(SitzungError):
        checked("a\nb", NAME)


def test_one_line_text_is_trimmed_and_runs_of_spaces_made_one() -> None:
    assert checked("  a   b,  G ", NAME) == "a b, G"
    assert checked("Gast [/], Gustav", NAME) == "Gast [/], Gustav"  # markup is text, and allowed
    assert checked("محمد, علي", NAME) == "محمد, علي"  # right-to-left letters are letters


def test_length_limits() -> None:
    assert checked("x" * NAME.limit, NAME)
    with pytest.raises(SitzungError) as caught:
        checked("x" * (NAME.limit + 1), NAME)
    assert caught.value.key == "text.too_long"


@given(st.text())
def test_printable_leaves_nothing_harmful_and_nothing_else_changed(text: str) -> None:
    shown = printable(text)
    assert unsafe_at(shown, lines=True) is None
    if unsafe_at(text, lines=True) is None:
        assert shown == text


@given(st.text())
def test_printed_json_keeps_its_meaning(text: str) -> None:
    printed = printable(json.dumps({"name": text}, ensure_ascii=False))
    assert json.loads(printed) == {"name": text}


def test_a_long_word_is_shortened_with_its_length() -> None:
    said = shortened("'" + "9" * 5001 + "' is not a valid int.")
    assert said == "'" + "9" * 24 + "… (5001 characters)' is not a valid int."
    assert shortened("a short sentence") == "a short sentence"
