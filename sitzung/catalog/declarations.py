"""Words of declarations of interest (a `recuse` event with its kind and whether the member left).

The kinds are England's (`sitzung.vocabulary.Interest`); a German recusal (Befangenheit)
names none, so its phrase is `declaration.an_interest.none`.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the kinds as a label (a drop-down, a list)
    "interest.disclosable_pecuniary": {
        "en": "disclosable pecuniary interest",
        "de": "offenlegungspflichtiges Vermögensinteresse",
    },
    "interest.other_registrable": {
        "en": "other registrable interest",
        "de": "sonstiges eintragungspflichtiges Interesse",
    },
    "interest.non_registrable": {"en": "non-registrable interest", "de": "nicht eintragungspflichtiges Interesse"},
    # the kinds inside a sentence, with their article ("declared a non-registrable interest")
    "declaration.an_interest.none": {"en": "an interest", "de": "Befangenheit"},
    "declaration.an_interest.disclosable_pecuniary": {
        "en": "a disclosable pecuniary interest",
        "de": "ein offenlegungspflichtiges Vermögensinteresse",
    },
    "declaration.an_interest.other_registrable": {
        "en": "an other registrable interest",
        "de": "ein sonstiges eintragungspflichtiges Interesse",
    },
    "declaration.an_interest.non_registrable": {
        "en": "a non-registrable interest",
        "de": "ein nicht eintragungspflichtiges Interesse",
    },
    "declaration.nature": {"en": "{interest} ({nature})", "de": "{interest} ({nature})"},
    "declaration.left": {
        "en": "{person} declared {interest} in item {number} and left the meeting for it.",
        "de": "{person} hat zu Punkt {number} {interest} erklärt und nimmt an diesem Punkt nicht teil.",
    },
    "declaration.stayed": {
        "en": "{person} declared {interest} in item {number} and stayed.",
        "de": "{person} hat zu Punkt {number} {interest} erklärt und ist geblieben.",
    },
    "declaration.unknown_interest": {
        "en": "{interest!r} is not a kind of interest; known: {known}.",
        "de": "{interest!r} ist keine Art von Interesse; bekannt sind: {known}.",
    },
    "declaration.a_nature": {"en": "the nature of an interest", "de": "die Angabe zum Interesse"},
}
