"""`sitzung approve`: this meeting approved an earlier meeting's minutes (as read, or as corrected).

The earlier session is read from a read-only archive, as `export` reads the body's other
sessions: naming it never locks or rewrites its file.
"""

from typing import Annotated

import typer

from cli.args import SessionArg
from cli.env import env_of


def approve(
    ctx: typer.Context,
    session: SessionArg,
    number: Annotated[str, typer.Argument(help="The item at which the minutes were approved, e.g. 2.")],
    of: Annotated[
        str | None,
        typer.Option(
            "--of", metavar="SESSION",
            help="The session whose minutes were approved: its id or a unique beginning (default: the body's "
            "session just before this one).",
        ),
    ] = None,
    corrected: Annotated[
        bool, typer.Option("--corrected", help="Approved as corrected (default: approved as read).")
    ] = False,
) -> None:
    """Record that this meeting approved the minutes of an earlier meeting of the body."""
    from sitzung.approvals import previous_session, session_info
    from sitzung.errors import SitzungError
    from sitzung.session_ids import resolve_session
    from sitzung.timefmt import german_date

    env = env_of(ctx)
    recorder = env.recorder(session)
    this = recorder.state.info
    recorder.item(number)  # an unknown item is the first thing to say
    others = env.others
    if of is None:
        earlier = previous_session(others, this)
        if earlier is None:
            raise SitzungError("approval.no_previous", body=this.body.name, date=german_date(this.date))
    else:
        earlier = session_info(others, resolve_session(others, of))
    event = recorder.approve_minutes(number, earlier, corrected)
    key = "cli.approved.corrected" if corrected else "cli.approved.read"
    env.say(key, date=german_date(earlier.date), number=event.data["number"])


def register(app: typer.Typer) -> None:
    """Add `sitzung approve` to the CLI."""
    app.command("approve")(approve)
