"""`sitzung body …`: create, list, show and import bodies, and add or list their roles.

```
sitzung body create NAME --seats N [--quorum RULE] [--preset NAME] [--genitive TEXT]
                         [--chair-label TEXT] [--secretary-label TEXT]
sitzung body list
sitzung body show BODY                 # everything about the body, as TOML
sitzung body import FILE [--replace]   # a body from a TOML file in the same form
sitzung body role add BODY KEY --label TEXT --heading TEXT [--votes/--no-votes]
                         [--listed-when-absent/--not-listed-when-absent] [--count-only] [--order N]
sitzung body role list BODY
```

A change to a body applies to sessions created afterwards; a session keeps the
copy of the body it was created with.
"""

from pathlib import Path
from typing import Annotated

import typer

from cli.env import env_of
from cli.output import echo
from sitzung.i18n import t

BodyArg = Annotated[str, typer.Argument(help="The body's name.", show_default=False)]

body_app = typer.Typer(no_args_is_help=True, help="Bodies (councils, committees): seats, roles, quorum and words.")
role_app = typer.Typer(no_args_is_help=True, help="A body's roles (members, advisers, staff, guests, …).")
body_app.add_typer(role_app, name="role")


@body_app.command("create")
def body_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help='The body\'s name, e.g. "Ausschuss für Gesundheit".')],
    seats: Annotated[int, typer.Option("--seats", help="Statutory number of members, vacancies included.")],
    quorum: Annotated[
        str | None, typer.Option("--quorum", help="majority, half, fraction:P/Q or count:N (default: the preset's).")
    ] = None,
    preset: Annotated[
        str, typer.Option("--preset", help="Roles and words: de, de-rat, de-verein, en, en-roberts (see `body show`).")
    ] = "de",
    genitive: Annotated[
        str, typer.Option("--genitive", help='The name in the genitive for German minutes: "des Rates der Stadt …".')
    ] = "",
    chair_label: Annotated[str, typer.Option("--chair-label", help="The chair's title under the signature.")] = "",
    secretary_label: Annotated[
        str, typer.Option("--secretary-label", help="The secretary's title under the signature.")
    ] = "",
) -> None:
    """Create a body with a preset's roles, labels and words."""
    from sitzung.genitive import genitive as genitive_of
    from sitzung.genitive import genitive_rule
    from sitzung.presets import make_body
    from sitzung.sessions import create_body

    env = env_of(ctx)
    body = make_body(
        name, seats, preset, quorum, genitive=genitive, chair_label=chair_label, secretary_label=secretary_label
    )
    body = create_body(env.archive, body)
    env.say("cli.body_created", name=body.name, seats=body.seats, quorum=str(body.quorum))
    if body.lang == "de" and not body.genitive and genitive_rule(body.name) is None:
        echo(t("body.genitive_unsure", env.lang, name=body.name, fallback=genitive_of(body.name)), err=True)


@body_app.command("list")
def body_list(ctx: typer.Context) -> None:
    """List the bodies with their seats and quorum rule."""
    env = env_of(ctx)
    for body in env.archive.bodies():
        size = len(env.archive.roster(body.name))
        env.say("cli.body_line", name=body.name, seats=body.seats, quorum=str(body.quorum), people=size)


@body_app.command("show")
def body_show(ctx: typer.Context, body: BodyArg) -> None:
    """Print everything about a body as TOML (the form `body import` reads)."""
    from sitzung.body_toml import dump_body
    from sitzung.sessions import require_body

    env = env_of(ctx)
    echo(dump_body(require_body(env.archive, body)), nl=False)


@body_app.command("import")
def body_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A TOML file in the form `body show` prints.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace a body of the same name (sessions held keep their copy).")
    ] = False,
) -> None:
    """Create a body (or replace one) from a TOML file; a bad file changes nothing."""
    from sitzung.bodies import import_body

    env = env_of(ctx)
    body = import_body(env.archive, file, replace)
    env.say("body.imported", name=body.name, seats=body.seats, roles=len(body.roles), quorum=str(body.quorum))


@role_app.command("add")
def role_add(
    ctx: typer.Context,
    body: BodyArg,
    key: Annotated[str, typer.Argument(help="A short key: lower-case letters, digits and _.")],
    label: Annotated[str, typer.Option("--label", help='One person\'s role, e.g. "Seniorenvertreter".')],
    heading: Annotated[str, typer.Option("--heading", help='The heading in the minutes, e.g. "Seniorenvertreter".')],
    votes: Annotated[bool, typer.Option("--votes/--no-votes", help="Whether members of this role vote.")] = False,
    listed: Annotated[
        bool,
        typer.Option("--listed-when-absent/--not-listed-when-absent", help="Whether absentees appear in the minutes."),
    ] = True,
    count_only: Annotated[
        bool, typer.Option("--count-only", help="The minutes print how many, not their names.")
    ] = False,
    order: Annotated[int, typer.Option("--order", help="Position among the roles (default: last).")] = 0,
) -> None:
    """Add a role to a body; sessions created afterwards have it."""
    from sitzung.bodies import add_role
    from sitzung.model import Role

    env = env_of(ctx)
    role = Role(key.strip(), label.strip(), heading.strip() or label.strip(), votes, listed, order, count_only)
    add_role(env.archive, body, role)
    env.say("body.role_added", role=role.key, heading=role.heading, body=body)


def role_flags(role: object, lang: str) -> str:
    """ "votes, listed when absent" in words."""
    votes = getattr(role, "votes", False)
    listed = getattr(role, "listed_when_absent", True)
    flags = [t("body.flag.votes" if votes else "body.flag.no_vote", lang)]
    flags.append(t("body.flag.listed" if listed else "body.flag.not_listed", lang))
    if getattr(role, "count_only", False):
        flags.append(t("body.flag.count_only", lang))
    return ", ".join(flags)


@role_app.command("list")
def role_list(ctx: typer.Context, body: BodyArg) -> None:
    """List a body's roles in their order, with whether they vote and are listed when absent."""
    from sitzung.sessions import require_body

    env = env_of(ctx)
    for role in require_body(env.archive, body).ordered_roles():
        env.say(
            "body.role_line",
            order=role.order,
            role=role.key,
            label=role.label,
            heading=role.heading,
            flags=role_flags(role, env.lang),
        )


def register(app: typer.Typer) -> None:
    """Add `body …` to the `sitzung` command."""
    app.add_typer(body_app, name="body")
