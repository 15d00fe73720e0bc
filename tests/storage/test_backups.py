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


def test_the_retired_backup_becomes_the_next_file_and_every_version_stays_whole(tmp_path: Path) -> None:
    """Backups one too many are overwritten as the next write's temporary file, not deleted."""
    folder = tmp_path / ".backups" / "s"
    path = tmp_path / "s.json"
    store = DurableStorage(path, SESSION_KIND, backups=folder)
    inodes = set()
    for n in range(3 * BACKUPS_KEPT):
        store.insert("events", {"seq": n + 1, "text": "x" * (n % 7) * 100})  # sizes go up and down
        inodes.add(path.stat().st_ino)
        for number in backup_numbers(folder):  # each backup is the whole version it was
            events = json.loads((folder / f"{number}.json").read_text()).get("events", {})
            assert len(events) == number - 1
        assert len(json.loads(path.read_text())["events"]) == n + 1
    assert len(backup_numbers(folder)) == BACKUPS_KEPT
    assert len(inodes) <= BACKUPS_KEPT + 2  # the same files go round
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_a_backup_linked_elsewhere_is_never_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / ".backups" / "s"
    store = DurableStorage(tmp_path / "s.json", SESSION_KIND, backups=folder)
    for n in range(BACKUPS_KEPT):
        store.insert("events", {"seq": n + 1})
    kept_by_hand = tmp_path / "my-copy.json"
    os.link(folder / "1.json", kept_by_hand)  # the oldest backup, about to be retired
    before = kept_by_hand.read_bytes()
    store.insert("events", {"seq": BACKUPS_KEPT + 1})
    assert kept_by_hand.read_bytes() == before
    assert 1 not in backup_numbers(folder)
    assert len(json.loads((tmp_path / "s.json").read_text())["events"]) == BACKUPS_KEPT + 1
