"""Ready-made role sets and quorum rules for the usual kinds of body."""

from __future__ import annotations

from sitzung.errors import SitzungError
from sitzung.model import Body, Role

_PRESETS: dict[str, dict] = {
    "de": {
        "lang": "de",
        "quorum": "majority",
        "chair_label": "Ausschussvorsitzender",
        "secretary_label": "Schriftführer",
        "roles": (
            Role("kreistagsmitglied", "Kreistagsmitglied", "Kreistagsmitglieder", True, True, 10),
            Role("sachkundiger_buerger", "Sachkundiger Bürger", "Sachkundige Bürger", True, True, 20),
            Role("beratendes_mitglied", "Beratendes Mitglied", "Beratende Mitglieder", False, True, 30),
            Role("verwaltung", "Verwaltung", "Von der Verwaltung", False, False, 40),
            Role("gast", "Gast", "Gäste", False, False, 50),
        ),
    },
    "en": {
        "lang": "en",
        "quorum": "majority",
        "chair_label": "Chair",
        "secretary_label": "Clerk",
        "roles": (
            Role("member", "Member", "Members", True, True, 10),
            Role("co_opted", "Co-opted member", "Co-opted members", True, True, 20),
            Role("adviser", "Adviser", "Advisers", False, True, 30),
            Role("officer", "Officer", "Officers in attendance", False, False, 40),
            Role("guest", "Guest", "Guests", False, False, 50),
        ),
    },
}

PRESET_NAMES = tuple(_PRESETS)


def make_body(name: str, seats: int, preset: str = "de", quorum: str | None = None) -> Body:
    """A body with a preset's roles, labels and default quorum rule."""
    try:
        spec = _PRESETS[preset]
    except KeyError:
        raise SitzungError("preset.unknown", name=preset, known=", ".join(PRESET_NAMES)) from None
    return Body(
        name=name,
        seats=seats,
        quorum=quorum or spec["quorum"],
        roles=spec["roles"],
        lang=spec["lang"],
        chair_label=spec["chair_label"],
        secretary_label=spec["secretary_label"],
    )
