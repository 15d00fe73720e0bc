"""The `sitzung` command: the composition root that wires the core to storage, exports and the TUI.

Its forms are a contract for scripts (a badge reader at the door, a test).
Commands that do not open the TUI never import Textual, and a call imports only
the module of the command it runs (`cli.commands`), so they start fast.
Every refusal is one sentence on stderr and exit code 2, never a traceback.
"""

import gc
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from cli import words  # noqa: F401  (registers the command line's words)
from cli.commands import LazyCommands
from cli.env import Env, lang_of
from cli.output import echo
from sitzung.errors import SitzungError
from sitzung.i18n import LANGUAGES, detect_language, t
from sitzung.text_rules import shortened

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
    """Turns a SitzungError or a usage error anywhere below into one sentence and exit code 2.

    Its commands are those of `cli.commands.MODULES` (not any registered on `app` itself), each built
    when it is first looked up.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = LazyCommands()

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


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    help="Record a council or committee meeting: roll call, clock, agenda, votes and quorum.",
)


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
    mirror: Annotated[
        Path | None,
        typer.Option("--mirror", help="A second data folder (a USB stick, a network share) that every action also "
                     "reaches (default: the config file's `mirror`)."),
    ] = None,
) -> None:
    explicit = bool(lang) or os.environ.get("SITZUNG_LANG", "").lower()[:2] in LANGUAGES
    ctx.obj = Env(data_dir=data_dir, lang=detect_language(lang.value if lang else None), explicit_lang=explicit,
                  mirror=mirror.expanduser() if mirror else None)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    finally:
        # The process ends here. Its last garbage collection would walk every object the imports made (Textual's,
        # typer's, ours) only to let them go with the process: about 10 of a short command's 70 ms (teardown of
        # `python -m cli quorum`, measured with and without). Frozen, the collector skips them; what the command
        # wrote is already durable and stdout is flushed at exit as always.
        gc.freeze()
