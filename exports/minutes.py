"""The minutes (Niederschrift) as Markdown: a context built from the session, rendered by a template.

`build_context` turns a `SessionState` into plain data for the template. Every
string in it is already escaped Markdown (see `exports.markdown_text`), so a
template — ours or an administration's own — cannot forget to escape a name,
and every sentence whose grammar depends on the data (vote results, arrivals,
recusals, the chair's determinations) is built here from the catalogs. The
public version is filtered here too (`exports.public`), before a template
sees anything.

`render_minutes` finds the template `minutes.<lang>.md.j2` in the user's folder
(`--template DIR`) or among ours, renders it in the sandbox (`exports.sandbox`)
and tidies blank lines. The context is plain data only — dicts, lists, strings,
numbers, booleans, None — so a template has no object whose methods could reach
the session, the storage or the filesystem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exports.decisions import item_decisions
from exports.decisions import join as _join
from exports.decisions import ordinal as _ordinal
from exports.house import House, minutes_style
from exports.markdown_text import block, inline, note
from sitzung.body_toml import WORDS
from sitzung.errors import SitzungError, Where
from sitzung.genitive import genitive, in_place, nominative
from sitzung.house_style import MinutesStyle
from sitzung.i18n import t
from sitzung.model import AgendaItem, Person
from sitzung.numbering import Session
from sitzung.outcomes import Numbered, numbered
from sitzung.state import ItemState, SessionState
from sitzung.timefmt import duration
from sitzung.timeline import Visibility, exclusions, item_duration, visibility
from sitzung.vocabulary import Attendance, ItemStatus

if TYPE_CHECKING:
    from sitzung.decisions import Declaration, MinutesApproval

TEMPLATE = "minutes.{lang}.md.j2"
STYLED_TEMPLATE = "minutes.{style}.{lang}.md.j2"  # a house style's own, where it has one


@dataclass(frozen=True)
class MinutesOptions:
    """What the clerk asked for: language, public version, timings appendix, own templates.

    `approved` is the date of the later meeting that approved these minutes (found by
    `sitzung.approvals`); until then a parish's minutes carry the DRAFT mark.
    """

    lang: str = "de"
    public: bool = False
    timings: bool = False
    template_dir: Path | None = None
    approved: date | None = None


# -- words -------------------------------------------------------------------------------------




def _words(body: Any, lang: str) -> dict[str, str]:
    """The words of the minutes' parts: the body's own ([words]) when it speaks `lang`, else the catalog's."""
    own = dict(body.words) if body.lang == lang else {}
    return {key: inline(own.get(key) or t(f"minutes.word.{key}", lang)) for key in WORDS}


def _label(own: str, body_lang: str, lang: str, fallback_key: str) -> str:
    """The body's own label for chair or secretary when it speaks the minutes' language."""
    return own if own and body_lang == lang else t(fallback_key, lang)


# -- attendance -------------------------------------------------------------------------------


