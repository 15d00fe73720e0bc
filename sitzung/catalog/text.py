"""Words for what typed text may hold and how much of it a file may bring (`sitzung/text_rules.py`)."""

MESSAGES: dict[str, dict[str, str]] = {
    "text.a_name": {"en": "a name", "de": "ein Name"},
    "text.a_body_name": {"en": "a body's name", "de": "der Name eines Gremiums"},
    "text.a_title": {"en": "a title", "de": "ein Titel"},
    "text.a_place": {"en": "a place", "de": "ein Ort"},
    "text.a_reason": {"en": "a reason", "de": "eine Begründung"},
    "text.a_note": {"en": "a note", "de": "eine Notiz"},
    "text.control": {
        "en": "'{shown}' holds the control character {char} at column {column}; {what} is plain text.",
        "de": "„{shown}“ enthält an Spalte {column} das Steuerzeichen {char}; {what} ist reiner Text.",
    },
    "text.control_here": {
        "en": "'{shown}' holds the control character {char}; {what} is plain text.",
        "de": "„{shown}“ enthält das Steuerzeichen {char}; {what} ist reiner Text.",
    },
    "text.too_long": {
        "en": "This is {length} characters long; {what} may have at most {limit}.",
        "de": "Das sind {length} Zeichen; {what} darf höchstens {limit} haben.",
    },
    "text.empty_name": {"en": "The name is empty.", "de": "Der Name ist leer."},
    "input.too_big": {
        "en": "This is more than {limit} bytes, far beyond any real {what}; nothing was read.",
        "de": "Das sind mehr als {limit} Bytes, weit mehr als jede echte {what}; nichts wurde gelesen.",
    },
    "input.not_a_file": {
        "en": "This is not a regular file (a pipe, a device or a socket); give a file.",
        "de": "Das ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket); bitte eine Datei angeben.",
    },
    "input.roster": {"en": "roster", "de": "Mitgliederliste"},
    "input.agenda": {"en": "agenda", "de": "Tagesordnung"},
    "input.body": {"en": "body's file", "de": "Gremiumsdatei"},
    "input.text": {"en": "note", "de": "Notiz"},
    "roster.too_many": {
        "en": "The roster would hold {count} people; at most {limit} are kept, far beyond any real body.",
        "de": "Die Mitgliederliste hätte {count} Personen; höchstens {limit} sind möglich, "
              "weit mehr als jedes echte Gremium hat.",
    },
    "agenda.too_many": {
        "en": "The agenda would have {count} items; at most {limit} are kept.",
        "de": "Die Tagesordnung hätte {count} Punkte; höchstens {limit} sind möglich.",
    },
    "roster.mixed_encoding": {
        "en": "This line is not UTF-8 although others in the file are; save the whole file as UTF-8.",
        "de": "Diese Zeile ist kein UTF-8, andere Zeilen der Datei aber schon; "
              "bitte die ganze Datei als UTF-8 speichern.",
    },
}
