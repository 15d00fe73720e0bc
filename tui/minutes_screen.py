"""The minutes as they stand, live: a preview in Textual's Markdown widget, and export to a file.

The screen renders the same Markdown as `sitzung export` (`exports.minutes`),
full or public, German or English, and re-renders whenever the session's log
grows (the app's own timer picks up other processes' writes; this screen only
watches the state's sequence number, so it never steals a change from the app).
"Export" asks for a path and writes exactly what is shown, atomically.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Markdown, Static

from exports.minutes import MinutesOptions, render_minutes
from exports.output import write_atomically
from sitzung.errors import SitzungError
from sitzung.i18n import LANGUAGES, t
from sitzung.recorder import Recorder
from sitzung.views import open_points
from tui.common import bind, localize_bindings
from tui.keybar import KeyBar
from tui.plain import clean, plain

POLL_SECONDS = 0.5


class MinutesScreen(Screen[None]):
    """A live preview of the minutes, with a switch between the full and the public version."""

    DEFAULT_CSS = """
    MinutesScreen #minutes-mode { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    MinutesScreen #minutes-scroll { height: 1fr; }
    MinutesScreen #minutes-path { dock: bottom; display: none; }
    MinutesScreen #minutes-path.-shown { display: block; }
    """

    BINDINGS = [
        bind("minutes.close", "escape", "close"),
        bind("minutes.public", "p", "toggle_public"),
        bind("minutes.language", "l", "toggle_language"),
        bind("minutes.export", "e", "export"),
    ]

    def __init__(
        self, recorder: Recorder, lang: str = "en", minutes_lang: str | None = None, approved: date | None = None
    ) -> None:
        """`approved`: the date of the later meeting that approved these minutes (the app asks the archive)."""
        super().__init__()
        self.recorder = recorder
        self.approved = approved
        self.lang = lang
        self.minutes_lang = minutes_lang or lang
        self.public = False
        self.markdown = ""
        self._shown: tuple[int, bool, str] | None = None
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Static("", id="minutes-mode")
        with VerticalScroll(id="minutes-scroll"):
            yield Markdown("", id="minutes-preview", open_links=False)
        yield Input(placeholder=t("tui.minutes.path_placeholder", self.lang), id="minutes-path")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = t("tui.minutes.title", self.lang)
        self.show_minutes()
        self.set_interval(POLL_SECONDS, self.show_minutes)

    # -- the preview ------------------------------------------------------------------------

    def render_markdown(self) -> str:
        """The minutes as `sitzung export` writes them, with no raw control character (`clean`)."""
        options = MinutesOptions(lang=self.minutes_lang, public=self.public, approved=self.approved)
        return clean(render_minutes(self.recorder.state, options), lines=True)

    def show_minutes(self, force: bool = False) -> None:
        """Re-render when the session, the version or the language changed."""
        key = (self.recorder.state.last_seq, self.public, self.minutes_lang)
        if key == self._shown and not force:
            return
        self._shown = key
        self.markdown = self.render_markdown()
        mode = t("tui.minutes.public" if self.public else "tui.minutes.full", self.lang)
        self.query_one("#minutes-mode", Static).update(plain(f"{mode} · {self.minutes_lang.upper()}"))
        self.query_one("#minutes-preview", Markdown).update(self.markdown)

    def action_toggle_public(self) -> None:
        self.public = not self.public
        self.show_minutes()

    def action_toggle_language(self) -> None:
        index = LANGUAGES.index(self.minutes_lang) if self.minutes_lang in LANGUAGES else -1
        self.minutes_lang = LANGUAGES[(index + 1) % len(LANGUAGES)]
        self.show_minutes()

    # -- export -------------------------------------------------------------------------------

    def default_path(self) -> str:
        info = self.recorder.state.info
        suffix = "-public" if self.public else ""
        return f"{info.id}-{self.minutes_lang}{suffix}.md"

    def action_export(self) -> None:
        field = self.query_one("#minutes-path", Input)
        field.value = field.value or self.default_path()
        field.add_class("-shown")
        field.focus()

    def action_close(self) -> None:
        field = self.query_one("#minutes-path", Input)
        if field.has_class("-shown"):
            field.remove_class("-shown")
            self.query_one("#minutes-scroll").focus()
            return
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        raw = event.value.strip()
        if not raw:
            self.notify(t("tui.minutes.no_path", self.lang), severity="warning", markup=False)
            return
        path = Path(raw).expanduser()
        self.show_minutes()
        try:
            write_atomically(path, self.markdown, private=not self.public)  # the full minutes: owner only
        except SitzungError as error:
            self.notify(error.message(self.lang), severity="error", markup=False)
            return
        except OSError as error:
            reason = error.strerror or str(error)
            message = t("tui.os_error", self.lang, where=str(path), reason=reason)
            self.notify(message, severity="error", markup=False)
            return
        event.input.remove_class("-shown")
        self.query_one("#minutes-scroll").focus()
        self.notify(t("tui.minutes.written", self.lang, path=str(path)), markup=False)
        if unrecorded := open_points(self.recorder.state).unrecorded:  # in neither list of the minutes
            names = "; ".join(p.display for p in unrecorded)
            warning = t("export.unrecorded", self.lang, count=len(unrecorded), names=names)
            self.notify(warning, severity="warning", markup=False)
