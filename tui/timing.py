"""Timing: the session clock, each item's planned and actual duration on a timeline,
and the list of timed actions, where a time entered a minute late can be corrected."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from sitzung.i18n import t
from sitzung.model import Event
from sitzung.state import SessionState
from tui.common import hhmm, minutes_text
from tui.pane import PaneMixin

BAR_WIDTH = 24
TIMED_KINDS = ("clock", "item", "attendance")


def timeline_bar(start: datetime | None, end: datetime | None, span: tuple[datetime, datetime] | None) -> Text:
    """One item's bar, placed on the session's span from its start to its end."""
    if start is None or span is None:
        return Text(" " * BAR_WIDTH)
    first, last = span
    total = max((last - first).total_seconds(), 60.0)
    offset = int((start - first).total_seconds() / total * BAR_WIDTH)
    length = max(1, round(((end or last) - start).total_seconds() / total * BAR_WIDTH))
    offset = min(max(offset, 0), BAR_WIDTH - 1)
    length = min(length, BAR_WIDTH - offset)
    return Text(" " * offset) + Text("█" * length, style="bold") + Text(" " * (BAR_WIDTH - offset - length))


class Timing(PaneMixin, Vertical):
    """Clock summary, items with durations and timeline, timed actions for correction."""

    BINDINGS = [
        Binding("t", "retime", "Correct time", id="timing.retime", tooltip="Correct the time of the selected action."),
    ]

    def __init__(self, lang: str) -> None:
        super().__init__(id="timing")
        self.init_pane(lang)

    def compose(self) -> ComposeResult:
        yield Static("", id="clock-summary")
        items: DataTable[str | Text] = DataTable(id="timing-items", cursor_type="row")
        yield items
        events: DataTable[str] = DataTable(id="timing-events", cursor_type="row")
        yield events

    def on_mount(self) -> None:
        lang = self.lang
        items = self.query_one("#timing-items", DataTable)
        for key in (
            "tui.col_item",
            "tui.col_title",
            "tui.col_planned",
            "tui.col_actual",
            "tui.col_span",
            "tui.col_timeline",
        ):
            items.add_column(t(key, lang), key=key)
        events = self.query_one("#timing-events", DataTable)
        for key in ("tui.col_time", "tui.col_action"):
            events.add_column(t(key, lang), key=key)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retime":
            return self.selected_event() is not None or None
        return True

    def selected_event(self) -> Event | None:
        table = self.query_one("#timing-events", DataTable)
        if not table.row_count or not table.has_focus:
            return None
        seq = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((e for e in self.sitzung.recorder.state.effective if str(e.seq) == seq), None)

    def action_retime(self) -> None:
        if (event := self.selected_event()) is not None:
            self.sitzung.open_retime_dialog(event)

    def on_data_table_row_highlighted(self) -> None:
        self.refresh_bindings()

    def show(self, state: SessionState) -> None:
        lang = self.lang
        now = self.sitzung.recorder.clock.now()
        parts = [t("tui.started_at", lang, at=hhmm(state.started) or "–")]
        for start, end in state.recesses:
            parts.append(t("tui.recess_span", lang, start=hhmm(start), end=hhmm(end) or "…"))
        parts.append(t("tui.ended_at", lang, at=hhmm(state.ended) or "–"))
        if state.started:
            last = state.ended or now
            parts.append(
                t("tui.duration", lang, minutes=minutes_text(int((last - state.started).total_seconds() // 60)))
            )
        self.query_one("#clock-summary", Static).update(" · ".join(parts))
        span = (state.started, state.ended or now) if state.started else None
        items = self.query_one("#timing-items", DataTable)
        row = items.cursor_row
        items.clear()
        for item in state.items.values():
            actual = minutes_text(item.minutes) if item.minutes is not None else ""
            if item.status == "running" and item.started:
                actual = minutes_text(int((now - item.started).total_seconds() // 60)) + "…"
            when = f"{hhmm(item.started)}–{hhmm(item.ended)}" if item.started else ""
            title = item.title if len(item.title) <= 28 else item.title[:27] + "…"
            bar = timeline_bar(item.started, item.ended, span)
            items.add_row(item.number, title, minutes_text(item.planned), actual, when, bar, key=item.number)
        if items.row_count:
            items.move_cursor(row=min(row, items.row_count - 1))
        events = self.query_one("#timing-events", DataTable)
        row = events.cursor_row
        events.clear()
        for event in reversed(state.effective):
            if event.kind in TIMED_KINDS:
                events.add_row(event.at.strftime("%H:%M:%S"), self.sitzung.describe_event(event), key=str(event.seq))
        if events.row_count:
            events.move_cursor(row=min(row, events.row_count - 1))