class _Moments:
    """Which item an arrival or a departure belongs to, for "ab TOP 4", "nach TOP 2.3".

    It looks at the items' runs: a moment belongs to the run that contains it. In
    the public version a moment in the closed part is said to be in the closed part,
    without its time or item.
    """

    def __init__(self, state: SessionState, view: Visibility, house: House) -> None:
        self.runs = state.runs()
        self.ended = state.ended
        self.view = view
        self.house = house

    def _shown(self, item: ItemState | None) -> ItemState | None:
        return item if self.view.item(item) else None

    def running(self, when: datetime) -> ItemState | None:
        """The item whose run contains `when`, strictly after the run's start."""
        for item, run in self.runs:
            if run.start < when and run.contains(when, self.ended):
                return item
        return None

    def next_after(self, when: datetime) -> ItemState | None:
        return next((item for item, run in self.runs if run.start >= when), None)

    def last_before(self, when: datetime) -> ItemState | None:
        done = [(run.end, item) for item, run in self.runs if run.end is not None and run.end <= when]
        return max(done, key=lambda pair: pair[0])[1] if done else None

    def arrival(self, when: datetime, again: bool) -> str:
        kind = "returned" if again else "arrived"
        say = self.house.t
        if not self.view.moment(when):
            return say(f"minutes.{kind}.closed")
        time = self.house.time(when)
        if (item := self.running(when)) is not None:
            if (shown := self._shown(item)) is not None:
                return say(f"minutes.{kind}.during", time=time, number=inline(shown.number))
            return say(f"minutes.{kind}.plain", time=time)
        if (shown := self._shown(self.next_after(when))) is not None:
            return say(f"minutes.{kind}.item", time=time, number=inline(shown.number))
        return say(f"minutes.{kind}.plain", time=time)

    def departure(self, when: datetime) -> str:
        say = self.house.t
        if not self.view.moment(when):
            return say("minutes.left.closed")
        time = self.house.time(when)
        if (item := self.running(when)) is not None:
            if (shown := self._shown(item)) is not None:
                return say("minutes.left.during", time=time, number=inline(shown.number))
            return say("minutes.left.plain", time=time)
        if (shown := self._shown(self.last_before(when))) is not None:
            return say("minutes.left.after", time=time, number=inline(shown.number))
        return say("minutes.left.plain", time=time)


def _attendance_note(state: SessionState, key: str, moments: _Moments) -> str:
    """Whom a deputy stands in for, then late arrivals, early departures and returns, in the order they happened."""
    house = moments.house
    notes: list[str] = []
    person = state.people.get(key)
    if person is not None and person.deputy_for and (member := state.people.get(person.deputy_for)) is not None:
        notes.append(house.t("minutes.deputy_for", member=inline(house.names.prose(member))))
    start, end = state.started, state.ended
    for index, (arrived, left) in enumerate(state.presence(key).spans):
        if arrived is not None and (start is None or arrived > start) and (end is None or arrived < end):
            notes.append(moments.arrival(arrived, index > 0))
        if left is not None and (end is None or left < end):
            notes.append(moments.departure(left))
    return "; ".join(notes)


def _groups(state: SessionState, people: Iterable[Person], make: Any) -> list[dict[str, Any]]:
    """People grouped under their role's heading, in the body's order of roles, roster order within."""
    by_role: dict[str, list[Person]] = {}
    for person in people:
        by_role.setdefault(person.role, []).append(person)
    groups = []
    body = state.info.body
    known = [r.key for r in body.ordered_roles()]
    for role_key in [*known, *(k for k in by_role if k not in known)]:
        members = by_role.get(role_key)
        if not members:
            continue
        role = body.role(role_key)
        groups.append(
            {
                "key": role_key,
                "heading": inline(role.heading if role else role_key),
                "votes": bool(role and role.votes),
                "staff": bool(role and not role.listed_when_absent),
                "count_only": bool(role and role.count_only),
                "count": len(members),
                "people": [make(p) for p in members],
            }
        )
    return groups


def _attendance(state: SessionState, view: Visibility, house: House) -> dict[str, Any]:
    moments = _Moments(state, view, house)
    names = house.names
    shown = [p for p in state.people.values() if view.person(state, p.key)]
    present = [p for p in shown if state.presence(p.key).spans]
    body = state.info.body

    def listed_when_absent(person: Person) -> bool:
        role = body.role(person.role)
        return role is None or role.listed_when_absent

    absent = [p for p in shown if state.presence(p.key).absent and listed_when_absent(p)]

    def present_entry(person: Person) -> dict[str, Any]:
        return {
            "name": inline(names.listed(person)),
            "prose": inline(names.prose(person)),
            "note": _attendance_note(state, person.key, moments),
        }

    def absent_entry(person: Person) -> dict[str, Any]:
        excused = state.presence(person.key).status is Attendance.EXCUSED
        return {
            "name": inline(names.listed(person)),
            "prose": inline(names.prose(person)),
            "excused": excused,
            "mark": "\\*" if excused else "+",
        }

    absent_groups = _groups(state, absent, absent_entry)
    excused = [p for p in absent if state.presence(p.key).status is Attendance.EXCUSED]
    unexcused = [p for p in absent if state.presence(p.key).status is Attendance.UNEXCUSED]
    return {
        "present": _groups(state, present, present_entry),
        "absent": absent_groups,
        "apologies": _groups(state, excused, absent_entry),
        "unexcused": _groups(state, unexcused, absent_entry),
        "has_excused": bool(excused),
        "has_unexcused": bool(unexcused),
        **_sentences(state, present, excused, unexcused, moments),
    }


