"""Finding a person from what a clerk types: "Kehren", "Kehren, Hanno" or "Hanno Kehren".

Matching ignores case and accents. Unknown or ambiguous names are refused
with the candidates, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitzung.errors import SitzungError
from sitzung.model import Person, fold_name


def _matches(person: Person, query: str) -> bool:
    last, first = fold_name(person.last), fold_name(person.first)
    if "," in query:
        q_last, _, q_first = (part.strip() for part in query.partition(","))
        return q_last == last and (not q_first or q_first == first)
    return query in (last, f"{first} {last}".strip(), person.key)


def find_person(people: Iterable[Person], query: str) -> Person:
    """The one person `query` names; SitzungError listing candidates otherwise."""
    people = list(people)
    folded = " ".join(fold_name(query).split())
    found = [p for p in people if _matches(p, folded)]
    if len(found) == 1:
        return found[0]
    if found:
        raise SitzungError(
            "person.ambiguous", query=query, candidates="; ".join(p.display for p in found)
        )
    words = folded.replace(",", " ").split()
    near = [p for p in people if any(w and w in fold_name(p.display) for w in words)]
    if near:
        raise SitzungError("person.unknown_near", query=query, candidates="; ".join(p.display for p in near[:8]))
    raise SitzungError("person.unknown", query=query)
