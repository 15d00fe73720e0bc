"""`sitzung roster import|list`: a body's members and staff."""

from pathlib import Path
from typing import Annotated

import typer

from cli.env import env_of
from cli.output import echo

roster_app = typer.Typer(no_args_is_help=True, help="A body's members and staff.")


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


def register(app: typer.Typer) -> None:
    """Add `roster …` to the `sitzung` command."""
    app.add_typer(roster_app, name="roster")
