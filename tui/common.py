"""Small helpers every part of the app uses: translated bindings and time formatting."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from textual.dom import DOMNode

from sitzung.catalog import CATALOG
from sitzung.i18n import t


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Give a node's bindings their description and tooltip in `lang`, found by binding id.

    Textual keeps a node's bindings in `_bindings`, copied per instance; replacing
    the Binding objects there is how descriptions follow the chosen language.
    """
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [
            replace(b, description=t(f"binding.{b.id}", lang), tooltip=t(f"binding.{b.id}.tip", lang))
            if b.id and f"binding.{b.id}" in CATALOG
            else b
            for b in bindings
        ]


def hhmm(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment else ""


def elapsed(since: datetime | None, now: datetime) -> str:
    """H:MM since `since` (empty if it has not begun)."""
    if since is None:
        return ""
    return minutes_text(max(0, int((now - since).total_seconds() // 60)))


def minutes_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return f"{minutes // 60}:{minutes % 60:02d}"
