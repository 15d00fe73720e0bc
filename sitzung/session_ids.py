"""Which session a clerk means: its full id, or a unique beginning of it.

Kept apart from `sessions.py` (which imports the roster and agenda parsers) so
that every command that names a session starts without those imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitzung.errors import SitzungError

if TYPE_CHECKING:
    from sitzung.ports import Archive


def resolve_session(archive: Archive, query: str) -> str:
    """A session id from its full id or a unique beginning of it.

    A full id is checked by its file alone; only a beginning needs the index of
    all sessions, which grows with the archive.
    """
    if not query.strip():  # "" is the beginning of every id
        raise SitzungError("session.empty_query")
    if archive.has_session(query):
        return query
    ids = [s.id for s in archive.sessions()]
    matches = [i for i in ids if i.startswith(query)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise SitzungError("session.ambiguous", query=query, candidates=", ".join(matches[:10]))
    raise SitzungError("session.unknown", query=query, known=", ".join(ids[-10:]) or "-")
