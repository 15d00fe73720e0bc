"""The `sitzung` command: the composition root that wires the core to storage, exports and the TUI.

Its forms are a contract for scripts (a badge reader at the door, a test).
Commands that do not open the TUI never import Textual, so they start fast.
Every refusal is one sentence on stderr and exit code 2, never a traceback.
"""

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from cli import words  # noqa: F401  (registers the command line's words)
from cli.args import AtOpt, SessionArg
from cli.env import Env, env_of, lang_of
from cli.output import echo
from sitzung.errors import SitzungError
from sitzung.i18n import LANGUAGES, detect_language, t
from sitzung.text_rules import shortened
from sitzung.timefmt import hhmm
from sitzung.timeparse import parse_clock_time, parse_date
from sitzung.vocabulary import Attendance, ClockAction, ItemAction

# The core says what is wrong in words for any front end; the command line adds how to say it here.
HINTS = {
    **dict.fromkeys(("vote.too_many", "vote.not_quorate", "election.too_many"), "cli.force_hint"),
    **{key: f"cli.hint.{key}" for key in (
        "vote.empty", "vote.unseconded", "vote.point_of_order", "motion.second_needs_person", "motion.ruling_empty",
        "motion.ruling_needs_order", "motion.order_amends", "resolve.referred_needs_body",
        "election.needs_candidates", "election.lot_pending", "election.empty_round",
    )},
}


class _Group(TyperGroup):
    """Turns a SitzungError or a usage error anywhere below into one sentence and exit code 2."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except TyperException as error:  # an option of `sitzung` itself (--lang xx)
            _fail_usage(error)

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TyperException as error:  # a command's arguments, or a command that does not exist
            _fail_usage(error)
        except SitzungError as error:
            if error.key == "storage.write_failed":  # a command ends here: nothing stays in memory for it
                error = SitzungError("cli.write_failed", where=error.where, **error.params)
            message = error.message(lang_of(ctx))
            if (hint := HINTS.get(error.key)) is not None:
                message += " " + t(hint, lang_of(ctx), **error.params)
            _fail(message)
        except OSError as error:
            where = getattr(error, "filename", None) or "-"
            _fail(t("cli.os_error", lang_of(ctx), where=where, reason=error.strerror or str(error)))


def _fail(message: str) -> NoReturn:
    echo(message, err=True)
    raise typer.Exit(2)


def _fail_usage(error: TyperException) -> NoReturn:
    """The parser's message and where to read more, on one line instead of its boxed usage text.

    A group called without a command (`sitzung`, `sitzung roster`) gets its help, as before.
    """
    if type(error).__name__ == "NoArgsIsHelpError" or error.format_message() == "Missing command.":
        raise error
    context = getattr(error, "ctx", None)
    command = context.command_path if context else "sitzung"
    message = shortened(" ".join(error.format_message().split())).rstrip(".") + "."
    _fail(f"{command}: {message} See '{command} --help'.")


def read_stdin(what: str) -> str:
    """Standard input, up to the limit any real agenda or note stays within."""
    from sitzung.errors import Where
    from sitzung.text_rules import MAX_INPUT_BYTES, within_limit

    text = sys.stdin.read(MAX_INPUT_BYTES + 1)
    within_limit(text.encode("utf-8", "surrogateescape"), Where("-"), what)
    return text




app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    help="Record a council or committee meeting: roll call, clock, agenda, votes and quorum.",
)
roster_app = typer.Typer(no_args_is_help=True, help="A body's members and staff.")
session_app = typer.Typer(no_args_is_help=True, help="Sessions (meetings) of a body.")
agenda_app = typer.Typer(no_args_is_help=True, help="A session's agenda.")
archive_app = typer.Typer(no_args_is_help=True, help="The archive: bodies, rosters and the index of sessions.")
guest_app = typer.Typer(no_args_is_help=True, help="People at one session only: guests and staff.")
app.add_typer(roster_app, name="roster")
app.add_typer(session_app, name="session")
app.add_typer(agenda_app, name="agenda")
app.add_typer(archive_app, name="archive")
app.add_typer(guest_app, name="guest")


class Lang(StrEnum):
    de = "de"
    en = "en"


@app.callback()
def _root(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="Folder for the data (default: SITZUNG_DATA_DIR or the user data folder)."),
    ] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Language of messages and minutes.")] = None,
) -> None:
    explicit = bool(lang) or os.environ.get("SITZUNG_LANG", "").lower()[:2] in LANGUAGES
    ctx.obj = Env(data_dir=data_dir, lang=detect_language(lang.value if lang else None), explicit_lang=explicit)




# -- bodies and rosters -------------------------------------------------------


@roster_app.command("import")
def roster_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV with a header row (Nachname;Vorname;Titel;Rolle;…).")],
    body: Annotated[str, typer.Option("--body", help="The body whose roster this is.")],
    replace: Annotated[bool, typer.Option("--replace", help="Replace the roster instead of adding to it.")] = False,
) -> None:
    """Import people from a roster CSV (UTF-8 or Windows-1252, comma or semicolon)."""
    from sitzung.sessions import import_roster

    env = env_of(ctx)
    people = import_roster(env.archive, body, file, replace)
    env.say("cli.roster_imported", count=len(people), body=body)


@roster_app.command("list")
def roster_list(ctx: typer.Context, body: Annotated[str, typer.Option("--body", help="The body.")]) -> None:
    """List a body's roster, grouped by role."""
    from sitzung.sessions import require_body

    env = env_of(ctx)
    found = require_body(env.archive, body)
    people = env.archive.roster(found.name)
    for role in found.ordered_roles():
        members = [p for p in people if p.role == role.key]
        if members:
            echo(f"{role.heading}:")
            for person in members:
                extra = f"  ({person.group})" if person.group else ""
                echo(f"  {person.display}{extra}")


