"""Renderers of the minutes: Markdown, JSON (no Textual here)."""
