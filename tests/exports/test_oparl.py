"""`export --format oparl`: the session as OParl 1.1 objects that validate against the OParl schema.

The schema files are a copy in `oparl-1.1/` (CC BY-SA 4.0, see its README), so the tests need
nothing outside the repository. They use no `$ref`: an embedded object's schema is named by
OParl's own keyword `"schema": "Location.json"`, which JSON Schema ignores, so `validate`
follows it itself; the formats `url` and `date-time` (with a zone, as OParl wants it) are checked
by a format checker of our own, since jsonschema knows no `url` and checks `date-time` only with
an extra package.
"""

from __future__ import annotations

import json
import stat
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from jsonschema import Draft7Validator, FormatChecker

from exports.oparl import DEFAULT_BASE_URL, oparl_document
from tests.exports.decision_meetings import CLOSED_WORDING, SECRET_VOTER, committee
from tests.exports.helpers import export, sitzung
from tests.exports.scenario import build
from tests.exports.test_public import CANARY, canaries

SCHEMAS = Path(__file__).parent / "oparl-1.1"
TYPE = "https://schema.oparl.org/1.1/"
VENDOR = "sitzung:"

checker = FormatChecker(formats=())


@checker.checks("url")
def _is_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


@checker.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return "T" in value and datetime.fromisoformat(value).tzinfo is not None


@checker.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.strptime(value, "%Y-%m-%d"))


@cache
def schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))


def validate(obj: dict[str, Any], name: str, path: str = "") -> list[str]:
    """Every way `obj` and the objects embedded in it fail their OParl schemas; vendor properties excepted."""
    rules = schema(name)
    where = path or name
    errors = [
        f"{where}/{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in Draft7Validator(rules, format_checker=checker).iter_errors(obj)
    ]
    properties = rules["properties"]
    for key, value in obj.items():
        spec = properties.get(key)
        if spec is None:
            if not key.startswith(VENDOR):  # OParl allows extensions under a vendor's prefix only
                errors.append(f"{where}/{key}: not an OParl property of {name}")
            continue
        embedded = spec.get("schema") if spec.get("type") == "object" else None
        if embedded and isinstance(value, dict):
            errors += validate(value, embedded.removesuffix(".json"), f"{where}/{key}")
        items = spec.get("items", {}) if spec.get("type") == "array" else {}
        if items.get("type") == "object" and "schema" in items and isinstance(value, list):
            for index, entry in enumerate(value):
                errors += validate(entry, items["schema"].removesuffix(".json"), f"{where}/{key}/{index}")
    return errors


