"""Decisions in the core: motions, votes under each majority, ballots, resolutions, elections, numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitzung.elections import ElectionRule
from sitzung.majority import Majority, Tally, decide
from sitzung.model import Person
from sitzung.numbering import NumberFormat, Session, numbering_year, numbers_for
from sitzung.outcomes import (
    election_result,
    motion_status,
    numbered,
    open_motion,
    tally,
    vote_result,
    voters,
)
from sitzung.recorder import Recorder
from sitzung.state import quorum
from sitzung.vocabulary import Choice, MotionStatus
from tests.core.helpers import at, small_recorder
from tests.core.test_recorder import refused

VOTING = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")


def meeting(**settings: object) -> Recorder:
    """The test committee (5 seats, 5 voting members, a deputy for Alpha) in session, item 1 running since 18:00."""
    rec = small_recorder(**settings)
    for name in VOTING:
        rec.attend(name, "present")
    rec.clock.current = at("18:00")  # type: ignore[attr-defined]
    rec.clock_action("start")
    rec.item_action("1", "start")
    rec.clock.current = at("18:10")  # type: ignore[attr-defined]
    return rec


def result(rec: Recorder, number: str, motion: str | None = None):
    state = rec.state
    item = state.items[number]
    return vote_result(state, item, item.decisions.vote_on(motion))


# -- the majority rules -------------------------------------------------------------------------

counts = st.integers(0, 60)


@given(counts, counts, counts, st.integers(1, 80))
def test_each_rule_says_what_the_law_says(yes: int, no: int, abstain: int, seats: int) -> None:
    tally_ = Tally(yes, no, abstain)
    assert decide(Majority.SIMPLE, tally_, seats).adopted == (yes > no)  # a tie rejects, abstentions do not count
    assert decide(Majority.ABSOLUTE, tally_, seats).adopted == (2 * yes > seats)
    assert decide(Majority.TWO_THIRDS, tally_, seats).adopted == (yes > 0 and 3 * yes >= 2 * (yes + no))
    assert decide(Majority.TWO_THIRDS_SEATS, tally_, seats).adopted == (3 * yes >= 2 * seats)
    for rule in Majority:
        found = decide(rule, tally_, seats)
        assert found.adopted == (yes >= found.needed)  # `needed` is the least yes count that adopts
        # one more yes never loses a vote, one more no never carries it, abstentions never change it
        assert decide(rule, Tally(yes + 1, no, abstain), seats).adopted >= found.adopted
        assert decide(rule, Tally(yes, no + 1, abstain), seats).adopted <= found.adopted
        assert decide(rule, Tally(yes, no, abstain + 1), seats).adopted == found.adopted


@given(st.integers(1, 30), counts, st.sampled_from([Choice.YES, Choice.NO]))
def test_a_casting_vote_decides_only_a_simple_tie(votes: int, abstain: int, casting: Choice) -> None:
    tied = decide(Majority.SIMPLE, Tally(votes, votes, abstain), 50, casting)
    assert tied.tied and tied.casting is casting and tied.adopted == (casting is Choice.YES)
    assert not decide(Majority.SIMPLE, Tally(votes, votes, abstain), 50).adopted
    clear = decide(Majority.SIMPLE, Tally(votes + 1, votes, abstain), 50, casting)
    assert clear.adopted and clear.casting is None


# -- who may vote: recusals and deputies ------------------------------------------------------------

presence = st.sampled_from(["present", "excused", "none"])


@settings(max_examples=80, deadline=None)
@given(
    st.tuples(*[presence] * 5),
    st.booleans(),
    st.lists(st.sampled_from([*VOTING, "Vize"]), max_size=3, unique=True),
    counts.filter(lambda n: n <= 8),
    counts.filter(lambda n: n <= 8),
)
def test_votes_are_checked_against_those_entitled_at_their_moment(
    marks: tuple[str, ...], deputy_here: bool, recused: list[str], yes: int, no: int
) -> None:
    rec = small_recorder()
    for name, mark in zip(VOTING, marks, strict=True):
        if mark != "none":
            rec.attend(name, mark)
    if deputy_here:
        rec.attend("Vize", "present")
    for name in recused:
        rec.recuse("1", name)
    rec.clock_action("start")
    rec.item_action("1", "start")
    state = rec.state
    item = state.items["1"]
    entitled = voters(state, item, None)
    # exactly who counts for the item's quorum; the deputy only in the absent Alpha's place; no one recused
    assert entitled == list(quorum(state, item=item).counted)
    assert not set(entitled) & {state.people[k].key for k in state.people if state.people[k].last in recused}
    deputy = Person("Vize", "Viktor").key
    alpha_here = marks[0] == "present" and "Alpha" not in recused
    assert (deputy in entitled) == (deputy_here and not alpha_here and "Vize" not in recused)
    if not entitled:
        refused(rec, "vote.no_voters", rec.vote, "1", named=True)
        return
    if 0 < yes + no <= len(entitled):
        rec.vote("1", yes=yes, no=no)
    elif yes + no:
        refused(rec, "vote.too_many", rec.vote, "1", yes=yes, no=no)
    rec.vote("1", named=True, motion=None)
    named = rec.state.items["1"].decisions.vote_on(None)
    assert named is not None and list(named.ballots) == entitled
    assert tally(rec.state, rec.state.items["1"], named) == Tally(len(entitled), 0, 0)
    rec.vote("1", unanimous=True)
    assert tally(rec.state, rec.state.items["1"], rec.state.items["1"].decisions.vote_on(None)).yes == len(entitled)


def test_a_vote_at_a_typed_time_counts_those_present_then() -> None:
    rec = meeting()
    rec.clock.current = at("18:30")  # type: ignore[attr-defined]
    rec.attend("Gamma", "left", at("18:20"))
    refused(rec, "vote.too_many", rec.vote, "1", yes=5)  # now only four are here
    rec.vote("1", yes=5, at=at("18:15"))  # at 18:15 all five were
    assert rec.state.items["1"].decisions.votes[0].at == at("18:15")
    refused(rec, "decision.before_item", rec.vote, "1", yes=1, at=at("17:59"))
    refused(rec, "time.future", rec.vote, "1", yes=1, at=at("18:31"))
    vote = rec.log.events()[-1].seq
    refused(rec, "time.before", rec.retime, vote, at("17:59"))  # a correction keeps it within its item
    rec.retime(vote, at("18:05"))
    assert rec.state.items["1"].decisions.votes[0].at == at("18:05")


def test_a_recusal_after_a_vote_must_still_add_up() -> None:
    rec = meeting()
    rec.vote("1", yes=5)
    refused(rec, "recuse.beyond_tally", rec.recuse, "1", "Beta")
    rec.vote("1", yes=4)  # the recount without Beta
    rec.recuse("1", "Beta")
    rec.vote("1", named=True)
    refused(rec, "recuse.voted", rec.recuse, "1", "Gamma")


# -- motions --------------------------------------------------------------------------------------


def test_motions_amendments_and_the_order_of_voting() -> None:
    rec = meeting()
    main = rec.motion("1", "  The committee adopts the plan.  ", by="Alpha").data
    assert main["id"] == "M1" and main["text"] == "The committee adopts the plan."
    amendment = rec.motion("1", "Insert 'revised'.", by="Beta", amends="m1").data
    assert amendment["id"] == "M2" and amendment["kind"] == "amendment"
    refused(rec, "vote.amendment_open", rec.vote, "1", yes=3, motion="M1")
    state = rec.state
    assert open_motion(state, state.items["1"]).id == "M2"  # a vote without --motion is on the amendment
    rec.vote("1", yes=3, no=2)
    assert rec.state.items["1"].decisions.vote_on("M2") is not None
    assert open_motion(rec.state, rec.state.items["1"]).id == "M1"
    rec.vote("1", yes=4, no=1)
    rec.resolve("1", "adopted-amended", motion="M1", text="The committee adopts the revised plan.")
    refused(rec, "resolve.contradicts", rec.resolve, "1", "rejected", motion="M1")
    refused(rec, "motion.not_open", rec.motion_action, "1", "withdraw", "M1")  # it was voted on
    refused(rec, "motion.unknown", rec.vote, "1", yes=1, motion="M9")
    refused(rec, "motion.not_present", rec.motion, "1", "x", by="Zeta")  # Zeta is not here
    refused(rec, "motion.own_second", rec.motion, "1", "x", by="Alpha", seconded_by="Alpha")
    refused(rec, "motion.empty", rec.motion, "1", "   ")
    refused(rec, "decision.not_started", rec.motion, "2", "x")


def test_seconds_withdrawals_and_points_of_order() -> None:
    rec = meeting(seconding=True)
    rec.motion("1", "Adjourn the debate.", by="Alpha")
    refused(rec, "vote.unseconded", rec.vote, "1", yes=3)
    refused(rec, "motion.second_needs_person", rec.motion_action, "1", "second", "M1")
    refused(rec, "motion.own_second", rec.motion_action, "1", "second", "M1", by="Alpha")
    rec.motion_action("1", "no_second", "M1")
    state = rec.state
    assert motion_status(state, state.items["1"], state.items["1"].decisions.motions[0]) is MotionStatus.NO_SECOND
    refused(rec, "motion.not_open", rec.vote, "1", yes=3, motion="M1")
    rec.motion("1", "Refer to the working group.", by="Beta", seconded_by="Gamma")
    rec.motion_action("1", "withdraw", "M2")
    assert open_motion(rec.state, rec.state.items["1"]) is None
    rec.motion("1", "The speaker is off the point.", by="Delta", point_of_order=True)
    refused(rec, "vote.point_of_order", rec.vote, "1", yes=3, motion="M3")
    refused(rec, "motion.ruling_empty", rec.motion_action, "1", "rule", "M3")
    refused(rec, "motion.not_order", rec.motion_action, "1", "rule", "M2", ruling="x")
    rec.motion_action("1", "rule", "M3", ruling="The chair upholds the point.")
    state = rec.state
    assert motion_status(state, state.items["1"], state.items["1"].decisions.motion("M3")) is MotionStatus.RULED


def test_casting_vote_only_where_the_body_has_one() -> None:
    rec = meeting()
    refused(rec, "vote.no_casting_vote", rec.vote, "1", yes=2, no=2, casting="yes")
    uk = meeting(casting_vote=True)
    refused(uk, "vote.casting_not_tied", uk.vote, "1", yes=3, no=2, casting="yes")
    refused(uk, "vote.casting_simple_only", uk.vote, "1", yes=2, no=2, casting="yes", majority="absolute")
    uk.vote("1", yes=2, no=2, abstain=1, casting="yes")
    found = result(uk, "1")
    assert found.adopted and found.tied and found.casting is Choice.YES


def test_named_votes_secret_ballots_and_recorded_votes() -> None:
    rec = meeting()
    rec.vote("1", named=True)
    rec.ballot("1", "Gamma", "no")
    rec.ballot("1", "Delta", "abstain")
    assert rec.ballot("1", "Delta", "abstain") is None  # unchanged
    state = rec.state
    vote = state.items["1"].decisions.votes[0]
    assert tally(state, state.items["1"], vote) == Tally(3, 1, 1)
    refused(rec, "ballot.not_voter", rec.ballot, "1", "Zeta", "no")  # advisory: no vote
    refused(rec, "vote.named_with_counts", rec.vote, "1", named=True, yes=2)
    refused(rec, "vote.secret_named", rec.vote, "1", named=True, secret=True)
    refused(rec, "vote.secret_after_names", rec.vote, "1", yes=3, no=2, secret=True)  # the names are on record
    rec.item_action("2", "start")
    rec.vote("2", yes=3, no=2, secret=True)
    refused(rec, "ballot.secret", rec.ballot, "2", "Gamma", "no")
    assert "gamma|gerd" not in str(rec.log.events()[-1].data)  # a secret ballot stores no name
    rec.vote("2", yes=4, no=1)  # a counted vote: a member may ask to have their own vote recorded
    rec.ballot("2", "Gamma", "no")
    refused(rec, "ballot.beyond_tally", rec.ballot, "2", "Delta", "no")


@pytest.mark.parametrize(
    ("rule", "yes", "no", "adopted"),
    [("simple", 3, 2, True), ("absolute", 3, 2, True), ("absolute", 2, 0, False), ("two-thirds", 2, 1, True),
     ("two-thirds", 3, 2, False), ("two-thirds-seats", 3, 0, False), ("two-thirds-seats", 4, 1, True)],
)
def test_a_vote_takes_its_rule_or_the_bodys(rule: str, yes: int, no: int, adopted: bool) -> None:
    rec = meeting()
    rec.vote("1", yes=yes, no=no, majority=rule)
    found = result(rec, "1")
    assert found.rule is Majority(rule) and found.adopted is adopted
    refused(rec, "majority.unknown", rec.vote, "1", yes=1, majority="most")
    assert meeting(majority=Majority.ABSOLUTE).vote("1", yes=2).data["majority"] == "absolute"


def test_resolutions() -> None:
    rec = meeting()
    rec.vote("1", yes=1, no=3)
    refused(rec, "resolve.contradicts", rec.resolve, "1", "adopted", text="x")
    rec.resolve("1", "rejected")
    refused(rec, "resolve.referred_needs_body", rec.resolve, "2", "referred")
    refused(rec, "resolve.to_only_referred", rec.resolve, "2", "withdrawn", to="Kreistag")
    rec.resolve("2", "referred", to="Kreistag")  # an item may be referred without being taken up
    rec.resolve("2", "deferred")
    assert [r.outcome.value for r in rec.state.items["2"].decisions.resolutions] == ["deferred"]  # replaced
    refused(rec, "decision.not_started", rec.resolve, "3", "noted")


# -- elections ------------------------------------------------------------------------------------


def test_an_election_with_a_runoff_a_lot_and_an_answer() -> None:
    rec = meeting()
    eid = rec.election("1", 1, ["Müller, Hans", "Schmidt, Eva", "Kaya, Ali"]).data["id"]
    refused(rec, "election.empty_round", rec.election_round, "1", eid, {})
    refused(rec, "election.too_many", rec.election_round, "1", eid, {"Müller": 4, "Schmidt": 2})
    rec.election_round("1", eid, {"mueller": 2, "Schmidt": 2}, blank=1)  # ü typed as ue; a unique beginning
    state = rec.state
    first = election_result(state, state.items["1"].decisions.election(eid))
    assert first.runoff == ("Müller, Hans", "Schmidt, Eva") and not first.decided
    refused(rec, "election.not_standing", rec.election_round, "1", eid, {"Kaya": 1})
    rec.election_round("1", eid, {"Müller": 2, "Schmidt": 2})
    state = rec.state
    tied = election_result(state, state.items["1"].decisions.election(eid))
    assert tied.lot == ("Müller, Hans", "Schmidt, Eva") and tied.lot_seats == 1
    refused(rec, "election.lot_pending", rec.election_round, "1", eid, {"Müller": 3})
    refused(rec, "election.not_elected", rec.election_answer, "1", eid, "accept", "Schmidt")
    rec.election_answer("1", eid, "lot", "Schmidt")
    state = rec.state
    final = election_result(state, state.items["1"].decisions.election(eid))
    assert final.decided and final.elected == ("Schmidt, Eva",)
    refused(rec, "election.decided", rec.election_round, "1", eid, {"Müller": 3})
    rec.election_answer("1", eid, "accept", "schmidt")
    assert rec.state.items["1"].decisions.election(eid).answers == {"Schmidt, Eva": True}


def test_election_refusals_and_plurality() -> None:
    rec = meeting(election=ElectionRule.PLURALITY)
    refused(rec, "election.duplicate_candidate", rec.election, "1", 1, ["Kaya", "kaya"])
    refused(rec, "election.bad_seats", rec.election, "1", 3, ["A", "B"])
    refused(rec, "election.needs_candidates", rec.election, "1", 1, [])
    eid = rec.election("1", 2, ["Arendt", "Bauer", "Cem"]).data["id"]
    refused(rec, "election.unknown_candidate", rec.election_round, "1", eid, {"Z": 1})
    refused(rec, "vote.negative", rec.election_round, "1", eid, {"Arendt": -1})
    rec.election_round("1", eid, {"Arendt": 4, "Bauer": 3, "Cem": 3})
    state = rec.state
    found = election_result(state, state.items["1"].decisions.election(eid))
    assert found.elected == ("Arendt",) and set(found.lot) == {"Bauer", "Cem"}


# -- numbering ------------------------------------------------------------------------------------


def test_number_formats_are_parsed_once_and_checked() -> None:
    assert NumberFormat.parse("{yy}/{seq:03}").render(45, 2023, 7) == "23/045"
    assert NumberFormat.parse("B-{seq}/{yyyy} ({session}. Sitzung)").render(3, 2022, 6) == "B-3/2022 (6. Sitzung)"
    for bad in ("{seq.__class__}", "{seq!r}", "{name}", "{seq:>{x}}", "{", "no field", "{seq[0]}"):
        with pytest.raises(Exception) as caught:
            NumberFormat.parse(bad)
        assert getattr(caught.value, "key", "").startswith("numbering."), bad
    assert NumberFormat.parse("{yy}/{seq}").yearly and not NumberFormat.parse("{seq}").yearly


def test_numbers_continue_across_sessions_and_restart_with_the_council_year() -> None:
    fmt = NumberFormat.parse("{yy}/{seq:03}")
    earlier = [
        Session(date(2023, 4, 20), 10, minutes=6, resolutions=2),  # council year 2022
        Session(date(2023, 5, 15), 11, minutes=8, resolutions=3),  # annual meeting: year 2023 begins
        Session(date(2024, 1, 10), 12, minutes=9, resolutions=4),
        Session(date(2024, 6, 1), 14, minutes=5, resolutions=1),  # later than this one: not counted
    ]
    this = Session(date(2024, 3, 11), 13, minutes=7, resolutions=2)
    numbers = numbers_for(this, earlier, fmt, NumberFormat.parse("{seq}"), year_starts=5)
    assert numbering_year(this.day, 5) == 2023
    assert numbers.minute(0) == "23/018" and numbers.minute(6) == "23/024"
    assert numbers.resolution(0) == "10"  # not yearly: counted since the first session


def test_every_item_is_a_minute_and_resolutions_are_numbered_in_agenda_order() -> None:
    rec = meeting(minute_number=NumberFormat.parse("{seq}"), resolution_number=NumberFormat.parse("R{seq}"))
    rec.item_action("2", "start")
    rec.resolve("2", "noted")
    rec.resolve("1", "deferred")
    found = numbered(rec.state, [Session(date(2022, 1, 1), 1, minutes=4, resolutions=2)])
    assert [found.minute(n) for n in ("1", "2", "2.1", "2.2", "3")] == ["5", "6", "7", "8", "9"]
    assert found.resolution("1", None) == "R3" and found.resolution("2", None) == "R4"


def test_what_the_cli_helper_found() -> None:
    rec = meeting()
    long_ref = "M" + "9" * 5000
    message = refused(rec, "motion.unknown", rec.vote, "1", yes=1, motion=long_ref).message("en")
    assert len(message) < 300  # a long id is quoted shortened, with its length
    empty = small_recorder()
    empty.clock_action("start")
    empty.item_action("1", "start")
    refused(empty, "vote.no_voters", empty.vote, "1", unanimous=True)  # nobody here: nobody voted "yes"
    eid = rec.election("1", 1, ["Meier, Anna", "Berger, Bea"]).data["id"]
    refused(rec, "election.candidate_twice", rec.election_round, "1", eid, {"Meier": 1, "mei": 2})
    rec.motion("1", "Buy the plot.", by="Alpha")
    rec.vote("1", yes=1, no=4)
    # a resolution without --motion resolves the motion of the latest vote, and must agree with it
    refused(rec, "resolve.contradicts", rec.resolve, "1", "adopted")
    rec.resolve("1", "rejected")
    assert rec.state.items["1"].decisions.resolutions[0].motion == "M1"
    assert rec.state.items["1"].decisions.resolutions[0].text == "Buy the plot."


def test_ballots_and_answers_are_dated_by_what_they_belong_to() -> None:
    rec = meeting()
    rec.vote("1", named=True, at=at("18:05"))
    rec.ballot("1", "Gamma", "no")  # typed at 18:10, belongs to the vote at 18:05
    assert rec.log.events()[-1].at == at("18:05")
    refused(rec, "vote.secret_after_names", rec.vote, "1", yes=3, no=2, secret=True)
    eid = rec.election("1", 1, ["Rose", "Linde"], at=at("18:06")).data["id"]
    rec.election_round("1", eid, {"Rose": 4, "Linde": 1}, at=at("18:07"))
    rec.election_answer("1", eid, "accept", "Rose")
    assert rec.log.events()[-1].at == at("18:07")


def test_the_item_itself_can_be_named_as_the_subject() -> None:
    rec = meeting()
    rec.motion("1", "Buy the plot.", by="Alpha")
    rec.vote("1", yes=4, no=1)  # on M1, the open motion
    rec.resolve("1", "noted", motion="item")  # the item was noted, whatever became of M1
    rec.vote("1", named=True, motion="Item")
    rec.ballot("1", "Beta", "no", motion="item")
    decisions = rec.state.items["1"].decisions
    assert decisions.resolution_on(None).outcome.value == "noted" and decisions.resolution_on("M1") is None
    assert decisions.vote_on(None).ballots["beta|bernd"] is Choice.NO
    assert decisions.vote_on("M1").tally == Tally(4, 1, 0)
    refused(rec, "motion.order_no_second", rec.motion_action, "1", "second",
            rec.motion("1", "Point of order.", by="Gamma", point_of_order=True).data["id"], by="Delta")
