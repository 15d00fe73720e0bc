"""What happens in the meeting, recorded as it happens: attendance, the clock, the items, notes and remarks,
recusals and declarations of interest, the chair's determination of the quorum, guests, undo, and the event log."""

import json
from enum import StrEnum
from typing import Annotated

import typer

from cli.args import AtOpt, SessionArg
from cli.env import env_of
from cli.output import echo
from cli.stdin import read_stdin
from sitzung.i18n import t
from sitzung.timefmt import hhmm
from sitzung.vocabulary import Attendance, ClockAction, ItemAction

guest_app = typer.Typer(no_args_is_help=True, help="People at one session only: guests and staff.")


def attend(
    ctx: typer.Context,
    session: SessionArg,
    person: Annotated[str, typer.Argument(help='"Last", "Last, First" or "First Last".')],
    status: Annotated[
        Attendance, typer.Argument(help="present (from the start), excused, unexcused, arrived, left.")
    ],
    at: AtOpt = None,
    reason: Annotated[str, typer.Option("--reason", help="The reason given with apologies (with excused).")] = "",
) -> None:
    """Record someone's attendance."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    found = recorder.person(person)
    event = recorder.attend(person, status, env.moment(recorder.state, at), reason)
    key = "cli.recorded_attendance" if event else "cli.unchanged_attendance"
    env.say(key, person=found.display, status=t(f"attendance.status.{status.value}", env.lang))


def clock(
    ctx: typer.Context,
    session: SessionArg,
    action: ClockAction,
    at: AtOpt = None,
    reason: Annotated[str, typer.Option("--reason", help="Why the session is interrupted (with pause).")] = "",
) -> None:
    """Start, pause (recess), resume or end the session."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.clock_action(action, env.moment(recorder.state, at), reason)
    env.say(f"cli.clock.{action.value}", at=hhmm(event.at))


def item(
    ctx: typer.Context,
    session: SessionArg,
    number: Annotated[str, typer.Argument(help="The item's number, e.g. 2.1.")],
    action: ItemAction,
    at: AtOpt = None,
) -> None:
    """Start (ending the running item), end, defer or withdraw an agenda item."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.item_action(number, action, env.moment(recorder.state, at))
    env.say(f"cli.item.{action.value}", number=event.data["number"], at=hhmm(event.at))


def note(
    ctx: typer.Context,
    session: SessionArg,
    number: Annotated[str, typer.Argument(help="The item's number.")],
    text: Annotated[str, typer.Argument(help="The text; '-' reads it from standard input.")],
    replace: Annotated[bool, typer.Option("--replace", help="Replace the item's notes instead of adding.")] = False,
) -> None:
    """Add a paragraph to an item's notes."""
    env = env_of(ctx)
    if text == "-":
        text = read_stdin("input.text")
    env.recorder(session).note(number, text, append=not replace)
    env.say("cli.noted", number=number.rstrip("."))


def remark(
    ctx: typer.Context,
    session: SessionArg,
    text: Annotated[str, typer.Argument(help="The text; '-' reads it from standard input.")],
    replace: Annotated[bool, typer.Option("--replace", help="Replace the remarks instead of adding.")] = False,
) -> None:
    """Add a remark on the session as a whole (e.g. reports attached for information)."""
    env = env_of(ctx)
    if text == "-":
        text = read_stdin("input.text")
    env.recorder(session).remark(text, append=not replace)
    env.say("cli.remarked")


_KINDS = "disclosable-pecuniary, other-registrable or non-registrable"
StaysOpt = Annotated[bool, typer.Option("--stays", help="Declared but stayed: still counted and voting.")]
NatureOpt = Annotated[str, typer.Option("--nature", help='What it is, e.g. "as a neighbour of the applicant".')]


