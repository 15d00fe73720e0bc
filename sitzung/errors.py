"""One error type for everything a user can get wrong.

A `SitzungError` carries a catalog key and its parameters, not a finished
sentence, so the CLI and the TUI can say it in the user's language. It may
name a place (file, line, column) so that the sentence says where.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sitzung.i18n import t


class Where(NamedTuple):
    """A place in an input: a file, optionally a line and a column (both 1-based)."""

    file: str
    line: int | None = None
    column: int | None = None


class Term(NamedTuple):
    """A catalog key used as a parameter, translated along with the sentence around it."""

    key: str


class SitzungError(Exception):
    """A refused input or an unreadable file; the user sees one sentence and exit code 2."""

    exit_code = 2

    def __init__(self, key: str, /, *, where: Where | None = None, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.where = where
        self.params = params

    def message(self, lang: str = "en") -> str:
        """One sentence: where (file, line, column) and what is wrong."""
        params = {k: t(v.key, lang) if isinstance(v, Term) else v for k, v in self.params.items()}
        text = t(self.key, lang, **params)
        where = self.where
        if where is None:
            return text
        if where.line is not None and where.column is not None:
            place = t("where.line_column", lang, file=where.file, line=where.line, column=where.column)
        elif where.line is not None:
            place = t("where.line", lang, file=where.file, line=where.line)
        else:
            place = where.file
        return f"{place}: {text}"

    def __str__(self) -> str:
        return self.message("en")
