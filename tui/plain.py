"""Stored and typed text as the screens show it: as written, never read as markup, never a raw escape.

Names, titles, places and notes come from a roster someone else typed, a guest
who spelled their own name, or a file edited by hand. Shown through Rich or
Textual markup, "Gast [/], Gustav" would crash a tab and "[link=…]" would become
a link; an ESC or a bidi override would reach the terminal. So every such text
becomes a `Text` (which is never parsed) with its control and invisible
formatting characters written as a visible `\\uXXXX` (`sitzung.text_rules.printable`).
"""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text

from sitzung.text_rules import printable


def clean(text: str, lines: bool = False) -> str:
    """`text` safe to print: control and invisible characters (line breaks too, unless `lines`) as `\\uXXXX`."""
    return printable(text, lines=lines)


def plain(text: str, style: StyleType = "", lines: bool = False) -> Text:
    """`text` as a Rich `Text`, shown literally: never markup, no raw control character (`clean`)."""
    return Text(printable(text, lines=lines), style=style)
