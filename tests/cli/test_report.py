"""`sitzung report attendance`: the month of `tests/core/test_attendance.py` as CSV and Markdown, and its refusals."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from tests.cli_helpers import sitzung
from tests.core.test_attendance import BODY, build_month

MARCH = ("--body", BODY, "--from", "2024-03-01", "--to", "31.03.2024")


@pytest.fixture(autouse=True)
def month() -> None:
    build_month(Path(os.environ["SITZUNG_DATA_DIR"])).close()  # type: ignore[attr-defined]


def refused(*args: str) -> str:
    err = sitzung("--lang", "en", *args, code=2)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.rstrip("\n")


def _tables(text: str) -> tuple[list[list[str]], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    blank = rows.index([])
    return rows[:blank], rows[blank + 1:]


def test_the_csv_opens_in_german_excel(tmp_path: Path) -> None:
    target = tmp_path / "sitzungsgeld.csv"
    said = sitzung("report", "attendance", *MARCH, "--format", "csv", "-o", str(target))
    assert said == f"Wrote {target}.\n"  # the messages in the user's language (English here)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    assert "Beta, Bernd" in text and "Anwesenheit" in text  # the body's language (German), not the messages'
    per_session, per_person = _tables(text)
    assert per_session[0] == ["Name", "Datum", "Sitzung", "Anwesenheit", "Anwesend von–bis", "Minuten anwesend",
                              "Sitzungsminuten", "Anteil (%)", "Vertretung"]
    rows = {(row[0], row[1]): row for row in per_session[1:]}
    # the late arrival: 75 of 105 minutes = 71,4 %, with a decimal comma, in its own cell
    assert rows[("Beta, Bernd", "04.03.2024")] == [
        "Beta, Bernd", "04.03.2024", "1", "anwesend", "18:30–20:00", "75", "105", "71,4", ""
    ]
    assert rows[("Vize, Viktor", "18.03.2024")][3:] == ["anwesend", "17:00–18:30", "90", "90", "100,0",
                                                         "i. V. für Alpha, Anna"]
    assert rows[("Delta, Dora", "18.03.2024")][4] == "17:00–17:50, 18:10–18:30"
    assert rows[("Gamma, Gerd", "18.03.2024")][3] == "unentschuldigt"
    assert rows[("Alpha, Anna", "18.03.2024")][3] == "entschuldigt"
    totals = {row[0]: row for row in per_person[1:]}
    assert per_person[0][0] == "Name" and per_person[0][-1] == "Anteil (%)"
    assert totals["Alpha, Anna"][1:] == ["3", "2", "1", "0", "0", "155", "245", "63,3"]  # 155/245 = 63,27 %
    # every line is one row of semicolon-separated cells; no comma separates cells
    assert all(line.count(";") in (8, 9) for line in text.splitlines() if line)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_english_words_and_a_decimal_point() -> None:
    text = sitzung("report", "attendance", *MARCH, "--format", "csv", "--lang", "en")
    assert not text.startswith("\ufeff") and "\\ufeff" not in text  # on a terminal, no byte order mark
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:4] == ["Name", "Date", "Session", "Attendance"]
    beta = next(row for row in rows if row[:2] == ["Beta, Bernd", "2024-03-04"])
    assert beta[3:] == ["present", "18:30–20:00", "75", "105", "71.4", ""]
    assert any(row[-1] == "substitute for Beta, Bernd" for row in rows)
    assert sitzung("--lang", "en", "report", "attendance", *MARCH, "--format", "csv") == text  # as for the minutes


def test_markdown_tables() -> None:
    text = sitzung("report", "attendance", *MARCH)
    assert text.startswith(f"# Anwesenheitsliste: {BODY}\n")
    assert "Zeitraum: 01.03.2024 bis 31.03.2024 (3 Sitzungen)." in text
    assert "| Ersatz, Erna | 27.03.2024 | 3 | anwesend | 18:10–19:00 | 40 | 50 | 80,0 | i. V. für Beta, Bernd |" in text
    assert "| Gamma, Gerd | 3 | 2 | 0 | 1 | 0 | 105 | 245 | 42,9 |" in text
    assert "Eta" not in text and "Gast" not in text  # staff and guests are not paid an allowance


def test_a_period_without_sessions() -> None:
    text = sitzung("report", "attendance", "--body", BODY, "--from", "2030-01-01")
    assert f"In diesem Zeitraum hat {BODY} keine Sitzung." in text


def test_refusals(tmp_path: Path) -> None:
    assert refused("report", "attendance", "--body", "Kein Gremium").startswith("There is no body")
    assert refused("report", "attendance", "--body", BODY, "--from", "2024-03-31", "--to", "2024-03-01") == (
        "The period starts on 2024-03-31, after its end on 2024-03-01."
    )
    assert "is not a date" in refused("report", "attendance", "--body", BODY, "--from", "2024-02-30")
    assert "xlsx" in refused("report", "attendance", "--body", BODY, "--format", "xlsx")
    assert refused("report", "attendance", "--body", BODY, "-o", str(tmp_path / "no" / "such.csv"))


def test_the_pdf_is_pdf_a_with_the_same_figures(tmp_path: Path) -> None:
    from pypdf import PdfReader

    target = tmp_path / "anwesenheit.pdf"
    sitzung("report", "attendance", *MARCH, "--format", "pdf", "-o", str(target))
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Anwesenheitsliste: {BODY}" in text and "01.03.2024 bis 31.03.2024 (3 Sitzungen)" in text
    assert "Gamma, Gerd 3 2 0 1 0 105 245 42,9" in text  # the same figures as the Markdown's totals
    metadata = reader.trailer["/Root"]["/Metadata"].get_data()
    assert b"<pdfaid:part>2</pdfaid:part>" in metadata or b'pdfaid:part="2"' in metadata
    assert oct(target.stat().st_mode & 0o777) == "0o600"
