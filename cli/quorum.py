"""`sitzung quorum` and `sitzung present`: whether the body may decide, and who is in the room."""

import json
from typing import Annotated, Any

import typer

from cli.args import AtOpt, SessionArg
from cli.env import Env, env_of
from cli.output import echo


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
    state = env.state(session)
    status = quorum(state, env.moment(state, at), state.item(item) if item else None)
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
    state = env.state(session)
    for person in state.present_at(env.moment(state, at)):
        echo(person.display)


def register(app: typer.Typer) -> None:
    """Add `quorum` and `present` to the `sitzung` command."""
    app.command("quorum")(quorum_cmd)
    app.command("present")(present)
