"""The clerk's app: one factory builds it for the CLI, the Pilot tests and the snapshots."""

from __future__ import annotations

from datetime import datetime

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from sitzung.i18n import t
from sitzung.recorder import Recorder
from sitzung.state import SessionState, counting_people, quorum

POLL_SECONDS = 0.5


def _elapsed(since: datetime | None, now: datetime) -> str:
    if since is None:
        return ""
    minutes = max(0, int((now - since).total_seconds() // 60))
    return f"{minutes // 60}:{minutes % 60:02d}"


class StatusBar(Static):
    """Session clock, current item and quorum, in words as well as colour."""

    DEFAULT_CSS = """
    StatusBar { height: 1; padding: 0 1; background: $panel; }
    StatusBar.quorate { background: $success-muted; }
    StatusBar.not-quorate { background: $error-muted; }
    """

    def show(self, state: SessionState, now: datetime, lang: str) -> None:
        status = quorum(state)
        clock_status = t(f"clock.status.{state.clock_status}", lang)
        clock = t("tui.clock_elapsed", lang, status=clock_status, elapsed=_elapsed(state.started, now))
        running = state.running_item
        item = (
            t("tui.item", lang, number=running.number, elapsed=_elapsed(running.started, now))
            if running
            else t("tui.no_item", lang)
        )
        verdict = t("tui.quorate" if status.quorate else "tui.not_quorate", lang)
        counts = t("tui.quorum_counts", lang, present=status.present, required=status.required, seats=status.seats)
        self.set_class(status.quorate, "quorate")
        self.set_class(not status.quorate, "not-quorate")
        self.update(f"[b]{verdict}[/b] {counts} │ {clock} │ {item}")


class SitzungApp(App[None]):
    """Shows a session's roster grouped by role, and the quorum, live."""

    CSS_PATH = "sitzung.tcss"
    TITLE = "sitzung"
    BINDINGS = [
        Binding("f1", "help", "Keys", id="help", tooltip="List every key."),
        Binding("q", "quit", "Quit", id="quit", tooltip="Close the app; everything is saved already."),
    ]

    def __init__(self, recorder: Recorder, lang: str = "en") -> None:
        super().__init__()
        self.recorder = recorder
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Header()
        yield StatusBar(id="status")
        yield DataTable(id="roster", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        info = self.recorder.state.info
        self.title = info.body.name
        self.sub_title = t(
            "tui.subtitle", self.lang, number=info.number, body=info.body.name, date=info.date.strftime("%d.%m.%Y")
        )
        table = self.query_one("#roster", DataTable)
        for key in ("tui.col_name", "tui.col_status", "tui.col_time", "tui.col_counts"):
            table.add_column(t(key, self.lang), key=key)
        self.refresh_view()
        self.set_interval(POLL_SECONDS, self.poll)

    def poll(self) -> None:
        """Follow changes another process (the CLI, a second terminal) wrote."""
        if self.recorder.refresh():
            self.refresh_view()
        else:
            self.query_one(StatusBar).show(self.recorder.state, self.recorder.clock.now(), self.lang)

    def refresh_view(self) -> None:
        state = self.recorder.state
        self.query_one(StatusBar).show(state, self.recorder.clock.now(), self.lang)
        table = self.query_one("#roster", DataTable)
        table.clear()
        counted = set(counting_people(state))
        body = state.info.body
        for role in body.ordered_roles():
            people = [p for p in state.people.values() if p.role == role.key]
            if not people:
                continue
            table.add_row(f"[b]{role.heading}[/b]", "", "", "", key=f"role:{role.key}")
            for person in people:
                presence = state.presence(person.key)
                status = (
                    t(f"attendance.status.{presence.status}", self.lang)
                    if presence.status
                    else t("tui.not_recorded", self.lang)
                )
                moment = presence.changed.strftime("%H:%M") if presence.changed else ""
                counts = t("tui.counts_yes", self.lang) if person.key in counted else ""
                table.add_row(f"  {person.display}", status, moment, counts, key=person.key)

    def action_help(self) -> None:
        self.action_show_help_panel()


def build_app(recorder: Recorder, lang: str = "en") -> SitzungApp:
    """The one factory for the CLI, the Pilot tests and the snapshot tests."""
    return SitzungApp(recorder, lang)


def run(recorder: Recorder, lang: str = "en") -> None:
    build_app(recorder, lang).run()
