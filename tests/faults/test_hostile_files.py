"""Files that are not what they should be: a deleted bodies.json, pipes and links in the data folder.

Each is refused with one sentence that changes nothing, and the restore commands bring
the data back. (The refusals alone are also attempts of the corpus, tests/hostile/cases/storage_*.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitzung import reference
from tests.cli_helpers import sitzung

ROOT = Path(__file__).resolve().parents[2]
MISSING = (
    "The file {file} is missing although its backups or the session files show that it existed; nothing was "
    "created; `sitzung archive restore` brings it back from its newest good backup or, failing that, from the "
    "session files.\n"
)
NEEDS_THE_ARCHIVE = (("body", "list"), ("roster", "list", "--body", reference.BODY), ("session", "list"),
                     ("body", "create", "Rat", "--seats", "5"),
                     ("session", "create", "--body", reference.BODY, "--number", "8", "--date", "2022-07-06"))


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file below `folder` (lock files included): mode, modification time and bytes."""
    return {str(p.relative_to(folder)): (p.lstat().st_mode, p.lstat().st_mtime_ns, p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def cli_process(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`sitzung ARGS` in a process of its own, for what could hang one (a pipe)."""
    command = [sys.executable, "-m", "cli", "--data-dir", str(data_dir), "--lang", "en", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=30, cwd=ROOT, stdin=subprocess.DEVNULL)


def test_a_deleted_archive_is_refused_and_restored_from_its_backup(data_dir: Path, sid: str) -> None:
    later = sitzung("session", "create", "--body", reference.BODY, "--number", "7", "--date", "2022-06-08").strip()
    path = data_dir / "bodies.json"
    path.unlink()
    before = snapshot(data_dir)
    for command in NEEDS_THE_ARCHIVE:
        assert sitzung(*command, code=2) == MISSING.format(file=path), command
    assert snapshot(data_dir) == before  # not created, no lock file touched
    assert "Kehren" in sitzung("present", sid)  # a session named by its id does not need the archive

    out = sitzung("archive", "restore")
    assert out.startswith(f"Restored {path} from the backup {data_dir / '.backups' / 'bodies'}/")
    # The newest backup is the version before the latest write (which indexed the later session,
    # whose file is still on disk): nothing is lost.
    assert ": 1 bodies and 2 sessions in the index, 1 of them found on disk and put back;" in out, out
    assert out.endswith("the damaged file was kept as -.\n")
    sessions = sitzung("session", "list")
    assert sid in sessions and later in sessions
    assert "Kehren" in sitzung("roster", "list", "--body", reference.BODY)
    assert "17 seats" in sitzung("body", "list")
    sitzung(*NEEDS_THE_ARCHIVE[-1])  # and the clerk carries on


def test_a_deleted_archive_without_backups_is_rebuilt_from_the_session_files(data_dir: Path, sid: str) -> None:
    (data_dir / "bodies.json").unlink()
    shutil.rmtree(data_dir / ".backups")
    assert sitzung("session", "list", code=2) == MISSING.format(file=data_dir / "bodies.json")
    out = sitzung("archive", "restore")
    assert out == (f"Rebuilt {data_dir / 'bodies.json'} from the 1 session files, as no backup of it loads: 1 bodies, "
                   "each with its roster as of its latest session.\n")
    assert sid in sitzung("session", "list")
    assert "17 seats" in sitzung("body", "list")
    roster = sitzung("roster", "list", "--body", reference.BODY)
    assert "Kehren" in roster and "Louven" in roster
    sitzung("session", "create", "--body", reference.BODY, "--number", "7", "--date", "2022-06-08")


def test_a_fresh_data_folder_starts_empty(data_dir: Path) -> None:
    assert not data_dir.exists()
    assert sitzung("body", "list") == ""  # nothing to list, and no refusal
    assert (data_dir / "bodies.json").is_file()
    sitzung("body", "create", "Rat", "--seats", "5")
    assert "Rat" in sitzung("body", "list")


def test_a_refused_write_leaves_the_lock_file_as_it_was(data_dir: Path, sid: str) -> None:
    """The holder's record is written only when data is: a refusal changes no byte and no time."""
    lock = data_dir / "sessions" / f"{sid}.lock"
    before = (lock.read_bytes(), lock.stat().st_mtime_ns)
    sitzung("attend", sid, "Nobody", "present", code=2)
    sitzung("session", "restore", sid, code=2)  # under the lock too: the file loads as it is
    assert (lock.read_bytes(), lock.stat().st_mtime_ns) == before
    sitzung("attend", sid, "Lux", "present")
    assert f'"pid": {os.getpid()}' in lock.read_text()  # the writer says who it is, for another's refusal


def test_a_huge_number_in_a_backup_is_skipped_by_the_restore(data_dir: Path, sid: str) -> None:
    folder = data_dir / "sessions" / ".backups" / sid
    newest = max(folder.glob("*.json"), key=lambda p: int(p.stem))
    spoilt = newest.read_bytes().replace(b'"seats":17', b'"seats":' + b"9" * 5001, 1)
    newest.unlink()
    newest.write_bytes(spoilt)  # a new inode: the other links stay whole
    (data_dir / "sessions" / f"{sid}.json").write_bytes(b"")
    out = sitzung("session", "restore", sid)
    assert f"from the backup {folder}/{int(newest.stem) - 1}.json:" in out, out


@pytest.mark.parametrize("which", ["session", "archive"])
def test_a_pipe_in_place_of_a_data_file_is_refused_at_once_and_restored(data_dir: Path, sid: str, which: str) -> None:
    path = data_dir / ("bodies.json" if which == "archive" else f"sessions/{sid}.json")
    path.unlink()
    os.mkfifo(path)
    command = ("body", "list") if which == "archive" else ("session", "show", sid)
    done = cli_process(data_dir, *command)
    restore = "`sitzung archive restore`" if which == "archive" else f"`sitzung session restore {sid}`"
    assert done.returncode == 2 and done.stderr == (
        f"{path} is not a regular file (but a folder, a pipe or a device), so it was not read; it was left as it "
        f"is; {restore} brings back its newest good state from the rolling backups.\n"
    )
    restored = cli_process(data_dir, *(("archive", "restore") if which == "archive" else ("session", "restore", sid)))
    assert restored.returncode == 0, restored.stderr
    assert path.is_file() and not path.is_symlink()
    assert "Kehren" in sitzung("present", sid)


@pytest.mark.parametrize("kind", ["pipe", "folder", "link"])
@pytest.mark.parametrize("which", ["session", "archive"])
def test_a_lock_file_that_is_no_file_is_refused_and_nothing_written(
    data_dir: Path, sid: str, which: str, kind: str
) -> None:
    lock = data_dir / ("bodies.lock" if which == "archive" else f"sessions/{sid}.lock")
    target = data_dir / ("bodies.json" if which == "archive" else f"sessions/{sid}.json")
    victim = data_dir / "sessions" / f"{sid}.json" if which == "archive" else data_dir / "bodies.json"
    lock.unlink()
    if kind == "pipe":
        os.mkfifo(lock)
    elif kind == "folder":
        lock.mkdir()
    else:
        lock.symlink_to(victim)  # taking the lock would have overwritten the start of this file
    before = snapshot(data_dir)
    command = ("body", "create", "Rat", "--seats", "5") if which == "archive" else ("attend", sid, "Lux", "present")
    done = cli_process(data_dir, *command)
    assert done.returncode == 2 and done.stderr == (
        f"The lock file {lock} is a link, a folder or a pipe, not a regular file, so {target} was not written; "
        "remove it and try again.\n"
    )
    assert snapshot(data_dir) == before
    lock.rmdir() if kind == "folder" else lock.unlink()
    assert cli_process(data_dir, *command).returncode == 0  # as the sentence says


@pytest.mark.parametrize("kind", ["pipe", "link"])
def test_a_journal_that_is_no_file_is_refused_at_once_and_restored(data_dir: Path, sid: str, kind: str) -> None:
    """A pipe would hang the reader; a link would let the next append write into its target."""
    path = data_dir / "sessions" / f"{sid}.journal"
    victim = data_dir / "victim.txt"
    victim.write_text("untouched", encoding="utf-8")
    path.unlink(missing_ok=True)
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to(victim)
    done = cli_process(data_dir, "attend", sid, "Lux", "present", "--at", "17:59")
    assert done.returncode == 2 and done.stderr.startswith(f"{path} is not a regular file"), done.stderr
    assert f"`sitzung session restore {sid}`" in done.stderr
    assert victim.read_text(encoding="utf-8") == "untouched"
    restored = cli_process(data_dir, "session", "restore", sid)
    assert restored.returncode == 0, restored.stderr
    assert path.is_file() and not path.is_symlink()
    assert victim.read_text(encoding="utf-8") == "untouched"
    sitzung("attend", sid, "Lux", "present", "--at", "17:59")
    assert "Lux" in sitzung("present", sid)
