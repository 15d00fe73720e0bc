"""The command line for decisions: motions, votes, ballots, resolutions, elections and their listing.

Each meeting is entered through the CLI on 5 March 2024 (the clock stands at 20:00 that evening):
the members present from 18:55, the session opened at 19:00, item 1 taken up at 19:01 and item 2
at 19:05; item 3 is taken up by the tests that need it.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from sitzung.clock import SystemClock
from tests.cli_helpers import sitzung

NOW = datetime(2024, 3, 5, 20, 0)
BOARD = ("Adams, Ann", "Baker, Bob", "Clark, Cy", "Dunn, Di", "Evans, Ed")
AUSSCHUSS = ("Arndt, Anna", "Berger, Bernd", "Conrad, Clara", "Dahl, Dieter", "Engel, Eva", "Fuchs, Felix",
             "Graf, Gabi", "Horn, Hans")
ROLE = {"en-roberts": "Member", "en-council": "Councillor", "de": "Kreistagsmitglied", "de-rat": "Ratsmitglied"}
AGENDA = "1. Minutes\n2. Budget\n3. Elections\n"


@pytest.fixture(autouse=True)
def evening(monkeypatch: pytest.MonkeyPatch) -> None:
    """Now is 20:00 on the meeting's day, so that commands without --at are on the session's day."""
    monkeypatch.setattr(SystemClock, "now", lambda self: NOW)


def meeting(tmp_path, preset: str = "en-roberts", people: tuple[str, ...] = BOARD, name: str = "Board",
            number: int = 1, date: str = "2024-03-05") -> str:
    """A body of `len(people)` seats with `preset`, everyone present, items 1 and 2 taken up; the session's id."""
    if number == 1:
        sitzung("body", "create", name, "--seats", str(len(people)), "--preset", preset)
        roster = tmp_path / f"{name}.csv"
        lines = ["last_name,first_name,role"] + [f"{p.replace(', ', ',')},{ROLE[preset]}" for p in people]
        roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
        sitzung("roster", "import", str(roster), "--body", name)
    sid = sitzung("session", "create", "--body", name, "--number", str(number), "--date", date).strip()
    sitzung("agenda", "import", sid, "-", stdin=AGENDA)
    for person in people:
        sitzung("attend", sid, person, "present", "--at", "18:55")
    sitzung("clock", sid, "start", "--at", "19:00")
    sitzung("item", sid, "1", "start", "--at", "19:01")
    sitzung("item", sid, "2", "start", "--at", "19:05")
    return sid


def refused(*args: str, lang: str = "en") -> str:
    """The one sentence a refused command prints (exit code 2, nothing else)."""
    err = sitzung("--lang", lang, *args, code=2)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.rstrip("\n")


# -- motions --------------------------------------------------------------------------------------