# -- a house style's sentences about who was there ------------------------------------------------------

NUMBER_WORDS = 20  # a count of people is written in words up to twenty ("Two members of the public")


def _count_words(count: int, house: House) -> str:
    return house.t(f"minutes.number.{count}") if 0 < count <= NUMBER_WORDS else str(count)


def _named(people: list[Person], house: House, reasons: dict[str, str] | None = None) -> str:
    """ "Cllrs T Fairweather (work commitments) and H Kaur", "Alice Adams and Brian Baker"."""
    reasons = reasons or {}
    names = [
        inline(name) + (f" ({inline(reasons[p.key])})" if reasons.get(p.key) else "")
        for name, p in zip(house.names.many(people), people, strict=True)
    ]
    return _join(names, house.lang)


def _sentences(
    state: SessionState, present: list[Person], excused: list[Person], unexcused: list[Person], moments: _Moments
) -> dict[str, str]:
    """The lines of a house style's attendance: who was present (the chair marked, arrivals in brackets, as the
    version's `moments` may tell them), who was in attendance (the clerk marked), the public as a count in words,
    apologies and absences."""
    house = moments.house
    body, info, names = state.info.body, state.info, house.names

    def role(person: Person) -> Any:
        return body.role(person.role)

    members = [p for p in present if (r := role(p)) is None or (r.listed_when_absent and not r.count_only)]
    staff = [p for p in present if (r := role(p)) is not None and not r.listed_when_absent and not r.count_only]
    public = sum(1 for p in present if (r := role(p)) is not None and r.count_only)
    chair = _label(body.chair_label, body.lang, house.lang, "minutes.chair_label")
    clerk = _label(body.secretary_label, body.lang, house.lang, "minutes.secretary_label")

    def entry(person: Person, mark: str) -> str:
        notes = [n for n in (mark, _attendance_note(state, person.key, moments)) if n]
        return inline(names.listed(person)) + (f" ({inline('; '.join(notes))})" if notes else "")

    return {
        "present_line": ", ".join(
            entry(p, chair if p.key == info.chair else clerk if p.key == info.secretary else "") for p in members
        ),
        "attendance_line": ", ".join(
            entry(p, clerk if p.key == info.secretary else (role(p).label if role(p) else "")) for p in staff
        ),
        "public_sentence": house.t("minutes.public." + ("one" if public == 1 else "many"),
                                   count=_count_words(public, house)) if public else "",
        "apologies_sentence": house.t(
            "minutes.apologies_from",
            names=_named(excused, house, {p.key: state.presence(p.key).reason for p in excused}),
        ) if excused else "",
        "absent_sentence": house.t("minutes.absent_without." + ("one" if len(unexcused) == 1 else "many"),
                                   names=_named(unexcused, house)) if unexcused else "",
    }


def _declaration(state: SessionState, declaration: Declaration, house: House, *, minute: str = "",
                 here: bool = False) -> str:
    """A declaration of interest in the house's words: at the top of the minutes (naming the minute) or at
    its item, with its kind and whether the member left the meeting or stayed."""
    person = state.people[declaration.person]
    interest = declaration.interest.value if declaration.interest else "none"
    nature = house.t("minutes.interest.nature", nature=inline(declaration.nature)) if declaration.nature else ""
    where = "here" if here else "declared"
    return house.t(
        f"minutes.interest.{where}.{'left' if declaration.left else 'stayed'}",
        name=inline(house.names.prose(person)), interest=house.t(f"declaration.an_interest.{interest}"),
        nature=nature, minute=minute,
    )


