"""What the core needs from storage, as protocols; `storage/` implements them.

The core never imports `storage`: the CLI (the composition root) hands it an
`Archive`, and sessions come out of that as `SessionLog`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sitzung.model import Body, Event, Person, SessionInfo, SessionSummary
from sitzung.vocabulary import EventKind


class MirrorState(Protocol):
    """What a mirror's status tells a front end: where it is, whether it is current, and if not why and since when."""

    @property
    def folder(self) -> Path: ...

    @property
    def current(self) -> bool: ...

    @property
    def reason(self) -> str: ...

    @property
    def since(self) -> datetime | None: ...


class SessionLog(Protocol):
    """One session's fixed facts and its event log, on disk.

    Reads come from memory. `writing()` takes the session's writer lock and
    reloads what another process may have written since; `append` is only
    called inside it, and its events are durably on disk when the block ends.
    """

    @property
    def info(self) -> SessionInfo: ...

    def events(self) -> Sequence[Event]: ...

    def refresh(self) -> bool:
        """Reload if another process changed the file; True when something changed."""
        ...

    def writing(self) -> AbstractContextManager[None]: ...

    def append(self, kind: EventKind, at: datetime, recorded: datetime, data: dict[str, Any]) -> Event: ...

    def compact(self) -> bool:
        """Rewrite the session file from the journal (when idle); True when it did. Never needed for safety."""
        ...

    @property
    def mirror(self) -> MirrorState | None:
        """Whether a mirror holds every acknowledged action; None without a mirror."""
        ...

    def close(self) -> None: ...

    def hold(self) -> str | None:
        """Take the session for one app: None when taken, else who has it (then this app is read-only)."""
        ...

    def let_go(self) -> None: ...

    def ask_to_take_over(self) -> None: ...

    def asked_to_let_go(self) -> bool: ...


class Archive(Protocol):
    """Bodies, their rosters and the index of sessions, plus access to each session."""

    def bodies(self) -> list[Body]: ...

    def body(self, name: str) -> Body | None: ...

    def save_body(self, body: Body) -> None: ...

    def roster(self, body_name: str) -> list[Person]: ...

    def save_roster(self, body_name: str, people: Sequence[Person]) -> None: ...

    def sessions(self) -> list[SessionSummary]: ...

    def has_session(self, session_id: str) -> bool: ...

    def create_session(self, info: SessionInfo) -> None: ...

    def open_session(self, session_id: str) -> SessionLog: ...

    @property
    def mirror_status(self) -> MirrorState | None:
        """Whether the mirror holds every acknowledged write; None without one, or before anything needed it."""
        ...
