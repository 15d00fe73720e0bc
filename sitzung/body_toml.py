"""A body as TOML text, and back: what `body show` prints and `body import` reads.

The form (presets in `sitzung/presets/*.toml` use it too, without `name` and `seats`):

```toml
name = "Ausschuss für Gesundheit"
seats = 17
quorum = "majority"          # majority, half, fraction:P/Q, count:N
lang = "de"
genitive = ""                # empty: the rule in sitzung.genitive decides
chair_label = "Ausschussvorsitzender"
secretary_label = "Schriftführer"
majority = "simple"          # simple, absolute, two-thirds, two-thirds-seats: each vote may choose another
casting_vote = false         # the chair's casting vote decides a tie (UK councils)
seconding = false            # a motion needs a seconder (Robert's Rules, UK councils)
election = "runoff"          # runoff (a further round between the two first), plurality
resolution_number = ""       # e.g. "{seq}/{yyyy}"; empty: resolutions are not numbered
minute_number = ""           # e.g. "{yy}/{seq:03}"; empty: minutes are not numbered
year_starts = 1              # the month the numbering year starts (5: May)

[words]                      # the body's own words in the minutes (see WORDS)
title = "Protokoll"

[style]                      # the house style (sitzung.house_style); none: a German Niederschrift
minutes = "parish"           # niederschrift, parish, roberts: which templates write the minutes
names = "initials"           # listed, initials, full
locale = "en_GB"             # dates and times: CLDR patterns, formatted by Babel
date_format = "EEEE d MMMM y"
time_format = "h.mma"
periods = []                 # ["a.m.", "p.m."] where the house writes them otherwise than its locale
kinds = ["ordinary", "annual", "extraordinary"]   # the kinds of meeting, the first the default
plural_titles = { Cllr = "Cllrs" }

[[roles]]
key = "kreistagsmitglied"
label = "Kreistagsmitglied"
heading = "Kreistagsmitglieder"
votes = true
listed_when_absent = true
count_only = false           # printed as a number, not by name
order = 10
```

A TOML syntax error is refused with tomllib's own line and column; a wrong
or missing value with the line of its key where it can be found.
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from sitzung.errors import SitzungError, Where
from sitzung.model import Body, Role, decision_settings, house_style
from sitzung.quorum import QuorumRule
from sitzung.text_rules import MAX_SEATS

# The parts of the minutes a body may name in its own words.
WORDS = ("title", "meeting", "present", "in_attendance", "apologies", "absent", "agenda", "item")

_POSITION = re.compile(r"^(?P<reason>.*?)\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$", re.S)
_END = re.compile(r"^(?P<reason>.*?)\s*\(at end of document\)$", re.S)
_ROLE_KEY = re.compile(r"^[a-z0-9_]+$")
_SETTINGS = ("majority", "casting_vote", "seconding", "election", "resolution_number", "minute_number", "year_starts")
_TOP = {"name", "seats", "quorum", "lang", "genitive", "chair_label", "secretary_label", "words", "roles", "style",
        *_SETTINGS}
_PRESET_ONLY = {"preset", "aliases"}
_ROLE_FIELDS = {"key", "label", "heading", "votes", "listed_when_absent", "count_only", "order"}


def _quote(text: str) -> str:
    """A TOML basic string (JSON's escaping is valid TOML for these characters)."""
    return json.dumps(text, ensure_ascii=False)


def dump_body(body: Body) -> str:
    """The body as TOML, in the form `load_body` reads."""
    lines = [
        f"name = {_quote(body.name)}",
        f"seats = {body.seats}",
        f"quorum = {_quote(str(body.quorum))}",
        f"lang = {_quote(body.lang)}",
        f"genitive = {_quote(body.genitive)}",
        f"chair_label = {_quote(body.chair_label)}",
        f"secretary_label = {_quote(body.secretary_label)}",
        f"majority = {_quote(body.majority)}",
        f"casting_vote = {str(body.casting_vote).lower()}",
        f"seconding = {str(body.seconding).lower()}",
        f"election = {_quote(body.election)}",
        f"resolution_number = {_quote(str(body.resolution_number or ''))}",
        f"minute_number = {_quote(str(body.minute_number or ''))}",
        f"year_starts = {body.year_starts}",
    ]
    if body.words:
        lines += ["", "[words]", *(f"{key} = {_quote(value)}" for key, value in body.words)]
    if body.style:
        lines += ["", "[style]", *(f"{key} = {_value(value)}" for key, value in body.style.to_dict().items())]
    for role in body.ordered_roles():
        lines += [
            "",
            "[[roles]]",
            f"key = {_quote(role.key)}",
            f"label = {_quote(role.label)}",
            f"heading = {_quote(role.heading)}",
            f"votes = {str(role.votes).lower()}",
            f"listed_when_absent = {str(role.listed_when_absent).lower()}",
            f"count_only = {str(role.count_only).lower()}",
            f"order = {role.order}",
        ]
    return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    """A style's value as TOML: text, a list of texts, or an inline table of texts."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_quote(k)} = {_quote(v)}" for k, v in value.items()) + " }" if value else "{}"
    if isinstance(value, list):
        return "[" + ", ".join(_quote(v) for v in value) + "]"
    return _quote(value)


class _Reader:
    """Checks a parsed TOML document field by field, naming the line of a bad key."""

    def __init__(self, text: str, file: str) -> None:
        self.lines = text.splitlines()
        self.file = file

    def where(self, key: str, occurrence: int = 0) -> Where:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        seen = 0
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                if seen == occurrence:
                    return Where(self.file, number, line.index(key) + 1)
                seen += 1
        return Where(self.file)

    def fail(self, key: str, message: str, occurrence: int = 0, **params: Any) -> SitzungError:
        return SitzungError(message, where=self.where(key, occurrence), key=key, **params)

    def text(self, data: dict[str, Any], key: str, *, required: bool = False, occurrence: int = 0) -> str:
        if key not in data:
            if required:
                raise SitzungError("body_toml.missing", where=Where(self.file), key=key)
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(key, "body_toml.not_text", occurrence)
        if required and not value.strip():
            raise self.fail(key, "body_toml.empty", occurrence)
        return value.strip()

    def flag(self, data: dict[str, Any], key: str, default: bool, occurrence: int = 0) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "body_toml.not_flag", occurrence)
        return value

    def number(self, data: dict[str, Any], key: str, default: int | None, occurrence: int = 0) -> int:
        if key not in data:
            if default is None:
                raise SitzungError("body_toml.missing", where=Where(self.file), key=key)
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "body_toml.not_number", occurrence)
        return value

    def unknown(self, data: dict[str, Any], allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(key, "body_toml.unknown_key", known=", ".join(sorted(allowed)))


def parse_toml(text: str | bytes, file: str) -> dict[str, Any]:
    """The TOML document, or one sentence with the file, line and column of the syntax error."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise SitzungError("body_toml.not_utf8", where=Where(file), offset=error.start) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        if match := _POSITION.match(message):
            where = Where(file, int(match["line"]), int(match["column"]))
            reason = match["reason"]
        elif match := _END.match(message):
            where, reason = Where(file, len(text.splitlines()) or 1), match["reason"]
        else:
            where, reason = Where(file), message
        raise SitzungError("body_toml.syntax", where=where, reason=reason.rstrip(".")) from None


def _roles(reader: _Reader, data: dict[str, Any]) -> tuple[Role, ...]:
    raw = data.get("roles", [])
    if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
        raise reader.fail("roles", "body_toml.roles_not_tables")
    roles: list[Role] = []
    for index, entry in enumerate(raw):
        reader.unknown(entry, _ROLE_FIELDS)
        key = reader.text(entry, "key", required=True, occurrence=index)
        if not _ROLE_KEY.match(key):
            raise reader.fail("key", "body_toml.bad_role_key", index, value=key)
        if any(r.key == key for r in roles):
            raise reader.fail("key", "body_toml.duplicate_role", index, value=key)
        label = reader.text(entry, "label", required=True, occurrence=index)
        roles.append(
            Role(
                key=key,
                label=label,
                heading=reader.text(entry, "heading", occurrence=index) or label,
                votes=reader.flag(entry, "votes", False, index),
                listed_when_absent=reader.flag(entry, "listed_when_absent", True, index),
                order=reader.number(entry, "order", (index + 1) * 10, index),
                count_only=reader.flag(entry, "count_only", False, index),
            )
        )
    return tuple(roles)


def _words(reader: _Reader, data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    raw = data.get("words", {})
    if not isinstance(raw, dict):
        raise reader.fail("words", "body_toml.words_not_table")
    reader.unknown(raw, set(WORDS))
    return tuple(sorted((key, reader.text(raw, key)) for key in raw if reader.text(raw, key)))


def _style(reader: _Reader, data: dict[str, Any]) -> Any:
    """The `[style]` table as a HouseStyle (None without one); its locale and patterns checked with Babel."""
    raw = data.get("style")
    if raw is None:
        return None
    try:
        style = house_style(raw)
        if style is not None and style.locale:
            from sitzung.locales import check_style

            check_style(style)
    except SitzungError as error:
        raise SitzungError(error.key, where=reader.where(str(error.params.get("key") or "style")), **error.params) \
            from None
    return style


def body_fields(data: dict[str, Any], text: str, file: str, *, preset: bool = False) -> dict[str, Any]:
    """The checked fields of a body (a preset has no name and no seats)."""
    reader = _Reader(text, file)
    reader.unknown(data, (_TOP - {"name", "seats"}) | _PRESET_ONLY if preset else _TOP)
    fields: dict[str, Any] = {}
    if not preset:
        fields["name"] = reader.text(data, "name", required=True)
        fields["seats"] = reader.number(data, "seats", None)
        if not 1 <= fields["seats"] <= MAX_SEATS:
            raise reader.fail("seats", "body.bad_seats", seats=fields["seats"], limit=MAX_SEATS)
    try:
        quorum = QuorumRule.parse(reader.text(data, "quorum") or "majority")
    except SitzungError as error:
        raise SitzungError(error.key, where=reader.where("quorum"), **error.params) from None
    raw = {
        "majority": reader.text(data, "majority") or "simple",
        "casting_vote": reader.flag(data, "casting_vote", False),
        "seconding": reader.flag(data, "seconding", False),
        "election": reader.text(data, "election") or "runoff",
        "resolution_number": reader.text(data, "resolution_number"),
        "minute_number": reader.text(data, "minute_number"),
        "year_starts": reader.number(data, "year_starts", 1),
    }
    for key in _SETTINGS:  # each setting alone, so a refusal names the line of its key
        try:
            decision_settings({key: raw[key]})
        except SitzungError as error:
            raise SitzungError(error.key, where=reader.where(key), **error.params) from None
    lang = reader.text(data, "lang") or "de"
    if lang not in ("de", "en"):
        raise reader.fail("lang", "body_toml.bad_lang", value=lang)
    fields.update(
        quorum=quorum,
        lang=lang,
        genitive=reader.text(data, "genitive"),
        chair_label=reader.text(data, "chair_label"),
        secretary_label=reader.text(data, "secretary_label"),
        words=_words(reader, data),
        roles=_roles(reader, data),
        style=_style(reader, data),
        **decision_settings(raw),
    )
    return fields


def load_body(text: str | bytes, file: str) -> Body:
    """A body from its TOML form; a bad file is one sentence with where and what."""
    if isinstance(text, bytes):
        data = parse_toml(text, file)
        text = text.decode("utf-8-sig")
    else:
        data = parse_toml(text, file)
    return Body(**body_fields(data, text, file))
