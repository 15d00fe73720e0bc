"""The mirror from the command line: `--mirror` and the config file, a mirror that is away, and a whole data
folder lost in the middle of a meeting and restored from the mirror without losing an action."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from cli import app
from sitzung import reference
from sitzung.clock import FixedClock
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from tests.cli_helpers import runner, sitzung


@pytest.fixture
def data_dir(isolated_folders: Path) -> Path:
    return isolated_folders / "sitzung-data"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def prepare(stick: Path) -> str:
    m = ("--mirror", str(stick))
    sitzung(*m, "body", "create", reference.BODY, "--seats", "17", "--preset", "de")
    sitzung(*m, "roster", "import", str(reference.data_file("roster.csv")), "--body", reference.BODY)
    sid = sitzung(*m, "session", "create", "--body", reference.BODY, "--number", "6", "--date", "2022-05-11",
                  "--time", "18:00").strip()
    sitzung(*m, "agenda", "import", sid, str(reference.data_file("agenda.txt")))
    return sid


def test_a_data_folder_lost_mid_meeting_comes_back_whole_from_the_mirror(data_dir: Path, stick: Path) -> None:
    sid = prepare(stick)
    m = ("--mirror", str(stick))
    sitzung(*m, "attend", sid, "Kehren", "present", "--at", "17:58")
    sitzung(*m, "clock", sid, "start", "--at", "18:00")
    # The clerk's app holds the session open and records, as during the meeting.
    app_recorder = Recorder(TinyArchive(data_dir, mirror=stick).open_session(sid),
                            FixedClock(datetime(2022, 5, 11, 18, 5)))
    app_recorder.attend("Thelen", "present")
    app_recorder.item_action("1", "start")
    app_recorder.note("1", "Die Vorsitzende eröffnet die Sitzung.")
    sitzung(*m, "attend", sid, "Lux", "arrived", "--at", "18:04")  # a badge reader at the door, meanwhile
    app_recorder.remark("Die Tür klemmt.")
    log_before = sitzung("log", sid)
    minutes_before = sitzung("export", sid)

    shutil.rmtree(data_dir)  # the laptop's disk is gone, the app still open

    assert sitzung("--data-dir", str(stick), "log", sid) == log_before  # the mirror opens as a data folder
    out = sitzung(*m, "session", "restore", sid, "--from-mirror")
    assert out.startswith(f"Restored session {sid} from the mirror {stick / 'sessions' / f'{sid}.json'}: ")
    assert sitzung("log", sid) == log_before
    assert sitzung("export", sid) == minutes_before
    assert sid in sitzung("session", "list")
    sitzung(*m, "attend", sid, "Kehren", "left", "--at", "18:30")  # and the meeting goes on
    assert "Kehren" not in sitzung("present", sid)


def test_restore_from_the_mirror_when_nothing_is_missing_changes_nothing(data_dir: Path, stick: Path) -> None:
    sid = prepare(stick)
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file() and p.suffix != ".lock"}
    err = sitzung("--mirror", str(stick), "session", "restore", sid, "--from-mirror", code=2)
    assert "holds every event of the mirror's copy" in err and err.count("\n") == 1
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file() and p.suffix != ".lock"} == before


def test_a_mirror_that_is_away_is_reported_and_never_blocks(data_dir: Path, stick: Path, tmp_path: Path) -> None:
    sid = prepare(stick)
    away = tmp_path / "drawer"
    stick.rename(away)
    result = runner.invoke(app, ["--mirror", str(stick), "attend", sid, "Kehren", "present", "--at", "17:58"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Kehren, Hanno, Dr.: present.\n"
    assert result.stderr.startswith(f"The mirror {stick} is not up to date since ")
    assert "everything is saved on this computer" in result.stderr and result.stderr.count("\n") == 1
    assert not stick.exists()
    away.rename(stick)
    sitzung("--mirror", str(stick), "attend", sid, "Thelen", "present", "--at", "17:59")  # catches up
    assert sitzung("--data-dir", str(stick), "present", sid) == sitzung("present", sid)


def test_the_mirror_from_the_config_file(
    data_dir: Path, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'mirror = "{stick}"\n', encoding="utf-8")
    monkeypatch.setenv("SITZUNG_CONFIG", str(config))
    sitzung("body", "create", "Rat", "--seats", "5", "--preset", "de")
    assert TinyArchive(stick, read_only=True).body("Rat") is not None


def test_the_data_folder_is_no_mirror_of_itself(data_dir: Path) -> None:
    err = sitzung("--mirror", str(data_dir), "body", "list", code=2)
    assert err == f"The mirror {data_dir} is the data folder itself; name another folder (a USB stick, a network " \
                  "share).\n"


def test_restore_from_the_mirror_needs_one(data_dir: Path, stick: Path) -> None:
    sid = prepare(stick)
    err = sitzung("session", "restore", sid, "--from-mirror", code=2)
    assert err.startswith("There is no mirror to restore from") and err.count("\n") == 1
