"""The attendance list as CSV (for a spreadsheet) or Markdown (a table), in the words of one language.

The CSV opens in German Excel as it is: semicolons between cells, UTF-8 with a
byte order mark (`BOM`, which Excel needs to read UTF-8), numbers with a decimal
comma in German. It holds two tables one after the other, separated by an empty
row: one row per person and session, then one row per person with the period's
totals. A name that begins like a formula (=, +, -, @) gets a leading apostrophe,
so that a spreadsheet shows it and never runs it.

A new format is a function `(AttendanceList, lang) -> str` added to `RENDERERS`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

from exports.markdown_text import table_cell
from sitzung.attendance import AttendanceList, Line, Total
from sitzung.i18n import counted, t
from sitzung.timefmt import german_date, hhmm

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

SESSION_COLUMNS = ("name", "date", "session", "mark", "stretches", "minutes", "session_minutes", "share", "deputy")
TOTAL_COLUMNS = ("name", "listed", "attended", "excused", "unexcused", "deputised", "minutes", "session_minutes",
                 "share")


def _date(day: date, lang: str) -> str:
    return german_date(day) if lang == "de" else day.isoformat()


def _share(share: float | None, lang: str) -> str:
    """The share in per cent, one decimal: "87,5" in German, "87.5" in English; "" where unknown."""
    if share is None:
        return ""
    text = f"{share * 100:.1f}"
    return text.replace(".", ",") if lang == "de" else text


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _stretches(line: Line) -> str:
    return ", ".join(f"{hhmm(start)}–{hhmm(end)}" for start, end in line.stretches)


def session_row(line: Line, lang: str) -> dict[str, str]:
    deputy = t("attendance_list.deputy_for", lang, member=line.deputy_for) if line.deputy_for else ""
    return {
        "name": line.name,
        "date": _date(line.session.date, lang),
        "session": str(line.session.number),
        "mark": t(f"attendance_list.mark.{line.mark.value}", lang),
        "stretches": _stretches(line),
        "minutes": _number(line.minutes),
        "session_minutes": _number(line.session_minutes),
        "share": _share(line.share, lang),
        "deputy": deputy,
    }


def total_row(total: Total, lang: str) -> dict[str, str]:
    return {
        "name": total.name,
        "listed": str(total.listed),
        "attended": str(total.attended),
        "excused": str(total.excused),
        "unexcused": str(total.unexcused),
        "deputised": str(total.deputised),
        "minutes": str(total.minutes),
        "session_minutes": str(total.session_minutes),
        "share": _share(total.share, lang),
    }


def _headers(columns: tuple[str, ...], lang: str) -> list[str]:
    return [t(f"attendance_list.column.{column}", lang) for column in columns]


# -- CSV ----------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(report: AttendanceList, lang: str) -> str:
    """The list as a CSV file's text, beginning with the BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(_headers(SESSION_COLUMNS, lang))
    for line in report.lines:
        row = session_row(line, lang)
        writer.writerow([_cell(row[column]) for column in SESSION_COLUMNS])
    writer.writerow([])
    writer.writerow(_headers(TOTAL_COLUMNS, lang))
    for total in report.totals:
        row = total_row(total, lang)
        writer.writerow([_cell(row[column]) for column in TOTAL_COLUMNS])
    return BOM + buffer.getvalue()


# -- Markdown ---------------------------------------------------------------------------------

_RIGHT = frozenset({"session", "minutes", "session_minutes", "share", "listed", "attended", "excused", "unexcused",
                    "deputised"})


def _table(columns: tuple[str, ...], rows: list[dict[str, str]], lang: str) -> list[str]:
    out = ["| " + " | ".join(table_cell(h) for h in _headers(columns, lang)) + " |"]
    out.append("|" + "|".join("---:" if c in _RIGHT else "---" for c in columns) + "|")
    for row in rows:
        out.append("| " + " | ".join(table_cell(row[c]) for c in columns) + " |")
    return out


def _period(report: AttendanceList, lang: str) -> str:
    start = _date(report.start, lang) if report.start else ""
    end = _date(report.end, lang) if report.end else ""
    if start and end:
        return t("attendance_list.period", lang, start=start, end=end)
    if start:
        return t("attendance_list.period_from", lang, start=start)
    if end:
        return t("attendance_list.period_to", lang, end=end)
    return t("attendance_list.period_all", lang)


def render_markdown(report: AttendanceList, lang: str) -> str:
    """The list as a Markdown document: a title, the period, a table per session and person, the totals."""
    body = table_cell(report.body.name)
    lines = [f"# {t('attendance_list.title', lang, body=body)}", ""]
    sessions = counted("attendance_list.sessions", len(report.sessions), lang)
    lines.append(t("attendance_list.period_line", lang, period=_period(report, lang), sessions=sessions))
    lines.append("")
    if not report.sessions:
        lines.append(t("attendance_list.none", lang, body=body))
        return "\n".join(lines) + "\n"
    lines.append(t("attendance_list.rules", lang))
    lines.append("")
    lines += [f"## {t('attendance_list.per_session', lang)}", ""]
    lines += _table(SESSION_COLUMNS, [session_row(line, lang) for line in report.lines], lang)
    lines += ["", f"## {t('attendance_list.per_person', lang)}", ""]
    lines += _table(TOTAL_COLUMNS, [total_row(total, lang) for total in report.totals], lang)
    return "\n".join(lines) + "\n"


def render_pdf(report: AttendanceList, lang: str) -> bytes:
    """The Markdown list laid out as PDF/A-2b like the minutes; the running header names the body and the period."""
    from exports.pdf import markdown_pdf

    head = {"body": report.body.name, "session": t("attendance_list.heading", lang), "date": _period(report, lang)}
    return markdown_pdf(render_markdown(report, lang), head, lang)


Renderer = Callable[[AttendanceList, str], str | bytes]

RENDERERS: dict[str, Renderer] = {"csv": render_csv, "markdown": render_markdown, "pdf": render_pdf}
