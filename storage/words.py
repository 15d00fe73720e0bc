"""Words of the storage adapter: damaged files, locks, full disks, restores."""

from sitzung.i18n import register

MESSAGES: dict[str, dict[str, str]] = {
    "storage.empty": {
        "en": "The file {file} is empty (0 bytes), probably cut off by a crash or a full disk; it was left as it is.",
        "de": "Die Datei {file} ist leer (0 Bytes), vermutlich durch einen Absturz oder eine volle Festplatte; sie "
               "wurde nicht verändert.",
    },
    "storage.corrupt": {
        "en": "The file {file} is damaged (not valid JSON at line {line}, column {column}); it was left as it is.",
        "de": "Die Datei {file} ist beschädigt (kein gültiges JSON in Zeile {line}, Spalte {column}); sie wurde "
               "nicht verändert.",
    },
    "storage.too_nested": {
        "en": "The file {file} is damaged (its JSON is nested too deeply to read); it was left as it is.",
        "de": "Die Datei {file} ist beschädigt (ihr JSON ist zu tief verschachtelt); sie wurde nicht verändert.",
    },
    "storage.not_object": {
        "en": "The file {file} is not a sitzung file: it holds a JSON {found} where an object was expected.",
        "de": "Die Datei {file} ist keine sitzung-Datei: Sie enthält ein JSON-{found}, erwartet war ein Objekt.",
    },
    "storage.bad_meta": {
        "en": "The file {file} is not a sitzung file: its format marker (table _meta) is missing or invalid.",
        "de": "Die Datei {file} ist keine sitzung-Datei: Ihre Formatangabe (Tabelle _meta) fehlt oder ist ungültig.",
    },
    "storage.wrong_kind": {
        "en": "The file {file} holds data of kind {found!r}, not {expected!r}; it is in the wrong place.",
        "de": "Die Datei {file} enthält Daten der Art {found!r} statt {expected!r}; sie liegt am falschen Ort.",
    },
    "storage.newer_format": {
        "en": "The file {file} was written in format {found} by a newer version of sitzung; this version reads up "
               "to format {supported}, please update.",
        "de": "Die Datei {file} wurde von einer neueren sitzung-Version im Format {found} geschrieben; diese "
               "Version liest nur bis Format {supported}, bitte aktualisieren Sie.",
    },
    "storage.bad_table": {
        "en": "The file {file} is damaged: its table {table!r} is not a set of records.",
        "de": "Die Datei {file} ist beschädigt: Ihre Tabelle {table!r} besteht nicht aus Datensätzen.",
    },
    "storage.bad_record": {
        "en": "The file {file} is damaged: record {record} of table {table!r} is incomplete or invalid.",
        "de": "Die Datei {file} ist beschädigt: Der Datensatz {record} der Tabelle {table!r} ist unvollständig "
               "oder ungültig.",
    },
    "storage.no_info": {
        "en": "The session file {file} is damaged: it must hold exactly one record of the session's facts (table "
               "'info').",
        "de": "Die Sitzungsdatei {file} ist beschädigt: Sie muss genau einen Datensatz mit den Angaben zur Sitzung "
               "enthalten (Tabelle 'info').",
    },
    "storage.bad_number": {
        "en": "The file {file} is damaged (it holds the number {number}, which sitzung never writes); it "
               "was left as it is.",
        "de": "Die Datei {file} ist beschädigt (sie enthält die Zahl {number}, die sitzung "
               "nie schreibt); sie wurde nicht verändert.",
    },
    "storage.not_a_file": {
        "en": "{file} is not a regular file (but a folder, a pipe or a device), so it was not read; it was left as "
               "it is.",
        "de": "{file} ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät) und wurde daher "
               "nicht gelesen; sie wurde nicht verändert.",
    },
    "storage.lock_not_file": {
        "en": "The lock file {file} is a link, a folder or a pipe, not a regular file, so {target} was not "
               "written; remove it and try again.",
        "de": "Die Sperrdatei {file} ist ein Verweis, ein Ordner oder eine Pipe, keine gewöhnliche Datei, daher "
               "wurde {target} nicht geschrieben; entfernen Sie sie und versuchen Sie es noch einmal.",
    },
    "storage.archive_missing": {
        "en": "The file {file} is missing although its backups or the session files show that it existed; nothing "
               "was created; `sitzung archive restore` brings it back from its newest good backup or, failing that, "
               "from the session files.",
        "de": "Die Datei {file} fehlt, obwohl ihre Sicherungen oder die Sitzungsdateien zeigen, dass es sie gab; "
               "es wurde nichts angelegt; `sitzung archive restore` holt sie aus ihrer neuesten intakten "
               "Sicherung zurück oder, ohne eine solche, aus den Sitzungsdateien.",
    },
    "storage.unstorable": {
        "en": "The number {number} cannot be kept: sitzung stores numbers between -9007199254740992 and "
               "9007199254740992; nothing was recorded.",
        "de": "Die Zahl {number} lässt sich nicht speichern: sitzung speichert Zahlen zwischen -9007199254740992 "
               "und 9007199254740992; es wurde nichts erfasst.",
    },
    "storage.missing": {
        "en": "The file {file} does not exist (any more).",
        "de": "Die Datei {file} existiert nicht (mehr).",
    },
    "storage.read_failed": {
        "en": "The file {file} cannot be read: {reason}.",
        "de": "Die Datei {file} kann nicht gelesen werden: {reason}.",
    },
    "storage.write_failed": {
        "en": "Could not save to {file} ({reason}); the previous version on disk is intact and everything entered "
               "is kept in memory, so the next successful save includes it.",
        "de": "Speichern in {file} fehlgeschlagen ({reason}); die bisherige Fassung auf der Festplatte ist "
               "unversehrt, und alles Eingegebene bleibt im Speicher und wird beim nächsten erfolgreichen Speichern "
               "mitgeschrieben.",
    },
    "storage.locked": {
        "en": "{target} is being written by process {pid} ({command}) on host {host} since {since}; try again in a "
               "moment.",
        "de": "{target} wird seit {since} von Prozess {pid} ({command}) auf dem Rechner {host} geschrieben; "
               "versuchen Sie es gleich noch einmal.",
    },
    "storage.locked_unknown": {
        "en": "{target} is being written by another process (its lock file {file} does not say which); try again "
               "in a moment.",
        "de": "{target} wird gerade von einem anderen Prozess geschrieben (die Sperrdatei {file} nennt ihn nicht); "
               "versuchen Sie es gleich noch einmal.",
    },
    "storage.lock_failed": {
        "en": "Could not open the lock file {file}: {reason}.",
        "de": "Die Sperrdatei {file} konnte nicht geöffnet werden: {reason}.",
    },
    "storage.session_exists": {
        "en": "There is already a session with the id {id!r}; nothing was changed.",
        "de": "Es gibt bereits eine Sitzung mit der Kennung {id!r}; es wurde nichts geändert.",
    },
    "storage.unknown_session": {
        "en": "There is no session with the id {id!r}; recent sessions: {known}.",
        "de": "Es gibt keine Sitzung mit der Kennung {id!r}; letzte Sitzungen: {known}.",
    },
    "storage.bad_session_id": {
        "en": "The session id {id!r} cannot be used as a file name: use letters, digits, '_', '-' and '.', at most "
               "120 characters.",
        "de": "Die Sitzungskennung {id!r} taugt nicht als Dateiname: erlaubt sind Buchstaben, Ziffern, '_', '-' "
               "und '.', höchstens 120 Zeichen.",
    },
    "storage.unknown_body": {
        "en": "There is no body called {name!r}, so it has no roster to save; known bodies: {known}.",
        "de": "Es gibt kein Gremium namens {name!r}, daher kann keine Mitgliederliste gespeichert werden; bekannte "
               "Gremien: {known}.",
    },
    "storage.restore_not_needed": {
        "en": "The file {file} loads as it is ({events} events); nothing was restored, so nothing was lost.",
        "de": "Die Datei {file} lässt sich so lesen, wie sie ist ({events} Ereignisse); es wurde nichts "
               "wiederhergestellt und nichts verworfen.",
    },
    "storage.restore_none": {
        "en": "None of the {tried} backups of session {id} in {folder} loads; the file {file} was left as it is.",
        "de": "Keine der {tried} Sicherungen der Sitzung {id} in {folder} lässt sich lesen; die Datei {file} wurde "
               "nicht verändert.",
    },
    "storage.restore_other_session": {
        "en": "The file {file} holds session {found}, not {id}.",
        "de": "Die Datei {file} enthält die Sitzung {found}, nicht {id}.",
    },
    "storage.restored": {
        "en": "Restored session {id} from the backup {backup}: {events} events, the last at {last}; the damaged "
               "file was kept as {kept}.",
        "de": "Sitzung {id} aus der Sicherung {backup} wiederhergestellt: {events} Ereignisse, das letzte um "
               "{last}; die beschädigte Datei wurde als {kept} aufbewahrt.",
    },
    "storage.empty.restore": {
        "en": "The file {file} is empty (0 bytes), probably cut off by a crash or a full disk; it was left as it "
               "is; `sitzung session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist leer (0 Bytes), vermutlich durch einen Absturz oder eine volle Festplatte; sie "
               "wurde nicht verändert; `sitzung session restore {id}` holt den neuesten intakten Stand aus den "
               "Sicherungen zurück.",
    },
    "storage.empty.restore_archive": {
        "en": "The file {file} is empty (0 bytes), probably cut off by a crash or a full disk; it was left as it "
               "is; `sitzung archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist leer (0 Bytes), vermutlich durch einen Absturz oder eine volle Festplatte; sie "
               "wurde nicht verändert; `sitzung archive restore` holt den neuesten intakten Stand aus den "
               "Sicherungen zurück.",
    },
    "storage.corrupt.restore": {
        "en": "The file {file} is damaged (not valid JSON at line {line}, column {column}); it was left as it is; "
               "`sitzung session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt (kein gültiges JSON in Zeile {line}, Spalte {column}); sie wurde "
               "nicht verändert; `sitzung session restore {id}` holt den neuesten intakten Stand aus den "
               "Sicherungen zurück.",
    },
    "storage.corrupt.restore_archive": {
        "en": "The file {file} is damaged (not valid JSON at line {line}, column {column}); it was left as it is; "
               "`sitzung archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt (kein gültiges JSON in Zeile {line}, Spalte {column}); sie wurde "
               "nicht verändert; `sitzung archive restore` holt den neuesten intakten Stand aus den Sicherungen "
               "zurück.",
    },
    "storage.too_nested.restore": {
        "en": "The file {file} is damaged (its JSON is nested too deeply to read); it was left as it is; `sitzung "
               "session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt (ihr JSON ist zu tief verschachtelt); sie wurde nicht verändert; "
               "`sitzung session restore {id}` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.too_nested.restore_archive": {
        "en": "The file {file} is damaged (its JSON is nested too deeply to read); it was left as it is; `sitzung "
               "archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt (ihr JSON ist zu tief verschachtelt); sie wurde nicht verändert; "
               "`sitzung archive restore` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.not_object.restore": {
        "en": "The file {file} is not a sitzung file: it holds a JSON {found} where an object was expected; "
               "`sitzung session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist keine sitzung-Datei: Sie enthält ein JSON-{found}, erwartet war ein Objekt; "
               "`sitzung session restore {id}` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.not_object.restore_archive": {
        "en": "The file {file} is not a sitzung file: it holds a JSON {found} where an object was expected; "
               "`sitzung archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist keine sitzung-Datei: Sie enthält ein JSON-{found}, erwartet war ein Objekt; "
               "`sitzung archive restore` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.bad_meta.restore": {
        "en": "The file {file} is not a sitzung file: its format marker (table _meta) is missing or invalid; "
               "`sitzung session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist keine sitzung-Datei: Ihre Formatangabe (Tabelle _meta) fehlt oder ist "
               "ungültig; `sitzung session restore {id}` holt den neuesten intakten Stand aus den Sicherungen "
               "zurück.",
    },
    "storage.bad_meta.restore_archive": {
        "en": "The file {file} is not a sitzung file: its format marker (table _meta) is missing or invalid; "
               "`sitzung archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist keine sitzung-Datei: Ihre Formatangabe (Tabelle _meta) fehlt oder ist "
               "ungültig; `sitzung archive restore` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.wrong_kind.restore": {
        "en": "The file {file} holds data of kind {found!r}, not {expected!r}; it is in the wrong place; `sitzung "
               "session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} enthält Daten der Art {found!r} statt {expected!r}; sie liegt am falschen Ort; "
               "`sitzung session restore {id}` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.wrong_kind.restore_archive": {
        "en": "The file {file} holds data of kind {found!r}, not {expected!r}; it is in the wrong place; `sitzung "
               "archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} enthält Daten der Art {found!r} statt {expected!r}; sie liegt am falschen Ort; "
               "`sitzung archive restore` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.newer_format.restore": {
        "en": "The file {file} was written in format {found} by a newer version of sitzung; this version reads up "
               "to format {supported}, please update; `sitzung session restore {id}` brings back its newest good "
               "state from the rolling backups.",
        "de": "Die Datei {file} wurde von einer neueren sitzung-Version im Format {found} geschrieben; diese "
               "Version liest nur bis Format {supported}, bitte aktualisieren Sie; `sitzung session restore {id}` "
               "holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.newer_format.restore_archive": {
        "en": "The file {file} was written in format {found} by a newer version of sitzung; this version reads up "
               "to format {supported}, please update; `sitzung archive restore` brings back its newest good state "
               "from the rolling backups.",
        "de": "Die Datei {file} wurde von einer neueren sitzung-Version im Format {found} geschrieben; diese "
               "Version liest nur bis Format {supported}, bitte aktualisieren Sie; `sitzung archive restore` holt "
               "den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.bad_table.restore": {
        "en": "The file {file} is damaged: its table {table!r} is not a set of records; `sitzung session restore "
               "{id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt: Ihre Tabelle {table!r} besteht nicht aus Datensätzen; `sitzung "
               "session restore {id}` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.bad_table.restore_archive": {
        "en": "The file {file} is damaged: its table {table!r} is not a set of records; `sitzung archive restore` "
               "brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt: Ihre Tabelle {table!r} besteht nicht aus Datensätzen; `sitzung "
               "archive restore` holt den neuesten intakten Stand aus den Sicherungen zurück.",
    },
    "storage.bad_record.restore": {
        "en": "The file {file} is damaged: record {record} of table {table!r} is incomplete or invalid; `sitzung "
               "session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt: Der Datensatz {record} der Tabelle {table!r} ist unvollständig "
               "oder ungültig; `sitzung session restore {id}` holt den neuesten intakten Stand aus den Sicherungen "
               "zurück.",
    },
    "storage.bad_record.restore_archive": {
        "en": "The file {file} is damaged: record {record} of table {table!r} is incomplete or invalid; `sitzung "
               "archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Datei {file} ist beschädigt: Der Datensatz {record} der Tabelle {table!r} ist unvollständig "
               "oder ungültig; `sitzung archive restore` holt den neuesten intakten Stand aus den Sicherungen "
               "zurück.",
    },
    "storage.no_info.restore": {
        "en": "The session file {file} is damaged: it must hold exactly one record of the session's facts (table "
               "'info'); `sitzung session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "Die Sitzungsdatei {file} ist beschädigt: Sie muss genau einen Datensatz mit den Angaben zur Sitzung "
               "enthalten (Tabelle 'info'); `sitzung session restore {id}` holt den neuesten intakten Stand aus den "
               "Sicherungen zurück.",
    },
    "storage.no_info.restore_archive": {
        "en": "The session file {file} is damaged: it must hold exactly one record of the session's facts (table "
               "'info'); `sitzung archive restore` brings back its newest good state from the rolling backups.",
        "de": "Die Sitzungsdatei {file} ist beschädigt: Sie muss genau einen Datensatz mit den Angaben zur Sitzung "
               "enthalten (Tabelle 'info'); `sitzung archive restore` holt den neuesten intakten Stand aus den "
               "Sicherungen zurück.",
    },
    "storage.bad_number.restore": {
        "en": "The file {file} is damaged (it holds the number {number}, which sitzung never writes); it "
               "was left as it is; `sitzung session restore {id}` brings back its newest good state from the "
               "rolling backups.",
        "de": "Die Datei {file} ist beschädigt (sie enthält die Zahl {number}, die sitzung "
               "nie schreibt); sie wurde nicht verändert; `sitzung session restore {id}` holt den neuesten "
               "intakten Stand aus den Sicherungen zurück.",
    },
    "storage.bad_number.restore_archive": {
        "en": "The file {file} is damaged (it holds the number {number}, which sitzung never writes); it "
               "was left as it is; `sitzung archive restore` brings back its newest good state from the rolling "
               "backups.",
        "de": "Die Datei {file} ist beschädigt (sie enthält die Zahl {number}, die sitzung "
               "nie schreibt); sie wurde nicht verändert; `sitzung archive restore` holt den neuesten intakten "
               "Stand aus den Sicherungen zurück.",
    },
    "storage.not_a_file.restore": {
        "en": "{file} is not a regular file (but a folder, a pipe or a device), so it was not read; it was left as "
               "it is; `sitzung session restore {id}` brings back its newest good state from the rolling backups.",
        "de": "{file} ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät) und wurde daher "
               "nicht gelesen; sie wurde nicht verändert; `sitzung session restore {id}` holt den neuesten "
               "intakten Stand aus den Sicherungen zurück.",
    },
    "storage.not_a_file.restore_archive": {
        "en": "{file} is not a regular file (but a folder, a pipe or a device), so it was not read; it was left as "
               "it is; `sitzung archive restore` brings back its newest good state from the rolling backups.",
        "de": "{file} ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät) und wurde daher "
               "nicht gelesen; sie wurde nicht verändert; `sitzung archive restore` holt den neuesten intakten "
               "Stand aus den Sicherungen zurück.",
    },
    "storage.archive_rebuilt": {
        "en": "Rebuilt {file} from the {sessions} session files, as no backup of it loads: {bodies} bodies, each "
               "with its roster as of its latest session.",
        "de": "{file} aus den {sessions} Sitzungsdateien neu aufgebaut, da sich keine Sicherung lesen lässt: "
               "{bodies} Gremien, jedes mit seiner Mitgliederliste aus seiner letzten Sitzung.",
    },
    "storage.archive_restore_not_needed": {
        "en": "The file {file} loads as it is ({bodies} bodies); nothing was restored, so nothing was lost.",
        "de": "Die Datei {file} lässt sich so lesen, wie sie ist ({bodies} Gremien); es wurde nichts "
               "wiederhergestellt und nichts verworfen.",
    },
    "storage.archive_restore_none": {
        "en": "None of the {tried} backups of {file} in {folder} loads; the file was left as it is.",
        "de": "Keine der {tried} Sicherungen von {file} in {folder} lässt sich lesen; die Datei wurde nicht "
               "verändert.",
    },
    "storage.archive_restored": {
        "en": "Restored {file} from the backup {backup}: {bodies} bodies and {sessions} sessions in the index, "
               "{reindexed} of them found on disk and put back; the damaged file was kept as {kept}.",
        "de": "{file} aus der Sicherung {backup} wiederhergestellt: {bodies} Gremien und {sessions} Sitzungen im "
               "Verzeichnis, davon {reindexed} auf der Festplatte gefunden und wieder aufgenommen; die beschädigte "
               "Datei wurde als {kept} aufbewahrt.",
    },
    "storage.journal_header": {
        "en": "The journal {file} is not a sitzung journal: its first line is missing or invalid; it was left as it "
               "is.",
        "de": "Das Journal {file} ist kein sitzung-Journal: Seine erste Zeile fehlt oder ist ungültig; es wurde nicht "
               "verändert.",
    },
    "storage.journal_header.restore": {
        "en": "The journal {file} is not a sitzung journal: its first line is missing or invalid; it was left as it "
               "is; `sitzung session restore {id}` brings back its newest good state from the file, its backups and "
               "the journal.",
        "de": "Das Journal {file} ist kein sitzung-Journal: Seine erste Zeile fehlt oder ist ungültig; es wurde nicht "
               "verändert; `sitzung session restore {id}` holt den neuesten intakten Stand aus der Datei, ihren "
               "Sicherungen und dem Journal zurück.",
    },
    "storage.journal_other_session": {
        "en": "The journal {file} belongs to session {found}, not {expected}; it was left as it is.",
        "de": "Das Journal {file} gehört zur Sitzung {found}, nicht zu {expected}; es wurde nicht verändert.",
    },
    "storage.journal_other_session.restore": {
        "en": "The journal {file} belongs to session {found}, not {expected}; it was left as it is; `sitzung session "
               "restore {id}` brings back its newest good state from the file, its backups and the journal.",
        "de": "Das Journal {file} gehört zur Sitzung {found}, nicht zu {expected}; es wurde nicht verändert; `sitzung "
               "session restore {id}` holt den neuesten intakten Stand aus der Datei, ihren Sicherungen und dem "
               "Journal zurück.",
    },
    "storage.journal_corrupt": {
        "en": "The journal {file} is damaged (not valid JSON at line {line}, column {column}); it was left as it is.",
        "de": "Das Journal {file} ist beschädigt (kein gültiges JSON in Zeile {line}, Spalte {column}); es wurde "
               "nicht verändert.",
    },
    "storage.journal_corrupt.restore": {
        "en": "The journal {file} is damaged (not valid JSON at line {line}, column {column}); it was left as it is; "
               "`sitzung session restore {id}` brings back its newest good state from the file, its backups and the "
               "journal.",
        "de": "Das Journal {file} ist beschädigt (kein gültiges JSON in Zeile {line}, Spalte {column}); es wurde "
               "nicht verändert; `sitzung session restore {id}` holt den neuesten intakten Stand aus der Datei, ihren "
               "Sicherungen und dem Journal zurück.",
    },
    "storage.journal_bad_line": {
        "en": "The journal {file} is damaged: line {line} is not an event sitzung writes; it was left as it is.",
        "de": "Das Journal {file} ist beschädigt: Zeile {line} ist kein Ereignis, wie sitzung es schreibt; es wurde "
               "nicht verändert.",
    },
    "storage.journal_bad_line.restore": {
        "en": "The journal {file} is damaged: line {line} is not an event sitzung writes; it was left as it is; "
               "`sitzung session restore {id}` brings back its newest good state from the file, its backups and the "
               "journal.",
        "de": "Das Journal {file} ist beschädigt: Zeile {line} ist kein Ereignis, wie sitzung es schreibt; es wurde "
               "nicht verändert; `sitzung session restore {id}` holt den neuesten intakten Stand aus der Datei, ihren "
               "Sicherungen und dem Journal zurück.",
    },
    "storage.journal_gap": {
        "en": "The journal {file} does not continue its session file: line {line} holds event {seq} where event "
               "{expected} was due; it was left as it is.",
        "de": "Das Journal {file} setzt seine Sitzungsdatei nicht fort: Zeile {line} enthält Ereignis {seq}, fällig "
               "war Ereignis {expected}; es wurde nicht verändert.",
    },
    "storage.journal_gap.restore": {
        "en": "The journal {file} does not continue its session file: line {line} holds event {seq} where event "
               "{expected} was due; it was left as it is; `sitzung session restore {id}` brings back its newest good "
               "state from the file, its backups and the journal.",
        "de": "Das Journal {file} setzt seine Sitzungsdatei nicht fort: Zeile {line} enthält Ereignis {seq}, fällig "
               "war Ereignis {expected}; es wurde nicht verändert; `sitzung session restore {id}` holt den neuesten "
               "intakten Stand aus der Datei, ihren Sicherungen und dem Journal zurück.",
    },
    "storage.no_mirror": {
        "en": "There is no mirror to restore from: name it with --mirror or `mirror = \"…\"` in the config file.",
        "de": "Es gibt keinen Spiegel, aus dem wiederhergestellt werden könnte: Nennen Sie ihn mit --mirror oder "
               "`mirror = \"…\"` in der Konfigurationsdatei.",
    },
    "storage.mirror_missing": {
        "en": "The mirror holds no copy of session {id} at {file} ({reason}); nothing was changed.",
        "de": "Der Spiegel enthält keine Kopie der Sitzung {id} unter {file} ({reason}); es wurde nichts geändert.",
    },
    "storage.mirror_damaged": {
        "en": "The mirror's copy of session {id} does not load, so nothing was changed: {reason}",
        "de": "Die Kopie der Sitzung {id} im Spiegel lässt sich nicht lesen, daher wurde nichts geändert: {reason}",
    },
    "storage.restore_from_mirror_not_needed": {
        "en": "The session {file} loads as it is and holds every event of the mirror's copy ({events} here, {mirror} "
               "there); nothing was restored, so nothing was lost.",
        "de": "Die Sitzung {file} lässt sich so lesen, wie sie ist, und enthält jedes Ereignis der Kopie im Spiegel "
               "({events} hier, {mirror} dort); es wurde nichts wiederhergestellt und nichts verworfen.",
    },
    "storage.restored_from_mirror": {
        "en": "Restored session {id} from the mirror {backup}: {events} events, the last at {last}; what was here "
               "before was kept as {kept}.",
        "de": "Sitzung {id} aus dem Spiegel {backup} wiederhergestellt: {events} Ereignisse, das letzte um {last}; "
               "was hier vorher lag, wurde als {kept} aufbewahrt.",
    },
    "storage.mirror_behind": {
        "en": "The mirror {folder} is not up to date since {since} ({reason}); everything is saved on this computer, "
               "and the mirror catches up with the next action once it is back.",
        "de": "Der Spiegel {folder} ist seit {since} nicht auf dem neuesten Stand ({reason}); alles ist auf diesem "
               "Rechner gespeichert, und der Spiegel holt mit der nächsten Aktion auf, sobald er wieder da ist.",
    },
    "storage.mirror_same": {
        "en": "The mirror {folder} is the data folder itself; name another folder (a USB stick, a network share).",
        "de": "Der Spiegel {folder} ist der Datenordner selbst; nennen Sie einen anderen Ordner (einen USB-Stick, "
               "eine Netzwerkfreigabe).",
    },
}

register(MESSAGES)
