"""Ready-made bodies as data: roles, quorum rule, labels and words, one TOML file each.

`de-kreistag-ausschuss` (alias `de`), `de-rat`, `de-verein`, `en-council`
(alias `en`) and `en-roberts` ship in this folder, in the form of
`sitzung.body_toml` without `name` and `seats`, plus `preset` and `aliases`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sitzung.body_toml import body_fields, parse_toml
from sitzung.errors import SitzungError
from sitzung.model import Body
from sitzung.quorum import QuorumRule


@dataclass(frozen=True)
class Preset:
    name: str
    aliases: tuple[str, ...]
    fields: dict[str, Any]


@cache
def presets() -> dict[str, Preset]:
    """Every shipped preset by its name, in file-name order."""
    found: dict[str, Preset] = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        text = entry.read_text(encoding="utf-8")
        data = parse_toml(text, entry.name)
        name = str(data.get("preset") or entry.name.removesuffix(".toml"))
        fields = body_fields(data, text, entry.name, preset=True)
        found[name] = Preset(name, tuple(data.get("aliases", ())), fields)
    return found


def _aliases() -> dict[str, str]:
    return {alias: p.name for p in presets().values() for alias in p.aliases}


PRESET_NAMES = ("de-kreistag-ausschuss", "de-rat", "de-verein", "en-council", "en-roberts")


def preset_names() -> list[str]:
    """Names and aliases, as `--preset` takes them."""
    return [*presets(), *_aliases()]


def find_preset(name: str) -> Preset:
    key = _aliases().get(name, name)
    try:
        return presets()[key]
    except KeyError:
        raise SitzungError("preset.unknown", name=name, known=", ".join(preset_names())) from None


def make_body(
    name: str,
    seats: int,
    preset: str = "de",
    quorum: str | None = None,
    *,
    genitive: str = "",
    chair_label: str = "",
    secretary_label: str = "",
) -> Body:
    """A body with a preset's roles, labels, words and default quorum rule; given values win."""
    fields = dict(find_preset(preset).fields)
    fields.update(name=name, seats=seats)
    if quorum:
        fields["quorum"] = QuorumRule.parse(quorum)
    if genitive:
        fields["genitive"] = genitive
    if chair_label:
        fields["chair_label"] = chair_label
    if secretary_label:
        fields["secretary_label"] = secretary_label
    return Body(**fields)
