"""The clerk's app. One factory, `build_app`, builds it for the CLI, the Pilot tests and the snapshots.

The app owns the state: panes read `recorder.state` and ask the app to act
through `attempt`, which records the action (durably, before it returns) and
turns a refusal into a notification. Writes run on the UI thread on purpose:
each is a few milliseconds, and the clerk's keystrokes must be recorded in
the order they were typed. A timer follows what other processes write (one
`os.stat` per tick; the file is re-read only when it changed).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.await_complete import AwaitComplete
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import ContentSwitcher

from sitzung.errors import SitzungError
from sitzung.i18n import t
from sitzung.model import Event
from sitzung.recorder import Recorder
from sitzung.vocabulary import TIMED_KINDS, ClockAction, ClockState, ItemAction, ItemStatus
from tui.banner import ReadOnlyBanner
from tui.common import bind, localize_bindings
from tui.decision_forms import DecisionForms
from tui.describe import describe_event
from tui.forms import FormsMixin
from tui.keybar import KeyBar
from tui.messages import Act, Form, OpenForm, SaveNotes
from tui.plain import clean
from tui.rollcall import RollCall
from tui.status import StatusBar
from tui.tabbar import TabBar

if TYPE_CHECKING:
    from datetime import date

    from textual.command import Provider

    from sitzung.ports import Archive
    from tui.agenda import Agenda
    from tui.body_screen import BodyChange
    from tui.quorum_view import QuorumView
    from tui.timing import Timing

POLL_SECONDS = 0.5
TIDY_AFTER_POLLS = 6  # three seconds without a new event: the session file is rewritten from the journal
# The meeting's actions: they act on the main screen, not under the minutes, the body, a dialog or the help.
MAIN_SCREEN_ONLY = {"tab", "minutes", "body", "next_item", "clock", "end_session", "retime_last", "undo", "remark"}
PANES_CSS = Path(__file__).with_name("panes.tcss")  # the agenda's, timing's and quorum's rules (`mount_panes`)
TABS = ("rollcall", "agenda", "timing", "quorum")  # each tab's pane has the tab's name as its id


def palette_commands() -> type[Provider]:
    """The palette's commands, imported when the palette first opens (not at start-up)."""
    from tui.palette import Commands

    return Commands


class MainScreen(Screen[None]):
    """The screen of the four tabs: it starts with the roll call's list focused."""

    AUTO_FOCUS = "#rollcall-table"
    _resumed = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Its first resume comes right after its widgets were mounted, each styled as it mounted: Textual would
        style them all again (`refresh_styles`) before the first paint (`python -m benchmarks`, tui_start).
        Later resumes (a dialog closed) restyle as usual. Runs before `Screen`'s own handler."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False


