"""Words of the roster and agenda imports."""

MESSAGES: dict[str, dict[str, str]] = {
    "roster.empty": {
        "en": "The file is empty; a roster needs a header line and one line per person.",
        "de": "Die Datei ist leer; eine Mitgliederliste braucht eine Kopfzeile und eine Zeile je Person.",
    },
    "roster.spreadsheet": {
        "en": "This is an Excel workbook, not a CSV file; save it in Excel as 'CSV UTF-8' and import that.",
        "de": "Das ist eine Excel-Arbeitsmappe, keine CSV-Datei; speichern Sie sie in Excel als „CSV UTF-8“ und "
               "importieren Sie diese.",
    },
    "roster.undecodable": {
        "en": "The byte 0x{byte} in this field cannot be read as {encoding}; save the file as UTF-8 (in Excel: "
               "'CSV UTF-8').",
        "de": "Das Byte 0x{byte} in diesem Feld ist in {encoding} nicht lesbar; speichern Sie die Datei als UTF-8 "
               "(in Excel: „CSV UTF-8“).",
    },
    "roster.bad_quotes": {
        "en": "A quotation mark on this line is never closed, or text follows the closing one in the same field.",
        "de": "Ein Anführungszeichen in dieser Zeile wird nie geschlossen, oder nach dem schließenden folgt im "
               "selben Feld noch Text.",
    },
    "roster.no_header": {
        "en": "The first line is not a header; it must name the columns, such as {known}.",
        "de": "Die erste Zeile ist keine Kopfzeile; sie muss die Spalten benennen, etwa {known}.",
    },
    "roster.unknown_column": {
        "en": "The header names an unknown column '{name}'; known columns are {known} (or their English names).",
        "de": "Die Kopfzeile nennt eine unbekannte Spalte „{name}“; bekannt sind {known} (oder ihre englischen "
               "Namen).",
    },
    "roster.duplicate_column": {
        "en": "The column '{name}' fills the same field as the column '{other}' before it.",
        "de": "Die Spalte „{name}“ füllt dasselbe Feld wie die Spalte „{other}“ davor.",
    },
    "roster.missing_column": {
        "en": "The header has no column {name}, which every roster needs.",
        "de": "Der Kopfzeile fehlt die Spalte {name}, die jede Mitgliederliste braucht.",
    },
    "roster.no_people": {
        "en": "The file has a header but no person below it.",
        "de": "Die Datei hat eine Kopfzeile, aber darunter keine Person.",
    },
    "roster.field_count": {
        "en": "This line has {found} fields but the header has {expected}; look for a missing or an extra "
               "'{delimiter}'.",
        "de": "Diese Zeile hat {found} Felder, die Kopfzeile aber {expected}; prüfen Sie, ob ein „{delimiter}“ "
               "fehlt oder zu viel ist.",
    },
    "roster.unnamed_column": {
        "en": "This field has a value, but its column has no name in the header.",
        "de": "Dieses Feld hat einen Wert, aber seine Spalte hat in der Kopfzeile keinen Namen.",
    },
    "roster.empty_last_name": {
        "en": "The last name is empty; every person needs one.",
        "de": "Der Nachname ist leer; jede Person braucht einen.",
    },
    "roster.empty_role": {
        "en": "The role is empty; known roles are {known}.",
        "de": "Die Rolle ist leer; bekannt sind {known}.",
    },
    "roster.unknown_role": {
        "en": "The role '{value}' is unknown; known roles are {known}.",
        "de": "Die Rolle „{value}“ ist unbekannt; bekannt sind {known}.",
    },
    "roster.bad_voting": {
        "en": "'{value}' is not a voting right (Stimmrecht); write ja or nein (yes or no), or leave the field "
               "empty for the role's default.",
        "de": "„{value}“ ist keine Angabe zum Stimmrecht; schreiben Sie ja oder nein, oder lassen Sie das Feld "
               "leer für die Vorgabe der Rolle.",
    },
    "roster.duplicate": {
        "en": "{name} is listed twice; the first time on line {first_line}.",
        "de": "{name} steht doppelt in der Liste; zum ersten Mal in Zeile {first_line}.",
    },
    "roster.already_listed": {
        "en": "{name} is already on the roster.",
        "de": "{name} steht bereits in der Mitgliederliste.",
    },
    "roster.unknown_deputy": {
        "en": "The person to stand in for, '{name}', is neither in this file nor on the roster.",
        "de": "Die zu vertretende Person „{name}“ steht weder in dieser Datei noch in der Mitgliederliste.",
    },
    "roster.ambiguous_deputy": {
        "en": "The person to stand in for, '{name}', is ambiguous ({candidates}); write 'Last name, First name'.",
        "de": "Die zu vertretende Person „{name}“ ist nicht eindeutig ({candidates}); schreiben Sie „Nachname, "
               "Vorname“.",
    },
    "agenda.empty": {
        "en": "The agenda has no items; write one per line, such as '1. Anfragen'.",
        "de": "Die Tagesordnung hat keine Punkte; schreiben Sie einen je Zeile, etwa „1. Anfragen“.",
    },
    "agenda.not_an_item": {
        "en": "This line is neither an agenda item ('3. Title') nor a section heading ('Öffentliche Sitzung', "
               "'Nichtöffentliche Sitzung').",
        "de": "Diese Zeile ist weder ein Tagesordnungspunkt („3. Titel“) noch eine Abschnittsüberschrift "
               "(„Öffentliche Sitzung“, „Nichtöffentliche Sitzung“).",
    },
    "agenda.no_title": {"en": "Item {number} has no title.", "de": "Punkt {number} hat keinen Titel."},
    "agenda.duplicate": {
        "en": "Item {number} already appears on line {first_line}.",
        "de": "Punkt {number} steht bereits in Zeile {first_line}.",
    },
    "agenda.no_parent": {
        "en": "Item {number} is a sub-item of {parent}, but there is no item {parent} before it.",
        "de": "Punkt {number} ist ein Unterpunkt von {parent}, aber davor steht kein Punkt {parent}.",
    },
    "agenda.long_number": {
        "en": "An item's number has at most {digits} digits per part (2.1, 12).",
        "de": "Die Nummer eines Punktes hat höchstens {digits} Ziffern je Teil (2.1, 12).",
    },
    "agenda.out_of_order": {
        "en": "Item {number} comes after item {previous}; numbers must increase from top to bottom.",
        "de": "Punkt {number} steht nach Punkt {previous}; die Nummern müssen von oben nach unten steigen.",
    },
    "deputy.self": {
        "en": "{person} cannot stand in for themselves.",
        "de": "{person} kann sich nicht selbst vertreten.",
    },
    "deputy.of_deputy": {
        "en": "{member} is a deputy; {person} can stand in only for a member.",
        "de": "{member} ist selbst Vertretung; {person} kann nur ein Mitglied vertreten.",
    },
}
