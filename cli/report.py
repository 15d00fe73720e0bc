"""`sitzung report`: lists over many sessions of a body; for now the attendance list (Sitzungsgeld).

`cli/__init__.py` calls `register(app)`. Like the rest of the CLI this module is part of
the composition root; it imports the `exports` adapter only when the command runs.
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from cli.env import env_of
from cli.output import echo
from sitzung.errors import SitzungError
from sitzung.i18n import t
from sitzung.timeparse import parse_date


class ReportFormat(StrEnum):
    """The formats of `report attendance`; each has a renderer in `exports.attendance.RENDERERS`."""

    csv = "csv"
    markdown = "markdown"
    pdf = "pdf"


class ReportLang(StrEnum):
    de = "de"
    en = "en"


def register(app: typer.Typer) -> None:
    """Add `sitzung report` and its commands to the CLI."""
    report_app = typer.Typer(no_args_is_help=True, help="Lists over a body's sessions: the attendance list.")
    app.add_typer(report_app, name="report")

    @report_app.command("attendance")
    def attendance(
        ctx: typer.Context,
        body: Annotated[str, typer.Option("--body", help="The body whose sessions are listed.", show_default=False)],
        start: Annotated[
            str | None, typer.Option("--from", help="The first session date (YYYY-MM-DD), included.")
        ] = None,
        end: Annotated[str | None, typer.Option("--to", help="The last session date (YYYY-MM-DD), included.")] = None,
        format: Annotated[
            ReportFormat,
            typer.Option(
                "--format",
                help="csv: for a spreadsheet (opens in German Excel as it is); markdown: tables; pdf: to print.",
            ),
        ] = ReportFormat.markdown,
        lang: Annotated[
            ReportLang | None,
            typer.Option("--lang", help="Language of the list (default: sitzung --lang, else the body's)."),
        ] = None,
        output: Annotated[
            Path | None, typer.Option("-o", "--output", help="Write to this file (atomically) instead of stdout.")
        ] = None,
    ) -> None:
        """Per person and session: present from-to, minutes, share, excused or not, deputies; totals per person."""
        from exports.attendance import BOM, RENDERERS
        from exports.output import check_target, write_atomically
        from sitzung.attendance import attendance_list, check_period
        from storage.archive import default_data_dir

        env = env_of(ctx)
        first = parse_date(start) if start is not None else None
        last = parse_date(end) if end is not None else None
        check_period(first, last)
        data = default_data_dir(env.data_dir)
        if output is not None:  # before anything is read or said: a refusal is the only line
            check_target(output, keep_out=data)
        elif format is ReportFormat.pdf and typer.get_binary_stream("stdout").isatty():
            raise SitzungError("export.binary_terminal", format=format.value)
        report = attendance_list(env.archive, body, first, last)
        list_lang = env.export_lang(report.body.lang, lang and lang.value)
        text = RENDERERS[format.value](report, list_lang)
        for summary in report.unfinished:
            echo(t("attendance_list.unfinished", env.lang, id=summary.id, date=summary.date.isoformat()), err=True)
        if output is None:
            if isinstance(text, bytes):
                typer.get_binary_stream("stdout").write(text)
            else:
                echo(text.removeprefix(BOM), nl=False)  # a terminal would show the mark escaped; a file gets it
            return
        # names and who stayed away unexcused: personal data, readable by the owner only
        write_atomically(output, text, private=True, keep_out=data)
        echo(t("export.written", env.lang, path=str(output)))