def _business(title: str, house: House) -> str:
    """ "apologies" or "declarations" for the standing items under which a parish minutes who sent apologies and
    who declared an interest ("Apologies for absence", "Declarations of interest"); "" for any other."""
    folded = title.casefold().lstrip()
    for business in ("apologies", "declarations"):
        if folded.startswith(house.t(f"minutes.business.{business}")):
            return business
    return ""


def _minute_phrase(numbers: Numbered, item: ItemState, house: House) -> str:
    """ "minute 24/041" where the body numbers its minutes, else "item 4"."""
    if minute := numbers.minute(item.number):
        return house.t("minutes.interest.minute", ref=inline(minute))
    return house.t("minutes.interest.item", ref=inline(item.number))


def _approval(approval: MinutesApproval, house: House) -> str:
    """ "The minutes of the meeting of February 13, 2024, were approved as read." """
    return house.t(f"minutes.approval.{'corrected' if approval.corrected else 'read'}", date=house.date(approval.date))


def _item_then(state: SessionState, when: datetime) -> ItemState | None:
    """The item running at `when`, or between items the item last taken up: where a determination or a recess
    stands in the minutes."""
    running = state.item_at(when)
    if running is None:
        earlier = [item for item, run in state.runs() if run.start <= when]
        running = earlier[-1] if earlier else None
    return running


def _recesses_by_item(state: SessionState, view: Visibility, house: House) -> dict[str, list[str]]:
    """Each recess as a sentence, with the item it interrupted or followed ("" before the first item), so that
    the minutes tell it where it happened. A recess during the closed part is the closed part's."""
    out: dict[str, list[str]] = {}
    for recess in state.recesses:
        if not view.moment(recess.start):
            continue
        running = _item_then(state, recess.start)
        reason = house.t("minutes.recess.reason", reason=inline(recess.reason)) if recess.reason else ""
        key = "minutes.recess.resumed" if recess.end is not None else "minutes.recess.open"
        sentence = house.t(key, start=house.time(recess.start), end=house.time(recess.end), reason=reason)
        number = running.number if running is not None and view.item(running) else ""
        out.setdefault(number, []).append(sentence)
    return out


def _call_to_order(
    state: SessionState, chair: dict[str, Any] | None, secretary: dict[str, Any] | None, house: House
) -> str:
    """Robert's Rules' first paragraph: the kind of meeting, body, time, date and place; who was in the chair,
    whether the secretary was present; whether a quorum was (the chair's first determination)."""
    info = state.info
    if state.started is None:
        return ""
    at_start = state.started
    secretary_there = info.secretary is not None and state.presence(info.secretary).present_at(at_start)
    parts = {
        "kind": house.t(f"minutes.kind.{info.kind.value}").lower() + " " if info.kind else "",
        "body": inline(info.body.name),
        "time": house.time(at_start),
        "date": house.date(info.date),
        "place": house.t("minutes.call.place", place=inline(info.location)) if info.location else "",
        "chair": house.t("minutes.call.chair", label=chair["label"], name=chair["prose"]) if chair else "",
        "secretary": house.t("minutes.call.secretary", label=secretary["label"], name=secretary["prose"])
        if secretary and secretary_there else "",
    }
    sentence = house.t("minutes.call.to_order", **parts)
    if state.determinations:
        sentence += " " + house.t("minutes.call.quorum" if state.determinations[0][1] else "minutes.call.no_quorum")
    return sentence


# -- the chair, determinations, items ----------------------------------------------------------------


