"""The decision commands: motion, vote, ballot, resolve, election and the `decisions` listing.

Every fact printed here (who could vote, the tally, the majority's outcome, a motion's
state, an election's result, a resolution's number) is asked of `sitzung.outcomes`.
`cli/__init__.py` calls `register(app)`.
"""

import json
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from cli.args import AtOpt, SessionArg
from cli.env import Env, env_of
from cli.output import echo
from sitzung.errors import SitzungError
from sitzung.i18n import counted, t
from sitzung.text_rules import shortened
from sitzung.timefmt import hhmm
from sitzung.vocabulary import Choice, MotionAction, Outcome

if TYPE_CHECKING:  # the core's records, for the signatures only: commands import what they run when they run
    from sitzung.decisions import Election, Vote
    from sitzung.majority import Tally
    from sitzung.outcomes import Numbered
    from sitzung.state import ItemState, SessionState

MOTION_STEPS = {  # what `motion SESSION ITEM STEP MOTION` records about an earlier motion
    "withdraw": MotionAction.WITHDRAW,
    "no-second": MotionAction.NO_SECOND,
    "no_second": MotionAction.NO_SECOND,
    "second": MotionAction.SECOND,
    "rule": MotionAction.RULE,
}
ELECTION_STEPS = ("round", "lot", "accept", "decline")
MAX_COUNT_DIGITS = 9  # a count of votes in --votes NAME=N: up to 999,999,999


class Casting(StrEnum):
    yes = "yes"
    no = "no"


ItemArg = Annotated[str, typer.Argument(help="The item's number, e.g. 2.1.", show_default=False)]
MotionOpt = Annotated[
    str | None,
    typer.Option(
        "--motion",
        help="The motion (M1), or 'item' for the item itself; default: the item's latest open motion "
        "(resolve: the motion of the latest vote), else the item itself.",
    ),
]


def _subject(lang: str, item: "ItemState", motion_id: str | None) -> str:
    """ "Item 2.1" or "Item 2.1, motion M2" (an amendment or a point of order said as such)."""
    if motion_id is None:
        return t("cli.subject.item", lang, number=item.number)
    motion = item.decisions.motion(motion_id)
    kind = motion.kind.value if motion is not None else "motion"
    return t(f"cli.subject.{kind}", lang, number=item.number, motion=motion_id)


def _counts(lang: str, tally: "Tally") -> str:
    """ "5 for, 2 against, 1 abstention"."""
    return t("cli.tally", lang, yes=tally.yes, no=tally.no, abstain=counted("count.abstentions", tally.abstain, lang))


def _vote_line(lang: str, state: "SessionState", item: "ItemState", vote: "Vote") -> str:
    """ "Item 2.1, motion M2: carried (5 for, 2 against, 1 abstention; simple majority)." """
    from sitzung.majority import Majority
    from sitzung.outcomes import motion_status, outcome_of_vote, tally, vote_result

    result = vote_result(state, item, vote)
    counted = tally(state, item, vote)
    implied = outcome_of_vote(state, item, vote)
    motion = item.decisions.motion(vote.motion)
    if motion is not None and implied is not Outcome.ADOPTED_AMENDED:
        said = t(f"motion.status.{motion_status(state, item, motion).value}", lang)
    else:
        said = t(f"outcome.{implied.value}", lang)
    counts = t("cli.tally_unanimous", lang, count=counted.yes) if vote.unanimous else _counts(lang, counted)
    if vote.secret:
        counts = t("cli.vote_secret", lang, tally=counts)
    elif vote.named:
        counts = t("cli.vote_named", lang, tally=counts)
    rule = t(f"majority.{result.rule.value}", lang)
    if result.rule is not Majority.SIMPLE:
        rule = t("cli.needed", lang, rule=rule, needed=result.needed)
    if result.casting is not None:
        rule += "; " + t("cli.tie_casting", lang, choice=t(f"choice.{result.casting.value}", lang))
    elif result.tied:
        rule += "; " + t("cli.tie_rejects", lang)
    return t("cli.vote_line", lang, subject=_subject(lang, item, vote.motion), result=said, tally=counts, rule=rule)


def _seats(lang: str, count: int) -> str:
    return counted("count.seats", count, lang)


