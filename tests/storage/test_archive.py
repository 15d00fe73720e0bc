"""TinyArchive and TinySessionLog: layout, round trips, caching, locking, other processes."""

from __future__ import annotations

import inspect
import json
import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import storage.durable as durable
import storage.journal as journal
from sitzung.errors import SitzungError
from sitzung.model import Body, Person, SessionInfo, SessionSummary
from sitzung.ports import Archive, SessionLog
from sitzung.vocabulary import EventKind
from storage.archive import TinyArchive, TinySessionLog, default_data_dir
from storage.lock import WriterLock
from storage.session_log import create_session_file
from tests.storage.conftest import BODY, ROSTER, T0, make_info

CHILD = Path(__file__).with_name("writer_child.py")


def run_child(data_dir: Path, session_id: str, count: int) -> list[int]:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data_dir), session_id, str(count)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [int(line) for line in done.stdout.split()]


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real = durable._read_file
    monkeypatch.setattr(durable, "_read_file", lambda p: reads.append(Path(p).name) or real(p))
    return reads


@pytest.mark.parametrize(("port", "adapter"), [(Archive, TinyArchive), (SessionLog, TinySessionLog)])
def test_implements_the_ports(port: type, adapter: type) -> None:
    """Every member of the protocol exists, with the same parameter names."""
    members = [name for name in vars(port) if not name.startswith("_")]
    assert members
    for name in members:
        wanted, have = getattr(port, name), getattr(adapter, name)
        if isinstance(wanted, property):
            assert isinstance(have, property), name
        else:
            assert list(inspect.signature(have).parameters) == list(inspect.signature(wanted).parameters), name


