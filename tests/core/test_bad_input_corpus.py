"""Every file in tests/data/bad_inputs is refused with exactly the sentence in its `.expected` twin.

Adding a case is adding two files: the bad input and the English sentence it must produce.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitzung.agenda_text import parse_agenda
from sitzung.errors import SitzungError
from sitzung.presets import make_body
from sitzung.roster_csv import parse_roster

CORPUS = Path(__file__).parent.parent / "data" / "bad_inputs"
CASES = sorted([*CORPUS.glob("roster/*.csv"), *CORPUS.glob("agenda/*.txt")])
BODY = make_body("Ausschuss für Gesundheit, Soziales und Generationenfragen", 17, "de")


def refuse(path: Path) -> SitzungError:
    with pytest.raises(SitzungError) as info:
        if path.suffix == ".csv":
            parse_roster(path.read_bytes(), BODY, path.name)
        else:
            parse_agenda(path.read_text(encoding="utf-8"), path.name)
    return info.value


def test_corpus_is_there() -> None:
    assert len([p for p in CASES if p.suffix == ".csv"]) >= 15
    assert len([p for p in CASES if p.suffix == ".txt"]) >= 10


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bad_input_gets_its_sentence(path: Path) -> None:
    expected = path.with_suffix(".expected").read_text(encoding="utf-8").rstrip("\n")
    assert refuse(path).message("en") == expected
