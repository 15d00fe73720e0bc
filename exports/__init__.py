"""Renderers of the minutes: Markdown, JSON (no Textual here)."""

from exports import style_words, words  # noqa: F401  (registers the exports' words)
