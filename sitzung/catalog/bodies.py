"""Words of bodies: presets, TOML, roles, and the default words of the minutes' parts."""

MESSAGES: dict[str, dict[str, str]] = {
    "body_toml.syntax": {"en": "the TOML is malformed: {reason}.", "de": "das TOML ist fehlerhaft: {reason}."},
    "body_toml.not_utf8": {
        "en": "the file is not UTF-8 (byte {offset}).",
        "de": "die Datei ist nicht in UTF-8 (Byte {offset}).",
    },
    "body_toml.missing": {"en": "the key {key!r} is missing.", "de": "der Schlüssel {key!r} fehlt."},
    "body_toml.empty": {"en": "{key!r} must not be empty.", "de": "{key!r} darf nicht leer sein."},
    "body_toml.not_text": {
        "en": "{key!r} must be text in quotes.",
        "de": "{key!r} muss ein Text in Anführungszeichen sein.",
    },
    "body_toml.not_flag": {"en": "{key!r} must be true or false.", "de": "{key!r} muss true oder false sein."},
    "body_toml.not_number": {"en": "{key!r} must be a whole number.", "de": "{key!r} muss eine ganze Zahl sein."},
    "body_toml.unknown_key": {
        "en": "{key!r} is not a known key here; known: {known}.",
        "de": "{key!r} ist hier kein bekannter Schlüssel; bekannt sind: {known}.",
    },
    "body_toml.roles_not_tables": {
        "en": "{key!r} must be a list of [[roles]] tables.",
        "de": "{key!r} muss eine Folge von [[roles]]-Tabellen sein.",
    },
    "body_toml.words_not_table": {
        "en": "{key!r} must be a [words] table.",
        "de": "{key!r} muss eine [words]-Tabelle sein.",
    },
    "body_toml.bad_role_key": {
        "en": "the role key {value!r} may only hold lower-case letters a-z, digits and _.",
        "de": "der Rollenschlüssel {value!r} darf nur Kleinbuchstaben a-z, Ziffern und _ enthalten.",
    },
    "body_toml.duplicate_role": {
        "en": "the role {value!r} is defined twice.",
        "de": "die Rolle {value!r} ist zweimal festgelegt.",
    },
    "body_toml.bad_lang": {
        "en": "the language {value!r} is not de or en.",
        "de": "die Sprache {value!r} ist weder de noch en.",
    },
    "body.role_exists": {
        "en": "The body {body!r} already has a role {key!r}.",
        "de": "Das Gremium {body!r} hat bereits eine Rolle {key!r}.",
    },
    "body.bad_role_key": {
        "en": "The role key {key!r} may only hold lower-case letters a-z, digits and _.",
        "de": "Der Rollenschlüssel {key!r} darf nur Kleinbuchstaben a-z, Ziffern und _ enthalten.",
    },
    "body.genitive_unsure": {
        "en": "Warning: the genitive of {name!r} is not known to the rule; the minutes will say {fallback!r}. Set "
               'it with --genitive, e.g. --genitive "des …".',
        "de": "Warnung: den Genitiv von {name!r} kennt die Regel nicht; die Niederschrift sagt {fallback!r}. Mit "
               '--genitive festlegen, z. B. --genitive "des …".',
    },
    "body.role_added": {
        "en": "Added the role {role!r} ({heading}) to {body!r}.",
        "de": "Rolle {role!r} ({heading}) zu {body!r} hinzugefügt.",
    },
    "body.role_line": {
        "en": "{order:>4}  {role:<22} {label} / {heading}  [{flags}]",
        "de": "{order:>4}  {role:<22} {label} / {heading}  [{flags}]",
    },
    "body.flag.votes": {"en": "votes", "de": "stimmberechtigt"},
    "body.flag.no_vote": {"en": "no vote", "de": "ohne Stimme"},
    "body.flag.listed": {"en": "listed when absent", "de": "bei Abwesenheit aufgeführt"},
    "body.flag.not_listed": {"en": "not listed when absent", "de": "bei Abwesenheit nicht aufgeführt"},
    "body.flag.count_only": {"en": "counted, not named", "de": "nur gezählt"},
    "body.imported": {
        "en": "Imported {name!r} with {seats} seats and {roles} roles (quorum: {quorum}).",
        "de": "{name!r} mit {seats} Sitzen und {roles} Rollen übernommen (Beschlussfähigkeit: {quorum}).",
    },
    "body.saved": {
        "en": "Saved the body {name!r}; sessions already held keep their copy.",
        "de": "Gremium {name!r} gespeichert; bereits angelegte Sitzungen behalten ihre Fassung.",
    },
    "minutes.word.title": {"en": "Minutes", "de": "Niederschrift"},
    "minutes.word.meeting": {"en": "meeting", "de": "Sitzung"},
    "minutes.word.present": {"en": "Present", "de": "Anwesend"},
    "minutes.word.in_attendance": {"en": "In attendance", "de": "Außerdem anwesend"},
    "minutes.word.apologies": {"en": "Apologies", "de": "Entschuldigt"},
    "minutes.word.absent": {"en": "Absent", "de": "Abwesend"},
    "minutes.word.agenda": {"en": "Agenda", "de": "Tagesordnung"},
    "minutes.word.item": {"en": "Item", "de": "Tagesordnungspunkt"},
}
