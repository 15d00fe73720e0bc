"""A damaged session file: every command names it and points to `session restore`, which brings it back."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from storage.durable import BACKUPS_KEPT, backup_numbers
from tests.cli_helpers import sitzung


def session_file(data_dir: Path, sid: str) -> Path:
    return data_dir / "sessions" / f"{sid}.json"


def backups(data_dir: Path, sid: str) -> Path:
    return data_dir / "sessions" / ".backups" / sid


def _truncate(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


def _flip(raw: bytes) -> bytes:
    middle = len(raw) // 2
    return raw[:middle] + b"\x00\xff{" + raw[middle + 3 :]


def _version(raw: bytes) -> bytes:
    data = json.loads(raw)
    data["_meta"]["1"]["format"] = 99
    return json.dumps(data).encode()


def _version_zero(raw: bytes) -> bytes:
    data = json.loads(raw)
    data["_meta"]["1"]["format"] = 0
    return json.dumps(data).encode()


def _foreign(raw: bytes) -> bytes:
    return json.dumps({"name": "some other program's settings", "items": [1, 2, 3]}).encode()


def _archive_in_its_place(raw: bytes) -> bytes:
    return json.dumps({"_meta": {"1": {"format": 1, "kind": "sitzung-archive"}}, "bodies": {}}).encode()


def _list(raw: bytes) -> bytes:
    return b"[1, 2, 3]"


def _bad_event(raw: bytes) -> bytes:
    data = json.loads(raw)
    first = next(iter(data["events"]))
    data["events"][first] = {"seq": "one"}
    return json.dumps(data).encode()


def _replace(old: str, new: str) -> Callable[[bytes], bytes]:
    return lambda raw: raw.replace(old.encode(), new.encode(), 1)


FIVE_THOUSAND_DIGITS = "9" * 5001  # beyond Python's 4300-digit limit: json.loads raised ValueError


DAMAGES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "truncated": (_truncate, "is damaged (not valid JSON at line 1"),
    "corrupted": (_flip, "is damaged"),
    "empty": (lambda raw: b"", "is empty (0 bytes)"),
    "newer_version": (_version, "format 99 by a newer version"),
    "version_zero": (_version_zero, "format marker (table _meta) is missing or invalid"),
    "foreign": (_foreign, "is not a sitzung file"),
    "foreign_list": (_list, "holds a JSON array where an object was expected"),
    "archive_in_its_place": (_archive_in_its_place, "holds data of kind 'sitzung-archive'"),
    "bad_event": (_bad_event, "record 1 of table 'events' is incomplete or invalid"),
    "5001_digits": (_replace('"seats":17', f'"seats":{FIVE_THOUSAND_DIGITS}'),
                    "is damaged (it holds the number 999999999999… (5001 digits), which sitzung never writes)"),
    "seq_of_4300_digits": (_replace('"seq":2', '"seq":' + "9" * 4300), "the number 999999999999… (4300 digits)"),
    "infinity": (_replace('"seats":17', '"seats":1e999'), "the number 1e999, which sitzung never writes"),
    "nan": (_replace('"seats":17', '"seats":NaN'), "the number NaN, which sitzung never writes"),
    "digits_as_text": (_replace('"seats":17', '"seats":"' + "9" * 4000 + '"'),
                       "record 1 of table 'info' is incomplete or invalid"),
    "time_with_a_zone": (_replace('"at":"2022-05-11T17:58:00"', '"at":"2022-05-11T17:58:00+14:00"'),
                         "record 2 of table 'events' is incomplete or invalid"),
    "id_not_a_number": (_replace('"events":{"1"', '"events":{"x"'), "its table 'events' is not a set of records"),
}
COMMANDS = (
    ("session", "show"), ("agenda", "show"), ("quorum",), ("present",), ("log",), ("export",),
    ("attend", "@", "Lux", "present"), ("clock", "@", "start"), ("note", "@", "1", "Text"), ("undo",),
)


def run_all_commands(sid: str, expected: str, path: Path) -> None:
    for command in COMMANDS:
        args = [part if part != "@" else sid for part in command]
        if "@" not in command:
            args.append(sid)
        err = sitzung(*args, code=2)
        assert err.count("\n") == 1 and "Traceback" not in err, (args, err)
        assert str(path) in err and expected in err, (args, err)
        assert f"sitzung session restore {sid}" in err, (args, err)


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_damaged_file_is_named_and_restore_brings_it_back(data_dir: Path, sid: str, damage: str) -> None:
    spoil, expected = DAMAGES[damage]
    sitzung("attend", sid, "Lux", "present", "--at", "17:59")
    good_log = sitzung("log", sid)
    path = session_file(data_dir, sid)
    damaged = spoil(path.read_bytes())
    # Written in place, as a crash of another tool or a bad sector would leave it (never by sitzung).
    path.write_bytes(damaged)
    run_all_commands(sid, expected, path)
    assert path.read_bytes() == damaged  # refused, never reset

    out = sitzung("session", "restore", sid)
    assert out.startswith(f"Restored session {sid} from the backup ")
    # The newest backup is the version before the latest write, and the journal kept beside it holds
    # that write (the attendance of Lux): nothing is lost.
    assert ": 4 events, the last at 2022-05-11 17:59:00;" in out, out
    assert good_log == sitzung("log", sid)
    kept = next(backups(data_dir, sid).glob("damaged-*.json"))
    assert kept.read_bytes() == damaged
    assert "Kehren" in sitzung("present", sid)
    sitzung("attend", sid, "Lux", "present", "--at", "17:59")  # and the clerk carries on
    assert "Lux" in sitzung("present", sid)


def test_restore_refuses_a_good_file(data_dir: Path, sid: str) -> None:
    err = sitzung("session", "restore", sid, code=2)
    path = session_file(data_dir, sid)
    assert err == f"The file {path} loads as it is (3 events); nothing was restored, so nothing was lost.\n"


def test_restore_without_a_good_backup_is_one_sentence(data_dir: Path, sid: str) -> None:
    path = session_file(data_dir, sid)
    for backup in backups(data_dir, sid).glob("*.json"):
        backup.write_bytes(b"{")
    path.write_bytes(b"")
    tried = len(backup_numbers(backups(data_dir, sid)))
    err = sitzung("session", "restore", sid, code=2)
    assert err == (
        f"None of the {tried} backups of session {sid} in {backups(data_dir, sid)} loads; "
        f"the file {path} was left as it is.\n"
    )
    assert path.read_bytes() == b""


def test_restore_skips_damaged_backups_for_the_newest_good_one(data_dir: Path, sid: str) -> None:
    numbers = backup_numbers(backups(data_dir, sid))
    newest = backups(data_dir, sid) / f"{numbers[0]}.json"
    os.unlink(newest)
    newest.write_bytes(b"{\"_meta\": ")  # a new inode: the other links stay whole
    session_file(data_dir, sid).write_bytes(b"")
    out = sitzung("session", "restore", sid)
    # The older backup holds 1 event; the journals kept beside it and beside the damaged one bring the other two.
    assert f"backup {backups(data_dir, sid) / f'{numbers[1]}.json'}: 3 events," in out, out


def test_backups_rotate_and_cost_no_copy(data_dir: Path, sid: str) -> None:
    folder = backups(data_dir, sid)
    for number in range(1, 8):  # 2 × 7 more writes
        sitzung("note", sid, "1", f"Absatz {number}")
        sitzung("note", sid, "2", f"Absatz {number}")
    numbers = backup_numbers(folder)
    assert len(numbers) == BACKUPS_KEPT
    assert numbers == list(range(numbers[0], numbers[0] - BACKUPS_KEPT, -1))
    # Each backup is the previous version itself (a hard link), not a copy.
    newest = folder / f"{numbers[0]}.json"
    assert newest.stat().st_nlink == 1  # its name in sessions/ was replaced by the newest version
    assert all(json.loads((folder / f"{n}.json").read_bytes())["_meta"] for n in numbers)
