"""Arguments and options several commands share, declared once so their help reads the same everywhere."""

from typing import Annotated

import typer

SessionArg = Annotated[str, typer.Argument(help="Session id (or a unique beginning of it).", show_default=False)]
AtOpt = Annotated[str | None, typer.Option("--at", help="HH:MM on the session's date, or ISO 8601; default: now.")]
