"""The translation catalogs, one module per area, merged into one mapping.

Each module holds `MESSAGES: dict[str, dict[str, str]]`, key -> {"en": ..., "de": ...}.
Keys are unique across modules; `tests/test_catalog.py` checks that and that
every entry has both languages with the same placeholders.
"""

from __future__ import annotations

from sitzung.catalog import bodies, chair, cli, core, exports, imports, storage, tui

MODULES = (core, imports, storage, cli, tui, chair, exports, bodies)

CATALOG: dict[str, dict[str, str]] = {}
for _module in MODULES:
    CATALOG.update(_module.MESSAGES)
