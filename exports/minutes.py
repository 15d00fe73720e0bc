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
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.decisions import item_decisions
from exports.decisions import join as _join
from exports.decisions import ordinal as _ordinal
from exports.decisions import prose as _prose
from exports.markdown_text import block, inline, note
from exports.printed import long_date
from sitzung.body_toml import WORDS
from sitzung.errors import SitzungError, Where
from sitzung.genitive import genitive, in_place, nominative
from sitzung.i18n import t
from sitzung.model import AgendaItem, Person
from sitzung.numbering import Session
from sitzung.outcomes import Numbered, numbered
from sitzung.state import ItemState, SessionState
from sitzung.timefmt import duration, hhmm
from sitzung.timeline import Visibility, exclusions, item_duration, visibility
from sitzung.vocabulary import Attendance, ItemStatus

TEMPLATE = "minutes.{lang}.md.j2"


@dataclass(frozen=True)
class MinutesOptions:
    """What the clerk asked for: language, public version, timings appendix, own templates."""

    lang: str = "de"
    public: bool = False
    timings: bool = False
    template_dir: Path | None = None


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

    def __init__(self, state: SessionState, view: Visibility) -> None:
        self.runs = state.runs()
        self.ended = state.ended
        self.view = view

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

    def arrival(self, when: datetime, again: bool, lang: str) -> str:
        kind = "returned" if again else "arrived"
        if not self.view.moment(when):
            return t(f"minutes.{kind}.closed", lang)
        time = hhmm(when)
        if (item := self.running(when)) is not None:
            if (shown := self._shown(item)) is not None:
                return t(f"minutes.{kind}.during", lang, time=time, number=inline(shown.number))
            return t(f"minutes.{kind}.plain", lang, time=time)
        if (shown := self._shown(self.next_after(when))) is not None:
            return t(f"minutes.{kind}.item", lang, time=time, number=inline(shown.number))
        return t(f"minutes.{kind}.plain", lang, time=time)

    def departure(self, when: datetime, lang: str) -> str:
        if not self.view.moment(when):
            return t("minutes.left.closed", lang)
        time = hhmm(when)
        if (item := self.running(when)) is not None:
            if (shown := self._shown(item)) is not None:
                return t("minutes.left.during", lang, time=time, number=inline(shown.number))
            return t("minutes.left.plain", lang, time=time)
        if (shown := self._shown(self.last_before(when))) is not None:
            return t("minutes.left.after", lang, time=time, number=inline(shown.number))
        return t("minutes.left.plain", lang, time=time)


def _attendance_note(state: SessionState, key: str, moments: _Moments, lang: str) -> str:
    """Whom a deputy stands in for, then late arrivals, early departures and returns, in the order they happened."""
    notes: list[str] = []
    person = state.people.get(key)
    if person is not None and person.deputy_for and (member := state.people.get(person.deputy_for)) is not None:
        notes.append(t("minutes.deputy_for", lang, member=inline(_prose(member))))
    start, end = state.started, state.ended
    for index, (arrived, left) in enumerate(state.presence(key).spans):
        if arrived is not None and (start is None or arrived > start) and (end is None or arrived < end):
            notes.append(moments.arrival(arrived, index > 0, lang))
        if left is not None and (end is None or left < end):
            notes.append(moments.departure(left, lang))
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


def _attendance(state: SessionState, view: Visibility, lang: str) -> dict[str, Any]:
    moments = _Moments(state, view)
    shown = [p for p in state.people.values() if view.person(state, p.key)]
    present = [p for p in shown if state.presence(p.key).spans]
    body = state.info.body

    def listed_when_absent(person: Person) -> bool:
        role = body.role(person.role)
        return role is None or role.listed_when_absent

    absent = [p for p in shown if state.presence(p.key).absent and listed_when_absent(p)]

    def present_entry(person: Person) -> dict[str, Any]:
        return {
            "name": inline(person.display),
            "prose": inline(_prose(person)),
            "note": _attendance_note(state, person.key, moments, lang),
        }

    def absent_entry(person: Person) -> dict[str, Any]:
        excused = state.presence(person.key).status is Attendance.EXCUSED
        return {
            "name": inline(person.display),
            "prose": inline(_prose(person)),
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
    }


# -- the chair, determinations, items ----------------------------------------------------------------


def _person(state: SessionState, key: str | None, own_label: str, fallback: str, lang: str) -> dict[str, Any] | None:
    person = state.people.get(key) if key else None
    if person is None:
        return None
    return {
        "name": inline(person.short),
        "display": inline(person.display),
        "prose": inline(_prose(person)),
        "label": inline(_label(own_label, state.info.body.lang, lang, fallback)),
    }


