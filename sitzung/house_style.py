"""A body's house style: how its minutes are written in the body's own language.

A preset brings one (the `[style]` table of its TOML), and `body import` reads it
the same way:

- `minutes`: the templates, `minutes.<minutes>.<lang>.md.j2` (a user's template
  folder still overrides them);
- `names`: how a person is written in lists, in sentences and under a signature;
- `locale`, `date_format`, `time_format`: dates and times as CLDR patterns (the
  exports format them with Babel), with `periods` where the house writes
  "a.m."/"p.m." otherwise than its locale does;
- `kinds`: the kinds of meeting the body holds, the first the default;
- `plural_titles`: a title before several names ("Cllrs T Fairweather and H Kaur").

A body without a style writes the German Niederschrift's forms (and their English
translation), as every body did before house styles. The style applies only to
minutes in the body's own language: a parish council's minutes in German are
written as German minutes are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from sitzung.errors import SitzungError
from sitzung.text_rules import shortened
from sitzung.vocabulary import SessionKind

_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


class MinutesStyle(StrEnum):
    """Which templates write the minutes."""

    NIEDERSCHRIFT = "niederschrift"  # a German Niederschrift (Kreistag, Rat, Verein), and its English translation
    PARISH = "parish"  # an English parish or town council
    ROBERTS = "roberts"  # a board or society under Robert's Rules of Order


class NameStyle(StrEnum):
    """How the minutes write a person."""

    LISTED = "listed"  # "Kehren, Hanno, Dr." in the lists, "Dr. Hanno Kehren" in sentences, "Kehren" signs
    INITIALS = "initials"  # "Cllr J Bruce" in the lists, "Cllr Bruce" in sentences, initials where surnames collide
    FULL = "full"  # "Alice Adams" everywhere


@dataclass(frozen=True)
class HouseStyle:
    """A body's way of writing minutes; see the module's docstring."""

    minutes: MinutesStyle = MinutesStyle.NIEDERSCHRIFT
    names: NameStyle = NameStyle.LISTED
    locale: str = ""
    date_format: str = ""
    time_format: str = ""
    periods: tuple[str, ...] = ()
    kinds: tuple[SessionKind, ...] = ()
    plural_titles: tuple[tuple[str, str], ...] = ()

    def kind(self, text: str | None) -> SessionKind | None:
        """The kind of meeting `text` names, the default (the first) for none.

        SitzungError for a kind the body does not hold."""
        if not text:
            return self.kinds[0] if self.kinds else None
        known = ", ".join(self.kinds) or "–"
        try:
            kind = SessionKind(text.strip().lower())
        except ValueError:
            raise SitzungError("session.unknown_kind", kind=shortened(text), known=known) from None
        if kind not in self.kinds:
            raise SitzungError("session.unknown_kind", kind=shortened(text), known=known)
        return kind

    def plural_title(self, title: str) -> str:
        """ "Cllrs" for "Cllr" before several names; "" where the style has no plural for it."""
        return dict(self.plural_titles).get(title, "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "minutes": self.minutes.value,
            "names": self.names.value,
            "locale": self.locale,
            "date_format": self.date_format,
            "time_format": self.time_format,
            "periods": list(self.periods),
            "kinds": [kind.value for kind in self.kinds],
            "plural_titles": dict(self.plural_titles),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HouseStyle:
        """The style from its stored (or TOML) form; a bad value raises SitzungError naming its key."""
        known = {f.name for f in fields(cls)}
        for key in data:
            if key not in known:
                raise SitzungError("style.unknown_key", key=shortened(str(key)), known=", ".join(sorted(known)))
        return cls(
            minutes=_choice(MinutesStyle, data, "minutes", MinutesStyle.NIEDERSCHRIFT),
            names=_choice(NameStyle, data, "names", NameStyle.LISTED),
            locale=_locale(data.get("locale", "")),
            date_format=_text(data, "date_format"),
            time_format=_text(data, "time_format"),
            periods=_periods(data.get("periods", [])),
            kinds=tuple(_choice(SessionKind, {"kinds": k}, "kinds", None) for k in _list(data, "kinds")),
            plural_titles=tuple(sorted((str(k), _plural(v)) for k, v in _table(data, "plural_titles").items())),
        )


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise SitzungError("style.bad_value", key=key, value=shortened(str(value)), known="text")
    return value.strip()


def _choice(kind: Any, data: dict[str, Any], key: str, default: Any) -> Any:
    value = data.get(key)
    if value is None:
        return default
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        raise SitzungError("style.bad_value", key=key, value=shortened(str(value)), known=", ".join(kind)) from None


def _locale(value: Any) -> str:
    if not isinstance(value, str) or (value and not _LOCALE.match(value)):
        raise SitzungError("style.bad_value", key="locale", value=shortened(str(value)), known="en_GB, en_US, de_DE, …")
    return value


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise SitzungError("style.bad_value", key=key, value=shortened(str(value)), known="a list")
    return value


def _periods(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) not in (0, 2) or not all(isinstance(v, str) and v for v in value):
        raise SitzungError("style.bad_value", key="periods", value=shortened(str(value)), known='["a.m.", "p.m."]')
    return tuple(value)


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise SitzungError("style.bad_value", key=key, value=shortened(str(value)), known='{ Cllr = "Cllrs" }')
    return value


def _plural(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SitzungError("style.bad_value", key="plural_titles", value=shortened(str(value)), known="text")
    return value.strip()