def test_a_motion_prints_its_id_alone_and_its_steps_say_what_became_of_it(tmp_path) -> None:
    sid = meeting(tmp_path)
    assert sitzung("motion", sid, "2", "Adopt the budget.", "--by", "Adams", "--at", "19:06") == "M1\n"
    assert sitzung("motion", sid, "2", "Refer it back.", "--by", "Clark") == "M2\n"
    assert sitzung("motion", sid, "2", "second", "M1", "--by", "Baker") == (
        "Item 2, motion M1: seconded by Baker, Bob.\n"
    )
    assert sitzung("motion", sid, "2", "no-second", "m2") == "Item 2, motion M2: not seconded.\n"
    assert sitzung("motion", sid, "2", "Adjourn now.", "--point-of-order", "--by", "Dunn") == "M3\n"
    assert sitzung("motion", sid, "2", "rule", "3", "--ruling", "Not in order.") == (
        "Item 2, point of order M3: ruled on (Not in order.).\n"
    )
    assert sitzung("motion", sid, "2", "withdraw", "M1", "--at", "19:30") == "Item 2, motion M1: withdrawn.\n"
    assert sitzung("--lang", "de", "motion", sid, "2", "Neu.") == "M4\n"
    assert sitzung("--lang", "de", "motion", sid, "2", "withdraw", "M4") == "TOP 2, Antrag M4: zurückgezogen.\n"
    # "withdraw" alone is the wording of a motion; with a fourth word, the third must be a step
    assert sitzung("motion", sid, "2", "withdraw") == "M5\n"
    assert refused("motion", sid, "2", "Adopt", "the budget") == (
        "'Adopt' is not withdraw, no-second, second or rule, so the motion's text comes alone; quote a text with "
        "spaces."
    )
    assert refused("motion", sid, "2", "withdraw", "M5", "--by", "Adams") == "--by does not belong to withdraw."
    assert refused("motion", sid, "2", "second", "M5", "--amends", "M1") == "--amends does not belong to second."
    assert refused("motion", sid, "2", "withdraw", "M1") == (
        "Motion M1 is withdrawn; it can no longer be amended, seconded, withdrawn or voted on."
    )
    assert refused("motion", sid, "2", "withdraw", "M9") == (
        "Item 2 has no motion 'M9'; its motions: M1, M2, M3, M4, M5."
    )
    assert refused("motion", sid, "2", "second", "M5") == "Who seconded M5? Name the seconder. (--by NAME)"
    assert refused("motion", sid, "2", "Again.", "--by", "Adams", "--seconded-by", "Adams") == (
        "Adams, Ann moved the motion and cannot also second it."
    )
    assert refused("motion", sid, "3", "Too early.") == (
        "Item 3 has not been taken up yet; motions, votes, resolutions and elections are recorded on an item "
        "under discussion."
    )


def test_an_unseconded_motion_is_not_voted_on_where_the_body_needs_a_second(tmp_path) -> None:
    for preset, name in (("en-roberts", "Board"), ("en-council", "Parish")):
        sid = meeting(tmp_path, preset, name=name)
        sitzung("motion", sid, "2", "Adopt the budget.", "--by", "Adams")
        assert refused("vote", sid, "2", "--yes", "3", "--no", "2") == (
            "Motion M1 has not been seconded; record its seconder, or that it fell for lack of a second. "
            "(motion SESSION ITEM second M1 --by NAME, or motion SESSION ITEM no-second M1)"
        )
        sitzung("motion", sid, "2", "second", "M1", "--by", "Baker")
        assert sitzung("vote", sid, "2", "--yes", "3", "--no", "2") == (
            "Item 2, motion M1: carried (3 for, 2 against, 0 abstentions; simple majority).\n"
        )
    german = meeting(tmp_path, "de", AUSSCHUSS, name="Ausschuss")  # a German committee needs no second
    sitzung("motion", german, "2", "Der Haushalt wird beschlossen.", "--by", "Arndt")
    assert sitzung("--lang", "de", "vote", german, "2", "--yes", "5", "--no", "2", "--abstain", "1") == (
        "TOP 2, Antrag M1: angenommen (5 Ja, 2 Nein, 1 Enthaltung; einfache Mehrheit).\n"
    )


