"""The meeting's nouns as plain dataclasses, with their JSON form.

Nothing here knows about files, TinyDB or Textual. `to_dict`/`from_dict`
give the JSON-ready shape that storage keeps and exports read.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from sitzung.errors import SitzungError
from sitzung.quorum import QuorumRule
from sitzung.vocabulary import ElectionRule, EventKind, Majority, SessionKind

if TYPE_CHECKING:
    from sitzung.house_style import HouseStyle
    from sitzung.numbering import NumberFormat


@dataclass(frozen=True)
class Role:
    """A kind of participant: its words in the minutes and whether it votes.

    `listed_when_absent` says whether an absentee of this role appears under
    "Abwesend" (members do, administration staff and guests do not).
    `count_only` roles ("Members of the public") are printed in the minutes as a
    number under their heading, not by name.
    """

    key: str
    label: str
    heading: str
    votes: bool
    listed_when_absent: bool = True
    order: int = 0
    count_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "key": self.key,
            "label": self.label,
            "heading": self.heading,
            "votes": self.votes,
            "listed_when_absent": self.listed_when_absent,
            "order": self.order,
        }
        if self.count_only:
            data["count_only"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return cls(
            key=data["key"],
            label=data["label"],
            heading=data["heading"],
            votes=bool(data["votes"]),
            listed_when_absent=bool(data.get("listed_when_absent", True)),
            order=int(data.get("order", 0)),
            count_only=bool(data.get("count_only", False)),
        )


@dataclass(frozen=True)
class Body:
    """A council or committee: its statutory seats, roles and quorum rule.

    `words` holds the body's own words for parts of the minutes where they differ
    from the language's defaults (e.g. ("title", "Protokoll")), sorted by key.

    How it decides: the default required majority, whether the chair has a
    casting vote (UK councils), whether a motion needs a seconder (Robert's
    Rules, UK councils), the election rule, and the formats of resolution and
    minute numbers with the month their numbering year starts.
    """

    name: str
    seats: int
    quorum: QuorumRule = field(default_factory=QuorumRule)
    roles: tuple[Role, ...] = ()
    lang: str = "de"
    genitive: str = ""
    chair_label: str = ""
    secretary_label: str = ""
    words: tuple[tuple[str, str], ...] = ()
    majority: Majority = Majority.SIMPLE
    casting_vote: bool = False
    seconding: bool = False
    election: ElectionRule = ElectionRule.RUNOFF
    resolution_number: NumberFormat | None = None
    minute_number: NumberFormat | None = None
    year_starts: int = 1
    style: HouseStyle | None = None  # None: the German Niederschrift's forms (`sitzung.house_style`)

    def decision_settings(self) -> dict[str, Any]:
        """The settings of how the body decides that differ from the defaults, as stored and as TOML writes them."""
        settings: dict[str, Any] = {
            "majority": self.majority.value,
            "casting_vote": self.casting_vote,
            "seconding": self.seconding,
            "election": self.election.value,
            "resolution_number": str(self.resolution_number or ""),
            "minute_number": str(self.minute_number or ""),
            "year_starts": self.year_starts,
        }
        return {key: value for key, value in settings.items() if value != _DEFAULT_SETTINGS[key]}

    def word(self, key: str) -> str:
        """The body's own word for a part of the minutes ("title", "present", …), or ""."""
        return dict(self.words).get(key, "")

    def role(self, key: str) -> Role | None:
        for role in self.roles:
            if role.key == key:
                return role
        return None

    def ordered_roles(self) -> list[Role]:
        return sorted(self.roles, key=lambda r: r.order)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "seats": self.seats,
            "quorum": str(self.quorum),
            "roles": [r.to_dict() for r in self.roles],
            "lang": self.lang,
            "genitive": self.genitive,
            "chair_label": self.chair_label,
            "secretary_label": self.secretary_label,
            **({"words": dict(self.words)} if self.words else {}),
            **self.decision_settings(),
            **({"style": self.style.to_dict()} if self.style else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Body:
        try:
            rule = QuorumRule.parse(str(data.get("quorum", "majority")))
            settings = decision_settings(data)
            style = house_style(data.get("style"))
        except SitzungError as error:  # a stored rule that does not parse is a damaged record
            raise ValueError(str(error)) from None
        return cls(
            name=data["name"],
            seats=int(data["seats"]),
            quorum=rule,
            roles=tuple(Role.from_dict(r) for r in data.get("roles", ())),
            lang=data.get("lang", "de"),
            genitive=data.get("genitive", ""),
            chair_label=data.get("chair_label", ""),
            secretary_label=data.get("secretary_label", ""),
            words=tuple(sorted((str(k), str(v)) for k, v in data.get("words", {}).items())),
            style=style,
            **settings,
        )


_DEFAULT_SETTINGS: dict[str, Any] = {
    "majority": "simple",
    "casting_vote": False,
    "seconding": False,
    "election": "runoff",
    "resolution_number": "",
    "minute_number": "",
    "year_starts": 1,
}


def decision_settings(data: dict[str, Any]) -> dict[str, Any]:
    """A body's settings of how it decides, parsed from their stored (or TOML) form; a bad one raises SitzungError."""
    minute, resolution = (str(data.get(key) or "").strip() for key in ("minute_number", "resolution_number"))
    year_starts = data.get("year_starts", 1)
    if isinstance(year_starts, bool) or not isinstance(year_starts, int) or not 1 <= year_starts <= 12:
        raise SitzungError("body.bad_year_starts", value=str(year_starts))
    return {
        "majority": Majority.parse(str(data.get("majority", "simple"))),
        "casting_vote": bool(data.get("casting_vote", False)),
        "seconding": bool(data.get("seconding", False)),
        "election": ElectionRule.parse(str(data.get("election", "runoff"))),
        "resolution_number": _number_format(resolution),
        "minute_number": _number_format(minute),
        "year_starts": year_starts,
    }


def house_style(data: Any) -> HouseStyle | None:
    """A stored (or TOML) house style, or None; `sitzung.house_style` is imported only for a body that has one."""
    if data is None:
        return None
    from sitzung.house_style import HouseStyle

    if not isinstance(data, dict):
        raise SitzungError("style.bad_value", key="style", value=str(data)[:40], known="a table")
    return HouseStyle.from_dict(data)


def _number_format(text: str) -> NumberFormat | None:
    """The parsed format, or None; `sitzung.numbering` is imported only for a body that numbers (most do not)."""
    if not text:
        return None
    from sitzung.numbering import NumberFormat

    return NumberFormat.parse(text)


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """Case- and accent-insensitive form of a name, as person keys store it ("kehren|hanno").

    Kept as it is so stored keys never change; matching what a clerk types
    ("Mueller" for Müller, a prefix) is `sitzung.names.match_form`'s job.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def person_key(last: str, first: str) -> str:
    """A stable key for a person within a roster: folded "last|first"."""
    return f"{fold_name(last)}|{fold_name(first)}"


@dataclass(frozen=True)
class Person:
    """Someone on a roster or at one session.

    `voting` overrides the role's default when the roster says so (a CSV's
    Stimmrecht column); `deputy_for` names the key of the member a deputy
    stands in for.
    """

    last: str
    first: str = ""
    title: str = ""
    role: str = ""
    group: str = ""
    deputy_for: str | None = None
    voting: bool | None = None
    guest: bool = False

    @property
    def key(self) -> str:
        return person_key(self.last, self.first)

    @property
    def display(self) -> str:
        """As the minutes list people: "Kehren, Hanno, Dr."."""
        parts = [self.last]
        if self.first:
            parts.append(self.first)
        if self.title:
            parts.append(self.title)
        return ", ".join(parts)

    @property
    def short(self) -> str:
        """As the minutes name someone in the text: "Dr. Kehren"."""
        return f"{self.title} {self.last}" if self.title else self.last

    def votes_in(self, body: Body) -> bool:
        if self.voting is not None:
            return self.voting
        role = body.role(self.role)
        return bool(role and role.votes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "last": self.last,
            "first": self.first,
            "title": self.title,
            "role": self.role,
            "group": self.group,
            "deputy_for": self.deputy_for,
            "voting": self.voting,
            "guest": self.guest,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        return cls(
            last=data["last"],
            first=data.get("first", ""),
            title=data.get("title", ""),
            role=data.get("role", ""),
            group=data.get("group", ""),
            deputy_for=data.get("deputy_for"),
            voting=data.get("voting"),
            guest=bool(data.get("guest", False)),
        )


@dataclass(frozen=True)
class AgendaItem:
    """One point of the agenda ("2.1"), possibly with sub-items."""

    number: str
    title: str
    public: bool = True
    children: tuple[AgendaItem, ...] = ()

    def walk(self) -> list[AgendaItem]:
        """This item and all its descendants, in agenda order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "public": self.public,
            "children": [c.to_dict() for c in self.children],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AgendaItem:
        return cls(
            number=data["number"],
            title=data["title"],
            public=bool(data.get("public", True)),
            children=tuple(cls.from_dict(c) for c in data.get("children", ())),
        )


