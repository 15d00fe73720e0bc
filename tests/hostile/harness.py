"""The adversarial corpus's harness: one prepared meeting, a fresh copy of its data folder per
attempt, and the checks every refusal must pass.

A refusal is one line on standard error (the expected sentence, in English),
exit status 2, no traceback, and a data folder that is byte-identical
afterwards: the same entries, the same bytes, the same modes and the same
modification times — the lock files included, so a refused write does not
even touch them.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from sitzung import reference

runner = CliRunner()
BODY = reference.BODY


@dataclass(frozen=True)
class Meeting:
    """A copy of the prepared meeting: its data folder, its session id and a scratch folder for inputs."""

    data: Path
    sid: str
    tmp: Path

    def fill(self, text: str) -> str:
        """`text` with {sid}, {data}, {tmp} and {body} filled in."""
        for name, value in (("sid", self.sid), ("data", str(self.data)), ("tmp", str(self.tmp)), ("body", BODY)):
            text = text.replace("{" + name + "}", value)
        return text


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


def cli(data: Path, *args: str, stdin: str | bytes | None = None) -> Outcome:
    """One `sitzung` command in this process (English)."""
    result = runner.invoke(app, ["--data-dir", str(data), "--lang", "en", *args], input=stdin, prog_name="sitzung")
    return Outcome(result.exit_code, result.stdout, result.stderr)


def cli_process(data: Path, *args: str, timeout: float = 20) -> Outcome:
    """One `sitzung` command in a process of its own, for inputs that could hang one (a FIFO)."""
    command = [sys.executable, "-m", "cli", "--data-dir", str(data), "--lang", "en", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return Outcome(done.returncode, done.stdout, done.stderr)


def prepare(data: Path) -> str:
    """The reference body, roster and agenda; three present, the session open since 18:00, item 1
    running since 18:01 with a note. Returns the session id."""
    steps: list[tuple[str, ...]] = [
        ("body", "create", BODY, "--seats", "17", "--preset", "de"),
        ("roster", "import", str(reference.data_file("roster.csv")), "--body", BODY),
    ]
    for step in steps:
        assert cli(data, *step).code == 0, step
    made = cli(data, "session", "create", "--body", BODY, "--number", "6", "--date", "2022-05-11", "--time", "18:00")
    assert made.code == 0, made
    sid = made.out.strip()
    for step in [
        ("agenda", "import", sid, str(reference.data_file("agenda.txt"))),
        ("attend", sid, "Kehren", "present", "--at", "17:58"),
        ("attend", sid, "Thelen", "present", "--at", "17:58"),
        ("attend", sid, "Lux", "present", "--at", "17:58"),
        ("clock", sid, "start", "--at", "18:00"),
        ("item", sid, "1", "start", "--at", "18:01"),
        ("note", sid, "1", "Keine Anfragen."),
    ]:
        outcome = cli(data, *step)
        assert outcome.code == 0, (step, outcome)
    return sid


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data = tmp_path_factory.mktemp("hostile") / "data"
    return data, prepare(data)


@pytest.fixture
def meeting(prepared: tuple[Path, str], tmp_path: Path) -> Meeting:
    """A fresh copy of the prepared meeting, so that one attempt cannot spoil the next."""
    source, sid = prepared
    data = tmp_path / "data"
    shutil.copytree(source, data, symlinks=True)
    (tmp_path / "in").mkdir()
    return Meeting(data, sid, tmp_path / "in")


Entry = tuple[object, ...]


def fingerprint(folder: Path) -> dict[str, Entry]:
    """Every entry below `folder`: kind, mode and, for files, bytes and modification time."""
    seen: dict[str, Entry] = {}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root, name)
            info = path.lstat()
            key = str(path.relative_to(folder))
            if stat.S_ISLNK(info.st_mode):
                seen[key] = ("link", os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):
                seen[key] = ("folder", stat.S_IMODE(info.st_mode))
            elif not stat.S_ISREG(info.st_mode):  # a pipe or a socket: reading it could hang the test
                seen[key] = ("other", info.st_mode, info.st_mtime_ns)
            else:
                seen[key] = ("file", stat.S_IMODE(info.st_mode), info.st_mtime_ns, path.read_bytes())
    return seen


def assert_refused(outcome: Outcome, expected: str) -> None:
    """One sentence on standard error, exit status 2, no traceback."""
    assert "Traceback" not in outcome.err + outcome.out
    assert outcome.code == 2, outcome
    assert outcome.err == expected + "\n", outcome.err


def assert_untouched(before: dict[str, Entry], after: dict[str, Entry]) -> None:
    changed = sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    assert not changed, f"the refusal changed {changed}"
