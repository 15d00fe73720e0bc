"""Changing a body in the archive: roles added, settings edited, a body imported from TOML.

A session keeps the copy of its body it was created with (`SessionInfo.body`),
so nothing here alters a session already held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sitzung.body_toml import load_body
from sitzung.errors import SitzungError
from sitzung.model import Body, Role
from sitzung.sessions import check_body, create_body, read_input_file, require_body

if TYPE_CHECKING:
    from sitzung.ports import Archive


def with_role(body: Body, role: Role) -> Body:
    """The body with one more role; without an order it comes last."""
    if body.role(role.key) is not None:
        raise SitzungError("body.role_exists", body=body.name, key=role.key)
    if not role.order:
        role = replace(role, order=max((r.order for r in body.roles), default=0) + 10)
    return check_body(replace(body, roles=(*body.roles, role)))


def add_role(archive: Archive, body_name: str, role: Role) -> Body:
    body = with_role(require_body(archive, body_name), role)
    archive.save_body(body)
    return body


def save_changes(archive: Archive, body: Body) -> Body:
    """Store an edited body under its (unchanged) name; sessions already held keep their copy."""
    require_body(archive, body.name)
    body = check_body(body)
    archive.save_body(body)
    return body


def import_body(archive: Archive, path: Path, replace_existing: bool = False) -> Body:
    """A body from a TOML file (the form `body show` prints); all or nothing."""
    body = check_body(load_body(read_input_file(path, "input.body"), str(path)))
    if replace_existing and archive.body(body.name) is not None:
        archive.save_body(body)
        return body
    return create_body(archive, body)


def change_body(archive: Archive, name: str, change: Callable[[Body], Body]) -> Body:
    """Apply `change` to the body as it is in the archive now and store the result.

    The terminal app's body screen edits through this (it shows a session's copy,
    but its edits go to the archive's body, for sessions created afterwards).
    """
    body = change(require_body(archive, name))
    if body.name != name:
        raise SitzungError("body.unknown", name=body.name, known=name)
    return save_changes(archive, body)
