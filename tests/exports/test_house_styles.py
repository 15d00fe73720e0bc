"""The English house styles against their reviewed files, and what each must never do.

The reviewed files were read against published parish minutes (the Present line with
initials, "Apologies were received and accepted from …", declarations with their kind,
minute references, "RESOLVED", Part 2, "Signed … Chair") and against the sample
minutes of Robert's Rules of Order, 12th ed., 48:8 ("called to order", "approved as
corrected", the mover without the seconder, "adopted", "recessed … reconvened",
"adjourned at", the secretary's signature). Set SITZUNG_WRITE_EXPECTED=1 to write
them again after a reviewed change.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from exports.minutes import MinutesOptions, render_minutes
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from tests.exports.house_meetings import CLOSED_WORDING, board_meeting, earlier, parish_meeting
from tests.exports.house_meetings import PARISH as PARISH_NAME

EXPECTED = Path(__file__).with_name("expected")
WRITE = os.environ.get("SITZUNG_WRITE_EXPECTED") == "1"


@pytest.fixture
def parish(tmp_path: Path) -> tuple[Recorder, TinyArchive]:
    return parish_meeting(tmp_path / "parish")


@pytest.fixture
def board(tmp_path: Path) -> tuple[Recorder, TinyArchive]:
    return board_meeting(tmp_path / "board")


def minutes(meeting: tuple[Recorder, TinyArchive], **options: object) -> str:
    recorder, archive = meeting
    return render_minutes(recorder.state, MinutesOptions(**options), earlier(recorder, archive))  # type: ignore[arg-type]


def same_as_reviewed(name: str, text: str) -> None:
    path = EXPECTED / name
    if WRITE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), name


def test_the_parish_minutes_are_the_reviewed_file(parish: tuple[Recorder, TinyArchive]) -> None:
    same_as_reviewed("house_parish.en.md", minutes(parish, lang="en"))


def test_the_board_minutes_are_the_reviewed_file(board: tuple[Recorder, TinyArchive]) -> None:
    same_as_reviewed("house_roberts.en.md", minutes(board, lang="en"))


def test_a_parish_writes_what_its_clerk_would(parish: tuple[Recorder, TinyArchive]) -> None:
    text = minutes(parish, lang="en")
    assert "# Minutes of the Ordinary Meeting of Little Wenham Parish Council\n" in text
    assert "Held at the Village Hall on Monday 11 March 2024 at 7.30pm." in text
    # two Smiths: initials everywhere, the other councillors by surname in sentences
    assert "**Present:** Cllr J Bruce (Chair), Cllr D Deighton, Cllr J Smith, Cllr L Smith (from 7.38pm)" in text
    assert "Cllr Deighton proposed, seconded by Cllr J Smith, that" in text
    assert "**In attendance:** Mrs S Jones (Clerk). Two members of the public were present." in text
    assert "Public" not in text.replace("public", "")  # the public are counted, never named
    assert "Apologies were received and accepted from Cllrs T Fairweather (work commitments) and H Kaur." in text
    assert "Cllr P Quinn was absent without apology." in text
    assert ("Cllr J Smith declared a disclosable pecuniary interest in minute 23/008 (the applicant is his brother) "
            "and left the meeting for that item.") in text
    assert "Cllr L Smith, having declared a non-registrable interest (as a neighbour of the applicant), remained" \
        in text
    # every agenda item a minute, in order, numbered on from February's four in the council year
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## 23/005 Apologies for absence", "## 23/006 Declarations of interest",
        "## 23/007 Minutes of the meeting held on 12 February 2024",
        "## 23/008 Planning application DC/24/0123: Rose Cottage, The Street", "## 23/009 Footpath FP7",
        "## Part 2 — press and public excluded", "## 23/010 Staffing: the Clerk's salary",
    ]
    assert text.index("There being no further business, the Chair closed the meeting at 8.12pm.") < text.index(
        "Signed ………………………………………… Chair")
    assert text.startswith("**DRAFT**") and "Clerk  \n" not in text  # the Chair of the next meeting signs alone


def test_the_public_parish_minutes_have_no_part_2(parish: tuple[Recorder, TinyArchive]) -> None:
    text = minutes(parish, lang="en", public=True)
    assert "Part 2" not in text and CLOSED_WORDING not in text and "Staffing" not in text
    assert "## 23/009 Footpath FP7" in text


def test_approved_minutes_carry_no_draft_mark(parish: tuple[Recorder, TinyArchive]) -> None:
    text = minutes(parish, lang="en", approved=date(2024, 4, 8))
    assert "DRAFT" not in text and text.startswith("# Minutes of the Ordinary Meeting")


def test_robert_s_rules_write_what_a_secretary_would(board: tuple[Recorder, TinyArchive]) -> None:
    text = minutes(board, lang="en")
    assert text.startswith("# Minutes of the Regular Meeting of the Maple Street Library Board\n")
    assert ("The regular meeting of the Maple Street Library Board was called to order at 7:00 p.m. on Tuesday, "
            "March 12, 2024, at the Community Room, by the President, Alice Adams, the Secretary, Emma Evans, "
            "being present. A quorum was present.") in text
    assert "The minutes of the meeting of Tuesday, February 13, 2024 were approved as corrected." in text
    assert "Brian Baker moved that the Board accept" in text and "seconded" not in text
    assert "RESOLVED" not in text and "DRAFT" not in text and "Declarations" not in text
    # in sequence: the amendment, its vote, the amended motion; the recess between; the point of order before
    # the vote on the motion it was raised on
    order = [
        "David Dunn moved to amend the motion", "The amendment was adopted (4 in favor, 2 opposed).",
        "The meeting recessed at 7:30 p.m. (to obtain the contractor's schedule) and reconvened at 7:40 p.m.",
        "Emma Evans moved that the Board fund", "Frank Foster raised a point of order",
        "The Chair ruled: The point is not well taken", "The motion was adopted unanimously.",
        "The meeting adjourned at 8:01 p.m.", "Respectfully submitted,", "Emma Evans  \nSecretary",
    ]
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)


def test_in_german_a_styled_body_s_minutes_are_german_minutes(parish: tuple[Recorder, TinyArchive],
                                                               board: tuple[Recorder, TinyArchive]) -> None:
    german = minutes(parish, lang="de")
    assert "Smith, John, Cllr" in german and "11.03.2024" in german and "7.30pm" not in german
    assert "Signed" not in german and "DRAFT" not in german
    assert "19:00" in minutes(board, lang="de")


def test_a_user_template_of_the_language_still_overrides_the_house_style(
    parish: tuple[Recorder, TinyArchive], tmp_path: Path
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "minutes.en.md.j2").write_text("# Ours: {{ body.name }} ({{ style }})\n", encoding="utf-8")
    assert minutes(parish, lang="en", template_dir=folder) == "# Ours: Little Wenham Parish Council (parish)\n"
    (folder / "minutes.parish.en.md.j2").write_text("# Parish: {{ session.date }}\n", encoding="utf-8")
    assert minutes(parish, lang="en", template_dir=folder) == "# Parish: Monday 11 March 2024\n"


def test_the_printed_parish_minutes_keep_the_draft_mark_and_the_chair_s_line(
    parish: tuple[Recorder, TinyArchive],
) -> None:
    import io

    import pypdf

    from exports.docx import render_docx
    from exports.pdf import render_pdf

    recorder, archive = parish
    options = MinutesOptions(lang="en")
    pdf = render_pdf(recorder.state, options, earlier(recorder, archive))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert text.startswith("DRAFT") and "Signed ………………………………………… Chair" in text
    assert "Monday 11 March 2024" in text  # the running header and the heading in the house's date
    from docx import Document

    document = Document(io.BytesIO(render_docx(recorder.state, options, earlier(recorder, archive))))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0].startswith("DRAFT") and "Date ……………………………" in paragraphs


def test_an_arrival_during_part_2_keeps_its_time_out_of_the_public_minutes() -> None:
    from sitzung.model import AgendaItem, Person, SessionInfo
    from sitzung.presets import make_body
    from tests.exports.decision_meetings import _recorder, moment

    day = date(2024, 3, 11)
    people = (Person("Bruce", "Jane", "Cllr", role="member"), Person("Kaur", "Harpreet", "Cllr", role="member"))
    info = SessionInfo(id="x", body=make_body(PARISH_NAME, 7, "en"), number=1, date=day, roster=people,
                       chair=people[0].key)
    rec = _recorder(info)
    rec.set_agenda((AgendaItem("1", "Footpaths"), AgendaItem("2", "Staffing", public=False), AgendaItem("3", "Bench")))
    rec.attend("Bruce", "present", moment(day, "19:00"))
    rec.clock_action("start", moment(day, "19:00"))
    rec.item_action("1", "start", moment(day, "19:01"))
    rec.item_action("2", "start", moment(day, "19:10"))
    rec.attend("Kaur", "arrived", moment(day, "19:20"))
    rec.item_action("3", "start", moment(day, "19:25"))  # Kaur is there in the public part again
    rec.clock_action("end", moment(day, "19:30"))
    full = render_minutes(rec.state, MinutesOptions(lang="en"))
    public = render_minutes(rec.state, MinutesOptions(lang="en", public=True))
    assert "Cllr H Kaur (from 7.20pm)" in full
    assert "7.20pm" not in public and "Cllr H Kaur (" in public
