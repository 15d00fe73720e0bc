"""`sitzung agenda import|show`: a session's agenda."""

from pathlib import Path
from typing import Annotated

import typer

from cli.args import SessionArg
from cli.env import env_of
from cli.output import echo
from cli.stdin import read_stdin
from sitzung.i18n import t

agenda_app = typer.Typer(no_args_is_help=True, help="A session's agenda.")


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


def register(app: typer.Typer) -> None:
    """Add `agenda …` to the `sitzung` command."""
    app.add_typer(agenda_app, name="agenda")
