"""Reading a roster CSV as clerks have it: exported by German Excel, or typed by hand.

Excel writes Windows-1252 with semicolons ("CSV (Trennzeichen-getrennt)") or
UTF-8 with a BOM ("CSV UTF-8"); both are accepted, and so are commas and tabs.
The file is all or nothing: the first mistake raises a `SitzungError` naming
the line and the field number (column), and no person is returned, so a
half-imported roster can never reach a session.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import replace

from sitzung.deputies import check_deputy
from sitzung.errors import SitzungError, Where
from sitzung.model import Body, Person, Role, fold_name
from sitzung.names import find_person
from sitzung.text_rules import MAX_PEOPLE, NAME, checked

_BOM = b"\xef\xbb\xbf"
_DELIMITERS = (";", ",", "\t")

# Column names, folded (see `_norm`), to the field they fill.
_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("nachname", "name", "familienname", "last name", "lastname", "surname"), "last"),
    **dict.fromkeys(("vorname", "first name", "firstname", "given name"), "first"),
    **dict.fromkeys(("titel", "title"), "title"),
    **dict.fromkeys(("rolle", "role"), "role"),
    **dict.fromkeys(("fraktion", "gruppe", "group", "faction", "party", "partei"), "group"),
    **dict.fromkeys(("stimmrecht", "stimmberechtigt", "voting", "vote"), "voting"),
    **dict.fromkeys(("vertritt", "stellvertreter fur", "stellvertreterin fur", "deputy for", "deputy"), "deputy_for"),
}
# A letter beyond ASCII as UTF-8 writes it; in Windows-1252 text these pairs ("Ã¼") are mojibake, not German.
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_TEXT_FIELDS = ("last", "first", "title", "group")
_KNOWN_COLUMNS = "Nachname, Vorname, Titel, Rolle, Fraktion, Stimmrecht, Vertritt"
_REQUIRED = {"last": "Nachname (last_name)", "role": "Rolle (role)"}

_VOTING = {
    **dict.fromkeys(("ja", "yes", "true", "1", "x", "j", "y", "wahr"), True),
    **dict.fromkeys(("nein", "no", "false", "0", "n", "falsch"), False),
}


def _norm(text: str) -> str:
    """Fold case and accents and treat "_", "-" and runs of spaces alike: "Last_Name" == "last name"."""
    return " ".join(fold_name(text).replace("_", " ").replace("-", " ").split())


def _decode(data: bytes, filename: str) -> tuple[str, str]:
    """The text and the encoding it was read with; bytes that fit neither stay as surrogates.

    A BOM settles the question (UTF-8); otherwise UTF-8 if it decodes, else
    Windows-1252. Undecodable bytes are kept as lone surrogates so the row
    loop can report them with their line and field.
    """
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise SitzungError("roster.spreadsheet", where=Where(filename))
    if data.startswith(_BOM):
        return data[len(_BOM) :].decode("utf-8", "surrogateescape"), "UTF-8"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        if _UTF8_LETTER.search(data):  # UTF-8 in part: read as Windows-1252, "Müller" would become "MÃ¼ller"
            line = data.count(b"\n", 0, error.start) + 1
            column = error.start - data.rfind(b"\n", 0, error.start)
            raise SitzungError("roster.mixed_encoding", where=Where(filename, line, column)) from None
        return data.decode("cp1252", "surrogateescape"), "Windows-1252"


def _role_index(body: Body) -> dict[str, Role]:
    index: dict[str, Role] = {}
    for role in body.ordered_roles():
        for name in (role.key, role.label, role.heading):
            index.setdefault(_norm(name), role)
    return index


def find_role(body: Body, name: str) -> Role | None:
    """The role a clerk means by its key, label or heading, matched as the roster import matches it."""
    return _role_index(body).get(_norm(name))


def _rows(text: str, delimiter: str, filename: str) -> list[tuple[int, list[str]]]:
    """Non-blank records with the line each starts on (a quoted field may span lines)."""
    import csv  # here: every recorder imports this module (for `find_role`), few read a roster

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True, skipinitialspace=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for record in reader:
            fields = [f.strip() for f in record]
            if any(fields):
                rows.append((start, fields))
            start = reader.line_num + 1
    except csv.Error:
        raise SitzungError("roster.bad_quotes", where=Where(filename, start)) from None
    return rows


def parse_roster(data: bytes, body: Body, filename: str, existing: Sequence[Person] = ()) -> list[Person]:
    """The people of a roster CSV, in file order; `SitzungError` on the first mistake.

    `existing` is the roster already kept: a person in both is refused, and
    deputies may name someone from it.
    """
    text, encoding = _decode(data, filename)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    # Excel's "sep=;" hint line names the delimiter; otherwise the header's most frequent one wins.
    hinted = first_line.lower().startswith("sep=") and len(first_line) == 5
    delimiter = first_line[4] if hinted else max(_DELIMITERS, key=first_line.count)
    rows = _rows(text, delimiter, filename)[1 if hinted else 0 :]
    if not rows:
        raise SitzungError("roster.empty", where=Where(filename))
    for line, fields in rows:
        _check_bytes(fields, Where(filename, line), encoding)
    header_line, header = rows[0]
    columns = _header(header, header_line, filename)
    if len(rows) == 1:
        raise SitzungError("roster.no_people", where=Where(filename, header_line))
    if (count := len(existing) + len(rows) - 1) > MAX_PEOPLE:
        raise SitzungError("roster.too_many", where=Where(filename), count=count, limit=MAX_PEOPLE)

    read = _RowReader(body, filename, columns, delimiter)
    kept = {p.key: p for p in existing}
    first_seen: dict[str, tuple[int, Person]] = {}
    people: list[tuple[Person, str, Where]] = []
    for line, fields in rows[1:]:
        person, deputy_for = read(line, fields)
        where = read.at(line, "last")
        if person.key in first_seen:
            earlier, first = first_seen[person.key]
            raise SitzungError("roster.duplicate", where=where, name=_name(first), first_line=earlier)
        if person.key in kept:
            raise SitzungError("roster.already_listed", where=where, name=_name(kept[person.key]))
        first_seen[person.key] = (line, person)
        people.append((person, deputy_for, read.at(line, "deputy_for")))

    candidates = [*existing, *(p for p, _, _ in people)]
    resolved = [(_with_deputy(p, target, candidates, where) if target else p, where) for p, target, where in people]
    everyone = {p.key: p for p in existing} | {p.key: p for p, _ in resolved}
    for person, where in resolved:
        if person.deputy_for:
            check_deputy(person, everyone[person.deputy_for], where)
    return [person for person, _ in resolved]


def _name(person: Person) -> str:
    """The name as "Last, First", without the title, which reads badly before a verb ("Kehren, Hanno, Dr. is …")."""
    return f"{person.last}, {person.first}" if person.first else person.last


def _check_bytes(fields: list[str], where: Where, encoding: str) -> None:
    """Refuse a field holding a byte the encoding could not read (kept as a surrogate by `_decode`)."""
    for col, value in enumerate(fields, 1):
        bad = next((c for c in value if "\udc80" <= c <= "\udcff"), None)
        if bad is not None:
            raise SitzungError(
                "roster.undecodable",
                where=Where(where.file, where.line, col),
                byte=f"{ord(bad) - 0xDC00:02X}",
                encoding=encoding,
            )


class _RowReader:
    """Turns one data row into a Person (deputy still as written), checking every field."""

    def __init__(self, body: Body, filename: str, columns: list[str | None], delimiter: str) -> None:
        self.roles = _role_index(body)
        self.known_roles = ", ".join(r.heading for r in body.ordered_roles())
        self.filename = filename
        self.columns = columns
        self.delimiter = "Tab" if delimiter == "\t" else delimiter

    def at(self, line: int, name: str) -> Where:
        col = self.columns.index(name) + 1 if name in self.columns else None
        return Where(self.filename, line, col)

    def __call__(self, line: int, fields: list[str]) -> tuple[Person, str]:
        if len(fields) != len(self.columns):
            raise SitzungError(
                "roster.field_count",
                where=Where(self.filename, line, min(len(fields), len(self.columns)) + 1),
                found=len(fields),
                expected=len(self.columns),
                delimiter=self.delimiter,
            )
        values: dict[str, str] = {}
        for col, (name, value) in enumerate(zip(self.columns, fields, strict=True), 1):
            if name is None and value:
                raise SitzungError("roster.unnamed_column", where=Where(self.filename, line, col))
            if name is not None:
                values[name] = value
        if not values["last"]:
            raise SitzungError("roster.empty_last_name", where=self.at(line, "last"))
        role_text = values["role"]
        if not role_text:
            raise SitzungError("roster.empty_role", where=self.at(line, "role"), known=self.known_roles)
        role = self.roles.get(_norm(role_text))
        if role is None:
            raise SitzungError(
                "roster.unknown_role", where=self.at(line, "role"), value=role_text, known=self.known_roles
            )
        voting_text = values.get("voting", "")
        if voting_text and _norm(voting_text) not in _VOTING:
            raise SitzungError("roster.bad_voting", where=self.at(line, "voting"), value=voting_text)
        # A line break inside a quoted cell (Alt+Enter in Excel) wraps the name; it is not part of it.
        text = {name: checked(_unwrap(values.get(name, "")), NAME, self.at(line, name)) for name in _TEXT_FIELDS}
        person = Person(
            last=text["last"],
            first=text["first"],
            title=text["title"],
            role=role.key,
            group=text["group"],
            voting=_VOTING[_norm(voting_text)] if voting_text else None,
        )
        return person, values.get("deputy_for", "")


def _unwrap(cell: str) -> str:
    return " ".join(cell.replace("\r\n", "\n").split("\n"))


def _with_deputy(person: Person, target: str, candidates: list[Person], where: Where) -> Person:
    """`person` standing in for the one `target` names, matched as everywhere else (`find_person`)."""
    try:
        return replace(person, deputy_for=find_person(candidates, target).key)
    except SitzungError as error:
        if error.key == "person.ambiguous":
            raise SitzungError(
                "roster.ambiguous_deputy", where=where, name=target, candidates=error.params["candidates"]
            ) from None
        raise SitzungError("roster.unknown_deputy", where=where, name=target) from None


def _header(header: list[str], line: int, filename: str) -> list[str | None]:
    """The field each column fills (None for an unnamed, hence ignored, column)."""
    names = [_norm(h) for h in header]
    if not any(n in _COLUMNS for n in names):
        raise SitzungError("roster.no_header", where=Where(filename, line, 1), known=_KNOWN_COLUMNS)
    columns: list[str | None] = []
    for col, (raw, name) in enumerate(zip(header, names, strict=True), 1):
        if not name:
            columns.append(None)
            continue
        field = _COLUMNS.get(name)
        if field is None:
            raise SitzungError(
                "roster.unknown_column", where=Where(filename, line, col), name=raw, known=_KNOWN_COLUMNS
            )
        if field in columns:
            raise SitzungError(
                "roster.duplicate_column",
                where=Where(filename, line, col),
                name=raw,
                other=header[columns.index(field)],
            )
        columns.append(field)
    for field, label in _REQUIRED.items():
        if field not in columns:
            raise SitzungError("roster.missing_column", where=Where(filename, line), name=label)
    return columns