class SitzungApp(DecisionForms, FormsMixin, App[None]):
    """Roll call, agenda, timing and quorum of one session, from the keyboard."""

    CSS_PATH = "sitzung.tcss"
    TITLE = "sitzung"
    COMMANDS = {palette_commands}  # our commands in our words (not Textual's English "No matches found")
    BINDINGS = [
        bind("app.help", "f1", "help"),
        bind("app.tab_rollcall", "1", "tab('rollcall')"),
        bind("app.tab_agenda", "2", "tab('agenda')"),
        bind("app.tab_timing", "3", "tab('timing')"),
        bind("app.tab_quorum", "4", "tab('quorum')"),
        bind("app.minutes", "5", "minutes"),
        bind("app.body", "b", "body"),
        bind("app.next_item", "n", "next_item"),
        bind("app.clock_start", "c", "clock('start')"),
        bind("app.clock_pause", "c", "clock('pause')"),
        bind("app.remark", "R", "remark"),
        bind("app.clock_resume", "c", "clock('resume')"),
        bind("app.clock_end", "E", "end_session"),
        bind("app.retime_last", "T", "retime_last"),
        bind("app.undo", "ctrl+z", "undo"),
        bind("app.quit", "q", "quit"),
        bind("app.take_over", "ctrl+t", "take_over"),
        # our own palette key: Textual's would add its English "palette" label; ours opens it in the app's language
        bind("app.palette", "ctrl+p", "command_palette", show=False, priority=True),
    ]

    version: reactive[int] = reactive(0, init=False)

    def __init__(
        self,
        recorder: Recorder,
        lang: str = "en",
        keymap: dict[str, str] | None = None,
        theme: str | None = None,
        change_body: BodyChange | None = None,
        archive: Archive | None = None,
    ) -> None:
        """`archive`: the body's other sessions, read only, for approving earlier minutes and the minutes' approval."""
        super().__init__()
        self.recorder = recorder
        self.change_body = change_body
        self.archive = archive
        self._has_earlier: bool | None = None  # asked once, after the first paint
        self.lang = lang
        self._keymap = keymap or {}
        self._theme_name = theme
        self.status_bar = StatusBar(id="status")
        self.read_only = ""  # who has the session, while another app has it: then nothing is recorded here
        self._taking_over = False
        self._panes_mounted: AwaitComplete | None = None
        self._quiet_polls, self._last_seen = 0, -1  # polls without a new event, and the last event seen
        localize_bindings(self, lang)

    def run(self, **options: Any) -> None:
        """Run in this terminal (`App.run`'s options), the garbage collector held back while the app starts.

        The objects alive now (the imports', the loaded session's) live as long as the app: frozen, the
        collector no longer walks them, which spares the first paint a full collection of about 25 ms
        (`python -m benchmarks`, tui_start) and the session its later pauses. Until the first paint it
        does not run at all (`on_mount` lets it run again then). A process that goes on (the snapshot
        tests) collects the frozen objects again afterwards.
        """
        gc.freeze()
        gc.disable()
        try:
            return super().run(**options)
        finally:
            gc.enable()
            gc.unfreeze()

    # -- layout -------------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen(id="_default")

    def compose(self) -> ComposeResult:
        # the read-only banner is mounted when another app has the session (set_read_only)
        state, now = self.recorder.state, self.recorder.clock.now()
        self.status_bar.show(state, now, self.lang, self.recorder.log.mirror)  # its colour styled as it mounts
        yield self.status_bar
        yield TabBar({tab: t(f"tui.tab.{tab}", self.lang) for tab in TABS}, "rollcall", id="tabbar")
        with ContentSwitcher(id="tabs", initial="rollcall"):
            yield RollCall(self.lang, state, now)
        # the other tabs come right after the first paint (mount_panes)
        yield KeyBar()

    def on_mount(self) -> None:
        if self._theme_name:
            self.theme = self._theme_name
        if self._keymap:
            self.set_keymap(self._keymap)
        info = self.recorder.state.info
        self.title = clean(info.body.name)
        self.set_read_only(self.recorder.log.hold() or "")  # and shows the state
        self.set_interval(POLL_SECONDS, self.poll)
        self.set_interval(1.0, self.tick)
        self.call_after_refresh(gc.enable)  # after the first paint (see `run`)
        self.call_after_refresh(self.mount_panes)

    def mount_panes(self) -> AwaitComplete:
        """Import and mount the other tabs' panes, once: the roll call is on the screen before they are built."""
        if self._panes_mounted is None:
            from tui.agenda import Agenda
            from tui.quorum_view import QuorumView
            from tui.timing import Timing

            # Their rules come with them: the first paint styled its widgets against the first screen's rules only.
            self.stylesheet.read(PANES_CSS)
            self.refresh_css(animate=False)
            state, now = self.recorder.state, self.recorder.clock.now()
            switcher = self.query_one("#tabs", ContentSwitcher)
            self._panes_mounted = AwaitComplete(
                *(switcher.add_content(kind(self.lang, state, now)) for kind in (Agenda, Timing, QuorumView))
            )
        return self._panes_mounted

    # -- state ---------------------------------------------------------------------------

    def watch_version(self) -> None:
        self.refresh_view()

    def refresh_view(self) -> None:
        """Show the state on the status bar and the visible pane."""
        state, now = self.recorder.state, self.recorder.clock.now()
        self.status_bar.show(state, now, self.lang, self.recorder.log.mirror)
        pane = self.active_pane()
        if pane is not None:
            pane.show(state, now)
        if (agenda := self.agenda()) is not None:  # mounted after the first paint: lock its notes here too
            agenda.lock_notes(bool(self.read_only))
            agenda.approvals = self.has_earlier()
        self.refresh_bindings()  # the key bar shows what works now, and repaints only if that changed

    def active_pane(self) -> RollCall | Agenda | Timing | QuorumView | None:
        return self.pane(self.query_one(TabBar).active)

    def pane(self, tab: str) -> Any:
        """The pane on tab `tab` ("rollcall", "agenda", …), or None until it and its own widgets are mounted."""
        panes = self.query(f"#tabs > #{tab}")
        return panes.first() if panes and panes.first().is_mounted else None

    def has_earlier(self) -> bool:
        """Whether the archive holds a meeting of the body before this one, whose minutes this one may approve."""
        if self._has_earlier is None:
            from sitzung.approvals import sessions_before

            try:
                self._has_earlier = self.archive is not None and bool(
                    sessions_before(self.archive, self.recorder.state.info)
                )
            except SitzungError:  # an archive that cannot be read offers nothing to approve
                self._has_earlier = False
        return self._has_earlier

    def approved_on(self) -> date | None:
        """The date of the later meeting that approved this session's minutes; None while they are a draft."""
        if self.archive is None:
            return None
        from sitzung.approvals import approved_on

        try:
            return approved_on(self.archive, self.recorder.state.info)
        except SitzungError as error:
            self.notify(error.message(self.lang), severity="error", markup=False)
            return None

    def agenda(self) -> Agenda | None:
        return cast("Agenda | None", self.pane("agenda"))

    def save_notes(self) -> None:
        """Record the notes being typed before the app's own action, so the log keeps the clerk's order.

        What another writer recorded meanwhile (a note from a shell, a second app) is merged in, not replaced.
        The editor holds the notes as shown (`clean`), so they are merged as shown too.
        """
        from sitzung.text_merge import merge_notes  # here: the first screen has no notes to merge

        agenda = self.agenda()
        if agenda is None or (unsaved := agenda.unsaved_notes()) is None:
            return
        number, base, ours = unsaved
        with contextlib.suppress(SitzungError):
            self.recorder.refresh()
        item = self.recorder.state.items.get(number)
        if item is None:
            return
        merged = merge_notes(base, ours, clean(item.notes, lines=True))
        if merged == item.notes or self.attempt(lambda r: r.note(number, merged, append=False)):
            agenda.notes_recorded(number, merged)

    def on_save_notes(self, message: SaveNotes) -> None:
        message.stop()
        self.save_notes()

    async def on_tab_bar_clicked(self, message: TabBar.Clicked) -> None:
        await self.action_tab(message.tab)

    def set_read_only(self, holder: str, key: str = "tui.read_only") -> None:
        """Another app has the session (`holder`), or this one has it again (""): say so, lock the notes."""
        self.read_only = holder
        text = t(key, self.lang, holder=clean(holder)) if holder else ""
        if banners := self.query(ReadOnlyBanner):
            banners.first().say(text)
        elif text:  # the first time: a widget fewer to style and lay out before the first paint
            banner = ReadOnlyBanner(id="read-only")
            banner.say(text)
            self.mount(banner, before=self.status_bar)
        self.refresh_view()  # locks or unlocks the notes, and the key bar follows

    def follow_holder(self) -> None:
        """Let go when another app asks (saving the notes first); take the session when it is free again."""
        log = self.recorder.log
        if not self.read_only and log.asked_to_let_go():
            self.save_notes()
            log.let_go()
            self.set_read_only("…", "tui.taken_over")
        elif self.read_only and self._taking_over and log.hold() is None:
            self._taking_over = False
            self.set_read_only("")
            self.notify(t("tui.took_over", self.lang), markup=False)

    def action_take_over(self) -> None:
        """Ask the app that has the session to let go; it saves and goes read-only at its next poll."""
        self._taking_over = True
        self.recorder.log.ask_to_take_over()
        self.follow_holder()  # a holder that is gone has let go already

    def poll(self) -> None:
        """Follow what another process (the CLI, a second terminal) wrote, and which app has the session."""
        log = self.recorder.log
        self.follow_holder()
        if getattr(log, "dirty", False) and hasattr(log, "save_pending"):
            try:  # a write failed (full disk, read-only folder): try again, quietly, until it works
                log.save_pending()
            except SitzungError:
                pass
            else:
                self.notify(t("tui.caught_up", self.lang), severity="information", markup=False)
        try:
            changed = self.recorder.refresh()
        except SitzungError as error:
            self.notify(error.message(self.lang), severity="error", markup=False)
            return
        agenda = self.agenda()
        if changed and not (agenda is not None and agenda.editing):
            self.version += 1
        self.tidy_when_idle()

    def tidy_when_idle(self) -> None:
        """Rewrite the session file from its journal once nothing has been recorded for a while, so that the
        file other tools read is complete (an action only appends to the journal)."""
        last = self.recorder.state.last_seq
        self._quiet_polls = self._quiet_polls + 1 if last == self._last_seen else 0
        self._last_seen = last
        if self._quiet_polls == TIDY_AFTER_POLLS and not self.read_only:
            self.recorder.tidy()

    def tick(self) -> None:
        self.status_bar.show(self.recorder.state, self.recorder.clock.now(), self.lang, self.recorder.log.mirror)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification (the screens' too) is plain text: a sentence may quote a name or a file."""
        super().notify(clean(message, lines=True), title=clean(title), severity=severity, timeout=timeout,
                       markup=False)

    def attempt(self, action: Callable[[Recorder], Any]) -> bool:
        """Record an action; a refusal becomes a notification. True when it was recorded."""
        if self.read_only:
            self.notify(t("tui.read_only_refused", self.lang), severity="warning", markup=False)
            return False
        try:
            action(self.recorder)
        except SitzungError as error:
            self.notify(error.message(self.lang), severity="error", timeout=6, markup=False)
            if error.key != "storage.write_failed":
                return False
            # Not on disk yet, but kept in memory: show it; the next successful write saves it.
        self.version += 1
        return True

    # -- what the panes ask ----------------------------------------------------------------

    def on_act(self, message: Act) -> None:
        message.stop()
        if self.attempt(message.action) and message.then is not None:
            message.then()

    def on_open_form(self, message: OpenForm) -> None:
        message.stop()
        form, subject = message.form, message.subject
        decisions = {
            Form.MOTION: self.open_motion_dialog, Form.MOTION_ACTION: self.open_motion_action_dialog,
            Form.VOTE: self.open_vote_dialog, Form.NAMED_VOTE: self.open_named_vote,
            Form.RESOLVE: self.open_resolve_dialog, Form.ELECTION: self.open_election,
        }
        if form in decisions:
            decisions[form](subject)
        elif form is Form.RECUSE:
            self.open_recuse_dialog(subject)
        elif form is Form.GUEST:
            self.open_guest_dialog()
        elif form is Form.APOLOGY:
            self.open_apology_dialog(subject)
        elif form is Form.ITEM:
            self.open_item_dialog(subject)
        elif form is Form.PLAN:
            self.open_plan_dialog(subject)
        elif form is Form.RETIME:
            self.open_retime_dialog(subject)
        elif form is Form.AGENDA:
            self.open_agenda_import_dialog()
        elif form is Form.APPROVE:
            self.open_approve_dialog(subject)

    # -- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in MAIN_SCREEN_ONLY and self.screen is not self.screen_stack[0]:
            return False
        state = self.recorder.state
        if action == "clock":
            wanted = {
                ClockAction.START: ClockState.NOT_STARTED, ClockAction.PAUSE: ClockState.RUNNING,
                ClockAction.RESUME: ClockState.RECESS,
            }[ClockAction(str(parameters[0]))]
            return state.clock_status is wanted
        if action == "end_session":
            return state.clock_status.in_session or None
        if action == "next_item":
            return (state.clock_status is ClockState.RUNNING and self._next_item() is not None) or None
        if action == "undo":
            return bool(state.effective) or None
        if action == "take_over":
            return bool(self.read_only)  # hidden unless another app has the session
        if action == "retime_last":
            return self._last_timed() is not None or None
        return True

    async def action_tab(self, name: str) -> None:
        await self.mount_panes()
        self.query_one("#tabs", ContentSwitcher).current = name
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
        return next((i.number for i in items[start:] if i.status is ItemStatus.PENDING), None)

    def action_next_item(self) -> None:
        self.save_notes()
        number = self._next_item()
        agenda = self.agenda()
        if number is None or not self.attempt(lambda r: r.item_action(number, ItemAction.START)):
            return
        if agenda is not None:
            agenda.select(number)

    def action_remark(self) -> None:
        self.save_notes()
        self.open_remark_dialog()

    def action_clock(self, what: str) -> None:
        if ClockAction(what) is ClockAction.PAUSE:
            self.open_recess_dialog()
            return
        self.attempt(lambda r: r.clock_action(ClockAction(what)))

    def action_end_session(self) -> None:
        """Ask before closing, and say what is still open: items never taken up, people never recorded."""
        from sitzung.views import open_points  # the quorum tab imports it too, after the first paint

        question = t("tui.confirm_end", self.lang)
        if missing := open_points(self.recorder.state):
            people = ", ".join(clean(p.display) for p in missing.unrecorded) or "–"
            items = ", ".join(clean(number) for number in missing.pending) or "–"
            question += "\n" + t("tui.confirm_end_open", self.lang, items=items, people=people)
        self.confirm(question, lambda: self.attempt(lambda r: r.clock_action(ClockAction.END)))

    def _last_timed(self) -> Event | None:
        return next((e for e in reversed(self.recorder.state.effective) if e.kind in TIMED_KINDS), None)

    def action_retime_last(self) -> None:
        if (event := self._last_timed()) is not None:
            self.open_retime_dialog(event)

    def action_undo(self) -> None:
        state = self.recorder.state
        if not state.effective:
            return
        what = describe_event(state, state.effective[-1], self.lang)
        self.save_notes()
        if self.attempt(lambda r: r.undo()):
            self.notify(t("tui.undone", self.lang, what=what), markup=False)

    def action_minutes(self) -> None:
        from tui.minutes_screen import MinutesScreen

        self.save_notes()
        self.push_screen(MinutesScreen(self.recorder, self.lang, approved=self.approved_on()))

    def action_body(self) -> None:
        """Show the body's roles and settings; edits go to the archive, never to this session's copy."""
        from tui.body_screen import BodyScreen

        self.push_screen(BodyScreen(self.recorder.state.info.body, self.lang, self.change_body))

    async def action_help(self) -> None:
        from tui.help import HelpScreen

        await self.mount_panes()  # the help lists every tab's keys
        groups = [("tui.help.everywhere", self), *((f"tui.tab.{tab}", self.pane(tab)) for tab in TABS)]
        self.push_screen(HelpScreen(self.lang, groups, self._keymap))

    async def action_command_palette(self) -> None:
        await self.mount_panes()  # the palette offers every tab's keys
        from textual.command import CommandPalette  # the palette's machinery is imported when it opens

        if self.use_command_palette and not CommandPalette.is_open(self):
            placeholder = t("tui.palette.placeholder", self.lang)
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def action_quit(self) -> None:  # type: ignore[override]
        self.save_notes()
        self.exit()

    # -- the command palette ------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every binding of the app and its panes is also a command in the palette, in the app's language.

        Textual's own commands would add English duplicates ("Quit", "Keys"); of them we keep the
        theme and the screenshot, in our words.
        """
        lang = self.lang
        yield SystemCommand(t("tui.command.theme", lang), t("tui.command.theme.tip", lang), self.action_change_theme)
        yield SystemCommand(t("tui.command.screenshot", lang), t("tui.command.screenshot.tip", lang),
                            lambda: self.set_timer(0.1, self.deliver_screenshot))
        for node in (self, *filter(None, (self.pane(tab) for tab in TABS))):
            for _key, binding in node._bindings:
                if binding.id and binding.id != "app.palette":
                    yield SystemCommand(
                        binding.description,
                        binding.tooltip or binding.description,
                        lambda node=node, action=binding.action: self.call_later(node.run_action, action),
                    )


def check_theme(theme: str | None) -> None:
    """Refuse a theme Textual does not know in one sentence, before the app starts (not in a traceback)."""
    from textual.theme import BUILTIN_THEMES

    if theme and theme not in BUILTIN_THEMES:
        raise SitzungError("tui.unknown_theme", theme=clean(theme), known=", ".join(sorted(BUILTIN_THEMES)))


def build_app(
    recorder: Recorder,
    lang: str = "en",
    keymap: dict[str, str] | None = None,
    theme: str | None = None,
    change_body: BodyChange | None = None,
    archive: Archive | None = None,
) -> SitzungApp:
    """The one factory for the CLI, the Pilot tests and the snapshot tests; an unknown theme is refused."""
    check_theme(theme)
    return SitzungApp(recorder, lang, keymap, theme, change_body, archive)


def run(
    recorder: Recorder,
    lang: str = "en",
    keymap: dict[str, str] | None = None,
    theme: str | None = None,
    change_body: BodyChange | None = None,
    archive: Archive | None = None,
) -> None:
    build_app(recorder, lang, keymap, theme, change_body, archive).run()
