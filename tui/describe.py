"""A recorded action or a vote in a few words, for the timing list, the quorum history, undo and the vote form.

The words are one line of plain text: the names and numbers in them are `clean` (see `tui.plain`).
"""

from __future__ import annotations

from sitzung.i18n import t
from sitzung.model import Event
from sitzung.state import SessionState, Vote
from sitzung.vocabulary import EventKind
from tui.plain import clean


def describe_vote(vote: Vote, lang: str) -> str:
    if vote.unanimous:
        return t("tui.vote_unanimous", lang)
    key = "tui.vote_adopted" if vote.adopted else "tui.vote_rejected"
    return t(key, lang, yes=vote.yes, no=vote.no, abstain=vote.abstain)


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
    if kind in (EventKind.NOTE, EventKind.VOTE, EventKind.RECUSE, EventKind.PLAN):
        return t(f"tui.event.{kind}", lang, number=clean(data["number"]))
    if kind is EventKind.GUEST:
        return t("tui.event.guest", lang, name=clean(data["person"]["last"]))
    return t(f"tui.event.{kind}", lang)
