"""`sitzung session create --kind`: the kind of meeting, as the body's house style holds them.

A parish council (en-council) holds ordinary, annual and extraordinary meetings, ordinary by
default; a body under Robert's Rules (en-roberts) regular, special and annual ones; a German
body none, so `--kind` is refused there and its sessions record no kind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitzung.sessions import read_session
from sitzung.vocabulary import SessionKind
from storage.archive import TinyArchive, default_data_dir
from tests.cli_helpers import sitzung
from tests.hostile.harness import assert_untouched, fingerprint

BODIES = {"Parish": "en", "Board": "en-roberts", "Kreistag": "de"}


@pytest.fixture(autouse=True)
def bodies() -> None:
    for name, preset in BODIES.items():
        sitzung("body", "create", name, "--seats", "5", "--preset", preset)


def create(body: str, number: int = 1, *kind: str, code: int = 0) -> str:
    return sitzung(
        "--lang", "en", "session", "create", "--body", body, "--number", str(number), "--date", "2024-05-13", *kind,
        code=code,
    )


def stored_kind(sid: str) -> SessionKind | None:
    """The kind as a fresh archive reads it back from disk."""
    return read_session(TinyArchive(default_data_dir(None)), sid).info.kind


def refused(body: str, kind: str) -> str:
    """The sentence `--kind KIND` gets; the data folder is byte-identical afterwards."""
    data = default_data_dir(None)
    before = fingerprint(data)
    err = create(body, 9, "--kind", kind, code=2)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert_untouched(before, fingerprint(data))
    return err.rstrip("\n")


@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        ("Parish", "annual", SessionKind.ANNUAL),
        ("Parish", "Extraordinary", SessionKind.EXTRAORDINARY),
        ("Parish", " ordinary ", SessionKind.ORDINARY),
        ("Board", "special", SessionKind.SPECIAL),
        ("Board", "ANNUAL", SessionKind.ANNUAL),
    ],
)
def test_a_kind_the_body_holds_is_recorded(body: str, kind: str, expected: SessionKind) -> None:
    sid = create(body, 1, "--kind", kind).strip()
    assert stored_kind(sid) is expected


@pytest.mark.parametrize(("body", "default"), [("Parish", SessionKind.ORDINARY), ("Board", SessionKind.REGULAR)])
def test_without_a_kind_the_session_is_of_the_bodys_default_kind(body: str, default: SessionKind) -> None:
    sid = create(body).strip()
    assert stored_kind(sid) is default


def test_a_german_body_records_no_kind() -> None:
    sid = create("Kreistag").strip()
    assert stored_kind(sid) is None
    assert "Kind" not in sitzung("--lang", "en", "session", "show", sid)


def test_a_kind_the_body_does_not_hold_is_refused_and_nothing_is_written() -> None:
    create("Parish")  # an index to keep byte for byte
    assert refused("Parish", "special") == (
        "'special' is not a kind of meeting this body holds; known: ordinary, annual, extraordinary."
    )
    assert refused("Board", "extraordinary") == (
        "'extraordinary' is not a kind of meeting this body holds; known: regular, special, annual."
    )


def test_an_unknown_word_is_refused_as_typed_never_as_markup() -> None:
    assert refused("Parish", "[b]annual[/b]") == (
        "'[b]annual[/b]' is not a kind of meeting this body holds; known: ordinary, annual, extraordinary."
    )
    assert "\x1b" not in refused("Parish", "\x1b[31mannual")


def test_a_german_body_refuses_any_kind() -> None:
    assert refused("Kreistag", "ordinary") == "'ordinary' is not a kind of meeting this body holds; known: –."
    de = sitzung("--lang", "de", "session", "create", "--body", "Kreistag", "--number", "9", "--date", "2024-05-13",
                 "--kind", "annual", code=2)
    assert de == "'annual' ist keine Art von Sitzung, die dieses Gremium kennt; bekannt sind: –.\n"


def test_the_kind_survives_the_round_trip_through_storage() -> None:
    sid = create("Parish", 1, "--kind", "annual").strip()
    archive = TinyArchive(default_data_dir(None))
    path = Path(default_data_dir(None)) / "sessions" / f"{sid}.json"
    written = json.loads(path.read_text(encoding="utf-8"))["info"]
    assert [record["kind"] for record in written.values()] == ["annual"]  # plain text, for other tools
    info = read_session(archive, sid).info
    assert info.kind is SessionKind.ANNUAL
    assert type(info).from_dict(info.to_dict()) == info
    other = create("Parish", 2).strip()  # a second session does not disturb the first's kind
    assert (stored_kind(sid), stored_kind(other)) == (SessionKind.ANNUAL, SessionKind.ORDINARY)


@pytest.mark.parametrize(("lang", "line"), [("en", "Kind: Annual meeting"), ("de", "Art: Jahresversammlung")])
def test_session_show_names_the_kind(lang: str, line: str) -> None:
    sid = create("Parish", 1, "--kind", "annual").strip()
    shown = sitzung("--lang", lang, "session", "show", sid).splitlines()
    assert shown[1] == line


def test_session_show_of_a_board_names_its_default_kind() -> None:
    sid = create("Board").strip()
    assert "Kind: Regular meeting" in sitzung("--lang", "en", "session", "show", sid).splitlines()


def test_the_option_is_documented() -> None:
    assert "--kind" in sitzung("session", "create", "--help")
