"""A damaged bodies.json: every command that reads it names it and points to `archive restore`, which brings it back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sitzung import reference
from storage.durable import backup_numbers
from tests.cli_helpers import sitzung


def _truncate(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


def _version(raw: bytes) -> bytes:
    data = json.loads(raw)
    data["_meta"]["1"]["format"] = 99
    return json.dumps(data).encode()


def _session_in_its_place(raw: bytes) -> bytes:
    return json.dumps({"_meta": {"1": {"format": 1, "kind": "sitzung-session"}}, "events": {}}).encode()


def _bad_body(raw: bytes) -> bytes:
    data = json.loads(raw)
    first = next(iter(data["bodies"]))
    data["bodies"][first] = {"seats": "many"}
    return json.dumps(data).encode()


DAMAGES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "truncated": (_truncate, "is damaged (not valid JSON at line 1"),
    "empty": (lambda raw: b"", "is empty (0 bytes)"),
    "newer_version": (_version, "format 99 by a newer version"),
    "session_in_its_place": (_session_in_its_place, "holds data of kind 'sitzung-session'"),
    "bad_body": (_bad_body, "record 1 of table 'bodies' is incomplete or invalid"),
    "5001_digits": (lambda raw: raw.replace(b'"seats":17', b'"seats":' + b"9" * 5001, 1),
                    "it holds the number 999999999999… (5001 digits), which sitzung never writes"),
    "infinity": (lambda raw: raw.replace(b'"seats":17', b'"seats":Infinity', 1), "the number Infinity"),
    "digits_as_text": (lambda raw: raw.replace(b'"seats":17', b'"seats":"' + b"9" * 4000 + b'"', 1),
                       "record 1 of table 'bodies' is incomplete or invalid"),
}
RECORD_DAMAGES = ("bad_body", "digits_as_text")  # found where the record is read: listing sessions reads no body
COMMANDS = (("body", "list"), ("roster", "list", "--body", reference.BODY), ("session", "list"),
            ("session", "create", "--body", reference.BODY, "--number", "8", "--date", "2022-07-06"))


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_damaged_archive_is_named_and_restore_brings_it_back(data_dir: Path, sid: str, damage: str) -> None:
    spoil, expected = DAMAGES[damage]
    later = sitzung("session", "create", "--body", reference.BODY, "--number", "7", "--date", "2022-06-08").strip()
    path = data_dir / "bodies.json"
    damaged = spoil(path.read_bytes())
    path.write_bytes(damaged)  # in place, as another tool or a bad sector would leave it
    for command in COMMANDS:
        if damage in RECORD_DAMAGES and command == ("session", "list"):
            continue
        err = sitzung(*command, code=2)
        assert err.count("\n") == 1 and "Traceback" not in err, (command, err)
        assert str(path) in err and expected in err and "`sitzung archive restore`" in err, (command, err)
    assert path.read_bytes() == damaged  # refused, never reset
    assert "Kehren" in sitzung("present", sid)  # a session named by its id does not need the archive

    out = sitzung("archive", "restore")
    # The newest backup is the version before the latest write, which indexed the later session; its
    # file is still on disk, so it is put back in the index.
    assert out.startswith(f"Restored {path} from the backup {data_dir / '.backups' / 'bodies'}/")
    assert ": 1 bodies and 2 sessions in the index, 1 of them found on disk and put back;" in out, out
    sessions = sitzung("session", "list")
    assert sid in sessions and later in sessions
    assert "Kehren" in sitzung("roster", "list", "--body", reference.BODY)
    kept = next((data_dir / ".backups" / "bodies").glob("damaged-*.json"))
    assert kept.read_bytes() == damaged
    sitzung(*COMMANDS[-1])  # and the clerk carries on


def test_archive_restore_refuses_a_good_file(data_dir: Path, sid: str) -> None:
    err = sitzung("archive", "restore", code=2)
    path = data_dir / "bodies.json"
    assert err == f"The file {path} loads as it is (1 bodies); nothing was restored, so nothing was lost.\n"


def test_archive_restore_without_a_good_backup_is_one_sentence(data_dir: Path, sid: str) -> None:
    folder = data_dir / ".backups" / "bodies"
    tried = len(backup_numbers(folder))
    assert tried >= 2
    for backup in folder.glob("*.json"):
        backup.write_bytes(b"{")
    path = data_dir / "bodies.json"
    path.write_bytes(b"")
    err = sitzung("archive", "restore", code=2)
    assert err == f"None of the {tried} backups of {path} in {folder} loads; the file was left as it is.\n"
    assert path.read_bytes() == b""


def test_a_restored_session_is_back_in_the_index(data_dir: Path, sid: str) -> None:
    """Restoring the archive skips a damaged session file; restoring that session indexes it again."""
    later = sitzung("session", "create", "--body", reference.BODY, "--number", "7", "--date", "2022-06-08").strip()
    sitzung("attend", later, "Lux", "present", "--at", "17:59")
    session = data_dir / "sessions" / f"{later}.json"
    session.write_bytes(b"")
    (data_dir / "bodies.json").write_bytes(b"")
    assert ": 1 bodies and 1 sessions in the index, 0 of them found on disk" in sitzung("archive", "restore")
    assert later not in sitzung("session", "list")
    sitzung("session", "restore", later)
    assert later in sitzung("session", "list")
