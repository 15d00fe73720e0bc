"""Words of house styles and kinds of meeting (`sitzung.house_style`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "style.unknown_key": {
        "en": "{key!r} is not a setting of a house style; known: {known}.",
        "de": "{key!r} ist keine Einstellung eines Stils; bekannt sind: {known}.",
    },
    "style.bad_value": {
        "en": "{value!r} is not a value for the style's {key}; expected: {known}.",
        "de": "{value!r} ist kein Wert für {key} des Stils; erwartet: {known}.",
    },
    "style.unknown_locale": {
        "en": "{value!r} is not a locale Babel knows (en_GB, en_US, de_DE, …).",
        "de": "{value!r} ist kein Gebietsschema, das Babel kennt (en_GB, en_US, de_DE, …).",
    },
    "style.bad_pattern": {
        "en": "{value!r} is not a date or time pattern for {key} (CLDR, e.g. \"EEEE d MMMM y\", \"h.mma\").",
        "de": "{value!r} ist kein Datums- oder Zeitmuster für {key} (CLDR, z. B. \"EEEE d MMMM y\", \"h.mma\").",
    },
    "attendance.reason_only_excused": {
        "en": "A reason goes with apologies only: use it with excused.",
        "de": "Ein Grund gehört nur zu einer Entschuldigung: bitte mit excused angeben.",
    },
    "session.unknown_kind": {
        "en": "{kind!r} is not a kind of meeting this body holds; known: {known}.",
        "de": "{kind!r} ist keine Art von Sitzung, die dieses Gremium kennt; bekannt sind: {known}.",
    },
}
