"""The session as OParl 1.1 objects in one JSON document, for a council information system.

OParl (https://oparl.org) is the German standard interface of council information
systems. A server publishes each object under its own URL; this export is a
snapshot of one session in those objects, with every id an URL under `base_url`
(default `DEFAULT_BASE_URL`, a placeholder under the reserved `.invalid` domain:
give the URL where the objects will be published). The document:

    {
      "oparlVersion": "https://schema.oparl.org/1.1/",
      "meeting": Meeting,            # with its Location and its AgendaItems embedded
      "organization": Organization,  # the body (council or committee); `membership` lists Membership URLs
      "persons": [Person, ...]       # each with its Membership in the body embedded
    }

The embedding is OParl's own (`Meeting.location`, `Meeting.agendaItem` and
`Person.membership` are embedded objects in the schema); everything else is linked
by URL, and every URL linked to is an object in the document.

Ids (`base` ends with "/"; every part is percent-encoded):
`meeting/{session}`, `meeting/{session}/location`, `meeting/{session}/agendaitem/{number}`,
`organization/{body}` (the body's name, folded to a slug), `person/{person key}` and
`membership/{body}/{person key}`: the same session, item and person give the same URL in
every export, and a person has one URL across the bodies they sit in.

Times: sitzung records wall-clock times without a zone; OParl wants a date-time with
one. Each moment gets the offset of `zone` on its own date (the machine's local zone
when None, which is what the command line passes: set TZ to export for another zone).
`created` on every object is the session's creation time (its date at 0:00 for
sessions created before that was kept); `modified` the latest time an event of the
log was recorded (an undo included), never before `created`.

What the objects hold:
- Meeting: name ("6. Sitzung des Ausschusses für …"), start and end (as the clock ran;
  the planned start before it ran), location, organization, participant (everyone in the
  room at some moment) and agendaItem (every item, sub-items included, in agenda order).
- AgendaItem: number, order (its place in the whole agenda, so the same in both
  versions), name, public, start and end, result (the outcome words of its resolutions
  in `lang`, or "vertagt"/"zurückgezogen" for an item deferred or withdrawn without
  one) and resolutionText (the resolutions' wording). Vendor extensions:
  `sitzung:votes` [{"motion", "at", "yes", "no", "abstain", "unanimous", "secret",
  "result"}], the counts and outcome of each vote as `sitzung.outcomes` derives them
  (never a name: not of a secret ballot, nor of a named vote), and `sitzung:elections`
  [{"seats", "candidates", "rounds", "elected"}].
- Person: name (title, given and family name), familyName, givenName, title, membership.
- Membership: person, organization, role (the role's label), votingRight (the person's
  own flag, else the role's); `sitzung:deputyFor` the member a deputy stands in for and
  `sitzung:group` the group (Fraktion) by name. A guest has no membership.
- Organization: name, organizationType "Gremium", membership.

`public=True`: the closed items are left out entirely, with their decisions, and of
the people only those whom the public minutes may name (`sitzung.timeline.visibility`):
someone who was in the room only during the closed part is neither a participant nor
a person of the document.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime, time, tzinfo
from typing import Any
from urllib.parse import quote

from exports.decisions import ordinal
from sitzung.decisions import Election, Vote
from sitzung.genitive import genitive
from sitzung.i18n import t
from sitzung.model import Event, Person, fold_name
from sitzung.outcomes import election_result, outcome_of_vote, tally
from sitzung.state import ItemState, SessionState
from sitzung.timeline import visibility
from sitzung.vocabulary import ItemStatus, Outcome

DEFAULT_BASE_URL = "https://example.invalid/oparl/"
OPARL_VERSION = "https://schema.oparl.org/1.1/"
TYPE = "https://schema.oparl.org/1.1/{}"
VENDOR = "sitzung:"


def _part(text: str) -> str:
    return quote(text, safe="")


def _slug(name: str) -> str:
    """A body's name as one path segment: folded, runs of other characters as "-"."""
    return re.sub(r"[^a-z0-9]+", "-", fold_name(name)).strip("-") or _part(name)


