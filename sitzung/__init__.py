"""sitzung: the clerk's meeting recorder. This package is the core: no Textual, no TinyDB."""

__version__ = "0.1.0"