def _names(names: Iterable[str]) -> str:
    """Candidates, "Last, First" as typed, so one from the next by a semicolon."""
    return "; ".join(names)


def _election_state(lang: str, state: "SessionState", election: "Election") -> str:
    """Where an election stands: elected (and who accepted), a run-off, a lot to draw."""
    from sitzung.outcomes import election_result

    if not election.rounds:
        return t("cli.election_open", lang)
    result = election_result(state, election)
    parts: list[str] = []
    if result.elected:
        parts.append(t("cli.election_elected", lang, names=_names(result.elected)))
    if result.runoff:
        parts.append(t("cli.election_runoff", lang, names=_names(result.runoff)))
    if result.lot:
        parts.append(t("cli.election_lot", lang, seats=_seats(lang, result.lot_seats), names=_names(result.lot)))
    if not parts:
        parts.append(t("cli.election_nobody", lang))
    for name in result.elected:
        if name in election.answers:
            key = "cli.election_accepted" if election.answers[name] else "cli.election_declined"
            parts.append(t(key, lang, name=name))
    return "; ".join(parts)


def _election_line(lang: str, state: "SessionState", item: "ItemState", election: "Election") -> str:
    state_said = _election_state(lang, state, election)
    return t("cli.election_line", lang, election=election.id, number=item.number, state=state_said)


def _parse_votes(values: list[str]) -> dict[str, int]:
    """--votes NAME=N, each candidate once; N a whole number of votes."""
    parsed: dict[str, int] = {}
    for value in values:
        name, sep, count = value.rpartition("=")
        name, count = name.strip(), count.strip()
        if not sep or not name:
            raise SitzungError("cli.votes_format", value=shortened(value))
        if not (count.isascii() and count.isdigit()) or len(count) > MAX_COUNT_DIGITS:
            raise SitzungError("cli.votes_count", value=shortened(value), count=shortened(count))
        if any(known.casefold() == name.casefold() for known in parsed):
            raise SitzungError("cli.votes_twice", name=shortened(name))
        parsed[name] = int(count)
    return parsed


def _refuse_options(action: str, given: dict[str, object]) -> None:
    """Refuse an option that has no meaning for `action` rather than silently dropping it."""
    for option, value in given.items():
        if value not in (None, False, "", 0, []):
            raise SitzungError("cli.option_not_for", option=option, action=action)


def motion(
    ctx: typer.Context,
    session: SessionArg,
    number: ItemArg,
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT|STEP",
            help="The motion's wording; or withdraw, no-second, second or rule, followed by the motion's id.",
            show_default=False,
        ),
    ],
    ref: Annotated[
        str | None, typer.Argument(metavar="MOTION", help="With a step: the motion it is about (M1).")
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who moves it (with second: who seconds it).")] = None,
    seconded_by: Annotated[str | None, typer.Option("--seconded-by", help="Who seconds it.")] = None,
    amends: Annotated[str | None, typer.Option("--amends", help="The motion this one amends (M1).")] = None,
    at: AtOpt = None,
    point_of_order: Annotated[
        bool, typer.Option("--point-of-order", help="A point of order, for the chair to rule on.")
    ] = False,
    ruling: Annotated[str, typer.Option("--ruling", help="The chair's ruling on a point of order.")] = "",
) -> None:
    """Record a motion (prints its id alone, e.g. M1), or a step on an earlier one.

    \b
    sitzung motion SESSION ITEM TEXT [--by P] [--seconded-by P] [--amends M1] [--point-of-order [--ruling TEXT]]
    sitzung motion SESSION ITEM withdraw|no-second MOTION
    sitzung motion SESSION ITEM second MOTION --by PERSON
    sitzung motion SESSION ITEM rule MOTION --ruling TEXT
    """
    from sitzung.outcomes import motion_status

    env = env_of(ctx)
    recorder = env.recorder(session)
    moment = env.moment(recorder.state, at)
    if ref is None:
        event = recorder.motion(number, text, by, seconded_by, amends, moment, point_of_order, ruling)
        echo(event.data["id"])
        return
    step = MOTION_STEPS.get(text.strip().lower())
    if step is None:
        raise SitzungError("cli.motion_extra", value=shortened(text))
    said = text.strip().lower()
    _refuse_options(said, {"--seconded-by": seconded_by, "--amends": amends, "--point-of-order": point_of_order})
    _refuse_options(said, {"--by": by if step is not MotionAction.SECOND else None})
    _refuse_options(said, {"--ruling": ruling if step is not MotionAction.RULE else None})
    event = recorder.motion_action(number, step, ref, by, ruling, moment)
    state = recorder.state
    item = state.items[event.data["number"]]
    found = item.decisions.motion(event.data["id"])
    subject = _subject(env.lang, item, found.id)
    if step is MotionAction.SECOND:
        env.say("cli.motion_seconded", subject=subject, person=state.people[event.data["by"]].display)
    elif step is MotionAction.RULE:
        env.say("cli.motion_ruled", subject=subject, ruling=found.ruling)
    else:
        status = t(f"motion.status.{motion_status(state, item, found).value}", env.lang)
        env.say("cli.motion_status", subject=subject, status=status)


