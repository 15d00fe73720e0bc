"""What a journal file holds, read as a test reads it: its lines, and the room of zeros after them."""

from __future__ import annotations

from pathlib import Path


def lines(journal: Path) -> bytes:
    """The journal's lines: its bytes up to the first zero byte (the room kept for the next lines)."""
    return journal.read_bytes().split(b"\0", 1)[0]


def room(journal: Path) -> bytes:
    """The bytes after the lines."""
    raw = journal.read_bytes()
    return raw[len(raw.split(b"\0", 1)[0]) :]
