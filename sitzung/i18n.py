"""Translations: every sentence the user reads comes from a catalog.

The core's words are in `sitzung.catalog`; each adapter registers its own
words (its `words.py`) when its package is imported, so a key is looked up
in one table and a duplicate key is refused at import. The language is chosen
by `--lang`, then `SITZUNG_LANG`, then the locale; German and English are
complete, anything else falls back to English.
"""

from __future__ import annotations

import locale
import os
from typing import Any

from sitzung.catalog import MODULES

LANGUAGES = ("de", "en")

CATALOG: dict[str, dict[str, str]] = {}


def register(messages: dict[str, dict[str, str]]) -> None:
    """Add an adapter's words; a key that another module already defines is a programming error."""
    clash = [key for key in messages if key in CATALOG and CATALOG[key] is not messages[key]]
    if clash:
        raise ValueError(f"catalog keys defined twice: {', '.join(sorted(clash))}")
    CATALOG.update(messages)


for _module in MODULES:
    register(_module.MESSAGES)


def detect_language(explicit: str | None = None) -> str:
    """The language to speak: explicit choice, then SITZUNG_LANG, then the locale."""
    for candidate in (explicit, os.environ.get("SITZUNG_LANG")):
        if candidate:
            code = candidate.lower()[:2]
            if code in LANGUAGES:
                return code
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    loc = locale.getlocale()[0] or ""
    return "de" if loc.lower().startswith("de") else "en"


def counted(key: str, count: int, lang: str = "en") -> str:
    """ "1 abstention", "3 abstentions": the catalog's `key.one` or `key.many`, with the count."""
    return t(f"{key}.{'one' if count == 1 else 'many'}", lang, count=count)


def t(key: str, lang: str = "en", /, **params: Any) -> str:
    """The sentence `key` in `lang`, with `params` filled in."""
    entry = CATALOG[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text