class _Urls:
    """The URL of each object, under the base URL."""

    def __init__(self, base_url: str, state: SessionState) -> None:
        self.base = base_url if base_url.endswith("/") else base_url + "/"
        self.session = _part(state.info.id)
        self.body = _slug(state.info.body.name)

    def meeting(self) -> str:
        return f"{self.base}meeting/{self.session}"

    def location(self) -> str:
        return f"{self.meeting()}/location"

    def agenda_item(self, number: str) -> str:
        return f"{self.meeting()}/agendaitem/{_part(number)}"

    def organization(self) -> str:
        return f"{self.base}organization/{self.body}"

    def person(self, key: str) -> str:
        return f"{self.base}person/{_part(key)}"

    def membership(self, key: str) -> str:
        return f"{self.base}membership/{self.body}/{_part(key)}"


class _Clock:
    """Wall-clock moments as ISO 8601 with the zone's offset on their date."""

    def __init__(self, zone: tzinfo | None) -> None:
        self.zone = zone

    def aware(self, moment: datetime) -> datetime:
        if moment.tzinfo is not None:
            return moment.astimezone(self.zone) if self.zone else moment
        return moment.replace(tzinfo=self.zone) if self.zone else moment.astimezone()

    def __call__(self, moment: datetime) -> str:
        return self.aware(moment).isoformat(timespec="seconds")


def _stamps(state: SessionState, events: Sequence[Event], clock: _Clock) -> dict[str, str]:
    """`created` and `modified`, the same on every object of the session."""
    info = state.info
    created = clock.aware(info.created or datetime.combine(info.date, time()))
    modified = max((clock.aware(e.recorded) for e in events), default=created)
    return {
        "created": created.isoformat(timespec="seconds"),
        "modified": max(created, modified).isoformat(timespec="seconds"),
    }


def _meeting_name(state: SessionState, lang: str) -> str:
    info = state.info
    body = info.body
    meeting = (body.lang == lang and body.word("meeting")) or t("minutes.word.meeting", lang)
    if lang == "de":
        return f"{info.number}. {meeting} {genitive(body.name, body.genitive)}"
    return f"{ordinal(info.number, lang)} {meeting} of the {body.name}"


def _person_name(person: Person) -> str:
    return " ".join(part for part in (person.title, person.first, person.last) if part)


def _vote(state: SessionState, item: ItemState, vote: Vote, clock: _Clock) -> dict[str, Any]:
    counted = tally(state, item, vote)
    return {  # counts and outcome only: no ballot, no name
        "motion": vote.motion,
        "at": clock(vote.at),
        "yes": counted.yes,
        "no": counted.no,
        "abstain": counted.abstain,
        "unanimous": vote.unanimous,
        "secret": vote.secret,
        "result": outcome_of_vote(state, item, vote).value,
    }


def _election(state: SessionState, election: Election) -> dict[str, Any]:
    return {
        "seats": election.seats,
        "candidates": list(election.candidates),
        "rounds": [{"votes": dict(r.votes), "invalid": r.invalid, "blank": r.blank} for r in election.rounds],
        "elected": list(election_result(state, election).elected),
    }


def _result(item: ItemState, lang: str) -> str:
    words = []
    for resolution in item.decisions.resolutions:
        said = t(f"outcome.{resolution.outcome.value}", lang)
        if resolution.outcome is Outcome.REFERRED and resolution.to.strip():
            said += f" ({' '.join(resolution.to.split())})"
        words.append(said)
    if not words and item.status in (ItemStatus.DEFERRED, ItemStatus.WITHDRAWN):
        words.append(t(f"outcome.{item.status.value}", lang))
    return "; ".join(words)


def _agenda_item(
    state: SessionState, item: ItemState, order: int, urls: _Urls, clock: _Clock, stamps: dict[str, str], lang: str
) -> dict[str, Any]:
    decisions = item.decisions
    data: dict[str, Any] = {
        "id": urls.agenda_item(item.number),
        "type": TYPE.format("AgendaItem"),
        "meeting": urls.meeting(),
        "number": item.number,
        "order": order,
        "name": item.title,
        "public": item.public,
    }
    if item.started:
        data["start"] = clock(item.started)
    if item.ended:
        data["end"] = clock(item.ended)
    if result := _result(item, lang):
        data["result"] = result
    if wording := "\n\n".join(r.text.strip() for r in decisions.resolutions if r.text.strip()):
        data["resolutionText"] = wording
    if decisions.votes:
        data[VENDOR + "votes"] = [_vote(state, item, v, clock) for v in decisions.votes]
    if decisions.elections:
        data[VENDOR + "elections"] = [_election(state, e) for e in decisions.elections]
    return {**data, **stamps}