def test_an_amendment_is_voted_on_first_and_the_motion_is_then_adopted_as_amended(tmp_path) -> None:
    sid = meeting(tmp_path)
    sitzung("motion", sid, "2", "Adopt the budget.", "--by", "Adams", "--seconded-by", "Baker")
    assert sitzung("motion", sid, "2", "Add 5% for parks.", "--amends", "M1", "--by", "Clark",
                   "--seconded-by", "Dunn") == "M2\n"
    assert refused("vote", sid, "2", "--motion", "M1", "--yes", "3") == (
        "Motion M1 has an amendment still open (M2); an amendment is voted on first."
    )
    # without --motion the vote is on the latest open motion: the amendment
    assert sitzung("vote", sid, "2", "--yes", "3", "--no", "1", "--abstain", "1") == (
        "Item 2, amendment M2: carried (3 for, 1 against, 1 abstention; simple majority).\n"
    )
    assert sitzung("vote", sid, "2", "--yes", "4", "--no", "1") == (
        "Item 2, motion M1: adopted as amended (4 for, 1 against, 0 abstentions; simple majority).\n"
    )
    assert refused("resolve", sid, "2", "rejected", "--motion", "M1") == (
        "The vote on item 2 (4 for, 1 against, 0 abstentions) means 'adopted as amended', not 'rejected'; correct "
        "the vote first."
    )
    assert sitzung("resolve", sid, "2", "adopted-amended", "--motion", "M1") == (
        "Item 2, motion M1: adopted as amended.\n"
    )
    assert refused("motion", sid, "2", "Amend again.", "--amends", "M1") == (
        "Motion M1 is carried; it can no longer be amended, seconded, withdrawn or voted on."
    )


# -- votes ------------------------------------------------------------------------------------------


def test_the_vote_line_says_subject_tally_rule_and_outcome_in_each_language(tmp_path) -> None:
    sid = meeting(tmp_path, "de", AUSSCHUSS, name="Ausschuss")
    assert sitzung("vote", sid, "2", "--unanimous") == "Item 2: adopted (unanimous, 8 for; simple majority).\n"
    assert sitzung("--lang", "de", "vote", sid, "2", "--unanimous") == (
        "TOP 2: beschlossen (einstimmig, 8 Ja; einfache Mehrheit).\n"
    )
    assert sitzung("vote", sid, "2", "--yes", "3", "--no", "3", "--abstain", "2") == (
        "Item 2: rejected (3 for, 3 against, 2 abstentions; simple majority; a tie, which rejects).\n"
    )
    assert sitzung("--lang", "de", "vote", sid, "2", "--yes", "3", "--no", "3", "--abstain", "2") == (
        "TOP 2: abgelehnt (3 Ja, 3 Nein, 2 Enthaltungen; einfache Mehrheit; Stimmengleichheit, damit abgelehnt).\n"
    )
    assert sitzung("vote", sid, "2", "--yes", "4", "--no", "0", "--majority", "absolute") == (
        "Item 2: rejected (4 for, 0 against, 0 abstentions; absolute majority of the seats, 5 needed).\n"
    )
    assert sitzung("--lang", "de", "vote", sid, "2", "--yes", "6", "--no", "2", "--majority", "two-thirds") == (
        "TOP 2: beschlossen (6 Ja, 2 Nein, 0 Enthaltungen; Zweidrittelmehrheit, 6 erforderlich).\n"
    )
    assert sitzung("vote", sid, "2", "--yes", "5", "--no", "2", "--secret") == (
        "Item 2: adopted (secret ballot: 5 for, 2 against, 0 abstentions; simple majority).\n"
    )
    assert refused("vote", sid, "2", "--yes", "9") == (
        "9 votes on item 2, but only 8 voting members are present; check the tally. (--force records it all the "
        "same.)"
    )
    assert refused("vote", sid, "2", "--yes", "2", "--majority", "nope") == (
        "'nope' is not a required majority; known: simple, absolute, two-thirds, two-thirds-seats."
    )
    assert refused("vote", sid, "3", "--unanimous") == (
        "Item 3 has not been taken up yet; motions, votes, resolutions and elections are recorded on an item "
        "under discussion."
    )
    assert refused("vote", sid, "2", "--casting", "maybe").endswith(  # CliRunner calls the program "root"
        "Invalid value for '--casting': 'maybe' is not one of 'yes', 'no'. See 'root vote --help'."
    )