# -- sessions -------------------------------------------------------------------


@session_app.command("create")
def session_create(
    ctx: typer.Context,
    body: Annotated[str, typer.Option("--body", help="The body that meets.")],
    number: Annotated[int, typer.Option("--number", help="The session's number in the electoral term.")],
    date: Annotated[str, typer.Option("--date", help="YYYY-MM-DD.")],
    time: Annotated[str | None, typer.Option("--time", help="Planned start, HH:MM.")] = None,
    location: Annotated[str, typer.Option("--location", help="Where the body meets.")] = "",
    chair: Annotated[str | None, typer.Option("--chair", help="Who chairs (a name on the roster).")] = None,
    secretary: Annotated[str | None, typer.Option("--secretary", help="Who keeps the minutes.")] = None,
) -> None:
    """Create a session; prints its id alone, for scripts."""
    from sitzung.sessions import create_session

    env = env_of(ctx)
    start = parse_clock_time(time) if time else None
    info = create_session(env.archive, env.clock, body, number, parse_date(date), start, location, chair, secretary)
    echo(info.id)


@session_app.command("list")
def session_list(ctx: typer.Context) -> None:
    """List sessions, oldest first."""
    env = env_of(ctx)
    for summary in sorted(env.archive.sessions(), key=lambda s: (s.date, s.id)):
        env.say(
            "cli.session_line", id=summary.id, date=summary.date.isoformat(), body=summary.body, number=summary.number
        )


@session_app.command("show")
def session_show(ctx: typer.Context, session: SessionArg) -> None:
    """Show a session's facts, clock, current item and quorum."""
    from sitzung.state import quorum

    env = env_of(ctx)
    recorder = env.recorder(session)
    state = recorder.state
    info = state.info
    status = quorum(state)
    running = state.running_item
    env.say("cli.show_session", number=info.number, body=info.body.name, date=info.date.isoformat(), id=info.id)
    if info.location:
        env.say("cli.show_location", location=info.location)
    env.say("cli.show_clock", status=t(f"clock.status.{state.clock_status}", env.lang))
    if running is not None:
        env.say("cli.show_item", number=running.number, title=running.title)
    _say_quorum(env, status)


@agenda_app.command("import")
def agenda_import(
    ctx: typer.Context,
    session: SessionArg,
    file: Annotated[Path, typer.Argument(help="The agenda as text, as printed in the minutes; '-' reads stdin.")],
) -> None:
    """Set a session's agenda from text (public and non-public parts, numbered sub-items)."""
    from sitzung.agenda_text import parse_agenda
    from sitzung.sessions import read_agenda

    env = env_of(ctx)
    recorder = env.recorder(session)
    items = parse_agenda(read_stdin("input.agenda"), "-") if str(file) == "-" else read_agenda(file)
    recorder.set_agenda(items)
    env.say("cli.agenda_imported", count=sum(len(i.walk()) for i in items))


@agenda_app.command("show")
def agenda_show(ctx: typer.Context, session: SessionArg) -> None:
    """Show the agenda with each item's status."""
    env = env_of(ctx)
    state = env.recorder(session).state
    public: bool | None = None
    for item in state.items.values():
        if item.public != public:
            public = item.public
            env.say("cli.agenda_part_public" if public else "cli.agenda_part_closed")
        status = t(f"item.status.{item.status}", env.lang)
        echo(f"{'  ' * (item.depth + 1)}{item.number}  {item.title}  [{status}]")


# -- the meeting ------------------------------------------------------------------