def _membership(state: SessionState, key: str, person: Person, urls: _Urls, stamps: dict[str, str]) -> dict[str, Any]:
    body = state.info.body
    role = body.role(person.role)
    data: dict[str, Any] = {
        "id": urls.membership(key),
        "type": TYPE.format("Membership"),
        "person": urls.person(key),
        "organization": urls.organization(),
        "role": role.label if role else person.role,
        "votingRight": person.votes_in(body),
    }
    if person.deputy_for:
        data[VENDOR + "deputyFor"] = urls.person(person.deputy_for)
    if person.group:
        data[VENDOR + "group"] = person.group
    return {**data, **stamps}


def _person(state: SessionState, key: str, person: Person, urls: _Urls, stamps: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": urls.person(key),
        "type": TYPE.format("Person"),
        "name": _person_name(person) or key,
        "familyName": person.last,
    }
    if person.first:
        data["givenName"] = person.first
    if person.title:
        data["title"] = [person.title]
    if not person.guest:
        data["membership"] = [_membership(state, key, person, urls, stamps)]
    return {**data, **stamps}


def oparl_document(
    state: SessionState,
    events: Sequence[Event],
    *,
    base_url: str = DEFAULT_BASE_URL,
    public: bool = False,
    lang: str = "de",
    zone: tzinfo | None = None,
) -> dict[str, Any]:
    """The session as OParl 1.1 objects (see the module's doc for the shape)."""
    info = state.info
    urls = _Urls(base_url, state)
    clock = _Clock(zone)
    stamps = _stamps(state, events, clock)
    view = visibility(state, public)
    people = {key: person for key, person in state.people.items() if view.person(state, key)}
    persons = [_person(state, key, person, urls, stamps) for key, person in people.items()]
    members = [key for key, person in people.items() if not person.guest]
    ids = {p["id"] for p in persons}
    for entry in persons:  # a link to the member a deputy stands in for stays inside the document
        for membership in entry.get("membership", ()):
            if membership.get(VENDOR + "deputyFor") not in ids:
                membership.pop(VENDOR + "deputyFor", None)

    meeting: dict[str, Any] = {
        "id": urls.meeting(),
        "type": TYPE.format("Meeting"),
        "name": _meeting_name(state, lang),
    }
    start = state.started or (datetime.combine(info.date, info.planned_start) if info.planned_start else None)
    if start:
        meeting["start"] = clock(start)
    if state.ended:
        meeting["end"] = clock(state.ended)
    if info.location.strip():
        meeting["location"] = {
            "id": urls.location(),
            "type": TYPE.format("Location"),
            "description": info.location.strip(),
            **stamps,
        }
    meeting["organization"] = [urls.organization()]
    meeting["participant"] = [urls.person(key) for key in people if state.presence(key).spans]
    meeting["agendaItem"] = [
        _agenda_item(state, item, order, urls, clock, stamps, lang)
        for order, item in enumerate(state.items.values(), start=1)
        if view.item(item)
    ]
    meeting.update(stamps)

    organization = {
        "id": urls.organization(),
        "type": TYPE.format("Organization"),
        "name": info.body.name,
        "organizationType": "Gremium",
        "membership": [urls.membership(key) for key in members],
        **stamps,
    }
    return {"oparlVersion": OPARL_VERSION, "meeting": meeting, "organization": organization, "persons": persons}


def render_oparl(
    state: SessionState,
    events: Sequence[Event],
    *,
    base_url: str = DEFAULT_BASE_URL,
    public: bool = False,
    lang: str = "de",
    zone: tzinfo | None = None,
) -> str:
    """The OParl document as indented UTF-8 JSON with a final newline."""
    document = oparl_document(state, events, base_url=base_url, public=public, lang=lang, zone=zone)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


__all__ = ["DEFAULT_BASE_URL", "oparl_document", "render_oparl"]
