"""One export's house style: the words, names, dates and times its minutes are written in.

`House(state, lang)` is built once per export and asked by every part of the
minutes. The body's own style (`sitzung.house_style`) applies when the minutes
are in the body's language; otherwise, and for a body without a style, the
German Niederschrift's forms apply — those every body had before house styles,
so its minutes stay byte for byte what they were.

A style's own sentences are catalog entries `<style>.<key>` beside the common
`<key>` (`exports/words.py`): "roberts.minutes.verb.adopted.motion" says
"adopted" where English minutes say "carried". `House.t` takes the style's
entry where there is one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime

from sitzung.house_style import HouseStyle, MinutesStyle, NameStyle
from sitzung.i18n import CATALOG, t
from sitzung.model import Body, Person
from sitzung.names import match_form
from sitzung.state import SessionState
from sitzung.timefmt import german_date, hhmm


def long_date(day: date, lang: str) -> str:
    """ "11.05.2022" (de) or "11 May 2022" (en): a session's date without a house style."""
    if lang == "de":
        return german_date(day)
    return f"{day.day} {t(f'minutes.month.{day.month}', lang)} {day.year}"


def initials(first: str) -> str:
    """ "J" for Jane, "M A" for Mary Ann, "J-P" for Jean-Paul: first names as parish minutes abbreviate them."""
    return " ".join("-".join(part[:1].upper() for part in name.split("-") if part) for name in first.split())


class NameForms:
    """How the minutes write each person of a session: in a list, in a sentence, under a signature.

    With initials, two councillors who share a surname are told apart by their initials
    in sentences too ("Cllr J Smith", "Cllr L Smith"), and by their first names where
    the initials collide as well; one form for each person everywhere in the minutes.
    """

    def __init__(self, people: Iterable[Person], style: HouseStyle | None) -> None:
        self.style = style
        self.names = style.names if style else NameStyle.LISTED
        people = list(people)
        self._surnames = Counter(match_form(p.last) for p in people)
        self._initialled = Counter((match_form(p.last), initials(p.first)) for p in people)

    def _prose(self, person: Person) -> str:
        """ "Dr. Hanno Kehren": title, first name and surname."""
        return " ".join(p for p in (person.title, person.first, person.last) if p)

    def _initialled_name(self, person: Person) -> str:
        """ "J Bruce", or "Jane Bruce" where another of the session has the same initials and surname."""
        letters = initials(person.first)
        if self._initialled[(match_form(person.last), letters)] > 1:
            letters = person.first
        return " ".join(p for p in (letters, person.last) if p)

    def listed(self, person: Person) -> str:
        """In a list of people: "Kehren, Hanno, Dr.", "Cllr J Bruce", "Alice Adams"."""
        if self.names is NameStyle.INITIALS:
            return " ".join(p for p in (person.title, self._initialled_name(person)) if p)
        if self.names is NameStyle.FULL:
            return self._prose(person)
        return person.display

    def prose(self, person: Person) -> str:
        """In a sentence: "Dr. Hanno Kehren", "Cllr Bruce" (or "Cllr J Smith" beside an L Smith), "Alice Adams"."""
        if self.names is NameStyle.INITIALS:
            if self._surnames[match_form(person.last)] > 1:
                return self.listed(person)
            return " ".join(p for p in (person.title, person.last) if p)
        return self._prose(person)

    def signed(self, person: Person) -> str:
        """Under a signature: "Dr. Kehren" (German), else the name as the sentences have it."""
        return person.short if self.names is NameStyle.LISTED else self.prose(person)

    def many(self, people: list[Person]) -> list[str]:
        """Several people as a sentence names them, their shared title once in the plural where the style
        has one: ["Cllrs T Fairweather", "H Kaur"] (joined by the caller with "and")."""
        if self.style is not None and len(people) > 1 and len({p.title for p in people}) == 1:
            plural = self.style.plural_title(people[0].title)
            if plural:
                names = [self._initialled_name(p) if self.names is NameStyle.INITIALS else
                         " ".join(x for x in (p.first, p.last) if x) for p in people]
                return [f"{plural} {names[0]}", *names[1:]]
        return [self.listed(p) if self.names is NameStyle.INITIALS else self.prose(p) for p in people]


def house_style(body: Body, lang: str) -> HouseStyle | None:
    """The body's style where minutes in `lang` follow it (the body's own language), else None."""
    return body.style if body.style is not None and body.lang == lang else None


def minutes_style(body: Body, lang: str) -> MinutesStyle:
    """Which templates write the body's minutes in `lang`."""
    style = house_style(body, lang)
    return style.minutes if style is not None else MinutesStyle.NIEDERSCHRIFT


class House:
    """The minutes' style for one export; see the module's docstring."""

    def __init__(self, state: SessionState, lang: str) -> None:
        self.lang = lang
        self.style = house_style(state.info.body, lang)
        self.kind = minutes_style(state.info.body, lang)
        self.names = NameForms(state.people.values(), self.style)

    def t(self, key: str, /, **params: object) -> str:
        """The catalog's sentence `key`, in the style's own words where it has them."""
        own = f"{self.kind.value}.{key}"
        text = t(own if own in CATALOG else key, self.lang, **params)
        for period in self.style.periods if self.style is not None else ():
            if period.endswith("."):  # "… reconvened at 7:35 p.m." ends there, not with "p.m.."
                text = text.replace(period + ".", period)
        return text

    def time(self, moment: datetime | None) -> str:
        """A time of day: "18:32", "7.38pm", "7:00 p.m."; "" for none."""
        if self.style is None or not self.style.locale:
            return hhmm(moment)
        from sitzung.locales import clock_time

        return clock_time(moment, self.style)

    def date(self, day: date) -> str:
        """A meeting's date: "11.05.2022", "11 May 2022", "Monday 11 March 2024", "Tuesday, March 12, 2024"."""
        if self.style is None or not self.style.locale:
            return long_date(day, self.lang)
        from sitzung.locales import long_date as styled_date

        return styled_date(day, self.style)