def _person(state: SessionState, key: str | None, own_label: str, fallback: str, house: House) -> dict[str, Any] | None:
    person = state.people.get(key) if key else None
    if person is None:
        return None
    return {
        "name": inline(house.names.signed(person)),
        "display": inline(house.names.listed(person)),
        "prose": inline(house.names.prose(person)),
        "label": inline(_label(own_label, state.info.body.lang, house.lang, fallback)),
    }


def _chair_phrase(state: SessionState, chair: dict[str, Any] | None, lang: str) -> str:
    """The chair as the subject of a sentence: "Ausschussvorsitzender Dr. Kehren", "the Chair, Dr. Kehren,"."""
    if chair is None:
        return t("minutes.chair_unknown", lang)
    body = state.info.body
    key = "minutes.chair_phrase" if body.chair_label and body.lang == lang else "minutes.chair_phrase_generic"
    return t(key, lang, label=chair["label"], name=chair["name"])


def _determinations(
    state: SessionState, view: Visibility, chair: str, house: House
) -> tuple[str, dict[str, list[str]], list[str]]:
    """The opening sentence, later determinations by item, and those between items."""
    opening = ""
    by_item: dict[str, list[str]] = {}
    loose: list[str] = []
    runs = state.runs()
    first_item = runs[0][1].start if runs else None
    for index, (when, quorate) in enumerate(state.determinations):
        if not view.moment(when):
            continue  # found while a closed item ran: part of the closed part
        if index == 0 and (first_item is None or when <= first_item):
            key = "minutes.opening.quorate" if quorate else "minutes.opening.not_quorate"
            opening = house.t(key, chair=chair)
            continue
        key = "minutes.determined.quorate" if quorate else "minutes.determined.not_quorate"
        sentence = house.t(key, chair=chair, time=house.time(when))
        running = _item_then(state, when)
        if running is None:
            loose.append(sentence)
        elif view.item(running):
            by_item.setdefault(running.number, []).append(sentence)
        else:
            loose.append(sentence)
    return opening, by_item, loose


def _items(
    state: SessionState, view: Visibility, later: dict[str, list[str]], numbers: Numbered, house: House,
    recesses: dict[str, list[str]],
) -> list[dict[str, Any]]:
    """Every item the minutes report on: with notes, decisions, recusals, a determination, or deferred/withdrawn.

    A closed item is left out of the public version here, with its motions, votes, resolutions and
    elections: a template never sees them.
    """
    lang = house.lang
    out = []
    for item in state.items.values():
        if not view.item(item):
            continue
        recused = [state.people[k] for k in item.recused if k in state.people]
        names = [inline(house.names.prose(p)) for p in recused]
        recusal = ""
        if names:
            key = "minutes.recused.one" if len(names) == 1 else "minutes.recused.many"
            recusal = house.t(key, names=_join(names, lang))
        closed = (ItemStatus.DEFERRED, ItemStatus.WITHDRAWN)
        status_text = house.t(f"minutes.status.{item.status}") if item.status in closed else ""
        determinations = later.get(item.number, [])
        decided = item_decisions(state, item, numbers, house)
        approvals = [_approval(approval, house) for approval in item.approvals]
        reported = bool(item.notes.strip() or item.decisions or names or status_text or determinations or approvals)
        out.append(
            {
                "number": inline(item.number),
                "minute_number": inline(numbers.minute(item.number)),
                "title": inline(item.title),
                "public": item.public,
                "depth": item.depth,
                "parent": inline(item.parent) if item.parent else "",
                "status": item.status.value,
                "status_text": status_text,
                "notes": note(item.notes),
                "vote": decided["vote"],
                "subjects": decided["subjects"],
                "elections": decided["elections"],
                "recused": [{"name": inline(p.display), "prose": n} for p, n in zip(recused, names, strict=True)],
                "recusal": recusal,
                "determinations": determinations,
                # an item taken up more than once lists each run's start and end ("18:02, 18:45")
                "started": ", ".join(house.time(run.start) for run in item.runs),
                "ended": ", ".join(house.time(run.end) or "–" for run in item.runs) if item.ended else "",
                "runs": [{"start": house.time(run.start), "end": house.time(run.end)} for run in item.runs],
                "duration": duration(item_duration(state, item)),
                "reported": reported,
                "declarations": [
                    _declaration(state, d, house, here=True) for d in item.declarations if d.person in state.people
                ],
                "approvals": approvals,
                "recesses": recesses.get(item.number, []),
                "business": _business(item.title, house),
            }
        )
    return out


