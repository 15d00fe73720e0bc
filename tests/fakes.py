"""An in-memory SessionLog, so core tests run without disk or locks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sitzung.model import Event, SessionInfo
from sitzung.vocabulary import EventKind


class MemoryLog:
    """Implements sitzung.ports.SessionLog in memory."""

    def __init__(self, info: SessionInfo) -> None:
        self._info = info
        self._events: list[Event] = []
        self.writing_depth = 0

    @property
    def info(self) -> SessionInfo:
        return self._info

    def events(self) -> tuple[Event, ...]:
        return tuple(self._events)

    def refresh(self) -> bool:
        return False

    @contextmanager
    def writing(self) -> Iterator[None]:
        self.writing_depth += 1
        try:
            yield
        finally:
            self.writing_depth -= 1

    def append(self, kind: EventKind, at: datetime, recorded: datetime, data: dict[str, Any]) -> Event:
        assert self.writing_depth, "append outside writing()"
        event = Event(len(self._events) + 1, kind, at, recorded, data)
        self._events.append(event)
        return event

    def compact(self) -> bool:
        return False

    @property
    def mirror(self) -> None:
        return None

    def close(self) -> None:
        pass

    def hold(self) -> str | None:
        return None

    def let_go(self) -> None:
        pass

    def ask_to_take_over(self) -> None:
        pass

    def asked_to_let_go(self) -> bool:
        return False
