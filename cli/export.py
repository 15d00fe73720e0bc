"""The `export` command: the minutes as Markdown, or the whole session as JSON.

`cli.py` calls `register(app)`. Like the rest of the CLI this module is part of the
composition root, so it may import the `exports` adapters (the import contract in
pyproject.toml lets it); it does so only when the command runs.
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from cli.env import env_of
from cli.output import echo
from sitzung.errors import SitzungError
from sitzung.i18n import t


class Format(StrEnum):
    markdown = "markdown"
    json = "json"


class MinutesLang(StrEnum):
    de = "de"
    en = "en"


def register(app: typer.Typer) -> None:
    """Add `sitzung export` to the CLI."""

    @app.command("export")
    def export(
        ctx: typer.Context,
        session: Annotated[str, typer.Argument(help="Session id (or a unique beginning of it).", show_default=False)],
        format: Annotated[
            Format, typer.Option("--format", help="markdown: the minutes; json: the whole session for the archive.")
        ] = Format.markdown,
        public: Annotated[
            bool, typer.Option("--public", help="The public minutes: of closed items only number and title.")
        ] = False,
        lang: Annotated[
            MinutesLang | None,
            typer.Option("--lang", help="Language of the minutes (default: --lang, the config, the body)."),
        ] = None,
        template: Annotated[
            Path | None,
            typer.Option("--template", help="A folder with your own minutes.de.md.j2 / minutes.en.md.j2."),
        ] = None,
        timings: Annotated[
            bool, typer.Option("--timings", help="Add an appendix with each item's start, end and duration.")
        ] = False,
        output: Annotated[
            Path | None, typer.Option("-o", "--output", help="Write to this file (atomically) instead of stdout.")
        ] = None,
    ) -> None:
        """Export the minutes (Markdown) or the whole session (JSON); to standard output without -o."""
        from exports.minutes import MinutesOptions, render_minutes
        from exports.output import check_target, write_atomically
        from exports.session_json import render_json
        from sitzung.outcomes import earlier_sessions
        from sitzung.views import open_points
        from storage.archive import TinyArchive, default_data_dir

        env = env_of(ctx)
        if format is Format.json and public:
            raise SitzungError("export.public_json")
        if format is Format.json and template is not None:
            raise SitzungError("export.template_json")
        data = default_data_dir(env.data_dir)
        if output is not None:  # before anything is rendered or said: a refusal is the only line
            check_target(output, keep_out=data)
        recorder = env.recorder(session)
        state = recorder.state
        # numbers continue after the body's earlier sessions; they are read only, never locked or written
        earlier = earlier_sessions(TinyArchive(data, read_only=True), state)
        if format is Format.json:
            text = render_json(state, recorder.log.events(), earlier)
        else:
            minutes_lang = lang.value if lang else env.lang_for(state.info.body.lang)
            options = MinutesOptions(lang=minutes_lang, public=public, timings=timings, template_dir=template)
            text = render_minutes(state, options, earlier)
            if unrecorded := open_points(state).unrecorded:  # they are in neither list of the minutes
                names = "; ".join(p.display for p in unrecorded)
                echo(t("export.unrecorded", env.lang, count=len(unrecorded), names=names), err=True)
        if output is None:
            echo(text, nl=False)
            return
        # the JSON archive and the full minutes hold the closed session: readable by the owner only
        write_atomically(output, text, private=format is Format.json or not public, keep_out=data)
        echo(t("export.written", env.lang, path=str(output)))
