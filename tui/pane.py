"""What the four tabs share: their language, translated bindings, and the app that owns the state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.common import localize_bindings

if TYPE_CHECKING:
    from tui.app import SitzungApp


class PaneMixin:
    """Mixed into each tab's container widget; panes read state from and act through `sitzung`."""

    lang: str

    def init_pane(self, lang: str) -> None:
        self.lang = lang
        localize_bindings(self, lang)  # type: ignore[arg-type]

    @property
    def sitzung(self) -> SitzungApp:
        return self.app  # type: ignore[attr-defined,no-any-return]
