"""`sitzung quorum` and `sitzung present`: whether the body may decide, and who is in the room."""

import json
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.args import AtOpt, SessionArg
from cli.env import Env, env_of
from cli.output import echo
from sitzung.timeparse import parse_at

if TYPE_CHECKING:
    from sitzung.state import SessionState


def read_state(ctx: typer.Context, env: Env, session: str) -> "SessionState":
    """The session as it stands, read through a `SessionFeed`, its log closed with the command.

    Not through `env.recorder`: these commands only read, and a `Recorder` would import the
    clerk's actions and all they check with (decisions, elections, outcomes), slowing the start.
    """
    from sitzung.feed import SessionFeed
    from sitzung.session_ids import resolve_session

    log = env.archive.open_session(resolve_session(env.archive, session))
    ctx.call_on_close(log.close)  # closing rewrites the session file from its journal, for other tools
    return SessionFeed(log).state


def moment(env: Env, state: "SessionState", at: str | None) -> datetime | None:
    """`Env.moment` for a state read without a recorder."""
    return parse_at(at, state.info.date, now=env.clock.now()) if at else None


def say_quorum(env: Env, status: Any) -> None:
    """ "Quorate: 14 present, 14 required, 26 seats (majority)." """
    key = "cli.quorate" if status.quorate else "cli.not_quorate"
    env.say(key, present=status.present, required=status.required, seats=status.seats, rule=status.rule)


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
    state = read_state(ctx, env, session)
    status = quorum(state, moment(env, state, at), state.item(item) if item else None)
    if as_json:
        data: dict[str, Any] = status.to_dict()
        latest = state.latest_determination
        data["determined"] = {"quorate": latest[1], "at": latest[0].isoformat()} if latest else None
        echo(json.dumps(data, ensure_ascii=False))
    else:
        say_quorum(env, status)


def present(ctx: typer.Context, session: SessionArg, at: AtOpt = None) -> None:
    """Who is (or was, with --at) in the room."""
    env = env_of(ctx)
    state = read_state(ctx, env, session)
    for person in state.present_at(moment(env, state, at)):
        echo(person.display)


def register(app: typer.Typer) -> None:
    """Add `quorum` and `present` to the `sitzung` command."""
    app.command("quorum")(quorum_cmd)
    app.command("present")(present)
