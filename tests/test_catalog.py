"""Every sentence exists in German and English, with the same placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import cli.words
import exports.docx  # the PDF's and the DOCX's own words, registered when they are imported
import exports.pdf
import exports.words
import storage.words
import tui.chair_words
import tui.words
from sitzung.catalog import MODULES as CORE_MODULES
from sitzung.i18n import CATALOG

ROOT = Path(__file__).resolve().parents[1]
ADAPTERS = (cli.words, exports.words, storage.words, tui.words, tui.chair_words)
MODULES = (*CORE_MODULES, *ADAPTERS)
# Words that belong to an adapter, by the first part of their key.
ADAPTER_PREFIXES = ("cli.", "tui.", "binding.", "chair.", "serve.", "export.", "storage.")


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
    for package in ("sitzung", "storage", "exports", "tui", "cli"):
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


def test_the_core_holds_only_its_own_words() -> None:
    """Each adapter's words live beside it; the core's catalog has none of them."""
    strays = [key for module in CORE_MODULES for key in module.MESSAGES if key.startswith(ADAPTER_PREFIXES)]
    assert not strays, strays


def test_a_key_defined_twice_is_refused() -> None:
    import pytest

    from sitzung.i18n import register

    key = next(iter(tui.words.MESSAGES))
    with pytest.raises(ValueError, match=key):
        register({key: {"en": "x", "de": "x"}})
