"""The one way the command line prints: whatever it prints passes through `printable`.

Names, titles and places are stored text; a file edited by hand or written by
an older version may hold a terminal escape. Printed through here it shows as
`\\u001b` and never reaches the terminal as a control sequence. JSON keeps its
meaning, since the escape is JSON's own.
"""

import typer

from sitzung.text_rules import printable


def echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    typer.echo(printable(text), err=err, nl=nl)
