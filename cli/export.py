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
    docx = "docx"
    pdf = "pdf"
    oparl = "oparl"


class MinutesLang(StrEnum):
    de = "de"
    en = "en"


def _stdout_is_terminal() -> bool:
    """A DOCX or PDF on a terminal is noise; to a pipe or a file it is what was asked for."""
    return typer.get_binary_stream("stdout").isatty()


def _is_web_url(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not parts.query and not parts.fragment


def register(app: typer.Typer) -> None:
    """Add `sitzung export` to the CLI."""

    @app.command("export")
    def export(
        ctx: typer.Context,
        session: Annotated[str, typer.Argument(help="Session id (or a unique beginning of it).", show_default=False)],
        format: Annotated[
            Format,
            typer.Option(
                "--format",
                help="markdown: the minutes; pdf: the minutes as PDF/A-2b, ready to sign; docx: an editable Word "
                "draft; json: the whole session for the archive; oparl: the session as OParl 1.1 objects (JSON) "
                "for a council information system.",
            ),
        ] = Format.markdown,
        public: Annotated[
            bool,
            typer.Option(
                "--public", help="The public minutes: of closed items only number and title (oparl: left out)."
            ),
        ] = False,
        lang: Annotated[
            MinutesLang | None,
            typer.Option("--lang", help="Language of the minutes (default: sitzung --lang, else the body's)."),
        ] = None,
        template: Annotated[
            Path | None,
            typer.Option(
                "--template",
                help="A folder with your own minutes.de.md.j2 / minutes.en.md.j2 (and minutes.typ for pdf).",
            ),
        ] = None,
        timings: Annotated[
            bool, typer.Option("--timings", help="Add an appendix with each item's start, end and duration.")
        ] = False,
        output: Annotated[
            Path | None, typer.Option("-o", "--output", help="Write to this file (atomically) instead of stdout.")
        ] = None,
        base_url: Annotated[
            str | None,
            typer.Option(
                "--base-url",
                metavar="URL",
                help="oparl: the URL the objects' ids begin with (default: the placeholder "
                "https://example.invalid/oparl/, which is not a real address).",
            ),
        ] = None,
    ) -> None:
        """Export the minutes (Markdown), the whole session (JSON) or its OParl objects; to stdout without -o."""
        from exports.minutes import MinutesOptions, render_minutes
        from exports.output import check_target, write_atomically
        from exports.session_json import render_json
        from sitzung.approvals import approved_on
        from sitzung.outcomes import earlier_sessions
        from sitzung.views import open_points
        from storage.archive import default_data_dir

        env = env_of(ctx)
        if format is Format.json and public:
            raise SitzungError("export.public_json")
        if format in (Format.json, Format.oparl) and template is not None:
            raise SitzungError("export.template_json")
        if base_url is not None and format is not Format.oparl:
            raise SitzungError("cli.export.base_url_oparl")
        if base_url is not None and not _is_web_url(base_url):
            raise SitzungError("cli.export.base_url")
        data = default_data_dir(env.data_dir)
        if output is not None:  # before anything is rendered or said: a refusal is the only line
            check_target(output, keep_out=data)
        elif format in (Format.docx, Format.pdf) and _stdout_is_terminal():
            raise SitzungError("export.binary_terminal", format=format.value)
        recorder = env.recorder(session)
        state = recorder.state
        # numbers continue after the body's earlier sessions; they are read only, never locked or written
        earlier = () if format is Format.oparl else earlier_sessions(env.others, state)
        export_lang = env.export_lang(state.info.body.lang, lang and lang.value)
        content: str | bytes
        if format is Format.json:
            content = render_json(state, recorder.log.events(), earlier)
        elif format is Format.oparl:
            from exports.oparl import DEFAULT_BASE_URL, render_oparl

            content = render_oparl(
                state, recorder.log.events(), base_url=base_url or DEFAULT_BASE_URL, public=public, lang=export_lang
            )
        else:
            options = MinutesOptions(lang=export_lang, public=public, timings=timings, template_dir=template,
                                     approved=approved_on(env.others, state.info))
            if format is Format.docx:
                from exports.docx import render_docx

                content = render_docx(state, options, earlier)
            elif format is Format.pdf:
                from exports.pdf import render_pdf

                content = render_pdf(state, options, earlier)
            else:
                content = render_minutes(state, options, earlier)
            if unrecorded := open_points(state).unrecorded:  # they are in neither list of the minutes
                names = "; ".join(p.display for p in unrecorded)
                echo(t("export.unrecorded", env.lang, count=len(unrecorded), names=names), err=True)
        if output is None:
            if isinstance(content, bytes):
                typer.get_binary_stream("stdout").write(content)
            else:
                echo(content, nl=False)
            return
        # the JSON archive, the full minutes and the full OParl objects hold the closed session: owner only
        write_atomically(output, content, private=format is Format.json or not public, keep_out=data)
        echo(t("export.written", env.lang, path=str(output)))
