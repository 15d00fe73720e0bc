"""`sitzung open` and `sitzung demo`: the clerk's terminal app, on a session or on the reference meeting."""

from pathlib import Path
from typing import Annotated

import typer

from cli.args import SessionArg
from cli.env import env_of


def open_session(ctx: typer.Context, session: SessionArg) -> None:
    """Open a session in the clerk's terminal app."""
    env = env_of(ctx)
    env.run_app(env.recorder(session))


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


def register(app: typer.Typer) -> None:
    """Add `open` and `demo` to the `sitzung` command."""
    app.command("open")(open_session)
    app.command("demo")(demo)