def objects(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every OParl object in the document, embedded ones included."""
    found: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if str(value.get("type", "")).startswith(TYPE):
                found.append(value)
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(document)
    return found


def links(obj: dict[str, Any]) -> list[str]:
    """The URLs an object points to by its schema's `references` (not OParl's external lists)."""
    properties = schema(obj["type"].removeprefix(TYPE))["properties"]
    found: list[str] = []
    for key, value in obj.items():
        spec = properties.get(key, {})
        if spec.get("references") in (None, "externalList"):
            continue
        found += value if isinstance(value, list) else [value]
    return found


def check(document: dict[str, Any], base: str = DEFAULT_BASE_URL) -> None:
    """Valid OParl, every id under `base`, `created`/`modified` everywhere, every link inside the document."""
    assert document["oparlVersion"] == TYPE
    errors = validate(document["meeting"], "Meeting") + validate(document["organization"], "Organization")
    for index, person in enumerate(document["persons"]):
        errors += validate(person, "Person", f"persons/{index}")
    assert errors == []
    found = objects(document)
    ids = [obj["id"] for obj in found]
    assert len(ids) == len(set(ids))
    for obj in found:
        assert obj["id"].startswith(base), obj["id"]
        assert "created" in obj and "modified" in obj and obj["created"] <= obj["modified"], obj["id"]
        for url in links(obj):
            assert url in ids, (obj["id"], url)


def test_the_validation_has_teeth() -> None:
    """A zone-less time, a missing `order`, an unprefixed extra and a bad embedded object are all caught."""
    recorder = committee()
    meeting = oparl_document(recorder.state, recorder.log.events())["meeting"]
    assert validate(meeting, "Meeting") == []
    meeting["start"] = "2022-09-14T17:00:00"
    meeting["votes"] = []
    del meeting["agendaItem"][0]["order"]
    meeting["location"]["type"] = TYPE + "Place"
    errors = validate(meeting, "Meeting")
    assert len(errors) == 4, errors
    assert any("Meeting/start" in e for e in errors) and any("agendaItem/0" in e for e in errors)


def items(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["number"]: item for item in document["meeting"]["agendaItem"]}


def test_the_reference_meeting_validates_against_the_oparl_schema(reference_id: str) -> None:
    document = json.loads(export(reference_id, "--format", "oparl"))
    check(document)
    meeting = document["meeting"]
    assert meeting["id"] == f"{DEFAULT_BASE_URL}meeting/{reference_id}"
    assert meeting["name"] == "6. Sitzung des Ausschusses für Gesundheit, Soziales und Generationenfragen"
    assert meeting["start"].startswith("2022-05-11T18:00:00") and meeting["end"].startswith("2022-05-11T18:45:00")
    assert meeting["location"]["description"] == "Großer Sitzungssaal"
    assert meeting["organization"] == [document["organization"]["id"]]
    assert [i["number"] for i in meeting["agendaItem"]] == [
        "1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3", "4", "5"
    ]
    assert items(document)["3"]["public"] is False and items(document)["2.1"]["order"] == 3
    persons = {p["familyName"]: p for p in document["persons"]}
    assert len(persons) == 31 and len(meeting["participant"]) == 27  # the excused and unexcused did not attend
    assert persons["Grübener"]["id"] not in meeting["participant"]
    assert persons["Grübener"]["title"] == ["Dr."] and persons["Grübener"]["name"] == "Dr. Sabrina Grübener"
    kehren = persons["Kehren"]["membership"][0]
    assert kehren["votingRight"] is True and kehren["role"] == "Kreistagsmitglied"
    assert {p["membership"][0]["votingRight"] for p in persons.values() if "membership" in p} == {True, False}
    assert document["organization"]["membership"] == [
        p["membership"][0]["id"] for p in document["persons"] if "membership" in p
    ]


def test_the_public_version_leaves_the_closed_items_out(reference_id: str) -> None:
    public = json.loads(export(reference_id, "--format", "oparl", "--public"))
    check(public)
    assert list(items(public)) == ["1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert all(i["public"] for i in items(public).values())
    assert len(public["persons"]) == 31  # every member of the reference meeting was in the public part or absent


def test_ids_are_stable_urls_under_the_base_url(reference_id: str) -> None:
    base = "https://ris.example.org/kreis/oparl"  # without the final slash: it is added
    first = json.loads(export(reference_id, "--format", "oparl", "--base-url", base))
    check(first, base + "/")
    again = json.loads(export(reference_id, "--format", "oparl", "--base-url", base))
    assert [o["id"] for o in objects(first)] == [o["id"] for o in objects(again)]
    assert items(first)["2.1"]["id"] == f"{base}/meeting/{reference_id}/agendaitem/2.1"
    assert f"{base}/person/kehren%7Channo" in first["meeting"]["participant"]
    public = json.loads(export(reference_id, "--format", "oparl", "--base-url", base, "--public"))
    assert items(public)["2.1"]["id"] == items(first)["2.1"]["id"]  # the same item has the same URL in both


def test_votes_results_and_resolution_texts_of_a_committee() -> None:
    recorder = committee()
    document = oparl_document(recorder.state, recorder.log.events(), zone=ZoneInfo("Europe/Berlin"))
    check(document)
    found = items(document)
    assert document["meeting"]["start"] == "2022-09-14T17:00:00+02:00"
    assert found["1"]["result"] == "beschlossen"
    assert found["1"]["resolutionText"].startswith("Der Ausschuss empfiehlt dem Kreistag, das Radverkehrskonzept")
    assert found["1"]["sitzung:votes"] == [{
        "motion": "M1", "at": "2022-09-14T17:15:00+02:00", "yes": 6, "no": 1, "abstain": 1,
        "unanimous": False, "secret": False, "result": "adopted",
    }]
    secret = found["3"]["sitzung:votes"][0]
    assert secret["secret"] is True and (secret["yes"], secret["no"], secret["abstain"]) == (6, 1, 1)
    assert SECRET_VOTER.casefold() not in json.dumps(found["3"], ensure_ascii=False).casefold()
    assert found["5"]["result"] == "zur Kenntnis genommen"
    assert found["6"]["result"] == "verwiesen (Kreistag)"
    assert found["4"]["sitzung:elections"][0]["elected"] == ["Marta Rose"]
    assert "result" not in found["4"] and "sitzung:votes" not in found["5"]
    english = oparl_document(recorder.state, recorder.log.events(), lang="en")
    assert items(english)["5"]["result"] == "noted" and english["meeting"]["name"].startswith("4th meeting of")


def test_a_closed_canary_is_absent_under_public_and_present_without_it() -> None:
    recorder = committee()
    full = json.dumps(oparl_document(recorder.state, recorder.log.events()), ensure_ascii=False)
    public_document = oparl_document(recorder.state, recorder.log.events(), public=True)
    check(public_document)
    public = json.dumps(public_document, ensure_ascii=False)
    assert CLOSED_WORDING in full and CLOSED_WORDING not in public
    assert "7" in items(json.loads(full)) and "7" not in items(public_document)


def test_who_came_only_for_the_closed_part_is_not_in_the_public_version() -> None:
    recorder = build(canaries())
    full_document = oparl_document(recorder.state, recorder.log.events())
    public_document = oparl_document(recorder.state, recorder.log.events(), public=True)
    check(full_document)
    check(public_document)
    full, public = (json.dumps(d, ensure_ascii=False) for d in (full_document, public_document))
    assert full.count(CANARY) >= 2  # the closed-only member and the guest
    assert CANARY not in public
    names = {p["familyName"] for p in public_document["persons"]}
    assert {"Iota", "Gamma", "Beta"} <= names  # came in the closed part but stayed; recused there; left and came back
    guest = next(p for p in full_document["persons"] if p["familyName"] == f"{CANARY}-Gast")
    assert "membership" not in guest and guest["id"] in full_document["meeting"]["participant"]
    assert items(full_document)["4"]["result"] == "vertagt" and items(full_document)["5"]["result"] == "zurückgezogen"


def test_the_cli_writes_the_file_private_unless_public(reference_id: str, tmp_path: Path) -> None:
    target = tmp_path / "sitzung.oparl.json"
    said = sitzung("export", reference_id, "--format", "oparl", "-o", str(target))
    assert str(target) in said
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(export(reference_id, "--format", "oparl"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # the full version holds the closed session
    public = tmp_path / "public.json"
    sitzung("export", reference_id, "--format", "oparl", "--public", "-o", str(public))
    check(json.loads(public.read_text(encoding="utf-8")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public.json", "sitzung.oparl.json"]  # no temporary file


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--base-url", "https://ris.example.org/"), "--base-url is for the OParl export"),
        (("--format", "oparl", "--base-url", "ris.example.org/oparl"), "must be an http or https URL"),
        (("--format", "oparl", "--template", "."), "--template"),
    ],
)
def test_the_cli_refuses_what_does_not_fit_in_one_sentence(
    reference_id: str, options: tuple[str, ...], expected: str
) -> None:
    message = sitzung("export", reference_id, *options, code=2)
    assert expected in message and len(message.strip().splitlines()) == 1
