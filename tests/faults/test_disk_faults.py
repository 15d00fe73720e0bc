"""A full disk and a read-only folder: the clerk is told at once, memory keeps the action, the next write catches up.

We run as root, where a read-only folder is not read-only: the failures are injected by replacing
the `os` module and the temporary-file maker that `storage` sees with ones whose writing calls fail.
"""

from __future__ import annotations

import errno
import os
from typing import Any

import pytest

import storage.durable as durable
import storage.folders as folders
import storage.journal as journal
import storage.lock as lock
from sitzung.errors import SitzungError
from sitzung.recorder import Recorder
from sitzung.state import fold
from storage.archive import TinyArchive
from tui.app import build_app
from tui.rollcall import RollCall
from tui.roster_table import RosterTable

KEHREN = "kehren|hanno"
# What fails in each fault: a full disk refuses the data, not the tiny lock file; a read-only
# folder (EROFS) or one without permission (EACCES) refuses creating any file at all.
FAULTS: dict[str, tuple[int, dict[str, tuple[str, ...]]]] = {
    "disk_full": (errno.ENOSPC, {"durable.os": ("write", "fsync"), "journal.os": ("pwrite", "fsync")}),
    "read_only": (errno.EROFS, {"durable.os": ("replace", "link"), "durable.temporary": ("__call__",),
                                "lock.folders": ("open_regular",)}),
    "no_permission": (errno.EACCES, {"durable.os": ("replace", "link"), "durable.temporary": ("__call__",),
                                     "lock.folders": ("open_regular",)}),
}


class Failing:
    """A stand-in for a module whose named functions (or a function, "__call__") raise OSError(code) while
    `active`."""

    def __init__(self, real: Any, names: tuple[str, ...], code: int) -> None:
        self._real, self._names, self._code = real, names, code
        self.active = True

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._real, name)
        if name not in self._names:
            return attr

        def maybe_fail(*args: Any, **kwargs: Any) -> Any:
            if self.active:
                raise OSError(self._code, os.strerror(self._code))
            return attr(*args, **kwargs)

        return maybe_fail

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.active and "__call__" in self._names:
            raise OSError(self._code, os.strerror(self._code))
        return self._real(*args, **kwargs)


class Faults:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self._stand_ins: list[Failing] = []

    def start(self, fault: str) -> str:
        code, where = FAULTS[fault]
        modules = {"durable.os": (durable, os), "journal.os": (journal, os),
                   "durable.temporary": (durable, durable.temporary),
                   "lock.folders": (lock, folders)}
        for place, names in where.items():
            owner, real = modules[place]
            stand_in = Failing(real, names, code)
            self._monkeypatch.setattr(owner, place.split(".")[1], stand_in)
            self._stand_ins.append(stand_in)
        return os.strerror(code)

    def stop(self) -> None:
        for stand_in in self._stand_ins:
            stand_in.active = False


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Faults:
    return Faults(monkeypatch)


def on_disk(archive: TinyArchive, session_id: str):  # type: ignore[no-untyped-def]
    log = TinyArchive(archive.data_dir).open_session(session_id)
    return fold(log.info, log.events())


@pytest.mark.parametrize("fault", FAULTS)
def test_recorder_keeps_the_action_and_the_next_write_catches_up(
    fresh: Recorder, archive: TinyArchive, faults: Faults, fault: str
) -> None:
    sid = fresh.state.info.id
    path = archive.sessions_dir / f"{sid}.json"
    before = path.read_bytes()
    reason = faults.start(fault)
    with pytest.raises(SitzungError) as caught:
        fresh.attend("Kehren", "present")
    message = caught.value.message("en")
    assert caught.value.key == "storage.write_failed"
    assert message.startswith(f"Could not save to {path} ({reason}); the previous version on disk is intact")
    assert fresh.state.presence(KEHREN).here  # memory keeps it
    with pytest.raises(SitzungError):
        fresh.note("1", "typed while the disk failed")
    assert path.read_bytes() == before  # the file is the old version, whole
    assert not list(path.parent.glob("*.tmp"))
    faults.stop()
    fresh.attend("Thelen", "present")  # the next successful write saves everything
    state = on_disk(archive, sid)
    assert state.presence(KEHREN).here and state.presence("thelen|friedhelm").here
    assert "typed while the disk failed" in state.items["1"].notes
    assert not fresh.log.dirty


@pytest.mark.parametrize("fault", FAULTS)
async def test_tui_tells_the_clerk_at_once_and_catches_up(
    fresh: Recorder, archive: TinyArchive, faults: Faults, fault: str
) -> None:
    sid = fresh.state.info.id
    app = build_app(fresh, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        reason = faults.start(fault)
        app.query_one("#rollcall-table", RosterTable).move_to(KEHREN)
        await pilot.press("p")
        await pilot.pause()
        errors = [n for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1 and f"Could not save to {archive.sessions_dir / f'{sid}.json'} ({reason})" in str(
            errors[0].message
        )
        row = next(row for _role, _name, row in app.query_one(RollCall)._rows if row.key == KEHREN)
        assert "present" in row.cells[1].plain  # the roll call shows it
        assert not on_disk(archive, sid).presence(KEHREN).here
        faults.stop()
        app.poll()  # the next poll (every half second) writes what memory holds
        await pilot.pause()
        assert on_disk(archive, sid).presence(KEHREN).here
        assert any("Saved again" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize("fault", FAULTS)
def test_the_cli_says_the_action_was_not_recorded(sid: str, data_dir, faults: Faults, fault: str) -> None:
    """A command ends after a failed write, so it must not promise a later save."""
    from tests.cli_helpers import sitzung

    path = data_dir / "sessions" / f"{sid}.json"
    before = path.read_bytes()
    reason = faults.start(fault)
    err = sitzung("attend", sid, "Kehren", "left", code=2)
    assert err == f"Could not save to {path} ({reason}); this action was not recorded and the file on disk is " \
                  "unchanged.\n"
    assert path.read_bytes() == before
