"""A recorded action or a decision in a few words, for the timing list, the quorum history, undo, the agenda's
detail, the chair's view and the decision forms.

The words are plain text: the names, numbers and wordings in them are `clean` (see `tui.plain`).
Every fact about a decision (a vote's outcome, a motion's status, who an election elected)
comes from `sitzung.outcomes`; nothing here counts a majority. The app imports this module before its first
paint, which shows no decision: the decisions' records and counts are imported where a decision is described.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sitzung.decision_actions import ITEM_ITSELF
from sitzung.i18n import counted, t
from sitzung.model import Event
from sitzung.state import ItemState, SessionState
from sitzung.timefmt import german_date
from sitzung.vocabulary import EventKind, Majority, MotionKind
from tui.plain import clean

if TYPE_CHECKING:
    from sitzung.decisions import Declaration, Election, Motion, Vote

ITEM = ITEM_ITSELF  # in a choice of subjects (and to the recorder), the item itself; motion ids are "M1", …


def one_line(text: str) -> str:
    """`text` (a wording of several lines) on one line, shown as written."""
    return " ".join(clean(text, lines=True).split())


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with "…"."""
    line = one_line(text)
    return line if len(line) <= width else line[: max(0, width - 1)].rstrip() + "…"


def listed(names: Iterable[str]) -> str:
    """Candidates as typed, "Last, First", so one from the next by a semicolon: "Alt, Anna; Bau, Bernd"."""
    return "; ".join(map(clean, names))


def tally_words(yes: int, no: int, abstain: int, lang: str) -> str:
    return t("tui.tally", lang, yes=yes, no=no, abstain=counted("count.abstentions", abstain, lang))


def vote_words(state: SessionState, item: ItemState, vote: Vote, lang: str) -> str:
    """ "adopted · 9 for, 3 against, 2 abstentions", with a tie, the casting vote, a qualified majority,
    named or secret. A secret ballot's words are counts only (it has no names)."""
    from sitzung.outcomes import outcome_of_vote, tally, vote_result

    result = vote_result(state, item, vote)
    counted = tally(state, item, vote)
    parts = [t(f"outcome.{outcome_of_vote(state, item, vote)}", lang)]
    if vote.unanimous:
        parts.append(t("tui.unanimously", lang, yes=counted.yes))
    else:
        parts.append(tally_words(counted.yes, counted.no, counted.abstain, lang))
    if result.casting is not None:
        parts.append(t("tui.casting_decided", lang, choice=t(f"choice.{result.casting}", lang)))
    elif result.tied:
        parts.append(t("tui.tied", lang))
    if result.rule is not Majority.SIMPLE:
        parts.append(t("tui.rule_needed", lang, rule=t(f"majority.{result.rule}", lang), needed=result.needed))
    if vote.named:
        parts.append(t("tui.vote_kind.named", lang))
    if vote.secret:
        parts.append(t("tui.vote_kind.secret", lang))
    return " · ".join(parts)


def subject_words(motion: str | None, lang: str) -> str:
    """What a vote or a resolution is on: "on M2" or "on the item"."""
    return t("tui.on_motion", lang, motion=clean(motion)) if motion else t("tui.on_item", lang)


def motion_head(state: SessionState, item: ItemState, motion: Motion, lang: str) -> str:
    """ "M2 Amendment to M1 · open · by Lux, seconded by Braun" (or a point of order's ruling)."""
    from sitzung.outcomes import motion_status

    kind = t(f"motion.kind.{motion.kind}", lang)
    head = f"{clean(motion.id)} {kind}"
    if motion.amends:
        head += " " + t("tui.amends", lang, motion=clean(motion.amends))
    parts = [head, t(f"motion.status.{motion_status(state, item, motion)}", lang)]
    people = []
    if motion.by and (mover := state.people.get(motion.by)):
        people.append(t("tui.moved_by", lang, name=clean(mover.short)))
    if motion.seconded_by and (seconder := state.people.get(motion.seconded_by)):
        people.append(t("tui.seconded_by", lang, name=clean(seconder.short)))
    if people:
        parts.append(", ".join(people))
    return " · ".join(parts)


def motion_label(state: SessionState, item: ItemState, motion: Motion, lang: str, width: int = 44) -> str:
    """A motion in a drop-down: its id, kind and status, and the start of its wording."""
    from sitzung.outcomes import motion_status

    kind = t(f"motion.kind.{motion.kind}", lang)
    status = t(f"motion.status.{motion_status(state, item, motion)}", lang)
    return shorten(f"{motion.id} {kind} ({status}): {motion.text}", width)