@dataclass(frozen=True)
class SessionInfo:
    """A session's fixed facts, with copies of the body and roster as they were that day."""

    id: str
    body: Body
    number: int
    date: date
    planned_start: time | None = None
    location: str = ""
    chair: str | None = None
    secretary: str | None = None
    roster: tuple[Person, ...] = ()
    created: datetime | None = None
    kind: SessionKind | None = None  # ordinary, annual, … where the body's house style names kinds of meeting

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "body": self.body.to_dict(),
            "number": self.number,
            "date": self.date.isoformat(),
            "planned_start": self.planned_start.isoformat("minutes") if self.planned_start else None,
            "location": self.location,
            "chair": self.chair,
            "secretary": self.secretary,
            "roster": [p.to_dict() for p in self.roster],
            "created": self.created.isoformat() if self.created else None,
            **({"kind": self.kind.value} if self.kind else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionInfo:
        start = data.get("planned_start")
        created = data.get("created")
        return cls(
            id=data["id"],
            body=Body.from_dict(data["body"]),
            number=int(data["number"]),
            date=date.fromisoformat(data["date"]),
            planned_start=time.fromisoformat(start) if start else None,
            location=data.get("location", ""),
            chair=data.get("chair"),
            secretary=data.get("secretary"),
            roster=tuple(Person.from_dict(p) for p in data.get("roster", ())),
            created=datetime.fromisoformat(created) if created else None,
            kind=SessionKind(data["kind"]) if data.get("kind") else None,
        )


class SessionSummary(NamedTuple):
    """A line of the session index: enough to list and find sessions without opening them."""

    id: str
    body: str
    number: int
    date: date


@dataclass(frozen=True)
class Event:
    """One thing the clerk recorded.

    `at` is the moment it refers to (an arrival at 18:32, possibly corrected
    afterwards); `recorded` is when it was entered. Times are the meeting's
    local wall-clock time, without a zone, as minutes are written.
    `seq` numbers events in the order they were recorded, from 1.
    """

    seq: int
    kind: EventKind
    at: datetime
    recorded: datetime
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.kind, EventKind):  # parsed once, where the event is made or read
            object.__setattr__(self, "kind", EventKind(self.kind))

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "kind": self.kind.value,
            "at": self.at.isoformat(),
            "recorded": self.recorded.isoformat(),
            "data": self.data,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            seq=int(data["seq"]),
            kind=data["kind"],
            at=datetime.fromisoformat(data["at"]),
            recorded=datetime.fromisoformat(data["recorded"]),
            data=dict(data.get("data", {})),
        )