def vote(
    ctx: typer.Context,
    session: SessionArg,
    number: ItemArg,
    yes: Annotated[int | None, typer.Option("--yes", help="Votes in favour.")] = None,
    no: Annotated[int | None, typer.Option("--no", help="Votes against.")] = None,
    abstain: Annotated[int | None, typer.Option("--abstain", help="Abstentions.")] = None,
    unanimous: Annotated[bool, typer.Option("--unanimous", help="Every member entitled to vote voted yes.")] = False,
    named: Annotated[
        bool,
        typer.Option("--named", help="A roll-call vote: everyone entitled votes yes; mark exceptions with ballot."),
    ] = False,
    motion: MotionOpt = None,
    majority: Annotated[
        str | None,
        typer.Option(
            "--majority", metavar="RULE", help="simple, absolute, two-thirds or two-thirds-seats; default: the body's."
        ),
    ] = None,
    secret: Annotated[bool, typer.Option("--secret", help="A secret ballot: counts only, never a name.")] = False,
    casting: Annotated[
        Casting | None, typer.Option("--casting", help="The chair's casting vote on a tie (bodies that have one).")
    ] = None,
    at: AtOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help="Record it despite a tally above those present or a finding of no quorum.")
    ] = False,
) -> None:
    """Record a vote and print its outcome under the required majority.

    A vote without --motion is on the item's latest open motion, or on the item itself when it has none.
    """
    env = env_of(ctx)
    recorder = env.recorder(session)
    moment = env.moment(recorder.state, at)
    event = recorder.vote(
        number, yes, no, abstain, unanimous, force, named=named, secret=secret, motion=motion, majority=majority,
        casting=casting.value if casting else None, at=moment,
    )
    state = recorder.state
    item = state.items[event.data["number"]]
    echo(_vote_line(env.lang, state, item, item.decisions.vote_on(event.data.get("motion"))))


def ballot(
    ctx: typer.Context,
    session: SessionArg,
    number: ItemArg,
    person: Annotated[str, typer.Argument(help='"Last", "Last, First" or "First Last".', show_default=False)],
    choice: Annotated[Choice, typer.Argument(help="yes, no or abstain.", show_default=False)],
    motion: MotionOpt = None,
) -> None:
    """Record one member's vote by name: an exception in a named vote, or a vote a member asks to have recorded.

    Refused for a secret ballot. After a named vote's exception, prints its new tally.
    """
    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.ballot(number, person, choice, motion)
    state = recorder.state
    item = recorder.item(number)
    voted = recorder.ballot_vote(item.number, motion)
    subject = _subject(env.lang, item, voted.motion)
    said = t(f"choice.{choice.value}", env.lang)
    if event is None:
        env.say("cli.ballot_unchanged", subject=subject, person=recorder.person(person).display, choice=said)
    elif voted.named:
        echo(_vote_line(env.lang, state, item, voted))
    else:
        env.say("cli.ballot_recorded", subject=subject, person=state.people[event.data["person"]].display, choice=said)


