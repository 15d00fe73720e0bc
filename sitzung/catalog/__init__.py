"""The core's words, one module per area: model and recorder, imports, bodies, typed text.

Each module holds `MESSAGES: dict[str, dict[str, str]]`, key -> {"en": ..., "de": ...}.
The adapters keep their own words beside them (`cli/words.py`, `tui/words.py`,
`exports/words.py`, `storage/words.py`) and register them with `sitzung.i18n`
when their package is imported.
"""

from __future__ import annotations

from sitzung.catalog import approvals, attendance, bodies, core, decisions, declarations, imports, styles, text

MODULES = (core, imports, bodies, text, decisions, attendance, styles, declarations, approvals)
