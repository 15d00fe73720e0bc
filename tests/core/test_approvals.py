"""Approving an earlier meeting's minutes: what the recorder refuses and writes, and how the archive finds it.

The parish council of `tests.exports.decision_meetings` meets in April (no. 9), June (no. 1) and July
(no. 2) in a real `TinyArchive`; July approves earlier minutes at its item 2.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sitzung.approvals import approval_of, previous_session, session_info, sessions_before
from sitzung.errors import SitzungError
from sitzung.model import SessionInfo
from sitzung.recorder import Recorder
from sitzung.vocabulary import EventKind
from storage.archive import TinyArchive
from tests.exports.decision_meetings import PARISH_DAYS, parish

APRIL, JUNE = (f"lmpc-{day.isoformat()}" for day in PARISH_DAYS[:2])


@pytest.fixture
def july(tmp_path: Path) -> Recorder:
    rec, _archive = parish(tmp_path)
    return rec


@pytest.fixture
def archive(tmp_path: Path, july: Recorder) -> TinyArchive:
    """The same folder, read only, as the CLI and the app read the body's other sessions."""
    return TinyArchive(tmp_path, read_only=True)


def refused(rec: Recorder, key: str, number: str, session: SessionInfo, corrected: bool = False) -> SitzungError:
    before = list(rec.log.events())
    with pytest.raises(SitzungError) as caught:
        rec.approve_minutes(number, session, corrected)
    assert caught.value.key == key
    for lang in ("en", "de"):
        message = caught.value.message(lang)
        assert message.count(". ") == 0 and message.endswith("."), message  # one sentence
    assert list(rec.log.events()) == before  # nothing written
    return caught.value


def test_an_approval_records_the_session_its_date_and_how(july: Recorder, archive: TinyArchive) -> None:
    june = session_info(archive, JUNE)
    event = july.approve_minutes("2.", june, corrected=True)
    assert event.kind is EventKind.APPROVAL
    assert event.data == {"number": "2", "session": JUNE, "date": "2024-06-10", "corrected": True}
    [approval] = july.state.items["2"].approvals
    assert (approval.session, approval.date, approval.corrected) == (JUNE, date(2024, 6, 10), True)
    assert july.approve_minutes("2", session_info(archive, APRIL)).data["corrected"] is False  # April too, as read


def test_refusals_name_what_is_wrong_and_write_nothing(july: Recorder, archive: TinyArchive) -> None:
    june = session_info(archive, JUNE)
    this = july.state.info
    assert "9" in str(refused(july, "item.unknown", "9", june))
    refused(july, "approval.own_session", "2", this)
    other = replace(june, body=replace(june.body, name="Great Mydford Parish Council"))
    assert "Great Mydford" in str(refused(july, "approval.other_body", "2", other))
    refused(july, "approval.not_earlier", "2", replace(june, id="lmpc-2024-08-12", date=date(2024, 8, 12)))
    refused(july, "approval.not_earlier", "2", replace(this, id="lmpc-later", number=3))  # same day, after it
    july.approve_minutes("2", june)
    error = refused(july, "approval.already", "1", june, corrected=True)  # at any item of this meeting
    assert error.params["number"] == "2" and "10.06.2024" in str(error)


def test_an_earlier_session_on_the_same_day_may_be_approved(july: Recorder, archive: TinyArchive) -> None:
    this = july.state.info
    same_day = replace(this, id="lmpc-2024-07-08-a", number=1)
    assert july.approve_minutes("2", same_day).data["session"] == "lmpc-2024-07-08-a"


def test_previous_session_is_the_body_s_session_just_before(july: Recorder, archive: TinyArchive) -> None:
    this = july.state.info
    assert [s.id for s in sessions_before(archive, this)] == [JUNE, APRIL]  # newest first
    found = previous_session(archive, this)
    assert found is not None and (found.id, found.number) == (JUNE, 1)
    assert previous_session(archive, session_info(archive, APRIL)) is None  # the first has none
    june = session_info(archive, JUNE)
    found = previous_session(archive, june)
    assert found is not None and found.id == APRIL


def test_previous_session_ignores_other_bodies(tmp_path: Path, july: Recorder, archive: TinyArchive) -> None:
    june = session_info(archive, JUNE)
    writable = TinyArchive(tmp_path)
    other_body = replace(june.body, name="Mydford Allotments")
    writable.save_body(other_body)
    writable.create_session(replace(june, id="allotments-2024-07-01", body=other_body, date=date(2024, 7, 1)))
    found = previous_session(archive, july.state.info)
    assert found is not None and found.id == JUNE


def test_approval_of_finds_the_later_meeting_that_approved(july: Recorder, archive: TinyArchive) -> None:
    june, april = session_info(archive, JUNE), session_info(archive, APRIL)
    assert approval_of(archive, june) is None  # a draft until July approves it
    july.approve_minutes("2", june, corrected=True)
    found = approval_of(archive, june)
    assert found is not None
    approving, approval = found
    assert (approving.id, approving.date) == (july.state.info.id, date(2024, 7, 8))
    assert (approval.session, approval.corrected) == (JUNE, True)
    assert approval_of(archive, april) is None  # approving June says nothing of April
    assert approval_of(archive, july.state.info) is None  # nothing later approved July


def test_an_undone_approval_leaves_the_minutes_a_draft(july: Recorder, archive: TinyArchive) -> None:
    june = session_info(archive, JUNE)
    july.approve_minutes("2", june)
    july.undo()
    assert approval_of(archive, june) is None
    assert july.approve_minutes("2", june).data["session"] == JUNE  # and it may be recorded again
