"""The status bar on every screen: quorum, clock and current item, in words and symbols."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual.widgets import Static

from sitzung.i18n import t
from sitzung.quorum import QuorumStatus
from sitzung.state import SessionState, quorum
from sitzung.timefmt import duration, german_date
from sitzung.timeline import clock_reading, item_duration


@dataclass(frozen=True)
class StatusView:
    """What the status bar says: the quorum now (the running item's recusals counted), the clock, the item."""

    status: QuorumStatus
    title: str
    verdict: str
    counts: str
    clock: str
    item: str


def status_view(state: SessionState, now: datetime, lang: str) -> StatusView:
    info = state.info
    status = quorum(state)
    reading = clock_reading(state, now)
    running = state.running_item
    item = (
        t("tui.item", lang, number=running.number, elapsed=duration(item_duration(state, running, now)))
        if running
        else t("tui.no_item", lang)
    )
    return StatusView(
        status=status,
        title=t("tui.subtitle", lang, number=info.number, body=info.body.name, date=german_date(info.date)),
        verdict=f"{'✔' if status.quorate else '✘'} {t('tui.quorate' if status.quorate else 'tui.not_quorate', lang)}",
        counts=t("tui.quorum_counts", lang, present=status.present, required=status.required, seats=status.seats),
        clock=f"{t(f'clock.status.{reading.status}', lang)} {duration(reading.elapsed)}".strip(),
        item=item,
    )


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
        view = status_view(state, now, lang)
        line = Text()
        line.append(view.verdict, style="bold reverse")
        line.append(f" {view.counts}  │  ")
        line.append(view.clock, style="bold")
        line.append("  │  ")
        line.append(view.item)
        text = Text.assemble(Text(view.title), "\n", line)
        if text.plain == self._shown:
            return  # a repaint (and relayout) per clock tick would cost every keystroke time
        self._shown = text.plain
        quorate = view.status.quorate
        self.set_class(quorate, "quorate")
        self.set_class(not quorate, "not-quorate")
        text.no_wrap, text.overflow = True, "ellipsis"
        self.update(text)
