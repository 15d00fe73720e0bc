"""What the four tabs share: their language, translated bindings, and the state they last showed.

A pane never reaches up into the app: it shows the state the app hands it
(`show(state, now)`) and posts `Act` or `OpenForm` messages; the app records.
"""

from __future__ import annotations

from datetime import datetime

from sitzung.state import SessionState
from tui.common import localize_bindings


class PaneMixin:
    """Mixed into each tab's container widget."""

    lang: str
    state: SessionState
    now: datetime

    def init_pane(self, lang: str, state: SessionState, now: datetime) -> None:
        self.lang = lang
        self.state = state
        self.now = now
        localize_bindings(self, lang)  # type: ignore[arg-type]

    def remember(self, state: SessionState, now: datetime) -> None:
        """Keep what `show` was handed, for the key checks and actions that follow."""
        self.state = state
        self.now = now
