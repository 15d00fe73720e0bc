"""Every storage error key used in the code has an English and a German sentence with the same blanks."""

from __future__ import annotations

import re
import string
from pathlib import Path

import storage
from storage.words import MESSAGES

SOURCE = Path(storage.__file__).parent


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_used_is_in_the_catalog() -> None:
    used = {key for path in SOURCE.glob("*.py") for key in re.findall(r'"(storage\.[a-z_]+)"', path.read_text())}
    assert used and used <= set(MESSAGES), used - set(MESSAGES)


def test_both_languages_with_the_same_placeholders() -> None:
    for key, entry in MESSAGES.items():
        assert set(entry) == {"en", "de"}, key
        assert fields(entry["en"]) == fields(entry["de"]), key
