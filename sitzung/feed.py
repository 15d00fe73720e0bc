"""A session's state, folded from its log and kept up to date: one place for refresh-and-fold.

The clerk's recorder and the chair's read-only view both read a session through
a `SessionFeed`. It folds the log again only when the log has moved on. If the
file cannot be read for a moment (gone, broken, a record it cannot understand),
the last state read stays and `problem` holds the error; the next successful
read clears it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitzung.errors import SitzungError
from sitzung.state import SessionState, fold

if TYPE_CHECKING:
    from sitzung.ports import SessionLog


class SessionFeed:
    def __init__(self, log: SessionLog) -> None:
        self.log = log
        self._state: SessionState | None = None
        self.problem: SitzungError | None = None

    @property
    def state(self) -> SessionState:
        """The fold of the log as it is in memory; refolded only when the log has new events."""
        events = self.log.events()
        last = events[-1].seq if events else 0
        if self._state is None or self._state.last_seq != last:
            self._state = fold(self.log.info, events)
        return self._state

    def invalidate(self) -> None:
        """Fold again at the next read (after an undo or a time correction, which change the past)."""
        self._state = None

    def refresh(self) -> bool:
        """Pick up what another process wrote; True when the state changed.

        A read that fails raises; `follow` is the forgiving form for displays.
        """
        before = self._state.last_seq if self._state else -1
        self.log.refresh()
        return self.state.last_seq != before

    def follow(self) -> bool:
        """`refresh` for a display: a failed read keeps the last good state (`last_good`) and sets `problem`."""
        try:
            changed = self.refresh()
        except SitzungError as error:
            self.problem = error
            return False
        except (KeyError, ValueError, TypeError) as error:  # an event this version cannot fold
            self.problem = SitzungError("feed.bad_event", reason=f"{type(error).__name__}: {error}")
            return False
        recovered, self.problem = self.problem is not None, None
        return changed or recovered

    @property
    def last_good(self) -> SessionState:
        """The newest state that folded without error (the first read must succeed)."""
        return self._state if self._state is not None else self.state