def resolve(
    ctx: typer.Context,
    session: SessionArg,
    number: ItemArg,
    outcome: Annotated[Outcome, typer.Argument(help="What became of the item or the motion.", show_default=False)],
    text: Annotated[str, typer.Option("--text", help="The resolution's wording; default: the motion's.")] = "",
    to: Annotated[str, typer.Option("--to", help="The body an item is referred to.")] = "",
    motion: Annotated[
        str | None, typer.Option("--motion", help="The motion resolved on (M1); default: the item.")
    ] = None,
    at: AtOpt = None,
) -> None:
    """Record the resolution on an item or a motion; prints it with its number, if the body numbers them."""
    from sitzung.outcomes import earlier_sessions, numbered

    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.resolve(number, outcome, text, to, motion, env.moment(recorder.state, at))
    state = recorder.state
    item = state.items[event.data["number"]]
    motion_id = event.data.get("motion")
    found = numbered(state, earlier_sessions(env.archive, state)).resolution(item.number, motion_id)
    env.say(
        "cli.resolved",
        subject=_subject(env.lang, item, motion_id),
        outcome=t(f"outcome.{outcome.value}", env.lang),
        to=t("cli.resolved_to", env.lang, body=event.data["to"]) if event.data.get("to") else "",
        numbered=t("cli.resolution_number", env.lang, number=found) if found else "",
    )


def election(
    ctx: typer.Context,
    session: SessionArg,
    number: ItemArg,
    ref: Annotated[
        str | None,
        typer.Argument(metavar="ELECTION", help="An election's id (E1): count a round, draw a lot, an answer."),
    ] = None,
    step: Annotated[str | None, typer.Argument(metavar="STEP", help="round, lot, accept or decline.")] = None,
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="The candidate (lot, accept, decline).")] = None,
    seats: Annotated[int | None, typer.Option("--seats", help="A new election: the seats to fill.")] = None,
    candidates: Annotated[
        list[str] | None, typer.Option("--candidate", help="A new election: a candidate (repeat for each).")
    ] = None,
    votes: Annotated[
        list[str] | None, typer.Option("--votes", metavar="NAME=N", help="round: a candidate's votes (repeat).")
    ] = None,
    invalid: Annotated[int, typer.Option("--invalid", help="round: invalid ballots.")] = 0,
    blank: Annotated[int, typer.Option("--blank", help="round: blank ballots.")] = 0,
    at: AtOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help="round: record it despite more ballots than members entitled to vote.")
    ] = False,
) -> None:
    """Open an election (prints its id alone, e.g. E1), or count a round, draw a lot, record an answer.

    \b
    sitzung election SESSION ITEM --seats N --candidate NAME [--candidate NAME …] [--at HH:MM]
    sitzung election SESSION ITEM ELECTION round --votes NAME=N [--votes NAME=N …] [--invalid N] [--blank N]
    sitzung election SESSION ITEM ELECTION lot|accept|decline NAME
    """
    env = env_of(ctx)
    recorder = env.recorder(session)
    moment = env.moment(recorder.state, at)
    if ref is None:
        if seats is None:
            raise SitzungError("cli.election_form")
        _refuse_options("election … --seats", {"--votes": votes, "--invalid": invalid, "--blank": blank})
        _refuse_options("election … --seats", {"--force": force})
        event = recorder.election(number, seats, candidates or [], moment)
        echo(event.data["id"])
        return
    if step is None:
        raise SitzungError("cli.election_form")
    said = step.strip().lower()
    if said not in ELECTION_STEPS:
        raise SitzungError("cli.election_action", value=shortened(step))
    action = f"election … {shortened(ref)} {said}"
    _refuse_options(action, {"--seats": seats, "--candidate": candidates})
    if said == "round":
        _refuse_options(action, {shortened(name or ""): name})
        counted = _parse_votes(votes or [])
        event = recorder.election_round(number, ref, counted, invalid, blank, moment, force)
    else:
        _refuse_options(action, {"--votes": votes, "--invalid": invalid, "--blank": blank, "--at": at})
        _refuse_options(action, {"--force": force})
        if name is None:
            raise SitzungError("cli.election_needs_name", election=shortened(ref), action=said)
        event = recorder.election_answer(number, ref, said, name)
    state = recorder.state
    item = state.items[event.data["number"]]
    echo(_election_line(env.lang, state, item, item.decisions.election(event.data["id"])))


