"""DurableStorage: atomic replace, format marker, refusal of broken files, failed writes."""

from __future__ import annotations

import errno
import json
import os
import stat
import time
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.table import Table

import storage.durable as durable
from sitzung.errors import SitzungError
from storage.durable import ARCHIVE_KIND, SESSION_KIND, DurableStorage


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_has_format_marker_and_owner_only_modes(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "bodies.json"
    DurableStorage(path, ARCHIVE_KIND)
    assert json.loads(path.read_text()) == {"_meta": {"1": {"format": 1, "kind": "sitzung-archive"}}}
    assert mode(path) == 0o600
    assert mode(tmp_path / "deep") == 0o700
    assert mode(tmp_path / "deep" / "er") == 0o700


def test_round_trip_through_tinydb(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    db = TinyDB(path, storage=DurableStorage, kind=SESSION_KIND)
    db.table("events").insert({"seq": 1, "text": "Grüße"})
    db.table("events").insert({"seq": 2, "text": "zwei"})
    assert mode(path) == 0o600
    again = TinyDB(path, storage=DurableStorage, kind=SESSION_KIND)
    assert [d["text"] for d in again.table("events").all()] == ["Grüße", "zwei"]
    assert "_meta" in json.loads(path.read_text(encoding="utf-8"))


def test_reads_come_from_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.json"
    store = DurableStorage(path, SESSION_KIND)
    Table(store, "events").insert({"seq": 1})
    reads: list[Path] = []
    real = durable._read_file
    monkeypatch.setattr(durable, "_read_file", lambda p: reads.append(p) or real(p))
    for _ in range(5):
        assert len(Table(store, "events").all()) == 1
    assert not store.changed_on_disk()
    assert reads == []
    store.reload()
    assert reads == [path]


def test_changed_on_disk_sees_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    mine = DurableStorage(path, SESSION_KIND)
    theirs = DurableStorage(path, SESSION_KIND)
    assert not mine.changed_on_disk()
    Table(theirs, "events").insert({"seq": 1})
    assert mine.changed_on_disk()
    assert Table(mine, "events").all() == []  # memory, until reloaded
    mine.reload()
    assert not mine.changed_on_disk()
    assert len(Table(mine, "events").all()) == 1


def test_batched_makes_one_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = DurableStorage(tmp_path / "s.json", SESSION_KIND)
    replaced: list[str] = []
    real = os.replace
    monkeypatch.setattr(durable.os, "replace", lambda a, b: replaced.append(str(b)) or real(a, b))
    with store.batched():
        Table(store, "people").insert_multiple([{"n": 1}, {"n": 2}])
        Table(store, "people").remove(doc_ids=[1])
    assert len(replaced) == 1
    assert [d["n"] for d in Table(DurableStorage(store.path, SESSION_KIND), "people").all()] == [2]


BROKEN = {
    "truncated": (b'{"_meta": {"1": {"format": 1, "kind": "sitzung-sess', "storage.corrupt"),
    "garbage": (b"\x00\xff\xfe not json", "storage.corrupt"),
    "empty": (b"", "storage.empty"),
    "array": (b"[1, 2, 3]", "storage.not_object"),
    "no_meta": (b'{"events": {}}', "storage.bad_meta"),
    "bad_meta": (b'{"_meta": {"1": {"format": "one", "kind": "sitzung-session"}}}', "storage.bad_meta"),
    "wrong_kind": (b'{"_meta": {"1": {"format": 1, "kind": "sitzung-archive"}}}', "storage.wrong_kind"),
    "newer": (b'{"_meta": {"1": {"format": 2, "kind": "sitzung-session"}}}', "storage.newer_format"),
    "bad_table": (b'{"_meta": {"1": {"format": 1, "kind": "sitzung-session"}}, "events": [1]}', "storage.bad_table"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_is_refused_and_left_alone(tmp_path: Path, name: str) -> None:
    raw, key = BROKEN[name]
    path = tmp_path / "s.json"
    path.write_bytes(raw)
    with pytest.raises(SitzungError) as caught:
        DurableStorage(path, SESSION_KIND)
    assert caught.value.key == key
    assert caught.value.params["file"] == str(path)
    for lang in ("en", "de"):
        assert str(path) in caught.value.message(lang)
    assert path.read_bytes() == raw


def test_corrupt_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"_meta": {"1": {"format": 1,\n "kind": "sitzung-session"}}, "events": {"1": }}')
    with pytest.raises(SitzungError) as caught:
        DurableStorage(path, SESSION_KIND)
    assert (caught.value.params["line"], caught.value.params["column"]) == (2, 47)


def test_missing_file_is_not_created_when_told_so(tmp_path: Path) -> None:
    with pytest.raises(SitzungError) as caught:
        DurableStorage(tmp_path / "nope.json", SESSION_KIND, create=False)
    assert caught.value.key == "storage.missing"
    assert not (tmp_path / "nope.json").exists()


def _fail(code: int):
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("target", "code"),
    [("replace", errno.ENOSPC), ("fsync", errno.ENOSPC), ("write", errno.ENOSPC), ("replace", errno.EROFS)],
)
def test_failed_write_keeps_old_file_and_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, code: int
) -> None:
    path = tmp_path / "s.json"
    store = DurableStorage(path, SESSION_KIND)
    Table(store, "events").insert({"seq": 1})
    before = path.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(durable.os, target, _fail(code))
        with pytest.raises(SitzungError) as caught:
            Table(store, "events").insert({"seq": 2})
    assert caught.value.key == "storage.write_failed"
    assert caught.value.params == {"file": str(path), "reason": os.strerror(code)}
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary left behind
    assert store.dirty
    assert [d["seq"] for d in Table(store, "events").all()] == [1, 2]
    assert not store.changed_on_disk()
    Table(store, "events").insert({"seq": 3})
    assert not store.dirty
    assert [d["seq"] for d in Table(DurableStorage(path, SESSION_KIND), "events").all()] == [1, 2, 3]


def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    path = folder / "s.json"
    store = DurableStorage(path, SESSION_KIND)
    Table(store, "events").insert({"seq": 1})
    before = path.read_bytes()
    if os.geteuid() == 0:  # root ignores permissions: make creating the temporary file fail as it would
        monkeypatch.setattr(durable, "temporary", _fail(errno.EACCES))
    else:
        folder.chmod(0o500)
    try:
        with pytest.raises(SitzungError) as caught:
            Table(store, "events").insert({"seq": 2})
    finally:
        folder.chmod(0o700)
        monkeypatch.undo()
    assert caught.value.key == "storage.write_failed"
    assert caught.value.params["reason"] == os.strerror(errno.EACCES)
    assert path.read_bytes() == before
    Table(store, "events").insert({"seq": 3})
    assert [d["seq"] for d in Table(DurableStorage(path, SESSION_KIND), "events").all()] == [1, 2, 3]


def test_leftover_temporaries_are_ignored_and_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = DurableStorage(path, SESSION_KIND)
    old = tmp_path / ".s.json.abc123.tmp"
    fresh = tmp_path / ".s.json.def456.tmp"
    other = tmp_path / ".other.json.abc.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text('{"half": ')
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    assert DurableStorage(path, SESSION_KIND).read() == store.read()
    assert store.cleanup_temporaries() == 1
    assert not old.exists()
    assert fresh.exists() and other.exists()


def test_inserted_and_tinydb_writes_make_the_same_bytes_as_json_dumps(tmp_path: Path) -> None:
    """Only changed documents are encoded again; the file is always exactly `json.dumps` of memory."""
    path = tmp_path / "s.json"
    store = DurableStorage(path, SESSION_KIND)

    def file_is_memory() -> None:
        expected = json.dumps(store.read(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        assert path.read_bytes() == expected

    assert store.insert("events", {"seq": 1, "text": "Grüße"}) == 1
    file_is_memory()
    Table(store, "info").insert({"id": "a"})  # through TinyDB: may change documents in place
    file_is_memory()
    Table(store, "events").update({"text": "changed in place"}, doc_ids=[1])
    assert store.insert("events", {"seq": 2}) == 2
    file_is_memory()
    assert json.loads(path.read_text())["events"]["1"]["text"] == "changed in place"
    store.reload()
    assert store.insert("events", {"seq": 3, "text": "\u2028\"quoted\""}) == 3
    file_is_memory()
    assert DurableStorage(path, SESSION_KIND).read() == store.read()


def _session_file(value: str) -> bytes:
    meta = '{"_meta": {"1": {"format": 1, "kind": "sitzung-session"}}'
    return (meta + ', "events": {"1": {"n": ' + value + "}}}").encode()


@pytest.mark.parametrize(
    ("value", "shown"),
    [("9" * 5001, "999999999999… (5001 digits)"), ("-" + "9" * 5001, "-99999999999… (5001 digits)"),
     (str(2**53 + 1), str(2**53 + 1)), (str(-(2**53) - 1), str(-(2**53) - 1)), ("1e999", "1e999"),
     ("-1e999", "-1e999"), ("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity")],
)
def test_a_number_sitzung_never_writes_is_damage(tmp_path: Path, value: str, shown: str) -> None:
    """Beyond ±2**53 or not finite: a 5001-digit number made json.loads raise ValueError, a traceback."""
    path = tmp_path / "s.json"
    path.write_bytes(_session_file(value))
    with pytest.raises(SitzungError) as caught:
        DurableStorage(path, SESSION_KIND)
    assert caught.value.key == "storage.bad_number" and caught.value.params["number"] == shown
    assert caught.value.message("en") == (
        f"The file {path} is damaged (it holds the number {shown}, which sitzung never writes); it was left as it is."
    )


@pytest.mark.parametrize("value", [str(2**53), str(-(2**53)), "0", "1.5", "-0.0", "1e300"])
def test_numbers_up_to_two_to_the_53_load(tmp_path: Path, value: str) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(_session_file(value))
    assert DurableStorage(path, SESSION_KIND).read()["events"]["1"]["n"] == json.loads(value)


@pytest.mark.parametrize("key", ["x", "²", "", "1" * 17, "-1"])
def test_a_document_id_that_is_no_number_is_damage(tmp_path: Path, key: str) -> None:
    """TinyDB turns every id into an int: "x" or "²" (a digit to isdigit) raised ValueError there."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"_meta": {"1": {"format": 1, "kind": "sitzung-session"}}, "events": {key: {}}}))
    with pytest.raises(SitzungError) as caught:
        DurableStorage(path, SESSION_KIND)
    assert (caught.value.key, caught.value.params["table"]) == ("storage.bad_table", "events")


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_data_file_that_is_no_regular_file_is_refused_without_waiting(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "s.json"
    os.mkfifo(path) if kind == "pipe" else path.mkdir()
    with pytest.raises(SitzungError) as caught:
        DurableStorage(path, SESSION_KIND)
    assert caught.value.key == "storage.not_a_file"


def test_a_linked_data_file_is_read_through_its_link(tmp_path: Path) -> None:
    """Only lock files refuse links: a data file kept elsewhere by hand still loads."""
    real = tmp_path / "elsewhere.json"
    DurableStorage(real, SESSION_KIND)
    (tmp_path / "s.json").symlink_to(real)
    assert DurableStorage(tmp_path / "s.json", SESSION_KIND, create=False).read()["_meta"]


def test_before_write_is_called_before_each_write_and_only_then(tmp_path: Path) -> None:
    calls: list[bool] = []
    path = tmp_path / "s.json"
    store = DurableStorage(path, SESSION_KIND)
    store.before_write = lambda: calls.append(path.read_bytes() == _empty_session())
    store.flush()  # nothing to write
    assert calls == []
    store.insert("events", {"seq": 1})
    assert calls == [True]  # called while the file was still the old version


def _empty_session() -> bytes:
    return b'{"_meta":{"1":{"format":1,"kind":"sitzung-session"}}}'


def test_backup_numbers_ignore_names_that_are_no_plain_numbers(tmp_path: Path) -> None:
    for name in ("3.json", "12.json", "².json", "x.json", "damaged-1.json", "4.json.tmp"):
        (tmp_path / name).write_bytes(b"")
    assert durable.backup_numbers(tmp_path) == [12, 3]
