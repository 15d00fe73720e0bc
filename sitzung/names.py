"""Finding a person from what a clerk types: "Kehren", "Kehren, Hanno", "Hanno Kehren" or "Keh".

One matcher everywhere (the command line, the app's dialogs, the roll call's
filter): `match_form` ignores case and accents, reads ß as ss and ä/ae, ö/oe,
ü/ue as the same letter, so "Mueller" finds Müller and "Oeztuerk" Öztürk.

`find_person` tries exact names first, then a unique beginning of the last
name or of "Last, First" ("meiß" finds Meißner, Lisa). Unknown or ambiguous
names are refused with the candidates, never guessed.

`match_form` is for comparing only. A person's stored key (`person_key`)
keeps `fold_name`, so keys already written in session logs never change.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from sitzung.errors import SitzungError
from sitzung.model import Person

# letters that Unicode does not decompose into a base letter and an accent
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "a", "œ": "o", "þ": "th"})
# a German umlaut written out (Mueller) and written with its accent stripped (Müller → muller) meet here
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_MANY = 8  # at most this many candidates named in one sentence


@lru_cache(maxsize=65536)
def match_form(text: str) -> str:
    """`text` as names are compared: "Müller", "Mueller" and "MULLER" all give "muller"; "Meißner" gives "meissner".

    Whitespace is collapsed, so "Kehren,  Hanno" and "Kehren, Hanno" compare equal.
    The roll call's filter compares with this too.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    for written, letter in _DIGRAPHS:
        plain = plain.replace(written, letter)
    return " ".join(plain.split())


def _last_first(text: str) -> str:
    """ "Last, First" (or "Last,First") in one spacing, for comparing and prefixes."""
    last, comma, first = text.partition(",")
    return f"{last.strip()}, {first.strip()}" if comma else last.strip()


def _exact(person: Person, query: str) -> bool:
    """The name as the lists print it, "Last, First, Title", or a part of it ("Last", "Last, First")."""
    last, first, title = match_form(person.last), match_form(person.first), match_form(person.title)
    if "," in query:
        q_last, q_first, q_title, *rest = (*(part.strip() for part in query.split(",")), "", "")
        if any(rest) or q_last != last:
            return False
        if not first and not q_title:  # "Lowe, Dr." names a person without a first name
            q_first, q_title = "", q_first
        return (not q_first or q_first == first) and (not q_title or q_title == title)
    return query in (last, f"{first} {last}".strip(), match_form(person.key))


def _prefix(person: Person, query: str) -> bool:
    last = match_form(person.last)
    return last.startswith(query) or _last_first(f"{last}, {match_form(person.first)}").startswith(query)


def _listed(people: list[Person]) -> str:
    shown = "; ".join(p.display for p in people[:_MANY])
    return f"{shown}; …" if len(people) > _MANY else shown


def find_person(people: Iterable[Person] | Mapping[str, Person], query: str) -> Person:
    """The one person `query` names; SitzungError listing candidates otherwise.

    Given people by key (a session's), a key finds its person at once: the app
    names the row the clerk chose by its key.

    A name that matches exactly wins over longer names it begins ("Braun" is
    Braun even if Brauner is on the list); otherwise a beginning must fit one
    person only.
    """
    if isinstance(people, Mapping):
        if (chosen := people.get(query)) is not None:
            return chosen
        people = people.values()
    people = list(people)
    folded = _last_first(match_form(query))
    found = [p for p in people if _exact(p, folded)]
    if not found and folded.strip(", "):
        found = [p for p in people if _prefix(p, folded)]
    if len(found) == 1:
        return found[0]
    if found:
        raise SitzungError("person.ambiguous", query=query, candidates=_listed(found))
    words = folded.replace(",", " ").split()
    near = [p for p in people if any(w in match_form(p.display) for w in words)]
    if near:
        raise SitzungError("person.unknown_near", query=query, candidates=_listed(near))
    raise SitzungError("person.unknown", query=query)