def _chair_phrase(state: SessionState, chair: dict[str, Any] | None, lang: str) -> str:
    """The chair as the subject of a sentence: "Ausschussvorsitzender Dr. Kehren", "the Chair, Dr. Kehren,"."""
    if chair is None:
        return t("minutes.chair_unknown", lang)
    body = state.info.body
    key = "minutes.chair_phrase" if body.chair_label and body.lang == lang else "minutes.chair_phrase_generic"
    return t(key, lang, label=chair["label"], name=chair["name"])


def _determinations(
    state: SessionState, view: Visibility, chair: str, lang: str
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
            opening = t(key, lang, chair=chair)
            continue
        key = "minutes.determined.quorate" if quorate else "minutes.determined.not_quorate"
        sentence = t(key, lang, chair=chair, time=hhmm(when))
        running = state.item_at(when)
        if running is None:  # between items: with the item last taken up
            earlier = [item for item, run in runs if run.start <= when]
            running = earlier[-1] if earlier else None
        if running is None:
            loose.append(sentence)
        elif view.item(running):
            by_item.setdefault(running.number, []).append(sentence)
        else:
            loose.append(sentence)
    return opening, by_item, loose


def _items(
    state: SessionState, view: Visibility, later: dict[str, list[str]], numbers: Numbered, lang: str
) -> list[dict[str, Any]]:
    """Every item the minutes report on: with notes, decisions, recusals, a determination, or deferred/withdrawn.

    A closed item is left out of the public version here, with its motions, votes, resolutions and
    elections: a template never sees them.
    """
    out = []
    for item in state.items.values():
        if not view.item(item):
            continue
        recused = [state.people[k] for k in item.recused if k in state.people]
        names = [inline(_prose(p)) for p in recused]
        recusal = ""
        if names:
            key = "minutes.recused.one" if len(names) == 1 else "minutes.recused.many"
            recusal = t(key, lang, names=_join(names, lang))
        closed = (ItemStatus.DEFERRED, ItemStatus.WITHDRAWN)
        status_text = t(f"minutes.status.{item.status}", lang) if item.status in closed else ""
        determinations = later.get(item.number, [])
        decided = item_decisions(state, item, numbers, lang)
        reported = bool(item.notes.strip() or item.decisions or names or status_text or determinations)
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
                "started": ", ".join(hhmm(run.start) for run in item.runs),
                "ended": ", ".join(hhmm(run.end) or "–" for run in item.runs) if item.ended else "",
                "runs": [{"start": hhmm(run.start), "end": hhmm(run.end)} for run in item.runs],
                "duration": duration(item_duration(state, item)),
                "reported": reported,
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
    view = visibility(state, options.public)
    info = state.info
    body = info.body
    chair = _person(state, info.chair, body.chair_label, "minutes.chair_label", lang)
    secretary = _person(state, info.secretary, body.secretary_label, "minutes.secretary_label", lang)
    chair_phrase = _chair_phrase(state, chair, lang)
    opening, later, loose = _determinations(state, view, chair_phrase, lang)
    items = _items(state, view, later, numbered(state, earlier), lang)
    declarations = [
        {"number": i["number"], "title": i["title"], "names": [r["prose"] for r in i["recused"]]}
        for i in items
        if i["recused"]
    ]
    return {
        "lang": lang,
        "public": options.public,
        "timings": options.timings,
        "session": {
            "number": info.number,
            "ordinal": _ordinal(info.number, lang),
            "date": long_date(info.date, lang),
            "iso_date": info.date.isoformat(),
            "place": inline(info.location),
            "in_place": inline(in_place(info.location)) if lang == "de" else inline(info.location),
            "started": hhmm(state.started),
            "ended": hhmm(state.ended),
            # the public excluded and readmitted (the full version only: the times belong to the closed part)
            "exclusions": [] if options.public else [
                {"start": hhmm(x.start), "end": hhmm(x.end)} for x in exclusions(state)
            ],
            "recesses": [
                {"start": hhmm(r.start), "end": hhmm(r.end), "reason": inline(r.reason)} for r in state.recesses
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
        **_attendance(state, view, lang),
        "agenda": _agenda(state),
        "remarks": block(state.remarks),
        "opening": opening,
        "determinations": loose,
        "items": items,
        "reported": [i for i in items if i["reported"]],
        "declarations": declarations,
        "timed": [i for i in items if i["started"]],
    }


# -- rendering ---------------------------------------------------------------------------------------


def _check_template_dir(template_dir: Path, name: str) -> None:
    if not template_dir.exists():
        raise SitzungError("export.template_dir_missing", where=Where(str(template_dir)))
    if not template_dir.is_dir():
        raise SitzungError("export.template_dir_not_folder", where=Where(str(template_dir)))
    if not (template_dir / name).is_file():
        raise SitzungError("export.template_missing", where=Where(str(template_dir)), name=name)


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
    from exports.sandbox import render

    name = TEMPLATE.format(lang=options.lang)
    if options.template_dir is not None:
        _check_template_dir(options.template_dir, name)
    return tidy(render(options.template_dir, name, build_context(state, options, earlier)))
