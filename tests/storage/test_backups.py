"""Rolling backups: each replaced version is kept as a hard link, the last BACKUPS_KEPT of them."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from tinydb.table import Table

import storage.durable as durable
from storage.durable import BACKUPS_KEPT, SESSION_KIND, DurableStorage, backup_numbers


def test_each_write_keeps_the_version_it_replaces(tmp_path: Path) -> None:
    folder = tmp_path / ".backups" / "s"
    store = DurableStorage(tmp_path / "s.json", SESSION_KIND, backups=folder)
    for n in range(BACKUPS_KEPT + 5):
        Table(store, "events").insert({"seq": n + 1})
    numbers = backup_numbers(folder)
    assert numbers == list(range(BACKUPS_KEPT + 5, 5, -1))
    newest = json.loads((folder / f"{numbers[0]}.json").read_text())
    assert len(newest["events"]) == BACKUPS_KEPT + 4  # the version before the latest write
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_a_second_writer_continues_the_numbering(tmp_path: Path) -> None:
    folder = tmp_path / ".backups" / "s"
    mine = DurableStorage(tmp_path / "s.json", SESSION_KIND, backups=folder)
    theirs = DurableStorage(tmp_path / "s.json", SESSION_KIND, backups=folder)
    Table(mine, "events").insert({"seq": 1})
    theirs.reload()
    Table(theirs, "events").insert({"seq": 2})
    mine.reload()
    Table(mine, "events").insert({"seq": 3})
    assert backup_numbers(folder) == [3, 2, 1]
    assert len(json.loads((folder / "3.json").read_text())["events"]) == 2


def test_a_failing_backup_never_refuses_the_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / ".backups" / "s"
    store = DurableStorage(tmp_path / "s.json", SESSION_KIND, backups=folder)

    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(durable.os, "link", no_links)
    Table(store, "events").insert({"seq": 1})
    assert not store.dirty
    assert backup_numbers(folder) == []
