"""The command palette's commands, in the app's language, with our own answer when nothing matches.

Textual's provider would leave the palette to say "No matches found" in English;
this one offers the help (F1) in the app's words instead, so the palette never
falls back to a sentence we cannot translate.
"""

from __future__ import annotations

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from sitzung.i18n import t


class Commands(Provider):
    """Every command of the app (its bindings and panes' bindings, the theme, a screenshot)."""

    async def discover(self) -> Hits:
        for name, help_text, callback, discover in sorted(self.app.get_system_commands(self.screen)):
            if discover:
                yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = False
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            if (score := matcher.match(name)) > 0:
                found = True
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        if not found:
            lang = getattr(self.app, "lang", "en")
            yield Hit(0.01, Text(t("tui.palette.no_matches", lang)), self.app.action_help,
                      help=t("binding.app.help.tip", lang))