def _display(state: "SessionState", key: str | None) -> str | None:
    if key is None:
        return None
    person = state.people.get(key)
    return person.display if person is not None else key


def _say_item_decisions(env: Env, state: "SessionState", item: "ItemState", numbers: "Numbered") -> None:
    from sitzung.outcomes import motion_status

    lang = env.lang
    minute = numbers.minute(item.number)
    env.say("cli.list_item", number=item.number, title=item.title,
            minute=t("cli.list_minute", lang, number=minute) if minute else "")
    if not item.decisions:
        echo("  " + t("cli.list_nothing", lang))
    for m in item.decisions.motions:
        by = t("cli.list_by", lang, person=_display(state, m.by)) if m.by else ""
        if m.seconded_by:
            by += t("cli.list_seconded", lang, person=_display(state, m.seconded_by))
        echo("  " + t(
            "cli.list_motion", lang, id=m.id, kind=t(f"motion.kind.{m.kind.value}", lang),
            amends=t("cli.list_amends", lang, motion=m.amends) if m.amends else "", by=by, text=m.text,
            status=t(f"motion.status.{motion_status(state, item, m).value}", lang),
        ))
        if m.ruling:
            echo("    " + t("cli.list_ruling", lang, ruling=m.ruling))
    for found in item.decisions.votes:
        echo("  " + t("cli.list_vote", lang, at=hhmm(found.at), line=_vote_line(lang, state, item, found)))
        if found.secret:
            continue  # counts only, never a name
        for choice in Choice:
            names = [_display(state, k) or k for k, c in found.ballots.items() if c is choice]
            if names and not (found.named and choice is Choice.YES):  # a named vote's exceptions
                echo("    " + t("cli.list_ballots", lang, choice=t(f"choice.{choice.value}", lang),
                                names="; ".join(names)))
    for r in item.decisions.resolutions:
        found_number = numbers.resolution(item.number, r.motion)
        echo("  " + t(
            "cli.list_resolution", lang,
            numbered=t("cli.list_resolution_number", lang, number=found_number) if found_number else "",
            on=t("cli.list_on", lang, motion=r.motion) if r.motion else "",
            outcome=t(f"outcome.{r.outcome.value}", lang),
            to=t("cli.resolved_to", lang, body=r.to) if r.to else "",
            text=f" — {r.text}" if r.text else "",
        ))
    for held in item.decisions.elections:
        echo("  " + t(
            "cli.list_election", lang, id=held.id, seats=_seats(lang, held.seats), candidates=_names(held.candidates)
        ))
        for n, round_ in enumerate(held.rounds, 1):
            said = _names(f"{name}: {count}" for name, count in round_.votes.items())
            echo("    " + t("cli.list_round", lang, n=n, at=hhmm(round_.at), votes=said or "-",
                            invalid=round_.invalid, blank=round_.blank))
        echo("    " + t("cli.list_result", lang, state=_election_state(lang, state, held)))


def decisions(
    ctx: typer.Context,
    session: SessionArg,
    item: Annotated[str | None, typer.Option("--item", help="One item only.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """List motions, votes, resolutions and elections with their outcomes (a secret ballot: counts only)."""
    from sitzung.outcomes import earlier_sessions, numbered

    env = env_of(ctx)
    recorder = env.recorder(session)
    state = recorder.state
    items = [recorder.item(item)] if item else [i for i in state.items.values() if i.decisions]
    numbers = numbered(state, earlier_sessions(env.archive, state))
    if as_json:
        from exports.session_json import item_decisions

        listed = [
            {"number": i.number, "title": i.title, "minute_number": numbers.minute(i.number) or None,
             **item_decisions(state, i, numbers)}
            for i in items
        ]
        data = {"session": state.info.id, "items": listed}
        echo(json.dumps(data, ensure_ascii=False))
        return
    if not items:
        env.say("cli.list_nothing")
    for found in items:
        _say_item_decisions(env, state, found, numbers)


def register(app: typer.Typer) -> None:
    """Add the decision commands to the CLI."""
    app.command("motion")(motion)
    app.command("vote")(vote)
    app.command("ballot")(ballot)
    app.command("resolve")(resolve)
    app.command("election")(election)
    app.command("decisions")(decisions)