def test_a_casting_vote_only_where_the_body_has_one_and_only_on_a_tie(tmp_path) -> None:
    council = meeting(tmp_path, "en-council", name="Parish")
    sitzung("motion", council, "2", "That the precept be set.", "--by", "Adams", "--seconded-by", "Baker")
    assert refused("vote", council, "2", "--yes", "3", "--no", "1", "--casting", "yes") == (
        "The vote is not tied, so there is no casting vote to record."
    )
    assert sitzung("vote", council, "2", "--yes", "2", "--no", "2", "--abstain", "1", "--casting", "yes") == (
        "Item 2, motion M1: carried (2 for, 2 against, 1 abstention; simple majority; a tie, decided by the "
        "chair's casting vote (for)).\n"
    )
    board = meeting(tmp_path, "en-roberts")
    assert refused("vote", board, "2", "--yes", "2", "--no", "2", "--casting", "yes") == (
        "This body's chair has no casting vote (casting_vote in the body's settings)."
    )
    german = meeting(tmp_path, "de", AUSSCHUSS, name="Ausschuss")
    assert refused("vote", german, "2", "--yes", "2", "--no", "2", "--casting", "no", lang="de") == (
        "Der Vorsitz dieses Gremiums hat keine ausschlaggebende Stimme (casting_vote in den Einstellungen)."
    )


def test_a_vote_at_a_moment_before_its_item_or_in_the_future_is_refused(tmp_path) -> None:
    sid = meeting(tmp_path)
    assert refused("vote", sid, "2", "--yes", "3", "--at", "19:04") == "19:04 is before item 2 was taken up at 19:05."
    assert refused("vote", sid, "2", "--yes", "3", "--at", "20:30") == (
        "20:30 has not come yet (it is now 20:00); only a time that has passed can be recorded."
    )
    assert refused("motion", sid, "2", "Later.", "--at", "21:00").startswith("21:00 has not come yet")
    assert refused("resolve", sid, "2", "noted", "--at", "18:00") == "18:00 is before item 2 was taken up at 19:05."
    assert refused("election", sid, "2", "--seats", "1", "--candidate", "A", "--at", "25:00") == (
        "'25:00' is not a time of day: hours run from 0 to 23 and minutes from 0 to 59."
    )
    sitzung("vote", sid, "2", "--yes", "3", "--at", "19:05")  # the minute the item was taken up
    vote = json.loads(sitzung("decisions", sid, "--json"))["items"][0]["votes"][0]
    assert vote["at"] == "2024-03-05T19:05:00"


# -- named votes, secret ballots and ballots ----------------------------------------------------


def test_a_named_vote_takes_its_exceptions_and_prints_the_new_tally(tmp_path) -> None:
    sid = meeting(tmp_path)
    assert sitzung("vote", sid, "2", "--named") == (
        "Item 2: adopted (by name: 5 for, 0 against, 0 abstentions; simple majority).\n"
    )
    assert sitzung("ballot", sid, "2", "Evans", "no") == (
        "Item 2: adopted (by name: 4 for, 1 against, 0 abstentions; simple majority).\n"
    )
    assert sitzung("ballot", sid, "2", "Evans", "no") == (
        "Item 2: Evans, Ed is already recorded as against; nothing changed.\n"
    )
    assert sitzung("--lang", "de", "ballot", sid, "2", "Di Dunn", "abstain") == (
        "TOP 2: beschlossen (namentlich: 3 Ja, 1 Nein, 1 Enthaltung; einfache Mehrheit).\n"
    )
    assert refused("ballot", sid, "2", "Nobody", "yes").startswith("Nobody called 'Nobody'")
    assert refused("vote", sid, "2", "--named", "--yes", "3") == (
        "A named vote is counted from the members' votes; give no counts (mark the exceptions with ballot)."
    )
    listed = sitzung("decisions", sid)
    assert "    against: Evans, Ed\n" in listed and "    abstained: Dunn, Di\n" in listed
    assert "Adams" not in listed  # a named vote lists its exceptions


