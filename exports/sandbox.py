"""Where the minutes' templates run: a Jinja sandbox that sees the minutes' data and nothing else.

A house template is code someone else may have written. It renders in an
`ImmutableSandboxedEnvironment` (no `_`-attributes, no `__globals__`, no
`list.append`, no `str.format` tricks), and every unsafe access stops the
rendering at once instead of printing an Undefined. Its loader serves only
`.j2` files inside the template folder (or ours), so `{% include %}` cannot reach
the session files, a key or /etc/passwd, not even through a symbolic link. What
the template is handed is plain data (`exports.minutes.build_context`); in the
public version it was never given the closed part. Every failure becomes one
sentence naming the template file and, where the traceback has one, its line.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn

from jinja2 import (
    BaseLoader,
    Environment,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from sitzung.errors import SitzungError, Where

OURS = Path(__file__).parent / "templates"
BUILTIN_PREFIX = "builtin"
SUFFIX = ".j2"
MAX_TEMPLATE_BYTES = 1024 * 1024  # a template is a few pages of text; more is a mistake or an attack


class TemplateRefused(Exception):
    """A template name the loader will not serve; not a `TemplateNotFound`, so nothing falls back past it."""

    def __init__(self, key: str, name: str) -> None:
        super().__init__(name)
        self.key = key
        self.name = name


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, strict: an unsafe attribute is an error, never a quietly printed Undefined."""

    def unsafe_undefined(self, obj: Any, attribute: str) -> NoReturn:
        raise SecurityError(f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe")


def _pieces(name: str) -> list[str]:
    """The folders and file of a template name; anything but a plain relative path to a .j2 file is refused."""
    pieces = name.split("/")
    if not name.endswith(SUFFIX) or any(
        not piece or piece.startswith(".") or any(c in piece for c in "\\:\0") for piece in pieces
    ):
        raise TemplateRefused("export.template_outside", name)
    return pieces


def _source(root: Path, pieces: list[str], name: str) -> tuple[str, str, Callable[[], bool]] | None:
    """The template `pieces` below `root`, or None when it is not there; one leading out of `root` is refused."""
    shown = root.joinpath(*pieces)
    try:
        real = shown.resolve(strict=True)
    except (OSError, RuntimeError):  # missing (or a link loop)
        return None
    info = real.stat()
    if not real.is_relative_to(root.resolve()) or not stat.S_ISREG(info.st_mode):  # a link out, a folder, a FIFO
        raise TemplateRefused("export.template_outside", name)
    if info.st_size > MAX_TEMPLATE_BYTES:
        raise TemplateRefused("export.template_too_large", name)
    return real.read_text(encoding="utf-8"), str(shown), lambda: real.stat().st_mtime_ns == info.st_mtime_ns


class _Loader(BaseLoader):
    """The user's folder first, then ours; `builtin/…` names ours only (for `{% extends %}`)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = _pieces(template)
        roots = [self.folder] if self.folder is not None else []
        if pieces[0] == BUILTIN_PREFIX and len(pieces) > 1:
            roots, pieces = [], pieces[1:]
        for root in [*roots, OURS]:
            if (found := _source(root, pieces, template)) is not None:
                return found
        raise TemplateNotFound(template)


def environment(folder: Path | None) -> Environment:
    """One environment for ours and the user's templates: the same sandbox, the same rules."""
    return _Sandbox(
        loader=_Loader(folder),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _where(traceback: TracebackType | None, fallback: str) -> Where:
    """The template file and line the error happened in: Jinja gives template frames their file and line."""
    found = Where(fallback)
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith(SUFFIX):
            found = Where(filename, traceback.tb_lineno)
        traceback = traceback.tb_next
    return found


def _reason(error: BaseException) -> str:
    text = (error.message if isinstance(error, TemplateError) else None) or str(error)
    return text.rstrip(".") if text else type(error).__name__


def render(folder: Path | None, name: str, context: dict[str, Any]) -> str:
    """`name` rendered with `context`; any failure of a house template is a `SitzungError`."""
    fallback = str(folder / name) if folder is not None else name
    try:
        template: Template = environment(folder).get_template(name)
        return template.render(context)
    except TemplateSyntaxError as error:
        where = Where(error.filename or fallback, error.lineno)
        raise SitzungError("export.template_syntax", where=where, reason=_reason(error)) from None
    except TemplateRefused as error:
        where = _where(error.__traceback__, fallback)
        raise SitzungError(error.key, where=where, name=error.name) from None
    except SecurityError as error:
        where = _where(error.__traceback__, fallback)
        raise SitzungError("export.template_unsafe", where=where, reason=_reason(error)) from None
    except TemplateNotFound as error:
        where = _where(error.__traceback__, fallback)
        raise SitzungError("export.template_include_missing", where=where, name=error.name) from None
    except TemplateError as error:
        where = _where(error.__traceback__, fallback)
        raise SitzungError("export.template_failed", where=where, reason=_reason(error)) from None
    except Exception as error:  # a house template can fail in any way Python can; ours must not
        if folder is None:
            raise
        where = _where(error.__traceback__, fallback)
        raise SitzungError("export.template_failed", where=where, reason=_reason(error)) from None

