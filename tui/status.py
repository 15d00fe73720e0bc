"""The status bar on every screen: quorum, clock and current item, in words and symbols, and the mirror."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from rich.text import Text
from textual.widgets import Static

from sitzung.i18n import t
from sitzung.quorum import QuorumStatus
from sitzung.state import SessionState, quorum
from sitzung.timefmt import duration, german_date
from sitzung.timeline import clock_reading, item_duration
from tui.plain import clean

if TYPE_CHECKING:
    from sitzung.ports import MirrorState


class StatusView(NamedTuple):
    """What the status bar says: the quorum now (the running item's recusals counted), the clock, the item."""

    status: QuorumStatus
    title: str
    verdict: str
    counts: str
    clock: str
    item: str
    mirror: str = ""  # "" without a mirror
    mirror_missed: bool = False  # the mirror lacks acknowledged actions: shown reversed, like a verdict


def mirror_words(mirror: MirrorState | None, lang: str) -> str:
    """"Mirror ✔", or "Mirror ✘ since 20:03" while it misses actions (a stick pulled out): a word and a symbol."""
    if mirror is None:
        return ""
    if mirror.current:
        return t("tui.mirror_current", lang)
    return t("tui.mirror_behind", lang, since=f"{mirror.since:%H:%M}" if mirror.since else "?")


def status_view(state: SessionState, now: datetime, lang: str, mirror: MirrorState | None = None) -> StatusView:
    info = state.info
    status = quorum(state)
    reading = clock_reading(state, now)
    running = state.running_item
    item = (
        t("tui.item", lang, number=clean(running.number), elapsed=duration(item_duration(state, running, now)))
        if running
        else t("tui.no_item", lang)
    )
    if running is not None and not running.public:  # the public is excluded: say so where everyone looks
        item = f"{item} · {t('tui.closed_marker', lang)}"
    return StatusView(
        status=status,
        title=t("tui.subtitle", lang, number=info.number, body=clean(info.body.name), date=german_date(info.date)),
        verdict=f"{'✔' if status.quorate else '✘'} {t('tui.quorate' if status.quorate else 'tui.not_quorate', lang)}",
        counts=t("tui.quorum_counts", lang, present=status.present, required=status.required, seats=status.seats),
        clock=f"{t(f'clock.status.{reading.status}', lang)} {duration(reading.elapsed)}".strip(),
        item=item,
        mirror=mirror_words(mirror, lang),
        mirror_missed=mirror is not None and not mirror.current,
    )


class StatusBar(Static):
    """Two lines: the session with the running item at its right end, then the quorum verdict and the clock.

    The verdict is a word and a symbol (✔ / ✘) as well as a colour, so it
    reads from across the table and for colour-blind chairs. When the line is
    short (80 columns), the body's name gives way ("Ausschuss für Ges…"), never
    the running item: "TOP 2.1 0:03" stays whole, and nor does the mirror's
    state beside it ("Spiegel ✘ seit 20:03").
    """

    DEFAULT_CSS = """
    StatusBar { height: 2; padding: 0 1; background: $panel; }
    StatusBar.quorate { background: $success-muted; }
    StatusBar.not-quorate { background: $error-muted; }
    """

    _shown = ""
    _view: StatusView | None = None
    _title: Callable[[str], str] | None = None  # the title with the body's name as given
    _body = ""

    def show(self, state: SessionState, now: datetime, lang: str, mirror: MirrorState | None = None) -> None:
        info = state.info
        self._view = status_view(state, now, lang, mirror)
        self._body = clean(info.body.name)
        self._title = lambda body: t("tui.subtitle", lang, number=info.number, body=body, date=german_date(info.date))
        self._paint()

    def on_resize(self) -> None:
        self._paint()

    def _paint(self) -> None:
        view = self._view
        if view is None:
            return
        width = self.content_size.width or 1000  # before the first layout: as if there were room
        item = Text(view.item, style="bold")
        if view.mirror:  # beside the item, which never gives way: the body's name does
            item.append("  │  ")
            item.append(view.mirror, style="bold reverse" if view.mirror_missed else "")
        line = Text()
        line.append(view.verdict, style="bold reverse")
        line.append(f" {view.counts}  │  ")
        line.append(view.clock, style="bold")
        text = Text.assemble(self._title_line(item, width), "\n", line)
        if text.plain == self._shown:
            return  # a repaint (and relayout) per clock tick would cost every keystroke time
        self._shown = text.plain
        quorate = view.status.quorate
        styled = self.is_attached  # before it is in the app (shown in `compose`), its mounting styles it with the class
        self.set_class(quorate, "quorate", update=styled)
        self.set_class(not quorate, "not-quorate", update=styled)
        text.no_wrap, text.overflow = True, "ellipsis"
        self.update(text)

    def _title_line(self, item: Text, width: int) -> Text:
        """The session's title, its body's name shortened to leave room for the running item at the right."""
        assert self._title is not None and self._view is not None
        item.truncate(width, overflow="ellipsis")
        room = width - item.cell_len - 2  # two blanks between title and item
        title = Text(self._view.title)
        if title.cell_len > room:
            body_room = room - Text(self._title("")).cell_len
            if body_room >= 4:
                body = Text(self._body)
                body.truncate(body_room, overflow="ellipsis")
                title = Text(self._title(body.plain))
            title.truncate(max(0, room), overflow="ellipsis")
        gap = max(0, width - title.cell_len - item.cell_len)
        return Text.assemble(title, " " * gap, item)
