"""The mirror: every acknowledged action is on it too; a mirror that goes away never blocks the clerk and
catches up when it is back; a lost data folder comes back from it whole."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

import storage.mirror as mirror_module
from sitzung.errors import SitzungError
from sitzung.model import SessionInfo
from storage.archive import TinyArchive, TinySessionLog
from storage.journal import ROOM, header, journal_path
from tests.storage.conftest import BODY, ROSTER, T0, make_info


def note(log: TinySessionLog, text: str) -> None:
    with log.writing():
        log.append("note", T0, T0, {"text": text})


def texts(folder: Path, session_id: str) -> list[str]:
    return [e.data["text"] for e in TinyArchive(folder, read_only=True).open_session(session_id).events()]


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def mirrored(tmp_path: Path, stick: Path) -> TinyArchive:
    archive = TinyArchive(tmp_path / "data", lock_timeout=1.0, mirror=stick)
    archive.save_body(BODY)
    archive.save_roster(BODY.name, ROSTER)
    return archive


@pytest.fixture
def session(mirrored: TinyArchive) -> SessionInfo:
    info = make_info()
    mirrored.create_session(info)
    return info


def test_every_acknowledged_action_is_on_the_mirror(mirrored: TinyArchive, session: SessionInfo, stick: Path) -> None:
    log = mirrored.open_session(session.id)
    for n in range(5):
        note(log, f"n{n}")
        assert texts(stick, session.id) == [f"n{i}" for i in range(n + 1)]  # before the next action
    assert log.mirror is not None and log.mirror.current
    log.compact()
    assert texts(stick, session.id) == [f"n{i}" for i in range(5)]
    mirror = TinyArchive(stick, read_only=True)  # the mirror is a data folder of its own
    assert [s.id for s in mirror.sessions()] == [session.id] and mirror.body(BODY.name) == BODY


@pytest.mark.parametrize("pause_before_closing", [False, True], ids=["closed_at_once", "closed_after_a_pause"])
def test_the_journals_keep_room_while_the_session_is_open_and_none_once_it_is_closed(
    mirrored: TinyArchive, session: SessionInfo, stick: Path, pause_before_closing: bool
) -> None:
    """Both journals are written into room kept ahead; closing leaves each its header alone, whether closing
    rewrites the session file or only cuts the room off (the app rewrote it in a pause)."""
    journals = [journal_path(folder / "sessions" / f"{session.id}.json") for folder in (mirrored.data_dir, stick)]
    log = mirrored.open_session(session.id)
    note(log, "one")
    log.compact()  # the app, in a pause
    note(log, "two")
    assert [path.stat().st_size for path in journals] == [ROOM, ROOM]
    if pause_before_closing:
        log.compact()
    log.close()
    assert [path.read_bytes() for path in journals] == [header(session.id)] * 2
    assert texts(stick, session.id) == texts(mirrored.data_dir, session.id) == ["one", "two"]


def test_a_stick_pulled_out_never_blocks_and_catches_up_when_back(
    mirrored: TinyArchive, session: SessionInfo, stick: Path, tmp_path: Path
) -> None:
    log = mirrored.open_session(session.id)
    note(log, "before")
    away = tmp_path / "drawer"
    stick.rename(away)  # pulled out: its folder is gone
    note(log, "while away")
    status = log.mirror
    assert status is not None and not status.current and status.since is not None
    assert "not there" in status.reason
    assert not stick.exists()  # never created on the laptop's own disk
    note(log, "still away")
    away.rename(stick)  # back
    note(log, "back")
    assert log.mirror is not None and log.mirror.current
    assert texts(stick, session.id) == ["before", "while away", "still away", "back"]


def test_a_mirror_that_does_not_answer_is_left_behind(
    mirrored: TinyArchive, session: SessionInfo, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hung network share: the action waits `PATIENCE` seconds at most, then goes on."""
    log = mirrored.open_session(session.id)
    note(log, "first")
    monkeypatch.setattr(mirror_module, "PATIENCE", 0.05)
    hung = threading.Event()
    real_reachable = mirror_module.Mirror.reachable

    def stuck(self: mirror_module.Mirror) -> None:
        hung.wait(5)
        real_reachable(self)

    monkeypatch.setattr(mirror_module.Mirror, "reachable", stuck)
    note(log, "while hung")
    assert log.mirror is not None and not log.mirror.current and "does not answer" in log.mirror.reason
    note(log, "still hung")  # the worker is still stuck: this one does not even wait
    hung.set()
    monkeypatch.setattr(mirror_module.Mirror, "reachable", real_reachable)
    monkeypatch.setattr(mirror_module, "PATIENCE", 2.0)
    assert mirrored.mirror.wait(mirrored.mirror._running)  # type: ignore[union-attr]  # it ends now that it answers
    note(log, "answered")
    assert log.mirror.current
    assert texts(stick, session.id) == ["first", "while hung", "still hung", "answered"]


def test_the_whole_data_folder_lost_mid_meeting_comes_back_from_the_mirror(
    mirrored: TinyArchive, session: SessionInfo, stick: Path
) -> None:
    log = mirrored.open_session(session.id)
    for n in range(3):
        note(log, f"n{n}")
    log.compact()
    note(log, "last before the disk died")
    before = [e.to_dict() for e in log.events()]
    shutil.rmtree(mirrored.data_dir)  # the disk is gone
    with pytest.raises(SitzungError):
        note(log, "after")  # refused: the session file is gone, and the clerk is told
    fresh = TinyArchive(mirrored.data_dir, mirror=stick)
    done = fresh.restore_from_mirror(session.id)
    assert done.events == 4 and done.backup == stick / "sessions" / f"{session.id}.json"
    again = TinyArchive(mirrored.data_dir)
    assert [e.to_dict() for e in again.open_session(session.id).events()] == before
    assert [s.id for s in again.sessions()] == [session.id] and again.roster(BODY.name) == list(ROSTER)


def test_restore_from_the_mirror_is_refused_when_nothing_is_missing(
    mirrored: TinyArchive, session: SessionInfo
) -> None:
    log = mirrored.open_session(session.id)
    note(log, "one")
    path = mirrored.sessions_dir / f"{session.id}.json"
    before = (path.read_bytes(), journal_path(path).read_bytes())
    with pytest.raises(SitzungError) as caught:
        mirrored.restore_from_mirror(session.id)
    assert caught.value.key == "storage.restore_from_mirror_not_needed"
    assert (path.read_bytes(), journal_path(path).read_bytes()) == before


def test_restore_from_the_mirror_replaces_a_damaged_session_and_keeps_it(
    mirrored: TinyArchive, session: SessionInfo
) -> None:
    log = mirrored.open_session(session.id)
    note(log, "one")
    log.close()
    path = mirrored.sessions_dir / f"{session.id}.json"
    path.write_bytes(b"{")
    done = mirrored.restore_from_mirror(session.id)
    assert done.kept is not None and done.kept.read_bytes() == b"{"
    assert texts(mirrored.data_dir, session.id) == ["one"]


def test_without_a_mirror_restore_from_it_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(SitzungError) as caught:
        TinyArchive(tmp_path / "data").restore_from_mirror("2024-05-14-ag-6")
    assert caught.value.key == "storage.no_mirror"
    assert "--mirror" in caught.value.message("en")
