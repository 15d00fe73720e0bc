"""The adversarial corpus: each file in `cases/` is one attempt that must be refused.

A case is TOML:

    why = "what the attempt is"
    args = ["guest", "add", "{sid}", "Esc\\u001b[2J, Eve", "--role", "gast"]
    expect = "the sentence on standard error, in English"
    stdin = "…"          # optional: standard input
    process = true       # optional: run in a process of its own (an input that could hang one)

    [[before]]           # optional, in order: commands that must succeed first
    args = ["guest", "add", "{sid}", "Vertreter, Viktor", "--role", "gast"]

    [[make]]             # optional, in order, before the data folder is fingerprinted:
    path = "{tmp}/roster.csv"
    text = "…"           # a file with this text (UTF-8), followed by
    lines = "P{n};Q{n}"  #   (optional) this line `count` times, {n} counting from 1, or
    hex = "4d c3 bc"     # a file with these bytes, or
    fifo = true          # a named pipe, or
    symlink = "{data}/…" # a symbolic link to this target, or
    folder = true        # a folder, or
    replace = ["old", "new"]   # in an existing file; "{9*5001}" stands for 5001 nines, or
    remove = true        # delete it

In `args`, `expect`, `stdin`, `text` and `symlink`: {sid} is the session, {data}
the data folder, {tmp} a scratch folder, {body} the reference body's name, and
{c*N} the character c N times (a 5001-digit number, a 2 MB input). Every case
runs on its own copy of the prepared meeting (`harness.prepare`) and must leave
that copy byte-identical (`harness.fingerprint`).
"""

from __future__ import annotations

import os
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.harness import (
    Meeting,
    assert_refused,
    assert_untouched,
    cli,
    cli_process,
    fingerprint,
)

CASES = sorted((Path(__file__).parent / "cases").glob("*.toml"))
_REPEAT = re.compile(r"\{(.)\*(\d+)\}")


def fill(meeting: Meeting, text: str) -> str:
    return _REPEAT.sub(lambda m: m.group(1) * int(m.group(2)), meeting.fill(text))


def _make(meeting: Meeting, step: dict[str, Any]) -> None:
    path = Path(meeting.fill(step["path"]))
    if "text" in step:
        more = "".join(step["lines"].replace("{n}", str(n)) + "\n" for n in range(1, step.get("count", 0) + 1))
        path.write_text(fill(meeting, step["text"]) + more, encoding="utf-8")
    elif "hex" in step:
        path.write_bytes(bytes.fromhex(step["hex"]))
    elif step.get("fifo"):
        os.mkfifo(path)
    elif "symlink" in step:
        path.symlink_to(meeting.fill(step["symlink"]))
    elif step.get("folder"):
        path.mkdir()
    elif "replace" in step:
        old, new = step["replace"]
        text = path.read_text(encoding="utf-8")
        assert old in text, (path, old)
        path.write_text(text.replace(old, fill(meeting, new), 1), encoding="utf-8")
    elif step.get("remove"):
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    else:
        raise AssertionError(f"a [[make]] step without an action: {step}")


def test_the_corpus_is_large() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_attempt_is_refused_and_changes_nothing(meeting: Meeting, path: Path) -> None:
    case = tomllib.loads(path.read_text(encoding="utf-8"))
    assert case.get("why"), f"{path.name}: say why"
    for step in case.get("before", []):
        done = cli(meeting.data, *(fill(meeting, arg) for arg in step["args"]))
        assert done.code == 0, (step, done)
    for step in case.get("make", []):
        _make(meeting, step)
    before = fingerprint(meeting.data)
    args = [fill(meeting, arg) for arg in case["args"]]
    if case.get("process"):
        outcome = cli_process(meeting.data, *args)
    else:
        stdin = case.get("stdin")
        outcome = cli(meeting.data, *args, stdin=None if stdin is None else fill(meeting, stdin))
    assert_refused(outcome, meeting.fill(case["expect"]))
    assert_untouched(before, fingerprint(meeting.data))