@app.command("attend")
def attend(
    ctx: typer.Context,
    session: SessionArg,
    person: Annotated[str, typer.Argument(help='"Last", "Last, First" or "First Last".')],
    status: Annotated[
        Attendance, typer.Argument(help="present (from the start), excused, unexcused, arrived, left.")
    ],
    at: AtOpt = None,
) -> None:
    """Record someone's attendance."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    found = recorder.person(person)
    event = recorder.attend(person, status, env.moment(recorder, at))
    key = "cli.recorded_attendance" if event else "cli.unchanged_attendance"
    env.say(key, person=found.display, status=t(f"attendance.status.{status.value}", env.lang))


@app.command("clock")
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
    event = recorder.clock_action(action, env.moment(recorder, at), reason)
    env.say(f"cli.clock.{action.value}", at=hhmm(event.at))


@app.command("item")
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
    event = recorder.item_action(number, action, env.moment(recorder, at))
    env.say(f"cli.item.{action.value}", number=event.data["number"], at=hhmm(event.at))


@app.command("note")
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


@app.command("remark")
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


@app.command("recuse")
def recuse(
    ctx: typer.Context,
    session: SessionArg,
    number: Annotated[str, typer.Argument(help="The item's number.")],
    person: Annotated[str, typer.Argument(help="Who leaves the table for this item.")],
) -> None:
    """Record that a member is excluded from an item for a conflict of interest."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    found = recorder.person(person)
    event = recorder.recuse(number, person)
    env.say("cli.recused", person=found.display, number=event.data["number"])


class Determination(StrEnum):
    quorate = "quorate"
    not_quorate = "not-quorate"


@app.command("determine")
def determine(ctx: typer.Context, session: SessionArg, finding: Determination, at: AtOpt = None) -> None:
    """Record the chair's formal determination of the quorum."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.determine(finding is Determination.quorate, env.moment(recorder, at))
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
    event = recorder.add_guest(name, role, title, deputy_for, env.moment(recorder, at))
    env.say("cli.guest_added", person=Person.from_dict(event.data["person"]).display)


@app.command("undo")
def undo(ctx: typer.Context, session: SessionArg) -> None:
    """Take back the latest action still in effect."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    event = recorder.undo()
    env.say("cli.undone", seq=event.data["target"])


@app.command("log")
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


# -- quorum and attendance queries --------------------------------------------------------


def _say_quorum(env: Env, status: Any) -> None:
    key = "cli.quorate" if status.quorate else "cli.not_quorate"
    env.say(key, present=status.present, required=status.required, seats=status.seats, rule=status.rule)


@app.command("quorum")
def quorum_cmd(
    ctx: typer.Context,
    session: SessionArg,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    at: AtOpt = None,
    item: Annotated[str | None, typer.Option("--item", help="For one item (recusals counted).")] = None,
) -> None:
    """Is the body quorate? Present, required and seats, now or at a moment."""
    from sitzung.state import quorum

    env = env_of(ctx)
    recorder = env.recorder(session)
    state = recorder.state
    status = quorum(state, env.moment(recorder, at), recorder.item(item) if item else None)
    if as_json:
        data: dict[str, Any] = status.to_dict()
        latest = state.latest_determination
        data["determined"] = {"quorate": latest[1], "at": latest[0].isoformat()} if latest else None
        echo(json.dumps(data, ensure_ascii=False))
    else:
        _say_quorum(env, status)


@app.command("present")
def present(ctx: typer.Context, session: SessionArg, at: AtOpt = None) -> None:
    """Who is (or was, with --at) in the room."""
    env = env_of(ctx)
    recorder = env.recorder(session)
    for person in recorder.state.present_at(env.moment(recorder, at)):
        echo(person.display)


# -- the TUI -------------------------------------------------------------------------------


@app.command("open")
def open_session(ctx: typer.Context, session: SessionArg) -> None:
    """Open a session in the clerk's terminal app."""
    env = env_of(ctx)
    env.run_app(env.recorder(session))


@app.command("demo")
def demo(
    ctx: typer.Context,
    fresh: Annotated[bool, typer.Option("--fresh", help="Open before the roll call instead of after it.")] = False,
) -> None:
    """Open the reference meeting in a throwaway data folder, in the terminal app."""
    import tempfile

    from sitzung.clock import ShiftedClock
    from sitzung.reference import DEMO_START, build_demo

    env = env_of(ctx)
    env.clock = ShiftedClock(DEMO_START)  # the meeting's own day and hour, running at real speed
    with tempfile.TemporaryDirectory(prefix="sitzung-demo-") as folder:
        env.data_dir = Path(folder)
        env.run_app(build_demo(env.archive, env.clock, roll_call_done=not fresh))


from cli import body, chair, decisions, export, report, restore  # noqa: E402  (commands in their own modules)

body.register(app)
decisions.register(app)
chair.register(app)
export.register(app)
report.register(app)
restore.register(session_app, archive_app)


def main() -> None:
    """Console-script entry point."""
    app()
