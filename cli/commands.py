"""Which module holds each command of `sitzung`; a call imports and builds only the one it runs.

Importing every command's module and having typer build all forty commands, for
a call that runs one, was about a sixth of the start-up time of `sitzung quorum`.
The root group knows every name at once (for `sitzung --help` and for "Did you
mean"), and builds a command when it is first looked up, from its module's
`register(app)`, the same way typer would have built it under the root.
"""

import importlib
from collections.abc import Iterator, Mapping

import typer
from typer.core import TyperCommand, TyperGroup

MODULES = {  # a command: the module in `cli` whose `register(app)` adds it, in the order `sitzung --help` lists them
    **dict.fromkeys(
        ("attend", "clock", "item", "note", "remark", "recuse", "declare", "determine", "undo", "log"), "meeting"
    ),
    **dict.fromkeys(("quorum", "present"), "quorum"),
    **dict.fromkeys(("open", "demo"), "terminal"),
    **dict.fromkeys(("motion", "vote", "ballot", "resolve", "election", "decisions"), "decisions"),
    **dict.fromkeys(("chair", "serve"), "chair"),
    "approve": "approve",
    "export": "export",
    "roster": "roster",
    "session": "sessions",
    "agenda": "agenda",
    "archive": "restore",
    "guest": "meeting",
    "body": "body",
    "report": "report",
}


class LazyCommands(Mapping[str, TyperCommand | TyperGroup]):
    """The root group's commands by name; each module's commands are built on the first look-up of one."""

    def __init__(self) -> None:
        self._built: dict[str, TyperCommand | TyperGroup] = {}

    def __getitem__(self, name: str) -> TyperCommand | TyperGroup:
        if name not in self._built:
            commands = typer.Typer()
            importlib.import_module(f"cli.{MODULES[name]}").register(commands)
            self._built.update(typer.main.get_group(commands).commands)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(MODULES)

    def __len__(self) -> int:
        return len(MODULES)
