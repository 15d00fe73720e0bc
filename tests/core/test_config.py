"""The settings file: defaults, values, and a broken file refused with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitzung.config import load_settings
from sitzung.errors import SitzungError


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none.toml")
    assert (settings.lang, settings.theme, settings.keys) == (None, None, {})


def test_values(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('lang = "de"\ntheme = "textual-light"\n[keys]\n"rollcall.present" = "space"\n', encoding="utf-8")
    settings = load_settings(path)
    assert (settings.lang, settings.theme, settings.keys) == ("de", "textual-light", {"rollcall.present": "space"})


def test_broken_toml_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('lang = "de"\ntheme = \n', encoding="utf-8")
    with pytest.raises(SitzungError) as caught:
        load_settings(path)
    assert caught.value.key == "config.bad_toml"
    assert f"{path}, line 2, column" in caught.value.message("en")


def test_keys_must_be_strings(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[keys]\n\"x\" = 3\n", encoding="utf-8")
    with pytest.raises(SitzungError) as caught:
        load_settings(path)
    assert caught.value.key == "config.bad_keys"


def test_the_mirror_is_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('mirror = "~/stick/sitzung"\n', encoding="utf-8")
    assert load_settings(path).mirror == Path("~/stick/sitzung").expanduser()
    assert load_settings(tmp_path / "none.toml").mirror is None
    path.write_text("mirror = 3\n", encoding="utf-8")
    with pytest.raises(SitzungError) as caught:
        load_settings(path)
    assert caught.value.key == "config.bad_value" and caught.value.params["name"] == "mirror"
