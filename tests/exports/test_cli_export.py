"""`sitzung export`: stdout or an atomic file, JSON, timings, house templates and their refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exports.helpers import export, parse, sitzung


def test_without_output_file_the_minutes_go_to_stdout_and_with_it_to_the_file(
    reference_id: str, tmp_path: Path
) -> None:
    target = tmp_path / "niederschrift.md"
    target.write_text("the old minutes", encoding="utf-8")
    said = sitzung("export", reference_id, "--lang", "de", "-o", str(target))
    assert str(target) in said
    assert target.read_text(encoding="utf-8") == export(reference_id, "--lang", "de")
    assert [p.name for p in tmp_path.iterdir()] == ["niederschrift.md"]  # no temporary file left


def test_an_unwritable_output_is_one_sentence_and_exit_2(reference_id: str, tmp_path: Path) -> None:
    message = sitzung("export", reference_id, "-o", str(tmp_path / "missing" / "x.md"), code=2)
    assert len(message.strip().splitlines()) == 1 and "missing" in message


def test_the_minutes_speak_the_bodys_language_unless_told_otherwise(
    reference_id: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a German body's minutes are German under the tests' English locale
    assert export(reference_id).startswith("# Niederschrift über die 6. Sitzung")
    assert sitzung("--lang", "en", "export", reference_id).startswith("# Minutes of the 6th meeting")
    assert sitzung("--lang", "en", "export", reference_id, "--lang", "de").startswith("# Niederschrift")
    config = tmp_path / "config.toml"
    config.write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.setenv("SITZUNG_CONFIG", str(config))
    assert export(reference_id).startswith("# Niederschrift")  # the config's language is the screens', not the export's
    monkeypatch.setenv("SITZUNG_LANG", "en")
    assert export(reference_id).startswith("# Minutes")  # SITZUNG_LANG is a --lang for every command
    monkeypatch.delenv("SITZUNG_LANG")
    for format in ("docx", "pdf", "oparl"):  # every export: the same rule, the config's English notwithstanding
        sitzung("export", reference_id, "--format", format, "-o", str(tmp_path / f"m.{format}"))
    from docx import Document
    from pypdf import PdfReader

    assert Document(str(tmp_path / "m.docx")).paragraphs[0].text.startswith("Niederschrift über die 6. Sitzung")
    assert PdfReader(tmp_path / "m.pdf").pages[0].extract_text().startswith("Niederschrift über die 6. Sitzung")
    assert (tmp_path / "m.oparl").read_text(encoding="utf-8").count("Sitzung des Ausschusses") >= 1


def test_timings_add_a_table_of_items(reference_id: str) -> None:
    markdown = export(reference_id, "--lang", "de", "--timings")
    assert "## Anhang: Zeiten der Tagesordnungspunkte" in markdown
    assert "| 2.1 | Unterausschuss zur proaktiven Begleitung" in markdown
    assert "| 18:04 | 18:12 | 0:08 |" in markdown
    rows = [tok for tok in parse(markdown) if tok.type == "tr_open"]
    assert len(rows) == 12  # the header and the eleven items
    assert "Anhang" not in export(reference_id, "--lang", "de")


def test_json_is_the_whole_session_versioned(reference_id: str) -> None:
    document = json.loads(export(reference_id, "--format", "json"))
    assert document["format"] == "sitzung-session-export" and document["version"] == 2
    assert document["session"]["id"] == reference_id and document["session"]["date"] == "2022-05-11"
    assert document["body"]["seats"] == 17
    assert len(document["people"]) == 31
    assert document["clock"] == {
        "status": "ended", "started": "2022-05-11T18:00:00", "ended": "2022-05-11T18:45:00", "recesses": []
    }
    items = {item["number"]: item for item in document["items"]}
    assert items["2.1"]["notes"].startswith("Der Kreistag hat in seiner Sitzung am 16.11.2021")
    assert items["2.1"]["started"] == "2022-05-11T18:04:00" and items["3"]["public"] is False
    assert "vote" not in items["2.1"]  # version 2: an item's decisions, not one tally
    assert {k: items["2.1"][k] for k in ("motions", "votes", "resolutions", "elections", "minute_number")} == {
        "motions": [], "votes": [], "resolutions": [], "elections": [], "minute_number": None
    }
    assert [i["number"] for i in document["agenda"]] == ["1", "2", "3", "4", "5"]
    attendance = {a["person"]: a for a in document["attendance"]}
    assert attendance["kehren|hanno"]["spans"] == [{"from": None, "to": None}]
    assert attendance["grubener|sabrina"]["status"] == "excused"
    assert document["determinations"] == [{"at": "2022-05-11T18:00:00", "quorate": True}]
    first = document["quorum"][0]
    assert first["at"] == "2022-05-11T18:00:00" and first["present"] == 15 and first["required"] == 9
    assert first["quorate"] is True
    assert document["remarks"].startswith("Die Jahresberichte")
    assert document["events"][0]["kind"] == "agenda" and all(e["undone"] is False for e in document["events"])


def test_json_marks_undone_events(reference_id: str) -> None:
    sitzung("note", reference_id, "1", "Versehentlich.")
    sitzung("undo", reference_id)
    events = json.loads(export(reference_id, "--format", "json"))["events"]
    assert events[-2]["kind"] == "note" and events[-2]["undone"] is True
    assert events[-1]["kind"] == "undo"


def test_json_to_a_file(reference_id: str, tmp_path: Path) -> None:
    target = tmp_path / "archiv.json"
    sitzung("export", reference_id, "--format", "json", "-o", str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 2


@pytest.mark.parametrize("options", [("--public",), ("--template", ".")])
def test_json_refuses_minutes_options(reference_id: str, options: tuple[str, ...]) -> None:
    message = sitzung("export", reference_id, "--format", "json", *options, code=2)
    assert len(message.strip().splitlines()) == 1


def test_a_house_template_takes_precedence_and_may_extend_ours(reference_id: str, tmp_path: Path) -> None:
    (tmp_path / "minutes.de.md.j2").write_text(
        '{% extends "builtin/minutes.de.md.j2" %}\n'
        "{% block title %}\n# Niederschrift (Kreis Heinsberg)\n\n"
        "{{ session.number }}. Sitzung {{ body.genitive }} am {{ session.date }}\n{% endblock %}\n",
        encoding="utf-8",
    )
    markdown = export(reference_id, "--lang", "de", "--template", str(tmp_path))
    assert markdown.startswith("# Niederschrift (Kreis Heinsberg)\n\n6. Sitzung des Ausschusses für Gesundheit")
    assert "## Tagesordnungspunkt 2.6:" in markdown


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda d: d / "nowhere", "does not exist"),
        (lambda d: (d / "file.txt").write_text("x") and d / "file.txt", "not a template folder"),
        (lambda d: d, "has no minutes.de.md.j2"),
    ],
)
def test_a_bad_template_folder_is_one_sentence_and_exit_2(reference_id: str, tmp_path: Path, setup, expected) -> None:
    folder = setup(tmp_path)
    message = sitzung("export", reference_id, "--lang", "de", "--template", str(folder), code=2)
    assert expected in message and len(message.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("# {{ session.number }\n", "line 1"),
        ('{% include "nothing.j2" %}\n', "'nothing.j2'"),
        ("{{ sesion.number }}\n", "'sesion' is undefined"),
        ("{{ items[99] }}\n", "template failed"),
        ("{% for x in session.number %}{% endfor %}\n", "template failed"),
    ],
)
def test_a_broken_template_is_one_sentence_and_exit_2(
    reference_id: str, tmp_path: Path, template: str, expected: str
) -> None:
    (tmp_path / "minutes.de.md.j2").write_text(template, encoding="utf-8")
    message = sitzung("export", reference_id, "--lang", "de", "--template", str(tmp_path), code=2)
    assert expected in message, message
    assert len(message.strip().splitlines()) == 1
    assert "Traceback" not in message
