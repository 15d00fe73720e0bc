"""Text a command reads from standard input when its argument is '-' (an agenda, a note, a remark)."""

import sys


def read_stdin(what: str) -> str:
    """Standard input, up to the limit any real agenda or note stays within."""
    from sitzung.errors import Where
    from sitzung.text_rules import MAX_INPUT_BYTES, within_limit

    text = sys.stdin.read(MAX_INPUT_BYTES + 1)
    within_limit(text.encode("utf-8", "surrogateescape"), Where("-"), what)
    return text
