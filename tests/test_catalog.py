"""Every sentence exists in German and English, with the same placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from sitzung.catalog import CATALOG, MODULES

ROOT = Path(__file__).resolve().parents[1]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_keys_are_unique_across_modules() -> None:
    seen: dict[str, str] = {}
    for module in MODULES:
        for key in module.MESSAGES:
            assert key not in seen, f"{key} is in {seen.get(key)} and {module.__name__}"
            seen[key] = module.__name__


def test_both_languages_with_the_same_placeholders() -> None:
    for key, entry in CATALOG.items():
        assert set(entry) == {"en", "de"}, key
        assert placeholders(entry["en"]) == placeholders(entry["de"]), key


def test_every_key_used_in_code_exists() -> None:
    """String literals passed to SitzungError(...) or t(...) name catalog keys."""
    missing = []
    for package in ("sitzung", "storage", "exports", "tui"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                first = node.args[0]
                literal = first.value if isinstance(first, ast.Constant) else None
                if name in ("SitzungError", "t", "say", "Term") and isinstance(literal, str) and literal not in CATALOG:
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {literal}")
    assert not missing, missing