def test_a_member_may_have_their_own_vote_recorded_in_a_counted_vote(tmp_path) -> None:
    sid = meeting(tmp_path)
    sitzung("vote", sid, "2", "--yes", "4", "--no", "1")
    assert sitzung("ballot", sid, "2", "Evans", "no") == (
        "Item 2: the vote of Evans, Ed is recorded by name (against).\n"
    )
    assert refused("ballot", sid, "2", "Dunn", "no") == (
        "The tally has 1 vote(s) 'against', all already recorded by name; Dunn, Di's would be one more."
    )
    assert refused("ballot", sid, "1", "Dunn", "no") == "Item 1 has no vote yet to record a member's vote in."


def test_a_secret_ballot_has_counts_only_and_never_a_name(tmp_path) -> None:
    sid = meeting(tmp_path)
    sitzung("motion", sid, "2", "Elect a treasurer by ballot.", "--by", "Adams", "--seconded-by", "Baker")
    assert refused("vote", sid, "2", "--named", "--secret") == (
        "A secret ballot cannot be a named vote: it records counts only."
    )
    assert sitzung("vote", sid, "2", "--yes", "3", "--no", "2", "--secret") == (
        "Item 2, motion M1: carried (secret ballot: 3 for, 2 against, 0 abstentions; simple majority).\n"
    )
    assert refused("ballot", sid, "2", "Evans", "no") == (
        "The vote on item 2 was a secret ballot; no member's vote is recorded by name."
    )
    assert refused("ballot", sid, "2", "Canary", "no", "--motion", "M1") == (
        "The vote on item 2 was a secret ballot; no member's vote is recorded by name."
    )
    data = json.loads(sitzung("decisions", sid, "--json"))
    vote = data["items"][0]["votes"][0]
    assert vote["secret"] and vote["ballots"] == [] and (vote["tally"]["yes"], vote["tally"]["no"]) == (3, 2)
    assert "Evans" not in sitzung("decisions", sid) and "Canary" not in sitzung("log", sid)


# -- resolutions ----------------------------------------------------------------------------------


def test_resolve_prints_the_outcome_and_refuses_what_contradicts_the_vote(tmp_path) -> None:
    sid = meeting(tmp_path, "de", AUSSCHUSS, name="Ausschuss")
    sitzung("vote", sid, "2", "--yes", "2", "--no", "5")
    assert refused("resolve", sid, "2", "adopted") == (
        "The vote on item 2 (2 for, 5 against, 0 abstentions) means 'rejected', not 'adopted'; correct the vote "
        "first."
    )
    assert sitzung("resolve", sid, "2", "rejected", "--text", "Der Haushalt wird nicht beschlossen.") == (
        "Item 2: rejected.\n"
    )
    assert refused("resolve", sid, "1", "referred") == "A referral names the body it goes to. (--to BODY)"
    assert refused("resolve", sid, "1", "noted", "--to", "Kreistag") == (
        "Only a referral goes to a body; the outcome 'noted' goes to none."
    )
    assert sitzung("--lang", "de", "resolve", sid, "1", "referred", "--to", "Kreistag") == (
        "TOP 1: verwiesen an Kreistag.\n"
    )
    assert refused("resolve", sid, "1", "passed").startswith(
        "root resolve: Invalid value for 'outcome': 'passed' is not one of"
    )


def test_a_body_that_numbers_its_resolutions_gets_the_number_across_sessions(tmp_path) -> None:
    first = meeting(tmp_path, "de-rat", AUSSCHUSS, name="Rat", date="2024-02-06")
    assert sitzung("--lang", "de", "resolve", first, "2", "adopted", "--text", "Der Haushalt wird beschlossen.") == (
        "TOP 2: beschlossen (Beschluss Nr. 1/2024).\n"
    )
    second = meeting(tmp_path, "de-rat", AUSSCHUSS, name="Rat", number=2)
    sitzung("vote", second, "2", "--yes", "6", "--no", "2")
    assert sitzung("resolve", second, "2", "adopted") == "Item 2: adopted (resolution 2/2024).\n"
    data = json.loads(sitzung("decisions", second, "--json"))
    assert data["items"][0]["resolutions"][0]["number"] == "2/2024"
    assert "Resolution 2/2024: adopted" in sitzung("decisions", second)
    assert "Beschluss Nr. 2/2024: beschlossen" in sitzung("--lang", "de", "decisions", second)


