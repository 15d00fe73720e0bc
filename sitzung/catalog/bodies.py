"""Messages about bodies: the TOML form, roles, presets, the genitive, and the body's words in the minutes."""

MESSAGES: dict[str, dict[str, str]] = {
    "body_toml.syntax": {
        "en": "the TOML is malformed: {reason}.",
        "de": "das TOML ist fehlerhaft: {reason}.",
    },
    "body_toml.not_utf8": {
        "en": "the file is not UTF-8 (byte {offset}).",
        "de": "die Datei ist nicht in UTF-8 (Byte {offset}).",
    },
    "body_toml.missing": {
        "en": "the key {key!r} is missing.",
        "de": "der Schlüssel {key!r} fehlt.",
    },
    "body_toml.empty": {
        "en": "{key!r} must not be empty.",
        "de": "{key!r} darf nicht leer sein.",
    },
    "body_toml.not_text": {
        "en": "{key!r} must be text in quotes.",
        "de": "{key!r} muss ein Text in Anführungszeichen sein.",
    },
    "body_toml.not_flag": {
        "en": "{key!r} must be true or false.",
        "de": "{key!r} muss true oder false sein.",
    },
    "body_toml.not_number": {
        "en": "{key!r} must be a whole number.",
        "de": "{key!r} muss eine ganze Zahl sein.",
    },
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
        "en": (
            "Warning: the genitive of {name!r} is not known to the rule; the minutes will say {fallback!r}. "
            "Set it with --genitive, e.g. --genitive \"des …\"."
        ),
        "de": (
            "Warnung: den Genitiv von {name!r} kennt die Regel nicht; die Niederschrift sagt {fallback!r}. "
            "Mit --genitive festlegen, z. B. --genitive \"des …\"."
        ),
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
    # The parts of the minutes a body may name in its own words ([words] in its TOML).
    "minutes.word.title": {"en": "Minutes", "de": "Niederschrift"},
    "minutes.word.meeting": {"en": "meeting", "de": "Sitzung"},
    "minutes.word.present": {"en": "Present", "de": "Anwesend"},
    "minutes.word.in_attendance": {"en": "In attendance", "de": "Außerdem anwesend"},
    "minutes.word.apologies": {"en": "Apologies", "de": "Entschuldigt"},
    "minutes.word.absent": {"en": "Absent", "de": "Abwesend"},
    "minutes.word.agenda": {"en": "Agenda", "de": "Tagesordnung"},
    "minutes.word.item": {"en": "Item", "de": "Tagesordnungspunkt"},
}

