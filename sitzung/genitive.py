"""German case forms of a body's name and a meeting place, for the minutes' sentences.

The minutes say "Niederschrift über die 6. Sitzung *des Ausschusses für …*",
"*Der Ausschuss für …* versammelt sich heute *im Großen Sitzungssaal*". German
declines the name's head noun and the adjectives before it; this module knows
the nouns bodies and rooms are usually called by (Ausschuss, Rat, Kreistag,
Versammlung, Sitzungssaal, …) and leaves everything after the head noun as it is
("für Gesundheit, Soziales und Generationenfragen"). `Body.genitive` overrides
the genitive for a name it gets wrong; a place that starts with a preposition
("im Kreishaus", "in der Aula") is used as written.
"""

from __future__ import annotations

from dataclasses import dataclass

# Endings of head nouns: (ending, gender, genitive suffix). Longest endings first wins.
_NOUNS: tuple[tuple[str, str, str], ...] = (
    ("ausschuss", "m", "es"),
    ("ausschuß", "m", "es"),
    ("kreistag", "m", "es"),
    ("landtag", "m", "es"),
    ("bundestag", "m", "es"),
    ("tag", "m", "es"),
    ("rat", "m", "es"),
    ("vorstand", "m", "es"),
    ("verband", "m", "es"),
    ("konvent", "m", "es"),
    ("tisch", "m", "es"),
    ("kreis", "m", "es"),
    ("senat", "m", "es"),
    ("gremium", "n", "s"),
    ("präsidium", "n", "s"),
    ("kuratorium", "n", "s"),
    ("kollegium", "n", "s"),
    ("parlament", "n", "s"),
    ("forum", "n", "s"),
    ("komitee", "n", "s"),
    ("versammlung", "f", ""),
    ("bürgerschaft", "f", ""),
    ("fraktion", "f", ""),
    ("vertretung", "f", ""),
    ("kommission", "f", ""),
    ("konferenz", "f", ""),
    ("kammer", "f", ""),
    ("runde", "f", ""),
    ("deputation", "f", ""),
)

# Rooms and buildings, for the dative after "in": (ending, gender).
_PLACES: tuple[tuple[str, str], ...] = (
    ("saal", "m"),
    ("raum", "m"),
    ("keller", "m"),
    ("hof", "m"),
    ("bau", "m"),
    ("zimmer", "n"),
    ("haus", "n"),
    ("foyer", "n"),
    ("forum", "n"),
    ("gebäude", "n"),
    ("zentrum", "n"),
    ("amt", "n"),
    ("halle", "f"),
    ("stube", "f"),
    ("aula", "f"),
    ("mensa", "f"),
    ("bibliothek", "f"),
    ("schule", "f"),
    ("kantine", "f"),
)

_PREPOSITIONS = ("im ", "in ", "am ", "an ", "auf ", "beim ", "bei ", "über ", "vor ", "per ", "online", "digital")
_ADJECTIVE_ENDINGS = ("er", "es", "e", "en", "em")
_CONJUNCTIONS = ("und", "oder", "sowie", "&")


def _is_adjective(word: str) -> bool:
    return not word.endswith("-") and word not in _CONJUNCTIONS and word.casefold().endswith(_ADJECTIVE_ENDINGS)


@dataclass(frozen=True)
class _Phrase:
    adjectives: list[str]
    head: str
    rest: str
    gender: str
    suffix: str


def _split(name: str, table: tuple[tuple[str, ...], ...]) -> _Phrase | None:
    """Adjectives, head noun and the rest of a name, if a known head noun comes first."""
    words = name.split()
    for index, word in enumerate(words):
        core = word.rstrip(",;:").casefold()
        for entry in table:
            ending = entry[0]
            if core.endswith(ending):
                before = words[:index]
                if not all(_is_modifier(w) for w in before):
                    return None
                suffix = entry[2] if len(entry) > 2 else ""
                return _Phrase(before, word, " ".join(words[index + 1 :]), entry[1], suffix)
        if index >= 3:
            break
    return None


def _is_modifier(word: str) -> bool:
    """An adjective ("Ständiger"), a truncated compound ("Haupt-") or a conjunction ("und")."""
    return word.endswith("-") or word in _CONJUNCTIONS or word.casefold().endswith(_ADJECTIVE_ENDINGS)


def _adjective(word: str, ending: str) -> str:
    """An adjective with a new ending: "Großer" -> "Großen"; compounds and conjunctions stay."""
    if not _is_adjective(word):
        return word
    for old in ("er", "es", "em", "en", "e"):
        if word.endswith(old):
            return word[: -len(old)] + ending
    return word


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def genitive_rule(name: str) -> str | None:
    """The genitive by the rule for the usual head nouns, or None when the rule cannot decide.

    `sitzung body create` warns on None and suggests `--genitive`; the minutes then
    fall back to "des Gremiums „…“".
    """
    phrase = _split(name.strip(), _NOUNS)
    if phrase is None:
        return None
    head = phrase.head
    trail = ""
    if head[-1:] in ",;:":
        head, trail = head[:-1], head[-1]
    article = "der" if phrase.gender == "f" else "des"
    head += phrase.suffix
    adjectives = [_adjective(a, "en") for a in phrase.adjectives]
    return _join(article, *adjectives, head + trail, phrase.rest)


def genitive(name: str, override: str = "") -> str:
    """The body's name in the genitive with its article: "des Ausschusses für …", "der Versammlung"."""
    if override.strip():
        return override.strip()
    return genitive_rule(name) or f"des Gremiums „{name.strip()}“"


def nominative(name: str) -> str:
    """The body's name as a sentence's subject: "Der Ausschuss für …", "Die Versammlung"."""
    phrase = _split(name.strip(), _NOUNS)
    if phrase is None:
        return f"Das Gremium „{name.strip()}“"
    article = {"m": "Der", "f": "Die", "n": "Das"}[phrase.gender]
    adjectives = [_adjective(a, "e") for a in phrase.adjectives]
    return _join(article, *adjectives, phrase.head, phrase.rest)


def in_place(place: str) -> str:
    """Where the body meets, after "versammelt sich heute": "im Großen Sitzungssaal", "in der Aula".

    A place written with its preposition is kept as it is; an unknown noun gets a plain "in".
    """
    text = " ".join(place.split())
    if not text:
        return ""
    if text.casefold().startswith(_PREPOSITIONS):
        return text
    phrase = _split(text, _PLACES)
    if phrase is None:
        return f"in {text}"
    article = "in der" if phrase.gender == "f" else "im"
    adjectives = [_adjective(a, "en") for a in phrase.adjectives]
    return _join(article, *adjectives, phrase.head, phrase.rest)
