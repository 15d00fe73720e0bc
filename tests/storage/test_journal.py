"""The journal: an action is one appended line, the session file is rewritten only now and then, and every
way a crash can leave the two (a torn last line, a journal newer or older than its file) loads in full."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sitzung.errors import SitzungError
from sitzung.model import SessionInfo
from storage.archive import TinyArchive, TinySessionLog
from storage.journal import ROOM, header, journal_path
from tests.cli_helpers import sitzung
from tests.journal_helpers import lines, room
from tests.storage.conftest import T0


def note(log: TinySessionLog, text: str) -> int:
    with log.writing():
        return log.append("note", T0, T0, {"text": text}).seq


def texts(archive: TinyArchive, session_id: str) -> list[str]:
    """The notes as a fresh reader of the files finds them."""
    return [e.data["text"] for e in TinyArchive(archive.data_dir).open_session(session_id).events()]


@pytest.fixture
def paths(archive: TinyArchive, session: SessionInfo) -> tuple[Path, Path]:
    path = archive.sessions_dir / f"{session.id}.json"
    return path, journal_path(path)


def test_an_action_appends_one_line_and_leaves_the_session_file_alone(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    snapshot, journal = paths
    log = archive.open_session(session.id)
    before = (snapshot.stat().st_ino, snapshot.read_bytes())
    for n in range(3):
        note(log, f"n{n}")
    assert (snapshot.stat().st_ino, snapshot.read_bytes()) == before
    written = lines(journal).splitlines()
    assert written[0] == header(session.id).rstrip()
    assert [json.loads(line)["data"]["text"] for line in written[1:]] == ["n0", "n1", "n2"]
    assert texts(archive, session.id) == ["n0", "n1", "n2"]
    assert log.journaled == 3


def test_compact_writes_the_session_file_and_cuts_the_journal(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    snapshot, journal = paths
    log = archive.open_session(session.id)
    note(log, "a")
    note(log, "b")
    assert log.compact() is True
    assert lines(journal) == header(session.id)
    assert set(room(journal)) == {0} and journal.stat().st_size == ROOM  # room for the next actions
    kept = [path for path in (archive.sessions_dir / ".backups" / session.id).iterdir() if path.suffix == ".journal"]
    assert kept and all(not set(room(path)) for path in kept)  # a backup keeps the lines, never the room
    events = json.loads(snapshot.read_bytes())["events"]
    assert [doc["data"]["text"] for doc in events.values()] == ["a", "b"]
    assert log.compact() is False  # nothing left to write
    note(log, "c")
    log.close()  # closing rewrites it too, and keeps no room
    assert journal.read_bytes() == header(session.id)
    assert texts(archive, session.id) == ["a", "b", "c"]


def test_the_session_file_is_rewritten_every_so_many_events(tmp_path: Path, session: SessionInfo) -> None:
    archive = TinyArchive(tmp_path / "data", compact_every=4)
    log = archive.open_session(session.id)
    for n in range(9):
        note(log, str(n))
    assert log.journaled == 1  # written at the 4th and 8th
    assert len(json.loads((archive.sessions_dir / f"{session.id}.json").read_bytes())["events"]) == 8
    assert texts(archive, session.id) == [str(n) for n in range(9)]


def test_a_torn_last_line_was_never_acknowledged_and_is_overwritten(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    _, journal = paths
    log = archive.open_session(session.id)
    note(log, "acknowledged")
    with journal.open("ab") as fh:  # a crash in the middle of the next append
        fh.write(b'{"seq":2,"kind":"note","at":"2024-05-14T18:00:00","recorded":"2024-05-14T18:0')
    assert texts(archive, session.id) == ["acknowledged"]
    again = TinyArchive(archive.data_dir).open_session(session.id)
    note(again, "next")
    assert texts(archive, session.id) == ["acknowledged", "next"]
    assert b"18:0" not in room(journal) and lines(journal).endswith(b"\n")


def test_an_action_writes_into_room_kept_ahead_and_the_file_grows_by_room_at_a_time(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    """The fsync of an append that lengthens the file writes its size too: an action writes into zeros already on
    disk, and the file grows by `ROOM` of written zeros (no hole) only when the room is used up."""
    _, journal = paths
    log = archive.open_session(session.id)
    note(log, "first")
    assert journal.stat().st_size == ROOM
    sizes = set()
    text = "x" * 200
    while len(lines(journal)) + 400 < ROOM:
        note(log, text)
        sizes.add(journal.stat().st_size)
    assert sizes == {ROOM}
    note(log, text)
    note(log, text)
    assert journal.stat().st_size == 2 * ROOM
    assert journal.stat().st_blocks * 512 >= 2 * ROOM  # zeros written, not a sparse hole
    assert set(room(journal)) == {0}
    assert texts(archive, session.id)[-1] == text and len(texts(archive, session.id)) == log.journaled


def test_what_a_torn_append_left_in_the_room_is_never_read_and_is_zeroed(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    """A crash in the middle of an append into the room can leave any of its pages on disk: its start without an
    end, or, past a stretch of zeros, the end of a line and whole lines after it. None was acknowledged."""
    _, journal = paths
    log = archive.open_session(session.id)
    note(log, "acknowledged")
    end = len(lines(journal))
    with journal.open("r+b") as fh:
        fh.seek(end)
        fh.write(b'{"seq":2,"kind":"note","at":"2024-05-14T18:0')
        fh.seek(end + 4096)
        fh.write(b'0:00","data":{"text":"torn"}}\n{"seq":3,"kind":"note","at":"2024-05-14T18:00:00",'
                 b'"recorded":"2024-05-14T18:00:00","data":{"text":"never acknowledged"}}\n')
    assert texts(archive, session.id) == ["acknowledged"]
    again = TinyArchive(archive.data_dir).open_session(session.id)
    note(again, "next")
    assert texts(archive, session.id) == ["acknowledged", "next"]
    assert set(room(journal)) == {0}


def test_an_append_into_the_room_is_seen_by_a_reader(archive: TinyArchive, session: SessionInfo,
                                                      paths: tuple[Path, Path]) -> None:
    _, journal = paths
    app = archive.open_session(session.id)
    note(app, "one")
    reader = TinyArchive(archive.data_dir, read_only=True).open_session(session.id)
    assert [e.data["text"] for e in reader.events()] == ["one"]
    assert reader.refresh() is False
    size = journal.stat().st_size
    note(app, "two")
    assert journal.stat().st_size == size  # the same size: only the bytes after the lines tell
    assert reader.refresh() is True
    assert [e.data["text"] for e in reader.events()] == ["one", "two"]
    assert reader.refresh() is False


def test_a_failed_fsync_leaves_no_line_that_a_reader_would_take_for_acknowledged(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.journal

    _, journal = paths
    log = archive.open_session(session.id)
    note(log, "one")

    def failing(fd: int) -> None:
        raise OSError(5, "Input/output error")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(storage.journal.os, "fsync", failing)
        with pytest.raises(SitzungError):
            note(log, "two")
    assert b"two" not in journal.read_bytes()
    assert texts(archive, session.id) == ["one"]
    assert log.save_pending() is True  # the next write brings it
    assert texts(archive, session.id) == ["one", "two"]


def test_a_journal_of_format_1_without_room_is_read_and_continued(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    """What the journal looked like before it kept room: format 1, its last line the file's end."""
    _, journal = paths
    log = archive.open_session(session.id)
    note(log, "one")
    log.close()  # the session file holds "one"; the journal only its header, without room
    old = lines(journal).replace(b'"format":2', b'"format":1')
    line = (b'{"seq":2,"kind":"note","at":"2024-05-14T18:00:00","recorded":"2024-05-14T18:00:00",'
            b'"data":{"text":"two"}}\n')
    journal.write_bytes(old + line)
    assert texts(archive, session.id) == ["one", "two"]
    again = TinyArchive(archive.data_dir).open_session(session.id)
    note(again, "three")
    assert texts(archive, session.id) == ["one", "two", "three"]
    assert lines(journal).startswith(old + line)


