"""The roster CSV importer: what clerks' files look like, and one clear refusal per mistake."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from sitzung.errors import SitzungError
from sitzung.model import Person
from sitzung.presets import make_body
from sitzung.roster_csv import parse_roster

BODY = make_body("Ausschuss für Gesundheit, Soziales und Generationenfragen", 17, "de")
EN_BODY = make_body("Health Committee", 9, "en")


def parse(text: str, *, existing: tuple[Person, ...] = (), body=BODY) -> list[Person]:
    return parse_roster(text.encode("utf-8"), body, "roster.csv", existing)


def refusal(data: bytes | str, existing: tuple[Person, ...] = ()) -> SitzungError:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(SitzungError) as info:
        parse_roster(raw, BODY, "roster.csv", existing)
    return info.value


def test_demo_roster_is_the_reference_meeting() -> None:
    data = resources.files("sitzung").joinpath("demo/roster.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    people = parse_roster(data, BODY, "roster.csv")
    assert len(people) == 31
    assert Counter(p.role for p in people) == {
        "kreistagsmitglied": 12,
        "sachkundiger_buerger": 5,
        "beratendes_mitglied": 7,
        "verwaltung": 7,
    }
    assert sum(p.votes_in(BODY) for p in people) == 17
    by_key = {p.key: p for p in people}
    assert by_key["kehren|hanno"].display == "Kehren, Hanno, Dr."
    assert by_key["grubener|sabrina"].title == "Dr."
    assert by_key["schossler|heidrun"].last == "Schößler"
    assert people[0].last == "Dederichs"
    assert people[-1].display == "van der Kruijssen, Astrid"


def test_bom_semicolons_and_crlf() -> None:
    data = "\ufeffNachname;Vorname;Titel;Rolle;Fraktion\r\nKehren;Hanno;Dr.;Kreistagsmitglied;CDU\r\n"
    [person] = parse(data)
    assert person == Person("Kehren", "Hanno", "Dr.", "kreistagsmitglied", "CDU")


def test_windows_1252_as_german_excel_writes_it() -> None:
    data = "Nachname;Vorname;Rolle\nSchößler;Heidrun;Verwaltung\nRöhrich;Karl-Heinz;Kreistagsmitglied\n"
    people = parse_roster(data.encode("cp1252"), BODY, "roster.csv")
    assert [p.last for p in people] == ["Schößler", "Röhrich"]


def test_commas_english_headers_and_any_spelling_of_them() -> None:
    data = (
        " Last Name , FIRST_NAME,Title,role,Party,Voting,Deputy-For\n"
        "Kehren,Hanno,Dr.,member,CDU,,\n"
        "Smith,Ann,,Co-opted member,,no,\n"
        "Jones,Bob,,Member,Labour,,Kehren\n"
    )
    people = parse(data, body=EN_BODY)
    assert [(p.last, p.role, p.group, p.voting) for p in people] == [
        ("Kehren", "member", "CDU", None),
        ("Smith", "co_opted", "", False),
        ("Jones", "member", "Labour", None),
    ]
    assert people[2].deputy_for == "kehren|hanno"


def test_excel_separator_hint_line() -> None:
    [person] = parse("sep=;\nNachname;Rolle;Fraktion\nLux;Kreistagsmitglied;SPD, Kreis\n")
    assert (person.last, person.group) == ("Lux", "SPD, Kreis")


def test_tab_delimited() -> None:
    [person] = parse("Nachname\tVorname\tRolle\nLux\tMonika\tKreistagsmitglied\n")
    assert (person.last, person.first) == ("Lux", "Monika")


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Kreistagsmitglied", "kreistagsmitglied"),
        ("Kreistagsmitglieder", "kreistagsmitglied"),
        ("kreistagsmitglied", "kreistagsmitglied"),
        ("Sachkundige Bürger", "sachkundiger_buerger"),
        ("SACHKUNDIGER BURGER", "sachkundiger_buerger"),
        ("sachkundiger_buerger", "sachkundiger_buerger"),
        ("Beratende Mitglieder", "beratendes_mitglied"),
        ("Von der Verwaltung", "verwaltung"),
        ("Verwaltung", "verwaltung"),
        ("  gäste ", "gast"),
    ],
)
def test_role_by_key_label_or_heading(written: str, key: str) -> None:
    [person] = parse(f"Nachname;Rolle\nLux;{written}\n")
    assert person.role == key


@pytest.mark.parametrize(
    ("written", "voting"),
    [("ja", True), ("Nein", False), ("yes", True), ("NO", False), ("true", True), ("False", False),
     ("1", True), ("0", False), ("x", True), ("X", True), ("", None)],
)  # fmt: skip
def test_voting_overrides_the_role(written: str, voting: bool | None) -> None:
    [person] = parse(f"Nachname;Rolle;Stimmrecht\nAye;Beratendes Mitglied;{written}\n")
    assert person.voting is voting
    assert person.votes_in(BODY) is (bool(voting) if voting is not None else False)


def test_deputies_by_name_forward_and_from_the_existing_roster() -> None:
    existing = (Person("Kehren", "Hanno", "Dr.", "kreistagsmitglied"),)
    data = (
        "Nachname;Vorname;Rolle;Vertritt\n"
        "Meyer;Jan;Kreistagsmitglied;Lux, Monika\n"
        "Lux;Monika;Kreistagsmitglied;\n"
        "Otto;Eva;Kreistagsmitglied;kehren\n"
        "Paul;Udo;Kreistagsmitglied;Monika Lux\n"
    )
    people = parse(data, existing=existing)
    assert [p.deputy_for for p in people] == ["lux|monika", None, "kehren|hanno", "lux|monika"]


@pytest.mark.parametrize("header", ["Stellvertreter für", "deputy_for", "deputy for", "VERTRITT"])
def test_deputy_column_names(header: str) -> None:
    people = parse(f"Nachname;Rolle;{header}\nLux;Kreistagsmitglied;\nOtto;Kreistagsmitglied;Lux\n")
    assert people[1].deputy_for == "lux|"


def test_blank_lines_empty_rows_whitespace_and_quotes() -> None:
    data = (
        "\n"
        "Nachname ; Vorname ; Rolle ; Fraktion\n"
        "\n"
        ";;;\n"
        '  Lux ;  Monika ; Kreistagsmitglied ; "SPD; Fraktion"\n'
        "   \n"
        '"van der\nKruijssen";Astrid;Verwaltung;\n'
        "Trox;Christian;Verwaltung;\n"
    )
    people = parse(data)
    assert [(p.last, p.first, p.group) for p in people] == [
        ("Lux", "Monika", "SPD; Fraktion"),
        ("van der Kruijssen", "Astrid", ""),  # a cell wrapped in Excel (Alt+Enter)
        ("Trox", "Christian", ""),
    ]


def test_an_unnamed_empty_column_is_ignored() -> None:
    [person] = parse("Nachname;Rolle;\nLux;Kreistagsmitglied;\n")
    assert person.last == "Lux"


def test_line_numbers_count_physical_lines_across_quoted_line_breaks() -> None:
    error = refusal('Nachname;Rolle;Fraktion\nLux;Kreistagsmitglied;"a\nb"\nOtto;Kaiser;\n')
    assert (error.key, error.where.line, error.where.column) == ("roster.unknown_role", 4, 2)


HEADER = "Nachname;Vorname;Rolle;Stimmrecht;Vertritt\n"
ROW = "Lux;Monika;Kreistagsmitglied;;\n"

ERRORS = [
    # (name, data, key, line, column)
    ("empty file", b"", "roster.empty", None, None),
    ("only blank lines", b"\r\n  \n\n", "roster.empty", None, None),
    ("only a BOM", b"\xef\xbb\xbf", "roster.empty", None, None),
    ("an Excel workbook", b"PK\x03\x04rest", "roster.spreadsheet", None, None),
    ("no header", "Lux;Monika;Kreistagsmitglied\n", "roster.no_header", 1, 1),
    ("header only", HEADER, "roster.no_people", 1, None),
    ("missing role column", "Nachname;Vorname\nLux;Monika\n", "roster.missing_column", 1, None),
    ("missing last-name column", "Vorname;Rolle\nMonika;Verwaltung\n", "roster.missing_column", 1, None),
    ("unknown column", "Nachname;Vornmae;Rolle\nLux;Monika;Verwaltung\n", "roster.unknown_column", 1, 2),
    ("duplicate column", "Nachname;Rolle;Name\n", "roster.duplicate_column", 1, 3),
    ("too many fields", HEADER + ROW + "Otto;Eva;Kreistagsmitglied;;;x\n", "roster.field_count", 3, 6),
    ("too few fields", HEADER + "Otto;Eva;Kreistagsmitglied\n", "roster.field_count", 2, 4),
    ("value in an unnamed column", "Nachname;;Rolle\nLux;x;Verwaltung\n", "roster.unnamed_column", 2, 2),
    ("unclosed quote", HEADER + 'Lux;"Monika;Verwaltung;;\n', "roster.bad_quotes", 2, None),
    ("empty last name", HEADER + ROW + ";Eva;Kreistagsmitglied;;\n", "roster.empty_last_name", 3, 1),
    ("empty role", HEADER + "Otto;Eva;;;\n", "roster.empty_role", 2, 3),
    ("unknown role", HEADER + ROW + "\nOtto;Eva;Kreistagsmitgleid;;\n", "roster.unknown_role", 4, 3),
    ("bad voting", HEADER + "Otto;Eva;Kreistagsmitglied;vielleicht;\n", "roster.bad_voting", 2, 4),
    ("duplicate person", HEADER + ROW + "Otto;Eva;Verwaltung;;\n LUX ;Mónika;Verwaltung;;\n",
     "roster.duplicate", 4, 1),
    ("unknown deputy", HEADER + ROW + "Otto;Eva;Kreistagsmitglied;;Müller\n", "roster.unknown_deputy", 3, 5),
    ("ambiguous deputy", HEADER + ROW + "Lux;Tim;Verwaltung;;\nOtto;Eva;Verwaltung;;Lux\n",
     "roster.ambiguous_deputy", 4, 5),
    ("cp1252 hole", b"Nachname;Vorname;Rolle\nSch\xf6\xdfler;Hei\x81drun;Verwaltung\n", "roster.undecodable", 2, 2),
    ("bad UTF-8 after a BOM", b"\xef\xbb\xbfNachname;Rolle\nSch\xf6n;Verwaltung\n", "roster.undecodable", 2, 1),
]  # fmt: skip


@pytest.mark.parametrize(("data", "key", "line", "column"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_each_mistake_is_one_located_sentence(data: bytes | str, key: str, line: int | None, column: int | None):
    error = refusal(data)
    assert error.key == key
    assert error.where is not None
    assert (error.where.file, error.where.line, error.where.column) == ("roster.csv", line, column)
    for lang in ("en", "de"):
        sentence = error.message(lang)
        assert sentence.startswith("roster.csv")
        assert "Traceback" not in sentence and "{" not in sentence
    assert error.message("en") != error.message("de")


def test_duplicate_names_the_first_line() -> None:
    error = refusal(HEADER + ROW + "\n" + ROW.replace("Lux", "LUX"))
    assert error.params["first_line"] == 2
    assert error.message("en") == "roster.csv, line 4, column 1: Lux, Monika is listed twice; the first time on line 2."


def test_someone_already_on_the_roster_is_refused() -> None:
    error = refusal(HEADER + ROW, existing=(Person("Lux", "Monika", role="kreistagsmitglied"),))
    assert (error.key, error.where.line, error.where.column) == ("roster.already_listed", 2, 1)


def test_unknown_role_lists_the_headings() -> None:
    error = refusal(HEADER + "Otto;Eva;Ratsherr;;\n")
    assert error.message("en") == (
        "roster.csv, line 2, column 3: The role 'Ratsherr' is unknown; known roles are Kreistagsmitglieder, "
        "Sachkundige Bürger, Beratende Mitglieder, Von der Verwaltung, Gäste."
    )
    assert error.message("de").startswith("roster.csv, Zeile 2, Spalte 3: Die Rolle „Ratsherr“ ist unbekannt")


def test_undecodable_byte_is_named() -> None:
    error = refusal(b"Nachname;Rolle\nHei\x8ddrun;Verwaltung\n")
    assert error.params == {"byte": "8D", "encoding": "Windows-1252"}
