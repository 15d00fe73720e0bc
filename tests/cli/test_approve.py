"""`sitzung approve`: the minutes of an earlier meeting approved, the refusals, and the export that knows it."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.cli_helpers import sitzung

AGENDA = "1 Eröffnung\n2 Genehmigung der Niederschrift\n3 Bericht\n"


def data_dir() -> Path:
    return Path(os.environ["SITZUNG_DATA_DIR"])


def files() -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in data_dir().rglob("*") if p.is_file() and p.suffix != ".lock"}


def session(body: str, number: int, day: str) -> str:
    sid = sitzung("session", "create", "--body", body, "--number", str(number), "--date", day).strip()
    sitzung("agenda", "import", sid, "-", stdin=AGENDA)
    return sid


@pytest.fixture
def council() -> tuple[str, str, str]:
    """Three meetings of the council: 15.04., 10.06. and 08.07.2024."""
    sitzung("body", "create", "Rat", "--seats", "5")
    return session("Rat", 1, "2024-04-15"), session("Rat", 2, "2024-06-10"), session("Rat", 3, "2024-07-08")


def test_the_previous_meeting_s_minutes_are_approved_by_default(council: tuple[str, str, str]) -> None:
    _april, june, july = council
    out = sitzung("--lang", "en", "approve", july, "2")
    assert out == "Recorded: the minutes of the meeting of 10.06.2024 approved as read at item 2.\n"
    assert f'"session": "{june}"' in sitzung("log", july)


def test_another_earlier_meeting_as_corrected_in_german(council: tuple[str, str, str]) -> None:
    april, _june, july = council
    out = sitzung("--lang", "de", "approve", july, "2.", "--of", april[:12], "--corrected")  # a unique beginning
    assert out == "Erfasst: die Niederschrift der Sitzung vom 15.04.2024 bei Punkt 2 mit Änderungen genehmigt.\n"
    assert '"corrected": true' in sitzung("log", july)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("FIRST", "2"), "Rat has no meeting before this one of 15.04.2024"),
        (("LAST", "7"), "There is no agenda item 7"),
        (("LAST", "2", "--of", "LAST"), "cannot approve its own minutes"),
        (("JUNE", "2", "--of", "LAST"), "does not come before this one of 10.06.2024"),
        (("LAST", "2", "--of", "nonesuch"), "nonesuch"),
        (("LAST", "2", "--of", "OTHER"), "not of Rat"),
        (("LAST", "1", "--of", "JUNE"), "already approved in this meeting, at item 2"),
    ],
)
def test_refusals_are_one_sentence_exit_2_and_change_nothing(
    council: tuple[str, str, str], args: tuple[str, ...], expected: str
) -> None:
    april, june, july = council
    sitzung("body", "create", "Ausschuss", "--seats", "3")
    other = session("Ausschuss", 1, "2024-05-01")
    sitzung("approve", july, "2")  # June's, at item 2
    names = {"FIRST": april, "JUNE": june, "LAST": july, "OTHER": other}
    before = files()
    err = sitzung("--lang", "en", "approve", *(names.get(a, a) for a in args), code=2)
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err, err
    assert files() == before


def test_the_export_knows_which_later_meeting_approved_the_minutes(
    council: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import exports.minutes

    april, june, july = council
    seen: dict[str, Any] = {}

    def render(state: Any, options: exports.minutes.MinutesOptions, earlier: Any = ()) -> str:
        seen[state.info.id] = options.approved
        return "minutes\n"

    monkeypatch.setattr(exports.minutes, "render_minutes", render)
    sitzung("approve", july, "2")
    for sid in council:
        sitzung("export", sid)
    assert seen == {april: None, june: date(2024, 7, 8), july: None}  # April and July are still drafts
    sitzung("approve", july, "3", "--of", april)
    sitzung("export", april)
    assert seen[april] == date(2024, 7, 8)