def test_a_journal_of_a_newer_format_is_refused_by_name(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    _, journal = paths
    log = archive.open_session(session.id)
    note(log, "one")
    journal.write_bytes(lines(journal).replace(b'"format":2', b'"format":3'))
    with pytest.raises(SitzungError) as caught:
        TinyArchive(archive.data_dir).open_session(session.id).events()
    assert caught.value.key.startswith("storage.newer_format")
    assert caught.value.params["found"] == 3 and caught.value.params["supported"] == 2


def test_a_journal_newer_than_its_file_is_read_on_top_of_it(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    """A crash before the file was rewritten: the file has the first events, the journal the rest."""
    log = archive.open_session(session.id)
    note(log, "one")
    log.compact()
    note(log, "two")
    note(log, "three")
    assert len(json.loads(paths[0].read_bytes())["events"]) == 1
    assert texts(archive, session.id) == ["one", "two", "three"]


def test_a_file_newer_than_its_journal_does_not_repeat_events(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    """A crash after the file was rewritten but before the journal was cut: its lines are in the file too."""
    snapshot, journal = paths
    log = archive.open_session(session.id)
    note(log, "one")
    note(log, "two")
    uncut = journal.read_bytes()
    log.compact()
    journal.write_bytes(uncut)
    assert len(json.loads(snapshot.read_bytes())["events"]) == 2
    reader = TinyArchive(archive.data_dir).open_session(session.id)
    assert [e.seq for e in reader.events()] == [1, 2]
    note(reader, "three")
    assert texts(archive, session.id) == ["one", "two", "three"]


def test_another_writer_is_read_from_the_journal_alone(archive: TinyArchive, session: SessionInfo) -> None:
    app = archive.open_session(session.id)
    shell = TinyArchive(archive.data_dir).open_session(session.id)
    note(app, "from the app")
    assert shell.refresh() is True
    note(shell, "from the shell")
    reads: list[int] = []
    real = os.pread

    def counted(fd: int, size: int, offset: int) -> bytes:
        reads.append(offset)
        return real(fd, size, offset)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "pread", counted)
        assert app.refresh() is True
    assert reads and min(reads) > 0  # only what was appended, not the whole journal
    assert [e.data["text"] for e in app.events()] == ["from the app", "from the shell"]


@pytest.mark.parametrize(
    ("damage", "key", "where", "kept"),
    [
        (lambda lines: [lines[0], b"{not json", *lines[2:]], "storage.journal_corrupt.restore", (2, 2), []),
        (lambda lines: [lines[0], lines[1], lines[1].replace(b'"seq":1', b'"seq":"x"'), *lines[3:]],
         "storage.journal_bad_line.restore", (3, None), ["one"]),
        (lambda lines: [lines[0], lines[1], lines[3]], "storage.journal_gap.restore", (3, None), ["one"]),
        (lambda lines: [lines[0].replace(b"2024-05-14-ag-6", b"other"), *lines[1:]],
         "storage.journal_other_session.restore", (None, None), []),
    ],
    ids=["not_json", "bad_event", "gap", "other_session"],
)
def test_a_damaged_journal_is_named_and_restore_keeps_what_came_before(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path], damage, key: str,  # type: ignore[no-untyped-def]
    where: tuple[int | None, int | None], kept: list[str],
) -> None:
    _, journal = paths
    log = archive.open_session(session.id)
    for text in ("one", "two", "three"):
        note(log, text)
    damaged = b"\n".join(damage(journal.read_bytes().splitlines())) + b"\n"
    journal.write_bytes(damaged)
    with pytest.raises(SitzungError) as caught:
        TinyArchive(archive.data_dir).open_session(session.id).events()
    assert caught.value.key == key
    line, column = where
    if line is not None:
        assert caught.value.params["line"] == line
    if column is not None:
        assert caught.value.params["column"] == column
    message = caught.value.message("en")
    assert str(journal) in message and f"sitzung session restore {session.id}" in message
    assert journal.read_bytes() == damaged  # refused, never reset

    done = TinyArchive(archive.data_dir).restore_session(session.id)
    assert texts(archive, session.id) == kept  # up to the damage; the rest is on the mirror, if there is one
    assert done.kept is not None and journal_path(done.kept).read_bytes() == damaged


def test_restore_takes_the_journal_on_top_of_the_newest_good_file(
    archive: TinyArchive, session: SessionInfo, paths: tuple[Path, Path]
) -> None:
    """The session file is damaged, the journal is whole: nothing acknowledged is lost."""
    snapshot, _ = paths
    log = archive.open_session(session.id)
    note(log, "one")
    log.compact()
    note(log, "two")
    log.compact()
    note(log, "three")
    snapshot.write_bytes(snapshot.read_bytes()[:-5])
    done = archive.restore_session(session.id)
    assert done.events == 3
    assert texts(archive, session.id) == ["one", "two", "three"]


def test_the_cli_rewrites_the_file_when_its_command_ends(data_dir: Path) -> None:
    from tests.faults.conftest import prepare_session

    sid = prepare_session()
    journal = journal_path(data_dir / "sessions" / f"{sid}.json")
    sitzung("note", sid, "1", "Eine Notiz")
    assert journal.read_bytes() == header(sid)
    assert "Eine Notiz" in (data_dir / "sessions" / f"{sid}.json").read_text(encoding="utf-8")


@pytest.fixture
def data_dir(isolated_folders: Path) -> Path:
    return isolated_folders / "sitzung-data"