def recuse(
    ctx: typer.Context,
    session: SessionArg,
    number: Annotated[str, typer.Argument(help="The item's number.")],
    person: Annotated[str, typer.Argument(help="Who leaves the table for this item.")],
    interest: Annotated[
        str | None, typer.Option("--interest", metavar="KIND", help=f"The kind of interest declared: {_KINDS}.")
    ] = None,
    stays: StaysOpt = False,
    nature: NatureOpt = "",
) -> None:
    """Record that a member is excluded from an item for a conflict of interest (Befangenheit).

    With --interest, --stays or --nature it is a declaration of interest, as `declare` records it.
    """
    _declare(ctx, session, number, person, interest, stays, nature)


def declare(
    ctx: typer.Context,
    session: SessionArg,
    number: Annotated[str, typer.Argument(help="The item's number.")],
    person: Annotated[str, typer.Argument(help="Who declares the interest.")],
    interest: Annotated[
        str, typer.Option("--interest", metavar="KIND", help=f"The kind of interest: {_KINDS}.", show_default=False)
    ],
    stays: StaysOpt = False,
    nature: NatureOpt = "",
) -> None:
    """Record a member's declaration of interest in an item; without --stays they left the meeting for it."""
    _declare(ctx, session, number, person, interest, stays, nature)


def _declare(
    ctx: typer.Context, session: str, number: str, person: str, interest: str | None, stays: bool, nature: str
) -> None:
    """`recuse` and `declare` record the same event; a plain recusal keeps its sentence."""
    from sitzung.views import declaration_of, declaration_words

    env = env_of(ctx)
    recorder = env.recorder(session)
    found = recorder.person(person)
    event = recorder.recuse(number, person, interest=interest, stays=stays, nature=nature)
    if set(event.data) == {"number", "person"}:
        env.say("cli.recused", person=found.display, number=event.data["number"])
    else:
        what = declaration_words(declaration_of(event), found.display, event.data["number"], env.lang)
        env.say("cli.declared", what=what)


class Determination(StrEnum):
    quorate = "quorate"
    not_quorate = "not-quorate"


def determine(ctx: typer.Context, session: SessionArg, finding: Determination, at: AtOpt = None) -> None:
    """Record the chair's formal determination of the quorum."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.determine(finding is Determination.quorate, env.moment(recorder.state, at))
    env.say(f"cli.determined.{finding.value}", at=hhmm(event.at))


@guest_app.command("add")
def guest_add(
    ctx: typer.Context,
    session: SessionArg,
    name: Annotated[str, typer.Argument(help='"Last, First" (the title goes in --title).')],
    role: Annotated[str, typer.Option("--role", help="A role key, label or heading of the body.")],
    title: Annotated[str, typer.Option("--title", help="E.g. Dr.")] = "",
    deputy_for: Annotated[
        str | None, typer.Option("--deputy-for", help="The member this person stands in for (a deputy).")
    ] = None,
    at: AtOpt = None,
) -> None:
    """Add someone to this session only; they are recorded as arrived (present, before the start)."""
    from sitzung.model import Person

    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.add_guest(name, role, title, deputy_for, env.moment(recorder.state, at))
    env.say("cli.guest_added", person=Person.from_dict(event.data["person"]).display)


def undo(ctx: typer.Context, session: SessionArg) -> None:
    """Take back the latest action still in effect."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.undo()
    env.say("cli.undone", seq=event.data["target"])


def log(ctx: typer.Context, session: SessionArg) -> None:
    """Print the session's event log (seq, time, kind, data), undone events marked."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    events = recorder.log.events()
    from sitzung.state import undone_seqs

    undone = undone_seqs(events)
    for event in events:
        mark = " (undone)" if event.seq in undone else ""
        data = json.dumps(event.data, ensure_ascii=False, sort_keys=True)
        echo(f"{event.seq:>5}  {event.at:%Y-%m-%d %H:%M:%S}  {event.kind:<13} {data}{mark}")


def register(app: typer.Typer) -> None:
    """Add the meeting's commands and `guest …` to the `sitzung` command."""
    app.command("attend")(attend)
    app.command("clock")(clock)
    app.command("item")(item)
    app.command("note")(note)
    app.command("remark")(remark)
    app.command("recuse")(recuse)
    app.command("declare")(declare)
    app.command("determine")(determine)
    app.command("undo")(undo)
    app.command("log")(log)
    app.add_typer(guest_app, name="guest")
