"""The Textual app for the clerk and the chair's view: screens, widgets and stylesheets."""

from tui import chair_words, words  # noqa: F401  (registers the app's words)