def test_a_council_that_numbers_its_minutes_shows_each_item_s_number(tmp_path) -> None:
    sid = meeting(tmp_path, "en-council", name="Parish")  # the council year starts in May: March 2024 is 23/…
    sitzung("resolve", sid, "2", "noted")
    assert sitzung("decisions", sid).startswith("Item 2  Budget  (minute 23/002)\n")
    assert json.loads(sitzung("decisions", sid, "--json"))["items"][0]["minute_number"] == "23/002"


# -- elections ------------------------------------------------------------------------------------


def test_a_german_election_with_a_run_off_and_an_acceptance(tmp_path) -> None:
    sid = meeting(tmp_path, "de", AUSSCHUSS, name="Ausschuss")
    sitzung("item", sid, "3", "start", "--at", "19:30")
    assert sitzung("election", sid, "3", "--seats", "1", "--candidate", "Arndt, Anna", "--candidate", "Berger",
                   "--candidate", "Conrad", "--at", "19:31") == "E1\n"
    assert sitzung("--lang", "de", "election", sid, "3", "E1", "round", "--votes", "Arndt=3", "--votes", "Berger=3",
                   "--votes", "conrad=1", "--invalid", "1", "--at", "19:35") == (
        "Wahl E1 zu TOP 3: keine Mehrheit; engere Wahl zwischen Arndt, Anna; Berger.\n"
    )
    assert refused("election", sid, "3", "E1", "round", "--votes", "Conrad=4") == (
        "Conrad does not stand in this round; the candidates are: Arndt, Anna; Berger."
    )
    assert refused("election", sid, "3", "E1", "accept", "Arndt") == (
        "Arndt, Anna has not been elected in E1, so cannot accept or decline."
    )
    assert sitzung("election", sid, "3", "e1", "round", "--votes", "Arndt=5", "--votes", "Berger=3") == (
        "Election E1 on item 3: elected Arndt, Anna.\n"
    )
    assert refused("election", sid, "3", "E1", "round", "--votes", "Arndt=5") == (
        "Election E1 is decided; no further round is held."
    )
    assert sitzung("--lang", "de", "election", sid, "3", "E1", "accept", "arndt") == (
        "Wahl E1 zu TOP 3: gewählt: Arndt, Anna; Arndt, Anna nimmt die Wahl an.\n"
    )
    listed = sitzung("decisions", sid, "--item", "3")
    assert "  E1  Election for 1 seat: Arndt, Anna; Berger; Conrad\n" in listed
    assert "    Round 1 at 19:35: Arndt, Anna: 3; Berger: 3; Conrad: 1; 1 invalid, 0 blank\n" in listed
    assert "    Result: elected Arndt, Anna; Arndt, Anna accepts\n" in listed
    election = json.loads(sitzung("decisions", sid, "--json"))["items"][0]["elections"][0]
    assert election["outcome"]["elected"] == ["Arndt, Anna"]
    assert election["answers"] == [{"candidate": "Arndt, Anna", "accepted": True}]
    assert [r["votes"] for r in election["rounds"]] == [
        {"Arndt, Anna": 3, "Berger": 3, "Conrad": 1}, {"Arndt, Anna": 5, "Berger": 3},
    ]


