"""F1: every key of the app, grouped by where it works, with the keys as the user bound them."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from sitzung.i18n import t
from tui.common import localize_bindings


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the app and of each pane."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close", id="help.close", tooltip="Back to the meeting.")]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        from tui.app import TABS

        app = self.app
        text = Text()
        groups = [("tui.help.everywhere", app)]
        groups += [(f"tui.tab.{tab}", app.pane(tab)) for tab in TABS]
        for title, node in groups:
            if node is None:
                continue
            text.append(t(title, self.lang) + "\n", style="bold underline")
            seen: set[str] = set()
            bindings = node._bindings.copy()
            if app._keymap:
                bindings.apply_keymap(app._keymap)
            for _key, binding in bindings:
                if not binding.id or binding.id in seen:
                    continue
                seen.add(binding.id)
                shown = app.get_key_display(binding)
                text.append(f"  {shown:<12}", style="bold")
                text.append(f"{binding.description} — {binding.tooltip}\n")
            text.append("\n")
        text.append(t("tui.help.rebind", self.lang))
        with VerticalScroll(id="help"):
            yield Static(text)
