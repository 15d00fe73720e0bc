"""The status bar on every screen: quorum, clock and current item, in words and symbols."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.widgets import Static

from sitzung.i18n import t
from sitzung.state import SessionState, quorum
from tui.common import elapsed


class StatusBar(Static):
    """Two lines: the session, then the quorum verdict, clock and running item.

    The verdict is a word and a symbol (✔ / ✘) as well as a colour, so it
    reads from across the table and for colour-blind chairs.
    """

    DEFAULT_CSS = """
    StatusBar { height: 2; padding: 0 1; background: $panel; }
    StatusBar.quorate { background: $success-muted; }
    StatusBar.not-quorate { background: $error-muted; }
    """

    _shown = ""

    def show(self, state: SessionState, now: datetime, lang: str) -> None:
        info = state.info
        status = quorum(state)
        verdict = t("tui.quorate" if status.quorate else "tui.not_quorate", lang)
        counts = t("tui.quorum_counts", lang, present=status.present, required=status.required, seats=status.seats)
        clock = t(f"clock.status.{state.clock_status}", lang)
        since = state.recesses[-1][0] if state.clock_status == "recess" else state.started
        running = state.running_item
        item = (
            t("tui.item", lang, number=running.number, elapsed=elapsed(running.started, now))
            if running
            else t("tui.no_item", lang)
        )
        title = t("tui.subtitle", lang, number=info.number, body=info.body.name, date=info.date.strftime("%d.%m.%Y"))
        line = Text()
        line.append(f"{'✔' if status.quorate else '✘'} {verdict}", style="bold reverse")
        line.append(f" {counts}  │  ")
        line.append(f"{clock} {elapsed(since, now)}".strip(), style="bold")
        line.append("  │  ")
        line.append(item)
        text = Text.assemble(title, "\n", line)
        if text.plain == self._shown:
            return  # a repaint (and relayout) per clock tick would cost every keystroke time
        self._shown = text.plain
        self.set_class(status.quorate, "quorate")
        self.set_class(not status.quorate, "not-quorate")
        text.no_wrap, text.overflow = True, "ellipsis"
        self.update(text)
