"""Declarations of interest: their kind, whether the member left, and what the recorder refuses."""

from __future__ import annotations

import pytest

from sitzung.outcomes import voters
from sitzung.recorder import Recorder
from sitzung.state import quorum
from sitzung.views import declaration_of, declaration_words
from sitzung.vocabulary import Interest
from tests.core.helpers import at, small_recorder
from tests.core.test_recorder import refused


def in_session() -> Recorder:
    """Alpha, Beta and Gamma present; the session open at 18:00 and item 1 running."""
    rec = small_recorder(seats=5)
    for name in ("Alpha", "Beta", "Gamma"):
        rec.attend(name, "present")
    rec.clock.current = at("18:00")  # type: ignore[attr-defined]
    rec.clock_action("start")
    rec.item_action("1", "start")
    rec.clock.current = at("18:10")  # type: ignore[attr-defined]
    return rec


def test_a_plain_recusal_writes_the_same_event_as_before() -> None:
    rec = in_session()
    event = rec.recuse("1", "Beta")  # positional, as every caller before declarations
    assert event.data == {"number": "1", "person": "beta|bernd"}
    (declaration,) = rec.state.items["1"].declarations
    assert (declaration.interest, declaration.left, declaration.nature) == (None, True, "")
    assert rec.state.items["1"].recused == ["beta|bernd"]


def test_the_new_fields_are_written_only_when_set() -> None:
    rec = in_session()
    event = rec.recuse("1", "Alpha", interest=Interest.DISCLOSABLE_PECUNIARY)
    assert event.data == {"number": "1", "person": "alpha|anna", "interest": "disclosable_pecuniary"}
    event = rec.recuse("1", "Beta", interest="Non-Registrable", stays=True, nature="  as a  neighbour ")
    assert event.data == {
        "number": "1", "person": "beta|bernd", "interest": "non_registrable", "nature": "as a neighbour", "stays": True,
    }
    event = rec.recuse("2", "Gamma", nature="Geschäftsführer der Antragstellerin")  # a Befangenheit with its reason
    assert event.data == {"number": "2", "person": "gamma|gerd", "nature": "Geschäftsführer der Antragstellerin"}
    declarations = rec.state.items["1"].declarations
    assert [(d.person, d.interest, d.left) for d in declarations] == [
        ("alpha|anna", Interest.DISCLOSABLE_PECUNIARY, True), ("beta|bernd", Interest.NON_REGISTRABLE, False),
    ]


def test_a_member_who_stays_is_counted_and_votes() -> None:
    rec = in_session()
    rec.recuse("1", "Beta", interest="non_registrable", stays=True)
    item = rec.state.items["1"]
    assert item.recused == []
    assert "beta|bernd" in voters(rec.state, item, at("18:10"))
    assert quorum(rec.state, item=item).present == 3
    rec.vote("1", yes=3)  # all three may vote
    # one who leaves after that vote is refused: the vote would no longer add up
    refused(rec, "recuse.beyond_tally", rec.recuse, "1", "Alpha", interest="disclosable_pecuniary")


def test_a_member_who_leaves_is_not_counted() -> None:
    rec = in_session()
    rec.recuse("1", "Beta", interest=Interest.OTHER_REGISTRABLE)
    item = rec.state.items["1"]
    assert item.recused == ["beta|bernd"]
    assert "beta|bernd" not in voters(rec.state, item, at("18:10"))
    assert quorum(rec.state, item=item).present == 2


def test_the_refusals_about_votes_apply_only_to_a_member_who_leaves() -> None:
    rec = in_session()
    rec.vote("1", named=True)  # everyone entitled voted by name
    refused(rec, "recuse.voted", rec.recuse, "1", "Gamma")
    rec.recuse("1", "Gamma", interest="non_registrable", stays=True)  # declared, stayed: the vote stands
    assert rec.state.items["1"].recused == []


def test_a_second_declaration_by_the_same_member_on_the_same_item_is_refused() -> None:
    rec = in_session()
    rec.recuse("1", "Beta", interest="non_registrable", stays=True)
    error = refused(rec, "recuse.already", rec.recuse, "1", "Beta")
    assert error.message("en") == "Beta, Bernd's interest in item 1 is already recorded (a declaration or a recusal)."
    refused(rec, "recuse.already", rec.recuse, "1", "Beta", interest="disclosable_pecuniary")
    rec.recuse("2", "Beta")  # another item
    refused(rec, "recuse.already", rec.recuse, "2", "Beta", interest="non_registrable", stays=True)


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"interest": "pecuniary"}, "declaration.unknown_interest"),
        ({"interest": ""}, "declaration.unknown_interest"),
        ({"nature": "a\u202eb"}, "text.control"),
        ({"nature": "line\nbreak"}, "text.control"),
        ({"nature": "x" * 1001}, "text.too_long"),
    ],
)
def test_bad_kinds_and_natures_are_refused(kwargs: dict, key: str) -> None:
    rec = in_session()
    error = refused(rec, key, rec.recuse, "1", "Beta", **kwargs)
    assert error.message("de").count("\n") == 0


def test_an_unknown_kind_names_the_known_ones() -> None:
    rec = in_session()
    error = refused(rec, "declaration.unknown_interest", rec.recuse, "1", "Beta", interest="pecuniary")
    assert error.message("en") == (
        "'pecuniary' is not a kind of interest; known: disclosable-pecuniary, other-registrable, non-registrable."
    )


def test_a_declaration_in_words() -> None:
    rec = in_session()
    left = rec.recuse("1", "Alpha")
    stayed = rec.recuse("1", "Beta", interest="non_registrable", stays=True, nature="as a neighbour")
    assert declaration_words(declaration_of(left), "Alpha", "1", "de") == (
        "Alpha hat zu Punkt 1 Befangenheit erklärt und nimmt an diesem Punkt nicht teil."
    )
    assert declaration_words(declaration_of(stayed), "Beta", "1", "en") == (
        "Beta declared a non-registrable interest (as a neighbour) in item 1 and stayed."
    )


def test_a_stored_kind_this_version_does_not_know_reads_as_none() -> None:
    rec = in_session()
    event = rec.recuse("1", "Beta", interest="non_registrable")
    strange = type(event)(event.seq, event.kind, event.at, event.recorded, {**event.data, "interest": ["x"]})
    assert declaration_of(strange).interest is None
