"""Decisions in the minutes (German and English house styles) and in the JSON export.

Three meetings (`tests/exports/decision_meetings.py`) are exported in both languages and as JSON and
compared with reviewed files in `expected/`; around them, the facts that must hold whatever the wording:
a secret ballot names nobody, a closed item's decisions stay out of the public minutes, numbers continue
from the body's earlier sessions, and reading those sessions writes nothing.

`SITZUNG_WRITE_EXPECTED=1` rewrites the expected files (then read every change before committing it).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from exports.minutes import MinutesOptions, render_minutes
from exports.session_json import render_json
from sitzung.numbering import Session
from sitzung.outcomes import earlier_sessions
from sitzung.recorder import Recorder
from tests.exports.decision_meetings import (
    CLOSED_WORDING,
    PARISH_ROSTER,
    SECRET_VOTER,
    committee,
    moment,
    parish,
    roberts,
)
from tests.exports.helpers import EXPECTED, headings, html_tokens, sitzung, text_of

WRITE = os.environ.get("SITZUNG_WRITE_EXPECTED") == "1"


def exported(recorder: Recorder, earlier: list[Session] | None = None) -> dict[str, str]:
    state = recorder.state
    earlier = earlier or []
    return {
        ".de.md": render_minutes(state, MinutesOptions("de"), earlier),
        ".en.md": render_minutes(state, MinutesOptions("en"), earlier),
        ".json": render_json(state, recorder.log.events(), earlier),
    }


def same_as_expected(name: str, outputs: dict[str, str]) -> None:
    for suffix, text in outputs.items():
        path = EXPECTED / f"decisions_{name}{suffix}"
        if WRITE:
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), path.name


def section(markdown: str, start: str, end: str) -> str:
    """The text from the line starting with `start` to the next line starting with `end`."""
    begin = markdown.index(start)
    stop = markdown.find(end, begin + len(start))
    return markdown[begin : stop if stop >= 0 else len(markdown)]


@pytest.fixture(scope="module")
def meetings() -> dict[str, Recorder]:
    return {"roberts": roberts(), "committee": committee()}


@pytest.fixture
def parish_meeting(tmp_path: Path) -> tuple[Recorder, list[Session]]:
    recorder, archive = parish(tmp_path / "data")
    return recorder, earlier_sessions(archive, recorder.state)  # type: ignore[arg-type]


# -- the reviewed files -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["roberts", "committee"])
def test_minutes_and_json_are_the_reviewed_files(meetings: dict[str, Recorder], name: str) -> None:
    same_as_expected(name, exported(meetings[name]))


def test_the_parish_meeting_is_the_reviewed_file(parish_meeting: tuple[Recorder, list[Session]]) -> None:
    recorder, earlier = parish_meeting
    same_as_expected("parish", exported(recorder, earlier))


@pytest.mark.parametrize("name", ["decisions_roberts", "decisions_parish", "decisions_committee"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_minutes_are_clean_markdown(name: str, lang: str) -> None:
    markdown = (EXPECTED / f"{name}.{lang}.md").read_text(encoding="utf-8")
    assert html_tokens(markdown) == []
    found = headings(markdown)
    assert [level for level, _ in found].count(1) == 1
    assert all(after <= before + 1 for (before, _), (after, _) in itertools.pairwise(found))


# -- the house styles -------------------------------------------------------------------------------------


def test_roberts_rules_amendment_before_the_motion_a_motion_without_a_second_and_a_recess(
    meetings: dict[str, Recorder],
) -> None:
    english = render_minutes(meetings["roberts"].state, MinutesOptions("en"))
    # Robert's Rules name the mover, not the seconder, and say "adopted" (RONR 48:4)
    amendment = english.index("Frank Foster moved to amend the motion")
    assert english.index("David Dunn moved that the Society hold") < amendment
    assert amendment < english.index("The amendment was adopted (4 in favor, 2 opposed).") < english.index(
        "The motion, as amended, was adopted (5 in favor, 1 opposed)."
    ) < english.index("The motion as adopted: that the Society hold a spring fair on 13 April with a budget of $750.")
    assert "seconded" not in english and "RESOLVED" not in english
    assert "Carol Clark moved that the Society buy a popcorn machine.\n\n" \
           "The motion fell for want of a seconder." in english
    assert "The motion was withdrawn." in english
    # the recess where it happened: after the spring fair, before new business
    recess = english.index("The meeting recessed at 7:25 p.m. (refreshments) and reconvened at 7:35 p.m.\n")
    assert english.index("## 2. Spring fair") < recess < english.index("## 3. New business")
    assert english.rstrip().endswith("Grace Green  \nSecretary") and "The meeting adjourned at 7:41 p.m." in english
    german = render_minutes(meetings["roberts"].state, MinutesOptions("de"))
    assert "Änderungsantrag (M3) zu M2 von Frank Foster, unterstützt von Brian Baker:" in german
    assert "Abstimmungsergebnis: mehrheitlich bei 2 Gegenstimmen angenommen (4 Ja, 2 Nein)" in german
    assert "in geänderter Fassung beschlossen (5 Ja, 1 Nein)" in german
    assert "Der Antrag fand keine Unterstützung." in german
    assert "Entscheidung des Vorsitzes: The point is well taken." in german


def test_uk_minutes_resolved_a_casting_vote_and_numbers_after_the_earlier_sessions(
    parish_meeting: tuple[Recorder, list[Session]],
) -> None:
    recorder, earlier = parish_meeting
    # April's meeting is in the council year 2023 (it starts in May): June's three minutes come before July's
    assert [(s.day.month, s.minutes) for s in earlier] == [(4, 2), (6, 3)]
    english = render_minutes(recorder.state, MinutesOptions("en"), earlier)
    assert [text for level, text in headings(english) if text.startswith("24/")] == [
        "24/004 Apologies for absence",
        "24/005 Minutes of the previous meeting",
        "24/006 Playground equipment",
        "24/007 Planning application 24/0567: Orchard Barn",
        "24/008 Bench on the green",
    ]
    assert (
        "Cllr King proposed, seconded by Cllr Lewis, that the Council purchase new swings at a cost of "
        "£4,200.\n\nOn the casting vote of the Chair, the motion was carried (3 for, 3 against).\n\n"
        "RESOLVED that the Council purchase new swings at a cost of £4,200.\n"
    ) in english
    assert "The motion was lost (2 for, 4 against)." in english
    assert "RESOLVED that the application be referred to the Planning Committee." in english
    # without the earlier sessions (the app's minutes screen) the numbers start again
    assert "## 24/001 Apologies for absence" in render_minutes(recorder.state, MinutesOptions("en"))


def test_german_committee_named_and_own_votes_secret_ballot_election_referral_and_note(
    meetings: dict[str, Recorder],
) -> None:
    german = render_minutes(meetings["committee"].state, MinutesOptions("de"))
    assert (
        "**Beschluss Nr. 1/2022:**\n\nDer Ausschuss empfiehlt dem Kreistag, das Radverkehrskonzept zu beschließen.\n\n"
        "Abstimmungsergebnis: mehrheitlich bei 1 Gegenstimme und 1 Enthaltung beschlossen (6 Ja, 1 Nein, "
        "1 Enthaltung)\n\nNamentliche Abstimmung: Ja: Dr. Anna Alpha, Bernd Beta, Dora Delta, Karl Kanarienvogel, "
        "Eva Epsilon, Emil Eta; Nein: Gerd Gamma; Enthaltung: Zora Zeta\n"
    ) in german
    assert "Auf eigenen Wunsch wird festgehalten: Eva Epsilon stimmt mit Nein." in german
    assert "Geheime Abstimmung: mehrheitlich bei 1 Gegenstimme und 1 Enthaltung beschlossen" in german
    assert "1\\. Wahlgang: Marta Rose 3, Paul Linde 3, Hans Eiche 1; ungültig 0, leer 1\n\n" \
           "Keine Mehrheit; engere Wahl zwischen Marta Rose und Paul Linde.\n\n" \
           "2\\. Wahlgang: Marta Rose 5, Paul Linde 3; ungültig 0, leer 0\n\n" \
           "Gewählt ist Marta Rose; Marta Rose nimmt die Wahl an.\n" in german
    assert "Ergebnis: zur Kenntnis genommen" in german
    assert "Ergebnis: an den Kreistag verwiesen" in german
    # a round's number at a line's start is text, not a numbered list
    assert "1. Wahlgang" in text_of(german) and "<ol" not in german


# -- secret ballots: counts only ---------------------------------------------------------------------------


def test_a_secret_ballot_names_nobody(meetings: dict[str, Recorder]) -> None:
    recorder = meetings["committee"]
    state = recorder.state
    names = [p.last for p in state.people.values()] + [p.first for p in state.people.values()]
    german = render_minutes(state, MinutesOptions("de"))
    english = render_minutes(state, MinutesOptions("en"))
    mover = "Dr. Anna Alpha"  # who moved the motion is public; how anyone voted is not
    for markdown, start, end in ((german, "## Tagesordnungspunkt 3:", "**Sitzung:"), (english, "## Item 3:", "## ")):
        item = section(markdown, start, end)
        assert "Geheime Abstimmung" in item or "secret ballot" in item
        assert SECRET_VOTER not in item
        after_motion = item[item.index(mover) + len(mover) :]
        assert not [n for n in names if re.search(rf"\b{re.escape(n)}\b", after_motion)], after_motion
    document = json.loads(render_json(state, recorder.log.events()))
    keys = set(state.people)
    item = next(i for i in document["items"] if i["number"] == "3")
    (vote,) = item["votes"]
    assert vote["secret"] is True and vote["ballots"] == [] and vote["tally"] == {"yes": 6, "no": 1, "abstain": 1}
    assert not [k for k in keys if k in json.dumps(vote)]
    assert SECRET_VOTER.casefold() not in json.dumps(item, ensure_ascii=False).casefold()
    for event in document["events"]:
        if event["kind"] == "vote" and event["data"].get("secret"):
            assert not [k for k in keys if k in json.dumps(event["data"])]


def test_a_named_vote_in_the_json_names_each_voter_by_key_and_name(meetings: dict[str, Recorder]) -> None:
    recorder = meetings["committee"]
    document = json.loads(render_json(recorder.state, recorder.log.events()))
    items = {i["number"]: i for i in document["items"]}
    (named,) = items["1"]["votes"]
    assert named["named"] is True and named["tally"] == {"yes": 6, "no": 1, "abstain": 1}
    assert {"person": "gamma|gerd", "name": "Gamma, Gerd", "choice": "no"} in named["ballots"]
    assert named["result"] == {"adopted": True, "rule": "simple", "needed": 2, "tied": False, "casting": None}
    (own,) = items["2"]["votes"]
    assert own["named"] is False and own["ballots"] == [{"person": "epsilon|eva", "name": "Epsilon, Eva",
                                                        "choice": "no"}]
    assert [r["number"] for i in document["items"] for r in i["resolutions"]] == [
        "1/2022", "2/2022", "3/2022", "4/2022", "5/2022", "6/2022"
    ]
    (election,) = items["4"]["elections"]
    assert [r["votes"] for r in election["rounds"]] == [
        {"Marta Rose": 3, "Paul Linde": 3, "Hans Eiche": 1}, {"Marta Rose": 5, "Paul Linde": 3}
    ]
    assert election["outcome"]["elected"] == ["Marta Rose"] and election["outcome"]["decided"] is True
    assert election["answers"] == [{"candidate": "Marta Rose", "accepted": True}]
    assert items["6"]["resolutions"][0]["to"] == "Kreistag" and items["5"]["resolutions"][0]["outcome"] == "noted"
    assert "vote" not in items["1"] and items["1"]["minute_number"] is None


# -- the public minutes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_closed_items_decisions_stay_out_of_the_public_minutes(meetings: dict[str, Recorder], lang: str) -> None:
    state = meetings["committee"].state
    full = render_minutes(state, MinutesOptions(lang))
    public = render_minutes(state, MinutesOptions(lang, public=True))
    closed = (CLOSED_WORDING, "6/2022", "(4 Ja, 3 Nein, 1 Enthaltung)", "(4 for, 3 against, 1 abstention)",
              "Gerd Gamma: „Das Grundstück", "It was moved by Gerd Gamma")
    assert CLOSED_WORDING in full and sum(fact in full for fact in closed) >= 4
    for fact in closed:
        assert fact not in public, fact
    assert "Grundstücksangelegenheit" in public  # the agenda keeps the title
    assert ("Beschluss Nr. 5/2022" if lang == "de" else "Resolution 5/2022") in public


def test_a_house_template_printing_every_field_gets_no_closed_decision(meetings: dict[str, Recorder],
                                                                       tmp_path: Path) -> None:
    (tmp_path / "minutes.de.md.j2").write_text("{{ items }}\n{{ reported }}\n", encoding="utf-8")
    state = meetings["committee"].state
    public = render_minutes(state, MinutesOptions("de", public=True, template_dir=tmp_path))
    full = render_minutes(state, MinutesOptions("de", template_dir=tmp_path))
    assert CLOSED_WORDING in full and CLOSED_WORDING not in public and "M4" not in public


# -- typed text is text -----------------------------------------------------------------------------------


HOSTILE = "<b>x</b> **fett** [link](http://x) `code` # kein Titel | a | b |"


def hostile_meeting(make: Callable[[], Recorder] = roberts) -> Recorder:
    recorder = make()
    day = recorder.state.info.date
    at = lambda hhmm: moment(day, hhmm)  # noqa: E731
    recorder.motion("3", HOSTILE, by="Baker", seconded_by="Clark", at=at("19:39"))
    recorder.motion("3", "1. " + HOSTILE, by="Dunn", seconded_by="Evans", amends="M7", at=at("19:39"))
    recorder.vote("3", yes=3, no=2, abstain=1, motion="M8", at=at("19:39"))
    recorder.motion("3", HOSTILE, by="Dunn", point_of_order=True, ruling=HOSTILE, at=at("19:39"))
    recorder.vote("3", yes=4, no=2, motion="M7", at=at("19:39"))
    recorder.resolve("3", "adopted-amended", text=f"- {HOSTILE}\n\n# {HOSTILE}", motion="M7", at=at("19:39"))
    recorder.election("3", 1, [HOSTILE, "<i>Zweite</i>"], at=at("19:39"))
    recorder.election_round("3", "E1", {HOSTILE: 4, "<i>": 2}, at=at("19:39"))
    return recorder


@pytest.mark.parametrize("lang", ["de", "en"])
def test_typed_wordings_rulings_and_candidates_are_text_never_markup(lang: str) -> None:
    markdown = render_minutes(hostile_meeting().state, MinutesOptions(lang))
    assert html_tokens(markdown) == []
    reader = text_of(markdown)
    assert reader.count("<b>x</b> **fett** [link](http://x) `code` # kein Titel | a | b |") >= 5
    assert "<i>Zweite</i>" in reader
    assert [level for level, _ in headings(markdown)].count(1) == 1
    assert "kein Titel" not in " ".join(text for _, text in headings(markdown))


# -- the CLI: numbers from the archive, and nothing written -------------------------------------------------


def snapshot(folder: Path) -> dict[str, Any]:
    return {
        str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    } | {"folders": sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_dir())}


def test_the_cli_export_numbers_after_the_earlier_sessions_and_writes_nothing() -> None:
    data = Path(os.environ["SITZUNG_DATA_DIR"])
    recorder, _ = parish(data)
    recorder.log.close()
    sid = recorder.state.info.id
    before = snapshot(data)
    english = sitzung("export", sid, "--lang", "en")
    document = sitzung("export", sid, "--format", "json")
    assert snapshot(data) == before
    assert english == (EXPECTED / "decisions_parish.en.md").read_text(encoding="utf-8")
    assert document == (EXPECTED / "decisions_parish.json").read_text(encoding="utf-8")
    assert [i["minute_number"] for i in json.loads(document)["items"]] == [f"24/00{n}" for n in range(4, 9)]


def test_the_earlier_sessions_are_read_only_for_a_body_that_numbers(tmp_path: Path) -> None:
    recorder, archive = parish(tmp_path / "data")
    before = snapshot(tmp_path / "data")
    found = earlier_sessions(archive, recorder.state)  # type: ignore[arg-type]
    assert [s.number for s in found] == [9, 1] and snapshot(tmp_path / "data") == before
    assert PARISH_ROSTER[0].key == recorder.state.info.chair
