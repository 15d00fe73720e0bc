"""Reading a session imports only what reading needs; the rest comes in when something uses it.

`sitzung quorum` is timed against `import typer` (benchmarks, `cli_start`): a
body names its majority and election rule, and a session may hold decisions,
but reading one must not build the recorder's actions, the decisions' records,
tallies, election outcomes or numbering until they are used. Each check runs in
a fresh interpreter, since this one has imported everything already.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli_helpers import sitzung

DEFERRED = {"sitzung.recorder", "sitzung.decisions", "sitzung.majority", "sitzung.elections", "sitzung.numbering"}

FOLD = """
from datetime import date, datetime
from sitzung.model import AgendaItem, Body, Event, SessionInfo
from sitzung.state import fold, quorum
at = datetime(2024, 1, 31, 18)
info = SessionInfo("s", Body.from_dict({"name": "Rat", "seats": 5}), 1, date(2024, 1, 31))
events = [Event(1, "agenda", at, at, {"items": [AgendaItem("1", "Bericht").to_dict()]}), EXTRA]
state = fold(info, events)
quorum(state)
"""


def imported(code: str, *args: str, package: str = "sitzung") -> set[str]:
    """The modules of `package` that `code` leaves imported, in a fresh interpreter (after what it printed)."""
    code += f"\nimport sys\nprint(' '.join(m for m in sys.modules if m.startswith({package!r})))\n"
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    return set(out.splitlines()[-1].split())


def test_folding_a_session_without_decisions_imports_none_of_their_modules() -> None:
    assert not imported(FOLD.replace("EXTRA", "")) & DEFERRED


def test_a_vote_brings_in_its_records_and_counts_as_before() -> None:
    vote = 'Event(2, "vote", at, at, {"number": "1", "yes": 3, "no": 1, "abstain": 1})'
    check = "assert state.items['1'].decisions.vote_on(None).tally.total == 5\n"
    assert {"sitzung.decisions", "sitzung.majority"} <= imported(FOLD.replace("EXTRA", vote) + check)


def test_a_recorder_imports_the_decisions_modules_when_an_action_needs_them() -> None:
    """The app builds a recorder before its first paint; its actions on decisions come later, if at all."""
    assert not imported("import sitzung.recorder") & (DEFERRED - {"sitzung.recorder"} | {"sitzung.outcomes"})


def test_the_quorum_command_reads_the_session_without_a_recorder() -> None:
    sitzung("body", "create", "Rat", "--seats", "5")
    sid = sitzung("session", "create", "--body", "Rat", "--number", "1", "--date", "2024-01-31").strip()
    code = "import sys; from cli import app\ntry:\n    app(['quorum', sys.argv[1]])\nexcept SystemExit as end:\n"
    code += "    assert not end.code, end.code\n"  # the command ran and succeeded
    loaded = imported(code, sid)
    assert "sitzung.state" in loaded and not loaded & {"sitzung.recorder", "sitzung.decisions", "sitzung.majority"}


def test_the_app_opens_a_session_without_the_mirrors_module_unless_a_mirror_is_named(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom storage.archive import TinyArchive\nimport tui.app\n"
        "archive = TinyArchive(sys.argv[1], mirror=sys.argv[2] or None)\narchive.mirror\n"
    )
    (tmp_path / "stick").mkdir()
    assert "storage.mirror" not in imported(code, str(tmp_path / "data"), "", package="storage")
    assert "storage.mirror" in imported(code, str(tmp_path / "data"), str(tmp_path / "stick"), package="storage")