def test_layout_and_modes(archive: TinyArchive, session: SessionInfo) -> None:
    data = archive.data_dir
    assert sorted(p.name for p in data.iterdir()) == [".backups", "bodies.json", "bodies.lock", "sessions"]
    assert [p.name for p in (data / ".backups").iterdir()] == ["bodies"]  # bodies.json's rolling backups
    assert sorted(p.name for p in (data / "sessions").iterdir()) == [f"{session.id}.json"]
    for path in (data / "bodies.json", data / "bodies.lock", data / "sessions" / f"{session.id}.json"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (data, data / "sessions", data / ".backups", data / ".backups" / "bodies"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    bodies = json.loads((data / "bodies.json").read_text(encoding="utf-8"))
    assert bodies["_meta"] == {"1": {"format": 1, "kind": "sitzung-archive"}}
    assert set(bodies) == {"_meta", "bodies", "people", "sessions"}
    one = json.loads((data / "sessions" / f"{session.id}.json").read_text(encoding="utf-8"))
    assert one["_meta"] == {"1": {"format": 1, "kind": "sitzung-session"}}
    assert one["info"] == {"1": session.to_dict()}
    assert one["events"] == {}


def test_bodies_and_rosters_round_trip(archive: TinyArchive) -> None:
    again = TinyArchive(archive.data_dir)
    assert again.bodies() == [BODY]
    assert again.body(BODY.name) == BODY
    assert again.body("Kreistag") is None
    assert again.roster(BODY.name) == list(ROSTER)
    assert again.roster("Kreistag") == []


def test_save_body_replaces_by_name(archive: TinyArchive) -> None:
    other = Body(name="Kreistag", seats=54)
    archive.save_body(other)
    archive.save_body(BODY.__class__(**{**BODY.__dict__, "seats": 17}))
    again = TinyArchive(archive.data_dir)
    assert [(b.name, b.seats) for b in again.bodies()] == [(BODY.name, 17), ("Kreistag", 54)]


def test_save_roster_replaces_in_one_write_and_keeps_order(
    archive: TinyArchive, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive.save_body(Body(name="Kreistag", seats=54))
    archive.save_roster("Kreistag", [Person("Zander"), Person("Adam")])
    replaced: list[str] = []
    real = os.replace
    monkeypatch.setattr(durable.os, "replace", lambda a, b: replaced.append(str(b)) or real(a, b))
    new = [Person("Berg", "Ulla", role="member"), *reversed(ROSTER)]
    archive.save_roster(BODY.name, new)
    assert replaced == [str(archive.bodies_file)]
    again = TinyArchive(archive.data_dir)
    assert again.roster(BODY.name) == new
    assert again.roster("Kreistag") == [Person("Zander"), Person("Adam")]


def test_roster_of_unknown_body_is_refused(archive: TinyArchive) -> None:
    with pytest.raises(SitzungError) as caught:
        archive.save_roster("Kreistag", [Person("Zander")])
    assert caught.value.key == "storage.unknown_body"
    assert BODY.name in caught.value.message("en")


def test_failed_archive_write_changes_nothing(archive: TinyArchive, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(durable.os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(28, "No space")))
        with pytest.raises(SitzungError) as caught:
            archive.save_roster(BODY.name, [])
        assert caught.value.key == "storage.write_failed"
        with pytest.raises(SitzungError):
            archive.create_session(make_info("2024-06-01-ag-7", 7))
    assert archive.roster(BODY.name) == list(ROSTER)
    assert archive.sessions() == []
    assert not (archive.sessions_dir / "2024-06-01-ag-7.json").exists()
    archive.create_session(make_info("2024-06-01-ag-7", 7))  # the id is free again


def test_sessions_index_and_create(archive: TinyArchive) -> None:
    first, second = make_info("2024-06-01-ag-7", 7), make_info("2024-05-14-ag-6", 6)
    archive.create_session(first)
    archive.create_session(second)
    assert archive.sessions() == [
        SessionSummary(second.id, BODY.name, 6, date(2024, 5, 14)),
        SessionSummary(first.id, BODY.name, 7, date(2024, 5, 14)),
    ]
    with pytest.raises(SitzungError) as caught:
        archive.create_session(first)
    assert caught.value.key == "storage.session_exists"
    assert TinyArchive(archive.data_dir).open_session(first.id).info == first


def test_leftover_of_a_cut_short_creation_is_replaced(archive: TinyArchive, session: SessionInfo) -> None:
    """A session file without index entry and without events (a crash between the two writes) is reused."""
    create_session_file(archive.sessions_dir / "2024-06-01-ag-7.json", make_info("2024-06-01-ag-7", 99))
    archive.create_session(make_info("2024-06-01-ag-7", 7))
    assert archive.open_session("2024-06-01-ag-7").info.number == 7


def test_unindexed_session_with_events_is_kept(archive: TinyArchive, session: SessionInfo) -> None:
    path = archive.sessions_dir / "2024-06-01-ag-7.json"
    create_session_file(path, make_info("2024-06-01-ag-7", 99))
    log = TinySessionLog(path)
    with log.writing():
        log.append("note", T0, T0, {"text": "restored from a backup"})
    before = path.read_bytes()
    with pytest.raises(SitzungError) as caught:
        archive.create_session(make_info("2024-06-01-ag-7", 7))
    assert caught.value.key == "storage.session_exists"
    assert path.read_bytes() == before


def test_bad_session_id_is_refused(archive: TinyArchive) -> None:
    for bad in ("../escape", ".hidden", "a/b", ""):
        with pytest.raises(SitzungError) as caught:
            archive.create_session(make_info(bad))
        assert caught.value.key == "storage.bad_session_id"
    assert list(archive.sessions_dir.glob("*")) == [] if archive.sessions_dir.exists() else True


def test_unknown_session_lists_known_ones(archive: TinyArchive) -> None:
    for n in range(12):
        archive.create_session(make_info(f"2024-01-{n + 1:02d}-ag-{n + 1}", n + 1))
    with pytest.raises(SitzungError) as caught:
        archive.open_session("2023-01-01-x")
    assert caught.value.key == "storage.unknown_session"
    known = caught.value.params["known"].split(", ")
    assert len(known) == 10 and known[0] == "2024-01-12-ag-12"
    with pytest.raises(SitzungError) as caught:
        archive.open_session("../bodies")
    assert caught.value.key == "storage.unknown_session"


def test_lazy_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    setup = TinyArchive(data)
    setup.save_body(BODY)
    for n in range(5):
        setup.create_session(make_info(f"2024-01-{n + 1:02d}-ag-{n + 1}", n + 1))
    reads = count_reads(monkeypatch)
    archive = TinyArchive(data)
    assert reads == []
    log = archive.open_session("2024-01-03-ag-3")
    assert reads == ["2024-01-03-ag-3.json"]  # not bodies.json, not the other sessions
    with log.writing():
        log.append("note", T0, T0, {"text": "x"})
    assert reads == ["2024-01-03-ag-3.json"]


def test_events_round_trip_and_seq(archive: TinyArchive, session: SessionInfo) -> None:
    log = archive.open_session(session.id)
    assert log.events() == []
    with log.writing():
        one = log.append("attendance", T0, T0 + timedelta(seconds=5), {"person": "kehren|hanno", "status": "present"})
        two = log.append("note", T0 + timedelta(minutes=3), T0 + timedelta(minutes=3), {"text": "Grüße"})
    assert (one.seq, two.seq) == (1, 2)
    assert log.events() == [one, two]
    again = TinyArchive(archive.data_dir).open_session(session.id)
    assert again.events() == [one, two]
    with again.writing():
        assert again.append("note", T0, T0, {}).seq == 3


def test_append_only_inside_writing(archive: TinyArchive, session: SessionInfo) -> None:
    log = archive.open_session(session.id)
    with pytest.raises(RuntimeError):
        log.append("note", T0, T0, {})
    with pytest.raises(RuntimeError):
        log.update_info(session)


def test_append_copies_data(archive: TinyArchive, session: SessionInfo) -> None:
    log = archive.open_session(session.id)
    data = {"items": [1, 2]}
    with log.writing():
        event = log.append("note", T0, T0, data)
        with pytest.raises(TypeError):
            log.append("note", T0, T0, {"bad": object()})
    data["items"].append(3)
    assert event.data == {"items": [1, 2]}
    assert len(log.events()) == 1


def test_events_are_cached(archive: TinyArchive, session: SessionInfo, monkeypatch: pytest.MonkeyPatch) -> None:
    log = archive.open_session(session.id)
    with log.writing():
        log.append("note", T0, T0, {"text": "a"})
    reads = count_reads(monkeypatch)
    built: list[int] = []
    real = TinySessionLog._record
    monkeypatch.setattr(TinySessionLog, "_record", lambda self, *args: built.append(1) or real(self, *args))
    first = log.events()
    assert log.events() is first
    assert log.refresh() is False
    assert log.events() is first
    assert reads == [] and built == []


def test_update_info_replaces_facts_and_index(archive: TinyArchive, session: SessionInfo) -> None:
    log = archive.open_session(session.id)
    corrected = replace(session, location="Sitzungssaal", number=9, date=date(2024, 5, 15))
    with log.writing():
        log.update_info(corrected)
    assert log.info == corrected
    assert TinyArchive(archive.data_dir).open_session(session.id).info == corrected
    assert TinyArchive(archive.data_dir).sessions() == [SessionSummary(session.id, BODY.name, 9, date(2024, 5, 15))]
    with log.writing(), pytest.raises(ValueError):
        log.update_info(replace(corrected, id="other"))


def test_failed_append_keeps_event_in_memory(
    archive: TinyArchive, session: SessionInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = archive.open_session(session.id)
    path = archive.sessions_dir / f"{session.id}.json"
    with log.writing():
        log.append("note", T0, T0, {"text": "saved"})
    before = path.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(journal.os, "pwrite", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left")))
        with pytest.raises(SitzungError) as caught, log.writing():
            log.append("note", T0, T0, {"text": "typed while the disk was full"})
    assert caught.value.key == "storage.write_failed"
    assert path.read_bytes() == before
    assert TinyArchive(archive.data_dir).open_session(session.id).events()[-1].data == {"text": "saved"}
    assert log.dirty
    assert [e.seq for e in log.events()] == [1, 2]
    with log.writing():
        log.append("note", T0, T0, {"text": "after"})
    assert not log.dirty
    texts = [e.data["text"] for e in TinyArchive(archive.data_dir).open_session(session.id).events()]
    assert texts == ["saved", "typed while the disk was full", "after"]


def test_broken_session_file_is_refused(archive: TinyArchive, session: SessionInfo) -> None:
    path = archive.sessions_dir / f"{session.id}.json"
    raw = path.read_bytes()[:-7]
    path.write_bytes(raw)
    with pytest.raises(SitzungError) as caught:
        archive.open_session(session.id)
    assert caught.value.key == "storage.corrupt.restore"
    assert path.read_bytes() == raw


def test_session_file_without_info_is_refused(archive: TinyArchive, session: SessionInfo) -> None:
    path = archive.sessions_dir / f"{session.id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["info"] = {}
    path.write_text(json.dumps(data))
    with pytest.raises(SitzungError) as caught:
        archive.open_session(session.id)
    assert caught.value.key == "storage.no_info.restore"
    data["info"] = {"1": {"id": session.id}}
    path.write_text(json.dumps(data))
    with pytest.raises(SitzungError) as caught:
        archive.open_session(session.id)
    assert caught.value.key == "storage.bad_record.restore"


def test_session_file_in_place_of_archive_is_refused(archive: TinyArchive, session: SessionInfo) -> None:
    raw = (archive.sessions_dir / f"{session.id}.json").read_bytes()
    archive.bodies_file.write_bytes(raw)
    with pytest.raises(SitzungError) as caught:
        TinyArchive(archive.data_dir).bodies()
    assert caught.value.key == "storage.wrong_kind.restore_archive"
    assert archive.bodies_file.read_bytes() == raw


def test_another_process_appends_while_open(archive: TinyArchive, session: SessionInfo) -> None:
    log = archive.open_session(session.id)
    with log.writing():
        log.append("note", T0, T0, {"text": "parent"})
    assert run_child(archive.data_dir, session.id, 2) == [2, 3]
    assert log.refresh() is True
    assert [e.seq for e in log.events()] == [1, 2, 3]
    assert log.events()[-1].data["text"] == "child note 1"
    assert log.refresh() is False
    with log.writing():
        assert log.append("note", T0, T0, {"text": "parent again"}).seq == 4


def test_writing_catches_up_before_appending(archive: TinyArchive, session: SessionInfo) -> None:
    log = archive.open_session(session.id)
    run_child(archive.data_dir, session.id, 1)
    with log.writing():
        assert log.append("note", T0, T0, {}).seq == 2


def test_archive_sees_other_process_changes(archive: TinyArchive) -> None:
    assert archive.sessions() == []
    TinyArchive(archive.data_dir).create_session(make_info())
    assert [s.id for s in archive.sessions()] == [make_info().id]


def test_default_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_data_dir(tmp_path / "x") == tmp_path / "x"
    assert default_data_dir(None) == Path(os.environ["SITZUNG_DATA_DIR"])
    monkeypatch.delenv("SITZUNG_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    expected = tmp_path / "xdg" / "sitzung" if sys.platform.startswith("linux") else default_data_dir(None)
    assert default_data_dir(None) == expected


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(st.text(max_size=8), json_values, max_size=5), kind=st.sampled_from(list(EventKind)))
def test_any_json_event_round_trips(archive: TinyArchive, data: dict, kind: EventKind) -> None:
    session_id = f"s-{len(archive.sessions())}"
    archive.create_session(make_info(session_id))
    log = archive.open_session(session_id)
    with log.writing():
        event = log.append(kind, T0, T0, data)
    assert event.data == data
    assert TinyArchive(archive.data_dir).open_session(session_id).events() == [event]


def test_unsaved_events_survive_another_writer(
    archive: TinyArchive, session: SessionInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Our write failed, then another process wrote: our event is appended after theirs, not dropped."""
    mine = archive.open_session(session.id)
    with monkeypatch.context() as patch:
        patch.setattr(journal.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(5, "Input/output error")))
        with pytest.raises(SitzungError), mine.writing():
            mine.append("note", T0, T0, {"text": "mine"})
    assert run_child(archive.data_dir, session.id, 1) == [1]
    assert mine.refresh() is False  # outside writing(): keep memory, merge under the lock
    assert [e.data["text"] for e in mine.events()] == ["mine"]
    with mine.writing():
        assert [(e.seq, e.data["text"]) for e in mine.events()] == [(1, "child note 0"), (2, "mine")]
        mine.append("note", T0, T0, {"text": "next"})
    assert not mine.dirty
    texts = [e.data["text"] for e in TinyArchive(archive.data_dir).open_session(session.id).events()]
    assert texts == ["child note 0", "mine", "next"]


def test_writes_wait_for_the_locks(archive: TinyArchive, session: SessionInfo) -> None:
    quick = TinyArchive(archive.data_dir, lock_timeout=0.1)
    with WriterLock(archive.data_dir / "bodies.lock"):
        with pytest.raises(SitzungError) as caught:
            quick.save_body(Body(name="Kreistag", seats=54))
        assert caught.value.key == "storage.locked"
        assert quick.body(BODY.name) == BODY  # reading needs no lock
    log = quick.open_session(session.id)
    with WriterLock(archive.sessions_dir / f"{session.id}.lock"), pytest.raises(SitzungError) as caught:
        log.writing().__enter__()
    assert str(archive.sessions_dir / f"{session.id}.json") in caught.value.message("en")


def test_a_number_that_could_not_be_read_back_is_never_written(archive: TinyArchive, session: SessionInfo) -> None:
    """What is written passes the rules a file is read by: no write makes its own file unreadable."""
    log = archive.open_session(session.id)
    path = archive.sessions_dir / f"{session.id}.json"
    before = path.read_bytes()
    for value, shown in ((2**53 + 1, str(2**53 + 1)), (10**5000, "≈10^5000"), (float("inf"), "Infinity"),
                         (float("nan"), "NaN")):
        with pytest.raises(SitzungError) as caught, log.writing():
            log.append("vote", T0, T0, {"yes": value})
        assert (caught.value.key, caught.value.params["number"]) == ("storage.unstorable", shown)
    with log.writing(), pytest.raises(ValueError):
        log.append("note", T0.astimezone(), T0, {"text": "a time with a zone"})
    assert path.read_bytes() == before and log.events() == [] and not log.dirty
    with pytest.raises(SitzungError) as caught:
        archive.save_body(replace(BODY, seats=10**20))
    assert caught.value.message("en") == (
        "The number 100000000000000000000 cannot be kept: sitzung stores numbers between -9007199254740992 and "
        "9007199254740992; nothing was recorded."
    )
    assert archive.body(BODY.name) == BODY


def test_a_refused_action_leaves_the_lock_files_untouched(archive: TinyArchive, session: SessionInfo) -> None:
    log = archive.open_session(session.id)
    locks = [archive.sessions_dir / f"{session.id}.lock", archive.data_dir / "bodies.lock"]
    for lock in locks:
        lock.write_bytes(b"")
    with log.writing():
        pass
    with log.writing(), pytest.raises(SitzungError):
        raise SitzungError("storage.missing", file="x")  # a check refuses the action
    with pytest.raises(SitzungError):
        archive.save_roster("Nobody", ROSTER)
    with pytest.raises(SitzungError):
        archive.create_session(session)
    assert [lock.read_bytes() for lock in locks] == [b"", b""]
    with log.writing():
        log.append("note", T0, T0, {"text": "written"})
    archive.save_body(BODY)
    for lock in locks:
        assert json.loads(lock.read_bytes())["pid"] == os.getpid()


@pytest.mark.parametrize(
    ("field", "value", "table"),
    [("seats", "9" * 4000, "info"), ("seats", 1.5e300, "info"), ("created", "2024-05-14T18:00:00+02:00", "info"),
     ("at", "2024-05-14T18:00:00Z", "events"), ("recorded", "2024-05-14T18:00:00-01:00", "events")],
)
def test_a_record_later_code_cannot_compute_with_is_damage(
    archive: TinyArchive, session: SessionInfo, field: str, value: object, table: str
) -> None:
    """int() reads 4000 digits, but a quorum's division overflows; a zoned time cannot be compared with ours."""
    log = archive.open_session(session.id)
    with log.writing():
        log.append("note", T0, T0, {"text": "x"})
    log.compact()
    path = archive.sessions_dir / f"{session.id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = data[table]["1"]
    (doc["body"] if field == "seats" else doc)[field] = value
    path.write_text(json.dumps(data))
    with pytest.raises(SitzungError) as caught:
        TinyArchive(archive.data_dir).open_session(session.id).events()
    assert caught.value.key == "storage.bad_record.restore" and caught.value.params["table"] == table


def test_the_takeover_request_is_written_owner_only_and_never_through_a_link(
    archive: TinyArchive, session: SessionInfo
) -> None:
    first, second = archive.open_session(session.id), archive.open_session(session.id)
    assert first.hold() is None
    request = archive.sessions_dir / f"{session.id}.takeover"
    old = os.umask(0)
    try:
        second.ask_to_take_over()
    finally:
        os.umask(old)
    assert stat.S_IMODE(request.stat().st_mode) == 0o600 and first.asked_to_let_go()
    request.unlink()
    victim = archive.bodies_file
    before = victim.read_bytes()
    request.symlink_to(victim)
    second.ask_to_take_over()
    assert victim.read_bytes() == before
    request.unlink()
    os.mkfifo(request)
    assert not first.asked_to_let_go()  # read without waiting on the pipe
    first.let_go()
