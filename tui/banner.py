"""A line across the top that says this app is read-only, and how to take the session over."""

from __future__ import annotations

from textual.widgets import Static

from tui.plain import plain


class ReadOnlyBanner(Static):
    """Shown while another app has the session; hidden otherwise."""

    DEFAULT_CSS = """
    ReadOnlyBanner { height: auto; padding: 0 1; background: $warning-muted; color: $text; display: none; }
    ReadOnlyBanner.-shown { display: block; }
    """

    def say(self, text: str) -> None:
        """Show `text` (plain text, never markup); an empty text hides the banner."""
        self.update(plain(text, lines=True))
        self.set_class(bool(text), "-shown")
