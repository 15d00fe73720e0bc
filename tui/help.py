"""F1: every key of the app, grouped by where it works, with the keys as the user bound them."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from sitzung.i18n import t
from tui.common import bind, localize_bindings
from tui.plain import clean


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the app and of each pane: the app hands it the groups (a title key and a node)."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [bind("help.close", "escape,f1,q", "dismiss")]

    def __init__(self, lang: str, groups: list[tuple[str, DOMNode]], keymap: dict[str, str]) -> None:
        super().__init__()
        self.lang = lang
        self.groups = groups
        self.keymap = keymap
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        app = self.app
        text = Text()
        for title, node in self.groups:
            text.append(t(title, self.lang) + "\n", style="bold underline")
            seen: set[str] = set()
            bindings = node._bindings.copy()
            if self.keymap:
                bindings.apply_keymap(self.keymap)
            for _key, binding in bindings:
                if not binding.id or binding.id in seen:
                    continue
                seen.add(binding.id)
                shown = clean(app.get_key_display(binding))  # the keys as bound in the settings file
                text.append(f"  {shown:<12}", style="bold")
                text.append(f"{binding.description} — {binding.tooltip}\n")
            text.append("\n")
        text.append(t("tui.help.rebind", self.lang))
        with VerticalScroll(id="help"):
            yield Static(text)
