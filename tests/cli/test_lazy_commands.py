"""The root group builds only the command it runs (`cli.commands`), and is otherwise the same group as before."""

from __future__ import annotations

import importlib
import subprocess
import sys

import typer

from cli.commands import MODULES
from tests.cli_helpers import enter_reference_meeting, sitzung


def test_each_module_adds_exactly_the_commands_the_table_gives_it() -> None:
    for module in set(MODULES.values()):
        commands = typer.Typer()
        importlib.import_module(f"cli.{module}").register(commands)
        added = set(typer.main.get_group(commands).commands)
        assert added == {name for name, holder in MODULES.items() if holder == module}, module


def test_help_lists_every_command_with_its_help_line() -> None:
    out = sitzung("--help")
    for name in MODULES:
        line = next(line for line in out.splitlines() if line.startswith(f"│ {name} "))
        assert line.removeprefix(f"│ {name} ").strip(" │"), name


def test_a_command_imports_no_other_commands_module(tmp_path) -> None:
    code = (
        "import sys; from cli import app\n"
        "try:\n    app(['--data-dir', sys.argv[1], 'session', 'list'])\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('cli.'))\n"
        "assert 'cli.sessions' in loaded and not {'cli.decisions', 'cli.export', 'cli.body'} & set(loaded), loaded\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True)


def test_refusals_of_a_lazily_built_command_are_one_sentence_and_exit_2() -> None:
    sid = enter_reference_meeting(notes=False)
    err = sitzung("--lang", "en", "vote", sid, "2.1", code=2)  # the core's refusal, with the command line's hint
    assert err.count("\n") == 1 and "(--yes, --no, --abstain or --unanimous)" in err, err
    err = sitzung("--lang", "en", "body", "role", "add", code=2)  # the parser's, two groups down
    assert err.startswith("root body role add: Missing argument") and err.count("\n") == 1, err


def test_a_mistyped_command_is_still_suggested() -> None:
    assert "No such command 'qourum'. Did you mean 'quorum'?" in sitzung("qourum", code=2)


def test_the_command_freezes_the_collector_as_the_process_ends(tmp_path) -> None:
    """`main` leaves the imports' objects to the end of the process (its last collection skips them), after
    the command's own output and exit code, whether it succeeds or refuses."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count(), file=sys.stderr))\n"
        "from cli import main\n"
        "sys.argv = ['sitzung', '--data-dir', sys.argv[1], *sys.argv[2:]]\n"
        "main()\n"
    )
    for args, code_expected in ((["session", "list"], 0), (["quorum", "no-such-session"], 2)):
        done = subprocess.run([sys.executable, "-c", code, str(tmp_path), *args], capture_output=True, text=True)
        assert done.returncode == code_expected, done.stderr
        frozen = int(done.stderr.rsplit("frozen ", 1)[1])
        assert frozen > 10_000, done.stderr  # the imports' objects, not a handful
