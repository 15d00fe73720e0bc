"""Which later meeting approved a session's minutes, and which meeting came before a session.

A session's minutes stay a draft until a later meeting of the same body approves them; that
approval is recorded in the approving meeting's log (`EventKind.APPROVAL`), not in the approved
one's. So finding it means reading the body's later sessions through the archive, as
`sitzung.outcomes.earlier_sessions` reads the earlier ones (for numbering): nothing is written or locked. Only
the exports, the CLI's `approve` and the app's approval form import this module.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sitzung.model import SessionInfo

if TYPE_CHECKING:
    from sitzung.decisions import MinutesApproval
    from sitzung.ports import Archive, SessionSummary


def _order(summary: SessionSummary | SessionInfo) -> tuple[date, int]:
    """Sessions follow each other by date, and on one date by their number (as numbering orders them)."""
    return summary.date, summary.number


def _body_sessions(archive: Archive, info: SessionInfo) -> list[SessionSummary]:
    """The body's other sessions from the archive's index, oldest first."""
    name = info.body.name
    return sorted((s for s in archive.sessions() if s.body == name and s.id != info.id), key=_order)


def sessions_before(archive: Archive, info: SessionInfo) -> list[SessionSummary]:
    """The body's sessions before `info`, newest first: the choices of whose minutes a meeting approves."""
    return [s for s in reversed(_body_sessions(archive, info)) if _order(s) < _order(info)]


def session_info(archive: Archive, session_id: str) -> SessionInfo:
    """A session's fixed facts, its log opened and closed again (nothing written)."""
    log = archive.open_session(session_id)
    try:
        return log.info
    finally:
        log.close()


def previous_session(archive: Archive, info: SessionInfo) -> SessionInfo | None:
    """The body's session just before `info`: whose minutes a meeting usually approves first; None for the first."""
    before = sessions_before(archive, info)
    return session_info(archive, before[0].id) if before else None


def approved_on(archive: Archive, info: SessionInfo) -> date | None:
    """The date of the later meeting that approved `info`'s minutes (`MinutesOptions.approved`); None: a draft."""
    found = approval_of(archive, info)
    return found[0].date if found else None


def approval_of(archive: Archive, info: SessionInfo) -> tuple[SessionInfo, MinutesApproval] | None:
    """The first later meeting of the same body that approved `info`'s minutes, and that approval; None: a draft.

    The body's later sessions are read oldest first, so the usual case (the next meeting
    approved them) reads one session; minutes never approved read all the later ones.
    An approval that was undone is not in its session's state, so it does not count.
    """
    from sitzung.sessions import read_session  # here: reading other sessions brings the roster and agenda parsers

    for summary in _body_sessions(archive, info):
        if _order(summary) <= _order(info):
            continue
        state = read_session(archive, summary.id)
        for item in state.items.values():
            for approval in item.approvals:
                if approval.session == info.id:
                    return state.info, approval
    return None
