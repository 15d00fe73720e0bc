"""A house template is someone's code: it runs in the sandbox and sees only the minutes' data.

Each unsafe template is refused with one sentence naming the template file and
line, exit code 2, and nothing written; a canary in the closed part never shows
up in anything the command prints or writes, public or full.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli import app
from exports.minutes import MinutesOptions, build_context, render_minutes
from sitzung.errors import SitzungError
from tests.exports.helpers import export, sitzung
from tests.exports.scenario import build
from tests.exports.test_public import CANARY as SCENARIO_CANARY
from tests.exports.test_public import canaries

CANARY = "KANARIE-7f3a-geheim"
TEMPLATE = "minutes.en.md.j2"
BEYOND = "the template reaches beyond the data it is given"
OUTSIDE = "which is not a .j2 file inside the template folder; a template may use only those and ours."


@pytest.fixture
def closed_canary(reference_id: str) -> str:
    """The reference meeting with a canary in the notes of item 3, which is closed."""
    sitzung("note", reference_id, "3", f"Vertraulich: {CANARY}.")
    assert CANARY in export(reference_id, "--lang", "en")  # the full minutes have it: the canary is alive
    assert CANARY not in export(reference_id, "--lang", "en", "--public")
    return reference_id


def session_file(sid: str) -> Path:
    return Path(os.environ["SITZUNG_DATA_DIR"]) / "sessions" / f"{sid}.json"


def run(sid: str, folder: Path, *options: str) -> Any:
    runner = CliRunner()
    return runner.invoke(app, ["export", sid, "--lang", "en", "--template", str(folder), *options])


def refused(sid: str, folder: Path, tmp_path: Path) -> str:
    """Run the template in both versions; both are refused alike, print no canary and write nothing."""
    messages = set()
    for public in ((), ("--public",)):
        target = tmp_path / "out" / "minutes.md"
        target.parent.mkdir(exist_ok=True)
        result = run(sid, folder, *public, "-o", str(target))
        assert result.exit_code == 2, (result.stdout, result.stderr)
        assert CANARY not in result.stdout + result.stderr
        assert result.stdout == "" and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert list(target.parent.iterdir()) == []  # nothing written, no temporary file left
        messages.add(result.stderr.strip())
    assert len(messages) == 1
    return messages.pop()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ ''.__class__.__mro__ }}", "'__class__' of 'str' object is unsafe"),
        ("{{ cycler.__init__.__globals__ }}", "'__init__' of 'type' object is unsafe"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "'__class__' of 'str' object is unsafe"),
        ("{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}", "'__globals__'"),
        ("{{ joiner.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}", "'__init__'"),
        ("{{ namespace.__init__.__globals__ }}", "'__init__'"),
        ("{{ self.__init__.__globals__ }}", "'__init__' of 'TemplateReference' object"),
        ("{{ session|attr('__class__') }}", "'__class__' of 'dict' object"),
        ("{{ items|map(attribute='__class__')|list }}", "'__class__' of 'dict' object"),
        ("{{ '{0.__class__.__init__.__globals__}'.format(session) }}", "'__class__' of 'dict' object"),
        ("{{ items.append(1) }}", "'append' of 'list' object"),
        ("{{ session.update(public=false) }}", "'update' of 'dict' object"),
        ("{% set x = items.pop() %}", "'pop' of 'list' object"),
    ],
)
def test_reaching_beyond_the_data_is_refused(
    closed_canary: str, tmp_path: Path, source: str, expected: str
) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / TEMPLATE).write_text(f"# Minutes\n\n{source}\n", encoding="utf-8")
    message = refused(closed_canary, folder, tmp_path)
    assert message.startswith(f"{folder / TEMPLATE}, line 3: {BEYOND} ("), message
    assert expected in message


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "/etc/passwd.j2",
        "../../../../../../etc/passwd",
        "../x.j2",
        "parts/../../x.j2",
        "./minutes.en.md.j2",
        ".hidden.j2",
        "C:/x.j2",
        "parts\\\\x.j2",
        "notes.md",
    ],
)
@pytest.mark.parametrize("tag", ["include", "import", "extends"])
def test_a_name_outside_the_template_folder_is_refused(
    closed_canary: str, tmp_path: Path, name: str, tag: str
) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "notes.md").write_text("harmless", encoding="utf-8")
    (folder / ".hidden.j2").write_text("harmless", encoding="utf-8")
    statement = f"{{% import '{name}' as x %}}" if tag == "import" else f"{{% {tag} '{name}' %}}"
    (folder / TEMPLATE).write_text(f"# Minutes\n{statement}\n", encoding="utf-8")
    message = refused(closed_canary, folder, tmp_path)
    shown = name.replace("\\\\", "\\")
    assert message == f"{folder / TEMPLATE}, line 2: the template uses {shown!r}, {OUTSIDE}", message


def test_the_session_file_cannot_be_included_by_its_relative_path(closed_canary: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    relative = os.path.relpath(session_file(closed_canary), folder)
    assert relative.startswith("..")
    (folder / TEMPLATE).write_text(f"{{% include '{relative}' %}}\n", encoding="utf-8")
    message = refused(closed_canary, folder, tmp_path)
    assert message == f"{folder / TEMPLATE}, line 1: the template uses {relative!r}, {OUTSIDE}"


def test_a_link_out_of_the_template_folder_is_refused(closed_canary: str, tmp_path: Path) -> None:
    """A link named like a template, to the session file or to a template elsewhere: neither is followed."""
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "leak.j2").symlink_to(session_file(closed_canary))
    elsewhere = tmp_path / "elsewhere.j2"
    elsewhere.write_text("{{ items }}", encoding="utf-8")
    (folder / "other.j2").symlink_to(elsewhere)
    for included in ("leak.j2", "other.j2"):
        (folder / TEMPLATE).write_text(f"# Minutes\n\n\n{{% include '{included}' %}}\n", encoding="utf-8")
        message = refused(closed_canary, folder, tmp_path)
        assert message == f"{folder / TEMPLATE}, line 4: the template uses {included!r}, {OUTSIDE}"


def test_the_main_template_as_a_link_out_of_the_folder_is_refused(closed_canary: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / TEMPLATE).symlink_to(session_file(closed_canary))
    message = refused(closed_canary, folder, tmp_path)
    assert message == f"{folder / TEMPLATE}: the template uses {TEMPLATE!r}, {OUTSIDE}"


def test_an_included_fifo_is_refused_without_reading_it(closed_canary: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    os.mkfifo(folder / "pipe.j2")
    (folder / TEMPLATE).write_text("{% include 'pipe.j2' %}\n", encoding="utf-8")
    command = [sys.executable, "-m", "cli", "export", closed_canary, "--lang", "en", "--template", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"{folder / TEMPLATE}, line 1: the template uses 'pipe.j2', {OUTSIDE}\n"


def test_a_huge_template_is_refused(closed_canary: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "big.j2").write_text("x" * (1024 * 1024 + 1), encoding="utf-8")
    (folder / TEMPLATE).write_text("{% include 'big.j2' %}\n", encoding="utf-8")
    message = refused(closed_canary, folder, tmp_path)
    assert message.endswith("the template uses 'big.j2', which is larger than 1 MB; a template is a few pages of text.")


def test_a_failure_in_an_included_file_names_that_file_and_line(closed_canary: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "head.j2").write_text("# {{ session.number }}\n\n{{ ''.__class__ }}\n", encoding="utf-8")
    (folder / TEMPLATE).write_text("{% include 'parts/head.j2' %}\n", encoding="utf-8")
    message = refused(closed_canary, folder, tmp_path)
    assert message.startswith(f"{folder / 'parts' / 'head.j2'}, line 3: {BEYOND}")


def test_a_syntax_error_names_the_file_and_line(closed_canary: str, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / TEMPLATE).write_text("# Minutes\n\n{% for item in items %}\n{{ item.title }\n", encoding="utf-8")
    message = refused(closed_canary, folder, tmp_path)
    assert message.startswith(f"{folder / TEMPLATE}, line 4: the template is not valid Jinja: "), message


def test_a_template_that_prints_everything_it_gets_cannot_print_the_closed_part(
    closed_canary: str, tmp_path: Path
) -> None:
    """Every variable as JSON: the full version holds the canary, the public one was never given it."""
    names = (
        "lang", "public", "timings", "session", "body", "words", "chair", "secretary", "present", "absent",
        "apologies", "unexcused", "has_excused", "has_unexcused", "agenda", "remarks", "opening",
        "determinations", "items", "reported", "timed", "declarations",
    )
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / TEMPLATE).write_text("".join(f"{{{{ {n}|tojson }}}}\n" for n in names), encoding="utf-8")
    full = export(closed_canary, "--lang", "en", "--template", str(folder))
    public = export(closed_canary, "--lang", "en", "--public", "--template", str(folder))
    assert CANARY in full
    assert CANARY not in public and '"number": "3"' in full


def test_a_house_template_may_still_include_its_own_files_and_extend_ours(
    closed_canary: str, tmp_path: Path
) -> None:
    folder = tmp_path / "house"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "head.j2").write_text("# Minutes (house style)\n", encoding="utf-8")
    (folder / "head-link.j2").symlink_to(folder / "parts" / "head.j2")  # a link inside the folder is fine
    (folder / TEMPLATE).write_text(
        '{% extends "builtin/minutes.en.md.j2" %}\n'
        "{% block title %}{% include 'head-link.j2' %}{% include 'parts/head.j2' %}{% endblock %}\n",
        encoding="utf-8",
    )
    markdown = export(closed_canary, "--lang", "en", "--public", "--template", str(folder))
    assert markdown.startswith("# Minutes (house style)\n# Minutes (house style)\n")
    assert "## Present" in markdown and CANARY not in markdown


def _plain(value: Any, where: str = "context") -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            assert type(key) is str, where
            _plain(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            _plain(inner, f"{where}[{index}]")
    else:
        assert value is None or type(value) in (str, int, bool), (where, type(value))


@pytest.mark.parametrize("public", [False, True])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_context_is_plain_data_only(lang: str, public: bool) -> None:
    """No object with methods that could reach the session, the storage or the filesystem."""
    _plain(build_context(build(canaries()).state, MinutesOptions(lang, public=public, timings=True)))


def test_our_own_templates_run_in_the_sandbox_too() -> None:
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from exports.sandbox import environment, render

    assert isinstance(environment(None), ImmutableSandboxedEnvironment)
    with pytest.raises(SitzungError) as caught:
        render(None, "../minutes.en.md.j2", {})
    assert caught.value.key == "export.template_outside"
    public = render_minutes(build(canaries()).state, MinutesOptions("en", public=True))
    assert SCENARIO_CANARY not in public
