"""The exports adapter renders without Textual and without TinyDB."""

from __future__ import annotations

import subprocess
import sys


def test_exports_import_neither_textual_nor_tinydb() -> None:
    code = (
        "import sys\n"
        "import exports.minutes, exports.session_json, exports.output, exports.markdown_text\n"
        "import jinja2\n"
        "print(sorted(m for m in ('textual', 'tinydb', 'storage', 'tui') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
