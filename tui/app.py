"""The clerk's app. One factory, `build_app`, builds it for the CLI, the Pilot tests and the snapshots.

The app owns the state: panes read `recorder.state` and ask the app to act
through `attempt`, which records the action (durably, before it returns) and
turns a refusal into a notification. Writes run on the UI thread on purpose:
each is a few milliseconds, and the clerk's keystrokes must be recorded in
the order they were typed. A timer follows what other processes write (one
`os.stat` per tick; the file is re-read only when it changed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

from textual.app import App, ComposeResult, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Container
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import ContentSwitcher

from sitzung.errors import SitzungError
from sitzung.i18n import t
from sitzung.model import Event
from sitzung.recorder import Recorder
from sitzung.state import Vote
from tui.common import localize_bindings
from tui.forms import FormsMixin
from tui.help import HelpScreen
from tui.keybar import KeyBar
from tui.rollcall import RollCall
from tui.status import StatusBar
from tui.tabbar import TabBar

if TYPE_CHECKING:
    from tui.agenda import Agenda
    from tui.body_screen import BodyChange
    from tui.quorum_view import QuorumView
    from tui.timing import Timing

POLL_SECONDS = 0.5
# The meeting's actions: they act on the main screen, not under the minutes, the body, a dialog or the help.
MAIN_SCREEN_ONLY = {"tab", "minutes", "body", "next_item", "clock", "end_session", "retime_last", "undo"}
TABS = ("rollcall", "agenda", "timing", "quorum")  # each tab's container has the id "<tab>-tab"


class SitzungApp(FormsMixin, App[None]):
    """Roll call, agenda, timing and quorum of one session, from the keyboard."""

    CSS_PATH = "sitzung.tcss"
    TITLE = "sitzung"
    BINDINGS = [
        Binding("f1", "help", "Keys", id="app.help", tooltip="List every key."),
        Binding("1", "tab('rollcall')", "Roll call", id="app.tab_rollcall", tooltip="Who is here."),
        Binding("2", "tab('agenda')", "Agenda", id="app.tab_agenda", tooltip="Items, notes and votes."),
        Binding("3", "tab('timing')", "Timing", id="app.tab_timing", tooltip="Clock, durations, corrections."),
        Binding("4", "tab('quorum')", "Quorum", id="app.tab_quorum", tooltip="Who counts, history, determination."),
        Binding("5", "minutes", "Minutes", id="app.minutes", tooltip="Preview the minutes and export them."),
        Binding("b", "body", "Body", id="app.body", tooltip="The body's roles and settings."),
        Binding("n", "next_item", "Next item", id="app.next_item",
                tooltip="End the running item and start the next pending one."),
        Binding("c", "clock('start')", "Start session", id="app.clock_start", tooltip="Start the session now."),
        Binding("c", "clock('pause')", "Recess", id="app.clock_pause", tooltip="Interrupt the session now."),
        Binding("c", "clock('resume')", "Resume", id="app.clock_resume", tooltip="Resume after the recess."),
        Binding("E", "end_session", "End session", id="app.clock_end", tooltip="Close the session now."),
        Binding("T", "retime_last", "Fix time", id="app.retime_last",
                tooltip="Correct the time of the latest timed action."),
        Binding("ctrl+z", "undo", "Undo", id="app.undo", tooltip="Take back the latest action."),
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Close the app; everything is saved already."),
    ]

    version: reactive[int] = reactive(0, init=False)

    def __init__(
        self,
        recorder: Recorder,
        lang: str = "en",
        keymap: dict[str, str] | None = None,
        theme: str | None = None,
        change_body: BodyChange | None = None,
    ) -> None:
        super().__init__()
        self.recorder = recorder
        self.change_body = change_body
        self.lang = lang
        self._keymap = keymap or {}
        self._theme_name = theme
        self.status_bar = StatusBar(id="status")
        self._panes_mounted: AwaitComplete | None = None
        localize_bindings(self, lang)

    # -- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield self.status_bar
        yield TabBar({tab: t(f"tui.tab.{tab}", self.lang) for tab in TABS}, "rollcall", id="tabbar")
        with ContentSwitcher(id="tabs", initial="rollcall-tab"):
            with Container(id="rollcall-tab"):
                yield RollCall(self.lang)
            for tab in TABS[1:]:  # their panes come right after the first paint
                yield Container(id=f"{tab}-tab")
        yield KeyBar()

    def on_mount(self) -> None:
        if self._theme_name:
            self.theme = self._theme_name
        if self._keymap:
            self.set_keymap(self._keymap)
        info = self.recorder.state.info
        self.title = info.body.name
        self.refresh_view()
        self.set_interval(POLL_SECONDS, self.poll)
        self.set_interval(1.0, self.tick)
        self.query_one("#rollcall-table").focus()
        self.call_after_refresh(self.mount_panes)

    def mount_panes(self) -> AwaitComplete:
        """Import and mount the other tabs' panes, once: the roll call is on the screen before they are built."""
        if self._panes_mounted is None:
            from tui.agenda import Agenda
            from tui.quorum_view import QuorumView
            from tui.timing import Timing

            later = {"agenda": Agenda, "timing": Timing, "quorum": QuorumView}
            self._panes_mounted = AwaitComplete(
                *(self.query_one(f"#{tab}-tab", Container).mount(kind(self.lang)) for tab, kind in later.items())
            )
        return self._panes_mounted

    # -- state ---------------------------------------------------------------------------

    def watch_version(self) -> None:
        self.refresh_view()

    def refresh_view(self) -> None:
        """Show the state on the status bar and the visible pane."""
        state = self.recorder.state
        self.status_bar.show(state, self.recorder.clock.now(), self.lang)
        pane = self.active_pane()
        if pane is not None:
            pane.show(state)
        self.refresh_bindings()  # the key bar shows what works now, and repaints only if that changed

    def active_pane(self) -> RollCall | Agenda | Timing | QuorumView | None:
        return self.pane(self.query_one(TabBar).active)

    def pane(self, tab: str) -> Any:
        """The pane on tab `tab` ("rollcall", "agenda", …), or None while it is not mounted yet."""
        children = self.query_one(f"#{tab}-tab", Container).children
        return children[0] if children else None

    def agenda(self) -> Agenda | None:
        return cast("Agenda | None", self.pane("agenda"))

    def save_notes(self) -> None:
        if (agenda := self.agenda()) is not None:
            agenda.save_notes()

    async def on_tab_bar_clicked(self, message: TabBar.Clicked) -> None:
        await self.action_tab(message.tab)

    def poll(self) -> None:
        """Follow what another process (the CLI, a second terminal) wrote."""
        log = self.recorder.log
        if getattr(log, "dirty", False) and hasattr(log, "save_pending"):
            try:  # a write failed (full disk, read-only folder): try again, quietly, until it works
                log.save_pending()
            except SitzungError:
                pass
            else:
                self.notify(t("storage.caught_up", self.lang), severity="information")
        try:
            changed = self.recorder.refresh()
        except SitzungError as error:
            self.notify(error.message(self.lang), severity="error")
            return
        agenda = self.agenda()
        if changed and not (agenda is not None and agenda.editing):
            self.version += 1

    def tick(self) -> None:
        self.status_bar.show(self.recorder.state, self.recorder.clock.now(), self.lang)

    def attempt(self, action: Callable[[Recorder], Any], quiet: bool = False) -> bool:
        """Record an action; a refusal becomes a notification. True when it was recorded."""
        try:
            action(self.recorder)
        except SitzungError as error:
            self.notify(error.message(self.lang), severity="error", timeout=6)
            if error.key != "storage.write_failed":
                return False
            # Not on disk yet, but kept in memory: show it; the next successful write saves it.
        self.version += 1
        return True

    # -- words ------------------------------------------------------------------------------

    def describe_vote(self, vote: Vote) -> str:
        if vote.unanimous:
            return t("tui.vote_unanimous", self.lang)
        key = "tui.vote_adopted" if vote.adopted else "tui.vote_rejected"
        return t(key, self.lang, yes=vote.yes, no=vote.no, abstain=vote.abstain)

    def describe_event(self, event: Event) -> str:
        """A recorded action in a few words, for the timing list, the history and undo."""
        data, lang = event.data, self.lang
        state = self.recorder.state
        if event.kind == "attendance":
            person = state.people.get(data["person"])
            name = person.display if person else data["person"]
            return f"{name}: {t('attendance.status.' + data['status'], lang)}"
        if event.kind == "clock":
            return t(f"tui.event.clock.{data['action']}", lang)
        if event.kind == "item":
            return t(f"tui.event.item.{data['action']}", lang, number=data["number"])
        if event.kind in ("note", "vote", "recuse", "plan"):
            return t(f"tui.event.{event.kind}", lang, number=data["number"])
        if event.kind == "guest":
            return t("tui.event.guest", lang, name=data["person"]["last"])
        return t(f"tui.event.{event.kind}", lang)

    # -- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in MAIN_SCREEN_ONLY and self.screen is not self.screen_stack[0]:
            return False
        state = self.recorder.state
        if action == "clock":
            wanted = {"start": "not_started", "pause": "running", "resume": "recess"}[str(parameters[0])]
            return state.clock_status == wanted
        if action == "end_session":
            return state.clock_status in ("running", "recess") or None
        if action == "next_item":
            return (state.clock_status == "running" and self._next_item() is not None) or None
        if action == "undo":
            return bool(state.effective) or None
        if action == "retime_last":
            return self._last_timed() is not None or None
        return True

    async def action_tab(self, name: str) -> None:
        await self.mount_panes()
        self.query_one("#tabs", ContentSwitcher).current = f"{name}-tab"
        self.query_one(TabBar).active = name
        self._focus_pane(name)
        self.refresh_view()

    def _focus_pane(self, name: str) -> None:
        target = {"rollcall": "#rollcall-table", "agenda": "#agenda-tree", "timing": "#timing-events",
                  "quorum": "#quorum"}[name]
        self.query_one(target).focus()

    def _next_item(self) -> str | None:
        items = list(self.recorder.state.items.values())
        running = self.recorder.state.running_item
        start = items.index(running) + 1 if running else 0
        return next((i.number for i in items[start:] if i.status == "pending"), None)

    def action_next_item(self) -> None:
        self.save_notes()
        number = self._next_item()
        agenda = self.agenda()
        if number is not None and self.attempt(lambda r: r.item_action(number, "start")) and agenda is not None:
            agenda.select(number)

    def action_clock(self, what: str) -> None:
        self.attempt(lambda r: r.clock_action(what))

    def action_end_session(self) -> None:
        self.confirm(t("tui.confirm_end", self.lang), lambda: self.attempt(lambda r: r.clock_action("end")))

    def _last_timed(self) -> Event | None:
        return next((e for e in reversed(self.recorder.state.effective) if e.kind in ("clock", "item", "attendance")),
                    None)

    def action_retime_last(self) -> None:
        if (event := self._last_timed()) is not None:
            self.open_retime_dialog(event)

    def action_undo(self) -> None:
        state = self.recorder.state
        if not state.effective:
            return
        what = self.describe_event(state.effective[-1])
        self.save_notes()
        if self.attempt(lambda r: r.undo()):
            self.notify(t("tui.undone", self.lang, what=what))

    def action_minutes(self) -> None:
        from tui.minutes_screen import MinutesScreen

        self.save_notes()
        self.push_screen(MinutesScreen(self.recorder, self.lang))

    def action_body(self) -> None:
        """Show the body's roles and settings; edits go to the archive, never to this session's copy."""
        from tui.body_screen import BodyScreen

        self.push_screen(BodyScreen(self.recorder.state.info.body, self.lang, self.change_body))

    async def action_help(self) -> None:
        await self.mount_panes()  # the help lists every tab's keys
        self.push_screen(HelpScreen(self.lang))

    async def action_command_palette(self) -> None:
        await self.mount_panes()  # the palette offers every tab's keys
        super().action_command_palette()

    def action_quit(self) -> None:  # type: ignore[override]
        self.save_notes()
        self.exit()

    # -- the command palette ------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every binding of the app and its panes is also a command in the palette."""
        yield from super().get_system_commands(screen)
        for node in (self, *filter(None, (self.pane(tab) for tab in TABS))):
            for _key, binding in node._bindings:
                if binding.id and binding.id != "app.help":
                    yield SystemCommand(
                        binding.description,
                        binding.tooltip or binding.description,
                        lambda node=node, action=binding.action: self.call_later(node.run_action, action),
                    )


def build_app(
    recorder: Recorder,
    lang: str = "en",
    keymap: dict[str, str] | None = None,
    theme: str | None = None,
    change_body: BodyChange | None = None,
) -> SitzungApp:
    """The one factory for the CLI, the Pilot tests and the snapshot tests."""
    return SitzungApp(recorder, lang, keymap, theme, change_body)


def run(
    recorder: Recorder,
    lang: str = "en",
    keymap: dict[str, str] | None = None,
    theme: str | None = None,
    change_body: BodyChange | None = None,
) -> None:
    build_app(recorder, lang, keymap, theme, change_body).run()