def test_a_tie_is_decided_by_lot(tmp_path) -> None:
    sid = meeting(tmp_path)
    assert sitzung("election", sid, "2", "--seats", "1", "--candidate", "Baker", "--candidate", "Clark") == "E1\n"
    assert sitzung("election", sid, "2", "E1", "round", "--votes", "Baker=2", "--votes", "Clark=2", "--blank", "1") == (
        "Election E1 on item 2: a tie for 1 seat between Baker; Clark; draw lots (election … lot NAME).\n"
    )
    assert refused("election", sid, "2", "E1", "round", "--votes", "Baker=3") == (
        "Election E1 is tied between Baker; Clark; record the lot drawn first. (election SESSION ITEM E1 lot NAME)"
    )
    assert refused("election", sid, "2", "E1", "lot") == "Name the candidate: election … E1 lot NAME."
    assert refused("election", sid, "2", "E1", "lot", "Nobody") == (
        "'Nobody' names none of the candidates (or more than one): Baker; Clark."
    )
    assert sitzung("election", sid, "2", "E1", "lot", "Clark") == "Election E1 on item 2: elected Clark.\n"
    assert sitzung("election", sid, "2", "E1", "decline", "Clark") == (
        "Election E1 on item 2: elected Clark; Clark declines.\n"
    )
    assert refused("election", sid, "2", "E1", "lot", "Baker") == "There is no tie in E1 that Baker could win by lot."


def test_the_election_forms_refuse_what_does_not_belong_to_them(tmp_path) -> None:
    sid = meeting(tmp_path)
    sitzung("election", sid, "2", "--seats", "1", "--candidate", "Baker", "--candidate", "Clark")
    form = "Give either --seats and --candidate (a new election) or an election's id and round, lot, accept or decline."
    assert refused("election", sid, "2") == form
    assert refused("election", sid, "2", "--candidate", "Baker") == form
    assert refused("election", sid, "2", "E1") == form
    assert refused("election", sid, "2", "E1", "count") == (
        "'count' is not something done in an election; use round, lot, accept or decline."
    )
    assert refused("election", sid, "2", "E1", "round", "--seats", "2") == (
        "--seats does not belong to election … E1 round."
    )
    assert refused("election", sid, "2", "E1", "lot", "Baker", "--votes", "Baker=1") == (
        "--votes does not belong to election … E1 lot."
    )
    assert refused("election", sid, "2", "--seats", "1", "--candidate", "A", "--votes", "A=1") == (
        "--votes does not belong to election … --seats."
    )
    assert refused("election", sid, "2", "--seats", "0", "--candidate", "A") == (
        "An election for 0 seat(s) among 1 candidate(s) cannot be held; seats run from 1 to the number of candidates."
    )
    assert refused("election", sid, "2", "--seats", "1", "--candidate", "A", "--candidate", "a") == (
        "'a' is named twice among the candidates."
    )
    assert refused("election", sid, "2", "E2", "round", "--votes", "Baker=1") == (
        "Item 2 has no election 'E2'; its elections: E1."
    )
    for value, sentence in (
        ("X=1e9", "--votes 'X=1e9': '1e9' is not a number of votes; give a whole number from 0 to 999999999."),
        ("=3", "--votes '=3' does not name a candidate; write NAME=N, e.g. --votes Meier=7."),
        ("Baker", "--votes 'Baker' does not name a candidate; write NAME=N, e.g. --votes Meier=7."),
        ("A=-1", "--votes 'A=-1': '-1' is not a number of votes; give a whole number from 0 to 999999999."),
        ("A=" + "1" + "0" * 30, f"--votes 'A=1{'0' * 30}': '1{'0' * 30}' is not a number of votes; give a whole "
                                "number from 0 to 999999999."),
    ):
        assert refused("election", sid, "2", "E1", "round", "--votes", value) == sentence
    assert refused("election", sid, "2", "E1", "round", "--votes", "Baker=1", "--votes", "baker=2") == (
        "--votes names 'baker' twice; give each candidate's votes once."
    )
    assert refused("election", sid, "2", "E1", "round", "--votes", "X=1e9", lang="de") == (
        "--votes 'X=1e9': '1e9' ist keine Stimmenzahl; bitte eine ganze Zahl von 0 bis 999999999."
    )
    assert refused("election", sid, "2", "E1", "round", "--votes", "Baker=9") == (
        "More ballots in this round of E1 than the 5 members entitled to vote; check the count. (--force records it "
        "all the same.)"
    )