def election_words(state: SessionState, election: Election, lang: str) -> str:
    """Where an election stands: no round yet, a run-off, a tie for lot, or who was elected (and their answer)."""
    from sitzung.outcomes import election_result

    result = election_result(state, election)
    if not election.rounds:
        return t("tui.election.no_round", lang)
    parts = []
    if result.elected:
        names = []
        for name in result.elected:
            answer = election.answers.get(name)
            said = "" if answer is None else " " + t(f"tui.election.{'accepted' if answer else 'declined'}", lang)
            names.append(clean(name) + said)
        parts.append(t("tui.election.elected", lang, names="; ".join(names)))
    if result.runoff:
        parts.append(t("tui.election.runoff", lang, names=listed(result.runoff)))
    if result.lot:
        seats = counted("count.seats", result.lot_seats, lang)
        parts.append(t("tui.election.lot", lang, names=listed(result.lot), seats=seats))
    if not parts:
        parts.append(t("tui.election.nobody", lang))
    return " · ".join(parts)


def decision_lines(state: SessionState, item: ItemState, lang: str) -> list[tuple[str, str]]:
    """The item's motions (each with its wording, vote and resolution), its own vote and resolution, and its
    elections, as (line, style) pairs. Votes are counts and outcomes only: no name beside a vote."""
    decisions = item.decisions
    lines: list[tuple[str, str]] = []

    def vote_and_resolution(motion: str | None, indent: str) -> None:
        if (vote := decisions.vote_on(motion)) is not None:
            lines.append((indent + t("tui.vote_line", lang, result=vote_words(state, item, vote, lang)), ""))
        if (resolution := decisions.resolution_on(motion)) is not None:
            outcome = t(f"outcome.{resolution.outcome}", lang)
            if resolution.to:
                outcome += " " + t("tui.referred_to", lang, body=clean(resolution.to))
            lines.append((indent + t("tui.resolution_line", lang, outcome=outcome), "bold"))
            subject = decisions.motion(motion)
            if resolution.text and (subject is None or resolution.text != subject.text):
                lines.append((indent + "  " + one_line(resolution.text), "italic"))

    for motion in decisions.motions:
        lines.append((motion_head(state, item, motion, lang), "bold"))
        lines.append(("  " + one_line(motion.text), "italic"))
        if motion.kind is MotionKind.POINT_OF_ORDER and motion.ruling:
            lines.append(("  " + t("tui.ruling_line", lang, ruling=one_line(motion.ruling)), ""))
        vote_and_resolution(motion.id, "  ")
    if decisions.vote_on(None) is not None or decisions.resolution_on(None) is not None:
        lines.append((t("tui.on_item_heading", lang), "bold"))
        vote_and_resolution(None, "  ")
    for election in decisions.elections:
        head = t("tui.election.head", lang, id=clean(election.id), seats=counted("count.seats", election.seats, lang))
        lines.append((f"{head} · {election_words(state, election, lang)}", "bold"))
    return lines


def declared_names(state: SessionState, declarations: Iterable[Declaration], lang: str) -> str:
    """ "Smith (non-registrable interest), Jones": members in an item's detail, each with the kind declared, if any."""
    names = []
    for declaration in declarations:
        if (member := state.people.get(declaration.person)) is None:
            continue
        name, kind = clean(member.short), declaration.interest
        names.append(name if kind is None else f"{name} ({t(f'interest.{kind}', lang)})")
    return ", ".join(names)


def declaration_event_words(state: SessionState, event: Event, lang: str) -> str:
    """ "Item 4: Smith declared a non-registrable interest and stayed": the kind and whether they left."""
    from sitzung.views import declaration_of

    declaration = declaration_of(event)
    member = state.people.get(declaration.person)
    interest = t(f"declaration.an_interest.{declaration.interest or 'none'}", lang)
    key = "tui.event.recuse.left" if declaration.left else "tui.event.recuse.stayed"
    name = clean(member.short if member else declaration.person)
    return t(key, lang, number=clean(event.data["number"]), name=name, interest=interest)


def describe_event(state: SessionState, event: Event, lang: str) -> str:
    data, kind = event.data, event.kind
    if kind is EventKind.ATTENDANCE:
        person = state.people.get(data["person"])
        name = person.display if person else data["person"]
        return f"{clean(name)}: {t('attendance.status.' + data['status'], lang)}"
    if kind is EventKind.CLOCK:
        return t(f"tui.event.clock.{data['action']}", lang)
    if kind is EventKind.ITEM:
        return t(f"tui.event.item.{data['action']}", lang, number=clean(data["number"]))
    if kind is EventKind.RECUSE:
        return declaration_event_words(state, event, lang)
    if kind in (EventKind.NOTE, EventKind.VOTE, EventKind.PLAN, EventKind.BALLOT, EventKind.RESOLUTION):
        return t(f"tui.event.{kind}", lang, number=clean(data["number"]))
    if kind in (EventKind.MOTION, EventKind.ELECTION):
        return t(f"tui.event.{kind}.{data['action']}", lang, number=clean(data["number"]), id=clean(data["id"]))
    if kind is EventKind.GUEST:
        return t("tui.event.guest", lang, name=clean(data["person"]["last"]))
    if kind is EventKind.APPROVAL:
        day = german_date(date.fromisoformat(data["date"]))  # folded already, so the date reads
        return t("tui.event.approval", lang, date=day, number=clean(data["number"]))
    return t(f"tui.event.{kind}", lang)