# The terminal app's body screen (tui/body_screen.py).
MESSAGES.update(
    {
        "tui.body.title": {"en": "Body: {name}", "de": "Gremium: {name}"},
        "tui.body.settings": {
            "en": "Seats {seats} · quorum {quorum} · chair: {chair} · secretary: {secretary} · "
            "genitive: {genitive} · language: {lang_code}",
            "de": "Sitze {seats} · Beschlussfähigkeit {quorum} · Vorsitz: {chair} · Schriftführung: {secretary} · "
            "Genitiv: {genitive} · Sprache: {lang_code}",
        },
        "tui.body.words": {"en": "Words in the minutes: {words}", "de": "Wörter der Niederschrift: {words}"},
        "tui.body.session_copy": {
            "en": "This session's copy of the body. Edits change the body for sessions created from now on; "
            "this session keeps its copy.",
            "de": "Die Fassung des Gremiums für diese Sitzung. Änderungen gelten für künftig angelegte Sitzungen; "
            "diese Sitzung behält ihre Fassung.",
        },
        "tui.body.edited": {
            "en": "The body as now saved, for sessions created from now on; this session keeps its copy.",
            "de": "Das Gremium, wie es jetzt gespeichert ist, für künftige Sitzungen; diese Sitzung behält ihre "
            "Fassung.",
        },
        "tui.body.read_only": {
            "en": "This body cannot be edited here.",
            "de": "Dieses Gremium kann hier nicht bearbeitet werden.",
        },
        "tui.body.column.order": {"en": "Order", "de": "Folge"},
        "tui.body.column.key": {"en": "Key", "de": "Schlüssel"},
        "tui.body.column.label": {"en": "Label", "de": "Bezeichnung"},
        "tui.body.column.heading": {"en": "Heading", "de": "Überschrift"},
        "tui.body.column.votes": {"en": "Votes", "de": "Stimme"},
        "tui.body.column.listed": {"en": "Listed when absent", "de": "Bei Abwesenheit genannt"},
        "tui.body.column.count_only": {"en": "Counted only", "de": "Nur gezählt"},
        "tui.body.field.key": {"en": "Key (a-z, 0-9, _)", "de": "Schlüssel (a-z, 0-9, _)"},
        "tui.body.field.label": {"en": "Label (one person)", "de": "Bezeichnung (eine Person)"},
        "tui.body.field.heading": {"en": "Heading in the minutes", "de": "Überschrift in der Niederschrift"},
        "tui.body.field.votes": {"en": "Votes", "de": "Stimmberechtigt"},
        "tui.body.field.listed": {"en": "Listed when absent", "de": "Bei Abwesenheit aufführen"},
        "tui.body.field.count_only": {"en": "Counted, not named", "de": "Nur zählen, nicht nennen"},
        "tui.body.field.order": {"en": "Order (empty: last)", "de": "Folge (leer: zuletzt)"},
        "tui.body.field.seats": {"en": "Seats", "de": "Sitze"},
        "tui.body.field.quorum": {
            "en": "Quorum rule (majority, half, fraction:P/Q, count:N)",
            "de": "Beschlussfähigkeit (majority, half, fraction:P/Q, count:N)",
        },
        "tui.body.field.chair_label": {"en": "Chair's label", "de": "Bezeichnung des Vorsitzes"},
        "tui.body.field.secretary_label": {"en": "Secretary's label", "de": "Bezeichnung der Schriftführung"},
        "tui.body.field.genitive": {
            "en": "Genitive for German minutes (empty: by rule)",
            "de": "Genitiv für die Niederschrift (leer: nach Regel)",
        },
        "tui.body.add_role": {"en": "Add a role", "de": "Rolle hinzufügen"},
        "tui.body.edit_role": {"en": "Edit the role {role}", "de": "Rolle {role} bearbeiten"},
        "tui.body.settings_title": {"en": "The body's settings", "de": "Einstellungen des Gremiums"},
        "tui.body.need_key_and_label": {
            "en": "A role needs a key and a label.",
            "de": "Eine Rolle braucht einen Schlüssel und eine Bezeichnung.",
        },
        "tui.body.bad_seats": {
            "en": "Seats must be a whole number, not {seats!r}.",
            "de": "Sitze muss eine ganze Zahl sein, nicht {seats!r}.",
        },
        "binding.body.close": {"en": "Back", "de": "Zurück"},
        "binding.body.close.tip": {"en": "Back to the meeting.", "de": "Zurück zur Sitzung."},
        "binding.body.add_role": {"en": "Add role", "de": "Rolle hinzufügen"},
        "binding.body.add_role.tip": {"en": "Add a role to the body.", "de": "Dem Gremium eine Rolle hinzufügen."},
        "binding.body.edit_role": {"en": "Edit role", "de": "Rolle bearbeiten"},
        "binding.body.edit_role.tip": {"en": "Edit the selected role.", "de": "Die gewählte Rolle bearbeiten."},
        "binding.body.toggle_votes": {"en": "Votes", "de": "Stimme"},
        "binding.body.toggle_votes.tip": {
            "en": "Whether the selected role votes (and counts for the quorum).",
            "de": "Ob die gewählte Rolle stimmberechtigt ist (und für die Beschlussfähigkeit zählt).",
        },
        "binding.body.toggle_listed": {"en": "Listed", "de": "Genannt"},
        "binding.body.toggle_listed.tip": {
            "en": "Whether absentees of the selected role are listed in the minutes.",
            "de": "Ob Abwesende der gewählten Rolle in der Niederschrift genannt werden.",
        },
        "binding.body.settings": {"en": "Settings", "de": "Einstellungen"},
        "binding.body.settings.tip": {
            "en": "Seats, quorum rule, the chair's and secretary's labels, the genitive.",
            "de": "Sitze, Beschlussfähigkeit, Bezeichnungen von Vorsitz und Schriftführung, der Genitiv.",
        },
    }
)
