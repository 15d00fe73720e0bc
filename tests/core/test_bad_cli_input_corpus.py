"""Bad values typed at the command line, each refused through the CLI with exactly the sentence in its twin.

Each case is two files under tests/data/bad_inputs: the input and the `.expected` sentence (stderr).

- `times/*.txt`  one `--at` value:   sitzung item SESSION 2 start --at VALUE
- `dates/*.txt`  one `--date` value: sitzung session create --body BODY --number 9 --date VALUE
- `names/*.txt`  one PERSON:         sitzung attend SESSION PERSON present
- `votes/*.json` {"item": "2", "args": ["--yes", "20"]}: sitzung vote SESSION ITEM ARGS…

They run against one prepared session (`tests.hostile.harness.prepare`: the reference body,
roster and agenda; Kehren, Thelen and Lux present; session opened at 18:00 and item 1 started
at 18:01).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from sitzung import reference
from tests.hostile.harness import prepare

CORPUS = Path(__file__).parent.parent / "data" / "bad_inputs"
KINDS = {"times": "*.txt", "dates": "*.txt", "names": "*.txt", "votes": "*.json"}
CASES = sorted(path for kind, pattern in KINDS.items() for path in (CORPUS / kind).glob(pattern))
runner = CliRunner()


def cli(data_dir: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--data-dir", str(data_dir), "--lang", "en", *args])
    return result.exit_code, result.stdout if result.exit_code == 0 else result.stderr


@pytest.fixture(scope="module")
def meeting(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("corpus") / "data"
    return data_dir, prepare(data_dir)


def command(path: Path, sid: str) -> list[str]:
    kind = path.parent.name
    value = path.read_text(encoding="utf-8").rstrip("\n") if path.suffix == ".txt" else ""
    if kind == "times":
        return ["item", sid, "2", "start", "--at", value]
    if kind == "dates":
        return ["session", "create", "--body", reference.BODY, "--number", "9", "--date", value]
    if kind == "names":
        return ["attend", sid, value, "present"]
    spec = json.loads(path.read_text(encoding="utf-8"))
    return ["vote", sid, spec["item"], *spec["args"]]


def test_corpus_has_at_least_50_cases_in_all() -> None:
    core = [*CORPUS.glob("roster/*.csv"), *CORPUS.glob("agenda/*.txt")]
    assert len(CASES) >= 20
    assert len(core) + len(CASES) >= 50
    assert all(path.with_suffix(".expected").exists() for path in CASES)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bad_value_gets_its_sentence(meeting: tuple[Path, str], path: Path) -> None:
    data_dir, sid = meeting
    code, err = cli(data_dir, *command(path, sid))
    expected = path.with_suffix(".expected").read_text(encoding="utf-8")
    assert code == 2, err
    assert err == expected
