"""The Textual app for the clerk: screens, widgets and one stylesheet."""
