"""Every shipped preset loads, and round-trips through `body show` / `body import`."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitzung.body_toml import dump_body, load_body
from sitzung.presets import PRESET_NAMES, find_preset, make_body, preset_names, presets
from tests.bodies.helpers import sitzung, write

ALIASES = {"de": "de-kreistag-ausschuss", "en": "en-council"}


def test_the_shipped_presets_and_their_aliases() -> None:
    assert tuple(presets()) == PRESET_NAMES
    assert set(preset_names()) == {*PRESET_NAMES, *ALIASES}
    for alias, name in ALIASES.items():
        assert find_preset(alias).name == name


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_each_preset_has_roles_labels_and_a_quorum_rule(name: str) -> None:
    body = make_body("X", 9, name)
    assert body.roles and body.chair_label and body.secretary_label and body.quorum
    assert any(r.votes for r in body.roles)
    assert len({r.key for r in body.roles}) == len(body.roles)
    assert body.lang == name[:2]
    assert load_body(dump_body(body), "x.toml") == body


@pytest.mark.parametrize("name", [*PRESET_NAMES, *ALIASES])
def test_each_preset_round_trips_through_show_and_import(name: str, tmp_path: Path) -> None:
    sitzung("body", "create", "Gremium A", "--seats", "11", "--preset", name, "--genitive", "des Gremiums A")
    shown = sitzung("body", "show", "Gremium A")
    assert shown.startswith('name = "Gremium A"\nseats = 11\n')
    renamed = write(tmp_path, "b.toml", shown.replace('name = "Gremium A"', 'name = "Gremium B"'))
    sitzung("body", "import", str(renamed))
    assert sitzung("body", "show", "Gremium B") == shown.replace('name = "Gremium A"', 'name = "Gremium B"')
    assert load_body(shown, "x") == make_body("Gremium A", 11, name, genitive="des Gremiums A")


def test_the_council_preset_counts_the_public_instead_of_naming_them() -> None:
    public = make_body("Parish Council", 7, "en-council").role("public")
    assert public is not None and public.count_only and not public.votes and not public.listed_when_absent


def test_an_unknown_preset_names_the_known_ones() -> None:
    message = sitzung("body", "create", "X", "--seats", "3", "--preset", "fr", code=2)
    assert "de-verein" in message and "en-roberts" in message and len(message.strip().splitlines()) == 1
