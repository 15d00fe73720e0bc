"""What every part of the app shares: bindings whose label and tooltip come from the catalog, in the chosen language."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from sitzung.i18n import CATALOG, t


def bind(binding_id: str, keys: str, action: str, *, show: bool = True, priority: bool = False) -> Binding:
    """A binding whose words live in the catalog only ("binding.<id>" and "binding.<id>.tip").

    The class attribute carries the English words; `localize_bindings` gives each
    instance those of the chosen language. So a key's label is written once.
    """
    return Binding(
        keys, action, t(f"binding.{binding_id}", "en"), show=show, priority=priority, id=binding_id,
        tooltip=t(f"binding.{binding_id}.tip", "en"),
    )


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Give a node's bindings their description and tooltip in `lang`, found by binding id.

    Textual keeps a node's bindings in `_bindings`, copied per instance; replacing
    the Binding objects there is how descriptions follow the chosen language.
    """
    table = node._bindings.key_to_bindings
    for keys, bindings in table.items():
        table[keys] = [
            replace(b, description=t(f"binding.{b.id}", lang), tooltip=t(f"binding.{b.id}.tip", lang))
            if b.id and f"binding.{b.id}" in CATALOG
            else b
            for b in bindings
        ]


MAX_COUNT_DIGITS = 9  # a count of minutes or votes: up to 999,999,999, as the command line takes


def count_of(text: str) -> int | None:
    """A count typed in a form: ASCII digits only ("²" is a digit to Python, not a number), at most nine of
    them; None for anything else, or for nothing."""
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= MAX_COUNT_DIGITS else None
