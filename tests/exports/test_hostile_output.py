"""`-o` replaces only a plain file, never through a link or over a pipe, and never into the data folder;
the full minutes and the JSON export are the owner's only, from their first byte."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import exports.output
from cli import app
from exports.output import write_atomically
from sitzung.errors import SitzungError

runner = CliRunner()
CANARY = "KANARIE-0c1d-geheim"


@pytest.fixture
def sid(reference_id: str) -> str:
    assert runner.invoke(app, ["note", reference_id, "3", f"Vertraulich: {CANARY}."]).exit_code == 0
    return reference_id


def data_folder() -> Path:
    return Path(os.environ["SITZUNG_DATA_DIR"])


def refused(*args: str) -> str:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr.strip()


def snapshot(path: Path) -> tuple[object, ...]:
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        return ("link", os.readlink(path), info.st_mtime_ns)
    content = path.read_bytes() if stat.S_ISREG(info.st_mode) else b""
    return (stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode), info.st_mtime_ns, content)


def test_a_symbolic_link_is_refused_and_neither_it_nor_its_target_changes(sid: str, tmp_path: Path) -> None:
    session = data_folder() / "sessions" / f"{sid}.json"
    outside = tmp_path / "real.md"
    outside.write_text("the old minutes", encoding="utf-8")
    outside.chmod(0o644)
    for target in (session, outside):
        link = tmp_path / f"link-to-{target.name}"
        link.symlink_to(target)
        before = (snapshot(link), snapshot(target))
        for options in ((), ("--public",), ("--format", "json")):
            message = refused(sid, *options, "-o", str(link))
            assert message == (
                f"{link}: this is a symbolic link; the export replaces only a plain file, "
                "so name the file itself or another."
            )
        assert (snapshot(link), snapshot(target)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"link-to-{sid}.json", "link-to-real.md", "real.md"])


def test_a_fifo_is_refused_without_opening_it(sid: str, tmp_path: Path) -> None:
    """In a process of its own with a timeout: opening a FIFO for writing would wait for a reader."""
    fifo = tmp_path / "minutes.md"
    os.mkfifo(fifo)
    command = [sys.executable, "-m", "cli", "export", sid, "-o", str(fifo)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"{fifo}: this is a named pipe (FIFO), not a file; the export writes only to a plain file.\n"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.md"]


@pytest.mark.skipif(not Path("/dev/null").is_char_device(), reason="no /dev/null")
def test_a_device_is_refused(sid: str) -> None:
    message = refused(sid, "-o", "/dev/null")
    assert message == "/dev/null: this is a device, not a file; the export writes only to a plain file."


def test_a_folder_is_one_sentence_naming_the_folder(sid: str, tmp_path: Path) -> None:
    message = refused(sid, "-o", str(tmp_path))
    assert message == f"{tmp_path}: this is a folder; name a file in it to write the export to."
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_a_missing_folder_is_one_sentence_naming_it(sid: str, tmp_path: Path) -> None:
    message = refused(sid, "-o", str(tmp_path / "nowhere" / "minutes.md"))
    assert message == f"{tmp_path / 'nowhere'}: this folder does not exist; create it first or name a file in another."
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    message = refused(sid, "-o", str(tmp_path / "a-file" / "minutes.md"))
    assert message == f"{tmp_path / 'a-file'}: this is not a folder, so the export cannot be written into it."


def test_the_data_folder_is_not_a_place_for_exports(sid: str, tmp_path: Path) -> None:
    """Not the session file (that would replace the meeting with its minutes), nor anything else in there,
    nor through a linked folder."""
    data = data_folder()
    session = data / "sessions" / f"{sid}.json"
    before = snapshot(session)
    (tmp_path / "linked").symlink_to(data / "sessions")
    for target in (session, data / "minutes.md", tmp_path / "linked" / "minutes.md"):
        message = refused(sid, "-o", str(target))
        assert message == (
            f"{target}: this is inside sitzung's data folder, which only sitzung writes; write the export elsewhere."
        )
    assert snapshot(session) == before
    assert not (data / "minutes.md").exists() and not (data / "sessions" / "minutes.md").exists()


@pytest.mark.parametrize("options", [(), ("--format", "json")])
def test_the_full_minutes_and_the_json_export_become_private_over_a_0644_file(
    sid: str, tmp_path: Path, options: tuple[str, ...]
) -> None:
    target = tmp_path / "minutes.out"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    assert runner.invoke(app, ["export", sid, *options, "-o", str(target)]).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert CANARY in target.read_text(encoding="utf-8")
    fresh = tmp_path / "fresh.out"
    assert runner.invoke(app, ["export", sid, *options, "-o", str(fresh)]).exit_code == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_the_public_minutes_keep_the_mode_they_replace_or_take_the_umask(sid: str, tmp_path: Path) -> None:
    target = tmp_path / "public.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    assert runner.invoke(app, ["export", sid, "--public", "-o", str(target)]).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert CANARY not in target.read_text(encoding="utf-8")
    fresh = tmp_path / "fresh.md"
    old_umask = os.umask(0o027)
    try:
        assert runner.invoke(app, ["export", sid, "--public", "-o", str(fresh)]).exit_code == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


def test_the_temporary_file_is_private_from_its_creation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Created 0600 by `os.open` itself, exclusively and not through a link: no moment where others may read it."""
    target = tmp_path / "minutes.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    created: list[tuple[int, int]] = []
    real_open = os.open

    def spy(path: str | os.PathLike[str], flags: int, mode: int = 0o777, **kwargs: object) -> int:
        created.append((flags, mode))
        return real_open(path, flags, mode)

    seen_before_rename: list[int] = []
    real_replace = os.replace

    def replace(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        seen_before_rename.append(stat.S_IMODE(os.stat(source).st_mode))
        real_replace(source, destination)

    monkeypatch.setattr(exports.output.os, "open", spy)
    monkeypatch.setattr(exports.output.os, "replace", replace)
    write_atomically(target, "geheim\n", private=True)
    flags, mode = created[0]
    assert mode == 0o600 and flags & os.O_EXCL and flags & os.O_CREAT
    assert flags & getattr(os, "O_NOFOLLOW", 0) == getattr(os, "O_NOFOLLOW", 0)
    assert seen_before_rename == [0o600]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text(encoding="utf-8") == "geheim\n"


def test_a_failed_write_names_the_target_and_leaves_the_old_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "minutes.md"
    target.write_text("the old minutes", encoding="utf-8")

    def full_disk(source: object, destination: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(source))

    monkeypatch.setattr(exports.output.os, "replace", full_disk)
    with pytest.raises(SitzungError) as caught:
        write_atomically(target, "new")
    assert caught.value.message("en") == (
        f"{target}: the export could not be written ({os.strerror(errno.ENOSPC)}); a file already there is unchanged."
    )
    assert target.read_text(encoding="utf-8") == "the old minutes"
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.md"]  # the temporary file is gone


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_folder_is_one_sentence_naming_the_target(sid: str, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        message = refused(sid, "-o", str(folder / "minutes.md"))
    finally:
        folder.chmod(0o700)
    assert message.startswith(f"{folder / 'minutes.md'}: the export could not be written (")
