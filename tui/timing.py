"""Timing: the session clock, each item's planned and actual duration on a timeline,
and the list of timed actions, where a time entered a minute late can be corrected."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from sitzung.i18n import t
from sitzung.model import Event
from sitzung.state import ItemState, SessionState
from sitzung.timefmt import duration, hhmm, hhmmss
from sitzung.timeline import exclusions, item_duration, run_end, session_elapsed
from sitzung.vocabulary import TIMED_KINDS, ItemStatus
from tui.common import bind
from tui.describe import describe_event
from tui.messages import Form, OpenForm
from tui.pane import PaneMixin
from tui.plain import clean

BAR_WIDTH = 12
TITLE_WIDTH = 20


def timeline_bar(state: SessionState, item: ItemState, now: datetime) -> Text:
    """One item's runs, each placed on the session's span from its start to its end (or now)."""
    cells = [" "] * BAR_WIDTH
    if state.started is not None:
        first, last = state.started, state.ended or now
        total = max((last - first).total_seconds(), 60.0)
        for run in item.runs:
            end = run_end(state, run, now) or last
            offset = min(max(int((run.start - first).total_seconds() / total * BAR_WIDTH), 0), BAR_WIDTH - 1)
            length = max(1, round((end - run.start).total_seconds() / total * BAR_WIDTH))
            for cell in range(offset, min(offset + length, BAR_WIDTH)):
                cells[cell] = "█"
    return Text("".join(cells), style="bold")


def short_span(item: ItemState) -> str:
    """From the first start to the last end, and how often it ran when more than once: "18:02–18:50 ×2"."""
    if not item.runs:
        return ""
    span = f"{hhmm(item.runs[0].start)}–{hhmm(item.runs[-1].end)}"
    return f"{span} ×{len(item.runs)}" if len(item.runs) > 1 else span


def item_span(item: ItemState) -> str:
    """Each run as start–end, "18:02–18:31, 18:45–" for an item taken up twice."""
    return ", ".join(f"{hhmm(run.start)}–{hhmm(run.end)}" for run in item.runs)


class Timing(PaneMixin, Vertical):
    """Clock summary, items with durations and timeline, timed actions for correction."""

    BINDINGS = [
        bind("timing.retime", "t", "retime"),
    ]

    def __init__(self, lang: str, state: SessionState, now: datetime) -> None:
        super().__init__(id="timing")
        self.init_pane(lang, state, now)

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
        return next((e for e in self.state.effective if str(e.seq) == seq), None)

    def action_retime(self) -> None:
        if (event := self.selected_event()) is not None:
            self.post_message(OpenForm(Form.RETIME, event))

    def on_data_table_row_highlighted(self) -> None:
        self.refresh_bindings()

    def show(self, state: SessionState, now: datetime) -> None:
        self.remember(state, now)
        lang = self.lang
        parts = [t("tui.started_at", lang, at=hhmm(state.started) or "–")]
        for recess in state.recesses:
            span = t("tui.recess_span", lang, start=hhmm(recess.start), end=hhmm(recess.end) or "…")
            parts.append(f"{span} ({clean(recess.reason)})" if recess.reason else span)
        for closed in exclusions(state):
            parts.append(t("tui.closed_span", lang, start=hhmm(closed.start), end=hhmm(closed.end) or "…"))
        parts.append(t("tui.ended_at", lang, at=hhmm(state.ended) or "–"))
        if state.started:
            parts.append(t("tui.duration", lang, minutes=duration(session_elapsed(state, now))))
        self.query_one("#clock-summary", Static).update(Text(" · ".join(parts)))
        items = self.query_one("#timing-items", DataTable)
        row = items.cursor_row
        items.clear()
        for item in state.items.values():
            actual = duration(item_duration(state, item, now))
            if item.status is ItemStatus.RUNNING:
                actual += "…"
            title = Text(clean(item.title))
            title.truncate(TITLE_WIDTH, overflow="ellipsis")  # by cells: a wide script takes two per letter
            bar = timeline_bar(state, item, now)
            cells = (clean(item.number), title, duration(item.planned), actual, short_span(item), bar)
            items.add_row(*(Text(c) if isinstance(c, str) else c for c in cells), key=item.number)
        if items.row_count:
            items.move_cursor(row=min(row, items.row_count - 1))
        events = self.query_one("#timing-events", DataTable)
        row = events.cursor_row
        events.clear()
        for event in reversed(state.effective):
            if event.kind in TIMED_KINDS:
                events.add_row(hhmmss(event.at), Text(describe_event(state, event, lang)), key=str(event.seq))
        if events.row_count:
            events.move_cursor(row=min(row, events.row_count - 1))
