"""Notes that changed underneath the editor: nothing either writer wrote is lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitzung.text_merge import merge_notes

words = st.text(alphabet="abcdefgh ", min_size=1, max_size=12).map(str.strip).filter(bool)


def test_an_outside_note_is_added_after_what_the_clerk_types() -> None:
    base = "Bericht."
    ours = "Bericht. Frau Müller fragt nach"
    theirs = "Bericht.\n\nNachtrag aus der Verwaltung."
    assert merge_notes(base, ours, theirs) == "Bericht. Frau Müller fragt nach\n\nNachtrag aus der Verwaltung."


def test_no_change_on_either_side() -> None:
    assert merge_notes("a", "a", "a") == "a"
    assert merge_notes("a", "ab", "a") == "ab"
    assert merge_notes("a", "a", "ac") == "ac"


def test_the_clerks_addition_follows_a_rewrite_by_the_other_writer() -> None:
    assert merge_notes("a", "a\n\nmine", "A rewritten") == "A rewritten\n\nmine"


@given(base=st.lists(words, max_size=3), ours=st.lists(words, max_size=3), theirs=st.lists(words, max_size=3))
def test_every_paragraph_of_both_writers_survives(base: list[str], ours: list[str], theirs: list[str]) -> None:
    join = "\n\n".join
    merged = merge_notes(join(base), join(base + ours), join(base + theirs))
    for paragraph in ours + theirs:
        assert paragraph in merged
