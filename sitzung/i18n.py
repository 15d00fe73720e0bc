"""Translations: every sentence the user reads comes from the catalogs in `sitzung.catalog`.

The language is chosen by `--lang`, then `SITZUNG_LANG`, then the locale; German
and English are complete, anything else falls back to English.
"""

from __future__ import annotations

import locale
import os
from typing import TYPE_CHECKING, Any

from sitzung.catalog import CATALOG

if TYPE_CHECKING:
    from sitzung.errors import SitzungError

LANGUAGES = ("de", "en")


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


def t(key: str, lang: str = "en", /, **params: Any) -> str:
    """The sentence `key` in `lang`, with `params` filled in."""
    entry = CATALOG[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text


def describe_error(error: SitzungError, lang: str) -> str:
    """One sentence: where (file, line, column) and what is wrong."""
    from sitzung.errors import Term

    params = {k: t(v.key, lang) if isinstance(v, Term) else v for k, v in error.params.items()}
    text = t(error.key, lang, **params)
    where = error.where
    if where is None:
        return text
    if where.line is not None and where.column is not None:
        place = t("where.line_column", lang, file=where.file, line=where.line, column=where.column)
    elif where.line is not None:
        place = t("where.line", lang, file=where.file, line=where.line)
    else:
        place = where.file
    return f"{place}: {text}"