# -- the listing ----------------------------------------------------------------------------------


def test_decisions_lists_motions_votes_resolutions_and_elections(tmp_path) -> None:
    sid = meeting(tmp_path)
    assert sitzung("decisions", sid) == "No decisions recorded.\n"
    assert sitzung("decisions", sid, "--item", "1") == "Item 1  Minutes\n  No decisions recorded.\n"
    sitzung("motion", sid, "2", "Adopt the budget.", "--by", "Adams", "--seconded-by", "Baker")
    sitzung("motion", sid, "2", "Add 5% for parks.", "--amends", "M1", "--by", "Clark")
    sitzung("motion", sid, "2", "no-second", "M2")
    sitzung("vote", sid, "2", "--yes", "4", "--no", "1", "--at", "19:10")
    sitzung("resolve", sid, "2", "adopted", "--at", "19:11")
    assert sitzung("decisions", sid) == (
        "Item 2  Budget\n"
        "  M1  Motion by Adams, Ann, seconded by Baker, Bob: Adopt the budget.  [carried]\n"
        "  M2  Amendment to M1 by Clark, Cy: Add 5% for parks.  [not seconded]\n"
        "  Vote at 19:10: Item 2, motion M1: carried (4 for, 1 against, 0 abstentions; simple majority).\n"
        "  Resolution on M1: adopted — Adopt the budget.\n"
    )
    assert sitzung("--lang", "de", "decisions", sid).splitlines()[1:3] == [
        "  M1  Antrag von Adams, Ann, unterstützt von Baker, Bob: Adopt the budget.  [angenommen]",
        "  M2  Änderungsantrag zu M1 von Clark, Cy: Add 5% for parks.  [nicht unterstützt]",
    ]
    data = json.loads(sitzung("decisions", sid, "--json"))
    item = data["items"][0]
    assert data["session"] == sid and item["number"] == "2"
    assert [(m["id"], m["status"], m["by"] and m["by"]["name"]) for m in item["motions"]] == [
        ("M1", "adopted", "Adams, Ann"), ("M2", "no_second", "Clark, Cy"),
    ]
    assert item["votes"][0] == {
        "motion": "M1", "at": "2024-03-05T19:10:00", "majority": "simple", "unanimous": False, "named": False,
        "secret": False, "tally": {"yes": 4, "no": 1, "abstain": 0},
        "result": {"adopted": True, "rule": "simple", "needed": 2, "tied": False, "casting": None},
        "outcome": "adopted", "ballots": [],
    }
    assert item["resolutions"] == [
        {"motion": "M1", "at": "2024-03-05T19:11:00", "outcome": "adopted", "text": "Adopt the budget.", "to": None,
         "number": None}
    ]


def test_stored_escapes_are_shown_not_sent_to_the_terminal(tmp_path) -> None:
    """A session file edited by hand cannot reach the terminal through the listing."""
    sid = meeting(tmp_path)
    sitzung("motion", sid, "2", "Adopt the budget.", "--by", "Adams", "--seconded-by", "Baker")
    session_file = Path(os.environ["SITZUNG_DATA_DIR"], "sessions", f"{sid}.json")
    text = session_file.read_text(encoding="utf-8")
    session_file.write_text(text.replace("Adopt the budget.", "Adopt\\u001b[2J\\u202e"), encoding="utf-8")
    for args in (("decisions", sid), ("decisions", sid, "--json")):
        printed = sitzung(*args)
        assert "\x1b" not in printed and "\u202e" not in printed and "\\u001b" in printed


def test_help_explains_each_form() -> None:
    for command in ("motion", "vote", "ballot", "resolve", "election", "decisions"):
        assert "Usage" in sitzung(command, "--help")
    assert "ELECTION round --votes NAME=N" in sitzung("election", "--help")
    assert "withdraw|no-second MOTION" in sitzung("motion", "--help")