def _agenda_line(item: AgendaItem, depth: int, marker: str, indent: str, numbered: bool) -> dict[str, Any]:
    return {
        "number": inline(item.number),
        "title": inline(item.title),
        "depth": depth,
        "marker": marker,
        "indent": indent,
        "label": "" if numbered else inline(item.number) + ". ",
    }


def _sub_items(item: AgendaItem, depth: int, indent: str, lines: list[dict[str, Any]]) -> None:
    for child in item.children:
        lines.append(_agenda_line(child, depth, "-", indent, numbered=False))
        _sub_items(child, depth + 1, indent + "  ", lines)


def _agenda(state: SessionState) -> list[dict[str, Any]]:
    """The agenda as lines of Markdown lists, in parts (public, non-public) as the agenda has them.

    Each line is `{indent}{marker} {label}{title}`. Top-level items are an ordered list whose
    numbers are the items' own; a gap in the numbering starts a new list (by switching "." and
    ")"), so every viewer shows the right numbers. Sub-items are a bullet list under their
    parent, labelled "2.1. ". A top-level item without a plain number is a bullet too.
    """
    parts: list[dict[str, Any]] = []
    delimiter, expected = ".", None
    for item in state.agenda:
        if not parts or parts[-1]["public"] != item.public:
            parts.append({"public": bool(item.public), "lines": []})
            expected = None
        number = int(item.number) if item.number.isdigit() else None
        if number is not None and expected is not None and number != expected:
            delimiter = ")" if delimiter == "." else "."
        expected = number + 1 if number is not None else None
        marker = f"{number}{delimiter}" if number is not None else "-"
        lines = parts[-1]["lines"]
        lines.append(_agenda_line(item, 0, marker, "", numbered=number is not None))
        _sub_items(item, 1, " " * (len(marker) + 1), lines)
    return parts


# -- the whole context -------------------------------------------------------------------------------


