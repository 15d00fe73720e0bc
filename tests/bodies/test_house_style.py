"""A body's house style as TOML: read, shown, round-tripped; a bad one is one sentence with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitzung.body_toml import dump_body, load_body
from sitzung.house_style import HouseStyle, MinutesStyle, NameStyle
from sitzung.model import Body
from sitzung.presets import make_body
from sitzung.vocabulary import SessionKind
from tests.bodies.helpers import run, sitzung, write

PARISH = """\
name = "Little Wenham Parish Council"
seats = 7
lang = "en"

[style]
minutes = "parish"
names = "initials"
locale = "en_GB"
date_format = "EEEE d MMMM y"
time_format = "h.mma"
kinds = ["ordinary", "annual", "extraordinary"]
plural_titles = { Cllr = "Cllrs" }

[[roles]]
key = "member"
label = "Councillor"
votes = true
"""


def test_the_presets_bring_their_styles_and_the_german_ones_none() -> None:
    parish, board = make_body("P", 7, "en").style, make_body("B", 7, "en-roberts").style
    assert parish is not None and parish.minutes is MinutesStyle.PARISH and parish.names is NameStyle.INITIALS
    assert parish.kinds[0] is SessionKind.ORDINARY and parish.plural_title("Cllr") == "Cllrs"
    assert board is not None and board.minutes is MinutesStyle.ROBERTS and board.periods == ("a.m.", "p.m.")
    for preset in ("de", "de-rat", "de-verein"):
        body = make_body("X", 9, preset)
        assert body.style is None and "style" not in body.to_dict()  # stored as it was before house styles


def test_a_style_survives_storage_and_toml() -> None:
    body = make_body("Little Wenham Parish Council", 7, "en")
    assert Body.from_dict(body.to_dict()) == body
    assert load_body(dump_body(body), "body.toml") == body


def test_a_styled_body_is_imported_and_shown(tmp_path: Path) -> None:
    sitzung("body", "import", str(write(tmp_path, "parish.toml", PARISH)))
    shown = sitzung("body", "show", "Little Wenham Parish Council")
    assert '[style]\nminutes = "parish"' in shown and 'plural_titles = { "Cllr" = "Cllrs" }' in shown


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (('minutes = "parish"', 'minutes = "pamphlet"'), "line 6, column 1", "pamphlet"),
        (('names = "initials"', 'names = "nicknames"'), "line 7, column 1", "nicknames"),
        (('locale = "en_GB"', 'locale = "xx_YY"'), "line 8, column 1", "xx_YY"),
        (('locale = "en_GB"', 'locale = "en GB; rm -rf"'), "line 8, column 1", "en GB"),
        (('date_format = "EEEE d MMMM y"', 'date_format = ""'), "line 9, column 1", "date_format"),
        (('kinds = ["ordinary", "annual", "extraordinary"]', 'kinds = ["ordinary", "secret"]'), "line 11", "secret"),
        (('plural_titles = { Cllr = "Cllrs" }', "plural_titles = { Cllr = 3 }"), "line 12, column 1", "3"),
        (('names = "initials"', 'colour = "red"'), "body.toml", "colour"),
    ],
)
def test_a_bad_style_is_one_sentence_with_its_place(tmp_path: Path, change: tuple[str, str], where: str,
                                                    words: str) -> None:
    result = run("body", "import", str(write(tmp_path, "body.toml", PARISH.replace(*change))))
    assert result.exit_code == 2, result.output
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message, message
    assert str(tmp_path / "body.toml") in message and where in message and words in message, message
    assert sitzung("body", "list") == ""  # nothing written


def test_the_kind_of_meeting_defaults_to_the_first_and_refuses_others() -> None:
    style = HouseStyle(kinds=(SessionKind.REGULAR, SessionKind.SPECIAL))
    assert style.kind(None) is SessionKind.REGULAR and style.kind(" Special ") is SessionKind.SPECIAL
    from sitzung.errors import SitzungError

    with pytest.raises(SitzungError, match="ordinary"):
        style.kind("ordinary")
    assert HouseStyle().kind("") is None
