"""Who may stand in for whom: one rule for the roster import and for a deputy added at a session.

A deputy counts in the quorum in place of the member they stand in for
(`state.counting_people`). A deputy for themselves or for another deputy (two
deputies standing in for each other) makes that count wrong ("0 present"), so
such a pairing is refused where it is made. A deputy for an advisory member
(sachkundige Bürger, beratende Mitglieder have deputies too) is fine: like the
member, they do not count.
"""

from __future__ import annotations

from sitzung.errors import SitzungError, Where
from sitzung.model import Person


def check_deputy(deputy: Person, member: Person, where: Where | None = None) -> None:
    """Refuse a pairing that the quorum cannot count; `member` is whom `deputy` stands in for."""
    if member.key == deputy.key:
        raise SitzungError("deputy.self", where=where, person=deputy.display)
    if member.deputy_for:
        raise SitzungError("deputy.of_deputy", where=where, person=deputy.display, member=member.display)