def build_context(state: SessionState, options: MinutesOptions, earlier: Iterable[Session] = ()) -> dict[str, Any]:
    """Everything a minutes template receives; every string is escaped Markdown. See the README.

    `earlier` are the body's earlier sessions (`sitzung.outcomes.earlier_sessions`), after whose
    minutes and resolutions this session's numbers continue.
    """
    lang = options.lang
    house = House(state, lang)
    view = visibility(state, options.public)
    info = state.info
    body = info.body
    chair = _person(state, info.chair, body.chair_label, "minutes.chair_label", house)
    secretary = _person(state, info.secretary, body.secretary_label, "minutes.secretary_label", house)
    chair_phrase = _chair_phrase(state, chair, lang)
    opening, later, loose = _determinations(state, view, chair_phrase, house)
    numbers = numbered(state, earlier)
    recesses = _recesses_by_item(state, view, house)
    items = _items(state, view, later, numbers, house, recesses)
    declarations = [
        {"number": i["number"], "title": i["title"], "names": [r["prose"] for r in i["recused"]]}
        for i in items
        if i["recused"]
    ]
    return {
        "lang": lang,
        "style": house.kind.value,
        "public": options.public,
        "timings": options.timings,
        # a house style's minutes are a draft until a later meeting approved them
        "draft": house.kind is not MinutesStyle.NIEDERSCHRIFT and options.approved is None,
        "approved": house.date(options.approved) if options.approved else "",
        "session": {
            "number": info.number,
            "ordinal": _ordinal(info.number, lang),
            "date": house.date(info.date),
            "kind": house.t(f"minutes.kind.{info.kind.value}") if info.kind else "",
            "planned": house.time(datetime.combine(info.date, info.planned_start)) if info.planned_start else "",
            "iso_date": info.date.isoformat(),
            "place": inline(info.location),
            "in_place": inline(in_place(info.location)) if lang == "de" else inline(info.location),
            "started": house.time(state.started),
            "ended": house.time(state.ended),
            # the public excluded and readmitted (the full version only: the times belong to the closed part)
            "exclusions": [] if options.public else [
                {"start": house.time(x.start), "end": house.time(x.end)} for x in exclusions(state)
            ],
            "recesses": [
                {"start": house.time(r.start), "end": house.time(r.end), "reason": inline(r.reason)}
                for r in state.recesses
            ],
        },
        "body": {
            "name": inline(body.name),
            "genitive": inline(genitive(body.name, body.genitive)),
            "nominative": inline(nominative(body.name)),
        },
        "words": _words(body, lang),
        "chair": chair,
        "secretary": secretary,
        **_attendance(state, view, house),
        "agenda": _agenda(state),
        "remarks": block(state.remarks),
        "opening": opening,
        "determinations": loose,
        "items": items,
        "reported": [i for i in items if i["reported"]],
        "declarations": declarations,
        "interests": [
            _declaration(state, d, house, minute=_minute_phrase(numbers, item, house))
            for item in state.items.values() if view.item(item)
            for d in item.declarations if d.person in state.people
        ],
        "timed": [i for i in items if i["started"]],
        "call_to_order": _call_to_order(state, chair, secretary, house),
        "apologies_item": any(i["business"] == "apologies" for i in items),
        "no_apologies": house.t("minutes.no_apologies"),
        "no_interests": house.t("minutes.no_interests"),
        "declarations_item": any(i["business"] == "declarations" for i in items),
        "closing": house.t("minutes.closing", time=house.time(state.ended)) if state.ended else "",
        "before_items": recesses.get("", []),
    }


# -- rendering ---------------------------------------------------------------------------------------


def _check_template_dir(template_dir: Path, names: list[str]) -> str:
    """The name of the user's template to render: the house style's own if the folder has it, else the language's."""
    if not template_dir.exists():
        raise SitzungError("export.template_dir_missing", where=Where(str(template_dir)))
    if not template_dir.is_dir():
        raise SitzungError("export.template_dir_not_folder", where=Where(str(template_dir)))
    for name in names:
        if (template_dir / name).is_file():
            return name
    raise SitzungError("export.template_missing", where=Where(str(template_dir)), name=names[-1])


def template_names(state: SessionState, lang: str) -> list[str]:
    """The templates that may write these minutes, the house style's own first: `minutes.parish.en.md.j2`, then
    `minutes.en.md.j2`. A German Niederschrift (and a body's minutes in another language) has the second only."""
    kind = minutes_style(state.info.body, lang)
    plain = TEMPLATE.format(lang=lang)
    if kind is MinutesStyle.NIEDERSCHRIFT:
        return [plain]
    return [STYLED_TEMPLATE.format(style=kind.value, lang=lang), plain]


def tidy(markdown: str) -> str:
    """No leading blank lines, no runs of blank lines, one newline at the end."""
    lines = [line if line.strip() else "" for line in markdown.splitlines()]
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def render_minutes(state: SessionState, options: MinutesOptions, earlier: Iterable[Session] = ()) -> str:
    """The minutes as CommonMark, from our template or the user's, rendered in the sandbox.

    `earlier`: the body's earlier sessions, for numbers that continue across sessions.
    """
    from exports.sandbox import OURS, render

    names = template_names(state, options.lang)
    if options.template_dir is not None:
        name = _check_template_dir(options.template_dir, names)
    else:
        name = next(n for n in names if (OURS / n).is_file())
    return tidy(render(options.template_dir, name, build_context(state, options, earlier)))
