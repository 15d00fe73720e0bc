"""Running `sitzung` in-process for the bodies tests, with stdout and stderr apart."""

from __future__ import annotations

from pathlib import Path

from click.testing import Result

from tests.cli_helpers import runner, sitzung

__all__ = ["run", "sitzung", "write"]


def run(*args: str) -> Result:
    """`sitzung ARGS`, whatever its exit code."""
    from cli import app

    return runner.invoke(app, list(args))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
