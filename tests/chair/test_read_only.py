"""Opening a session read-only (storage) and the `chair`/`serve` commands' refusals."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sitzung.errors import SitzungError
from sitzung.model import Body
from sitzung.recorder import Recorder
from storage.archive import TinyArchive
from tests.chair.conftest import files_state
from tests.cli_helpers import sitzung


def test_a_read_only_archive_creates_nothing_in_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    archive = TinyArchive(folder, read_only=True)
    with pytest.raises(SitzungError) as caught:
        archive.sessions()
    assert caught.value.key == "storage.missing"
    with pytest.raises(RuntimeError, match="read-only"):
        archive.save_body(Body("Rat", seats=5))
    assert list(folder.iterdir()) == []


def test_a_read_only_session_reads_follows_and_refuses_to_write(clerk: Recorder, data_dir: Path) -> None:
    before = files_state(data_dir)
    archive = TinyArchive(data_dir, read_only=True)
    log = archive.open_session(clerk.state.info.id)
    assert len(log.events()) == len(clerk.log.events())
    clerk.attend("Thelen", "left")
    assert log.refresh() is True and log.events()[-1].data["status"] == "left"
    assert log.refresh() is False
    with pytest.raises(RuntimeError, match="read-only"), log.writing():
        pass
    after = files_state(data_dir)
    changed = {name for name in after if after[name] != before.get(name)}
    backups = {name for name in changed if name.startswith("sessions/.backups")}  # the version the clerk replaced
    sid = clerk.state.info.id
    # the clerk's write (a line in the session's journal, and its name in the lock file if it was not there
    # already), nothing else
    assert f"sessions/{sid}.journal" in changed
    assert changed - backups <= {f"sessions/{sid}.journal", f"sessions/{sid}.lock"}


def test_chair_refuses_an_unknown_session_in_one_sentence_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    for lang, words in (("en", "There is no session 'x'"), ("de", "Es gibt keine Sitzung 'x'")):
        message = sitzung("--data-dir", str(folder), "--lang", lang, "chair", "x", code=2)
        assert message.startswith(words) and message.count("\n") == 1
        message = sitzung("--data-dir", str(folder), "--lang", lang, "serve", "x", code=2)
        assert message.startswith(words)
    assert not folder.exists()


def test_serve_refuses_a_port_out_of_range(clerk: Recorder, data_dir: Path) -> None:
    sid = clerk.state.info.id
    message = sitzung("--data-dir", str(data_dir), "--lang", "de", "serve", sid, "--port", "70000", code=2)
    assert message.strip() == "70000 ist kein Port; erlaubt sind die Zahlen 1 bis 65535."


def test_python_dash_m_sitzung_is_the_sitzung_command(clerk: Recorder, data_dir: Path) -> None:
    """`sitzung serve` starts each browser's view with `python -m sitzung … chair`."""
    result = subprocess.run(
        [sys.executable, "-m", "cli", "--data-dir", str(data_dir), "quorum", clerk.state.info.id],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert "15" in result.stdout and "9" in result.stdout


def test_serve_says_when_the_port_is_taken(clerk: Recorder, data_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "cli", "--data-dir", str(data_dir), "--lang", "en", "serve"]
        result = subprocess.run(
            [*command, clerk.state.info.id, "--port", str(port)], capture_output=True, text=True, timeout=30
        )
    assert result.returncode == 2
    assert result.stdout == ""  # no address printed for a server that does not run
    assert result.stderr.startswith(f"Cannot listen on 127.0.0.1, port {port}: ")
    assert result.stderr.count("\n") == 1
