"""`sitzung session create|list|show|restore`: the sessions (meetings) of a body."""

from typing import Annotated

import typer

from cli.args import SessionArg
from cli.env import env_of
from cli.output import echo
from cli.quorum import say_quorum
from cli.restore import restore_session
from sitzung.i18n import t
from sitzung.timeparse import parse_clock_time, parse_date

session_app = typer.Typer(no_args_is_help=True, help="Sessions (meetings) of a body.")


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
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="The kind of meeting, one the body's house style holds (a parish: ordinary, annual, extraordinary;"
            " Robert's Rules: regular, special, annual); default: its first. German bodies hold none.",
        ),
    ] = None,
) -> None:
    """Create a session; prints its id alone, for scripts."""
    from sitzung.sessions import create_session

    env = env_of(ctx)
    start = parse_clock_time(time) if time else None
    info = create_session(
        env.archive, env.clock, body, number, parse_date(date), start, location, chair, secretary, kind
    )
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
    if info.kind is not None:
        env.say("cli.show_kind", kind=t(f"cli.session_kind.{info.kind.value}", env.lang))
    if info.location:
        env.say("cli.show_location", location=info.location)
    env.say("cli.show_clock", status=t(f"clock.status.{state.clock_status}", env.lang))
    if running is not None:
        env.say("cli.show_item", number=running.number, title=running.title)
    say_quorum(env, status)


session_app.command("restore")(restore_session)


def register(app: typer.Typer) -> None:
    """Add `session …` to the `sitzung` command."""
    app.add_typer(session_app, name="session")
