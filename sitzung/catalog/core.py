"""Words of the core: model, quorum, times, names, the recorder, and the names of states."""

MESSAGES: dict[str, dict[str, str]] = {
    "where.line_column": {"en": "{file}, line {line}, column {column}", "de": "{file}, Zeile {line}, Spalte {column}"},
    "where.line": {"en": "{file}, line {line}", "de": "{file}, Zeile {line}"},
    "preset.unknown": {
        "en": "There is no preset called {name!r}; known presets: {known}.",
        "de": "Es gibt keine Vorlage namens {name!r}; bekannt sind: {known}.",
    },
    "quorum.unknown_rule": {
        "en": "{rule!r} is not a quorum rule; use majority, half, fraction:P/Q or count:N.",
        "de": "{rule!r} ist keine Regel für die Beschlussfähigkeit; erlaubt sind majority, half, fraction:P/Q und "
               "count:N.",
    },
    "quorum.bad_fraction": {
        "en": "The quorum rule {rule!r} needs a fraction between 0 and 1, such as fraction:2/3.",
        "de": "Die Regel {rule!r} braucht einen Bruch zwischen 0 und 1, etwa fraction:2/3.",
    },
    "quorum.bad_count": {
        "en": "The quorum rule {rule!r} needs a number of at least 1, such as count:5.",
        "de": "Die Regel {rule!r} braucht eine Zahl von mindestens 1, etwa count:5.",
    },
    "time.bad_format": {
        "en": "{text!r} is not a time; write HH:MM (such as 18:32) or an ISO 8601 date and time.",
        "de": "{text!r} ist keine Uhrzeit; bitte HH:MM (etwa 18:32) oder Datum und Zeit nach ISO 8601.",
    },
    "time.impossible": {
        "en": "{text!r} is not a time of day: hours run from 0 to 23 and minutes from 0 to 59.",
        "de": "{text!r} ist keine Uhrzeit: Stunden gehen von 0 bis 23, Minuten von 0 bis 59.",
    },
    "date.bad": {
        "en": "{text!r} is not a date; write YYYY-MM-DD, such as 2022-05-11.",
        "de": "{text!r} ist kein Datum; bitte JJJJ-MM-TT, etwa 2022-05-11.",
    },
    "person.ambiguous": {
        "en": '{query!r} could mean several people ({candidates}); write "Last, First".',
        "de": '{query!r} passt auf mehrere Personen ({candidates}); bitte "Nachname, Vorname" angeben.',
    },
    "person.unknown_near": {
        "en": "Nobody called {query!r} is on this session's list; did you mean: {candidates}?",
        "de": "Niemand namens {query!r} steht auf der Liste dieser Sitzung; gemeint ist vielleicht: {candidates}?",
    },
    "person.unknown": {
        "en": "Nobody called {query!r} is on this session's list.",
        "de": "Niemand namens {query!r} steht auf der Liste dieser Sitzung.",
    },
    "time.before": {
        "en": "{at} is before {what} at {earlier}; a time cannot run backwards.",
        "de": "{at} liegt vor {what} um {earlier}; die Zeit kann nicht rückwärts laufen.",
    },
    "attendance.arrival": {"en": "the arrival", "de": "der Ankunft"},
    "attendance.departure": {"en": "the departure", "de": "dem Verlassen der Sitzung"},
    "clock.start": {"en": "the start of the session", "de": "dem Beginn der Sitzung"},
    "clock.recess": {"en": "the last recess", "de": "der letzten Unterbrechung"},
    "item.start": {"en": "the start of the running item", "de": "dem Beginn des laufenden Punktes"},
    "attendance.not_here": {
        "en": "{person} is not in the room, so cannot leave.",
        "de": "{person} ist nicht anwesend und kann die Sitzung daher nicht verlassen.",
    },
    "attendance.already_here": {"en": "{person} is already in the room.", "de": "{person} ist bereits anwesend."},
    "clock.ended": {"en": "The session already ended at {at}.", "de": "Die Sitzung wurde bereits um {at} beendet."},
    "clock.already_started": {
        "en": "The session already started at {at}.",
        "de": "Die Sitzung hat bereits um {at} begonnen.",
    },
    "clock.not_started": {
        "en": "The session has not started yet; start the clock first.",
        "de": "Die Sitzung hat noch nicht begonnen; bitte zuerst die Uhr starten.",
    },
    "clock.in_recess": {
        "en": "The session is in recess; resume it first.",
        "de": "Die Sitzung ist unterbrochen; bitte zuerst fortsetzen.",
    },
    "clock.not_in_recess": {
        "en": "The session is not in recess, so there is nothing to resume.",
        "de": "Die Sitzung ist nicht unterbrochen; es gibt nichts fortzusetzen.",
    },
    "item.unknown": {
        "en": "There is no agenda item {number}; the agenda has: {known}.",
        "de": "Es gibt keinen Tagesordnungspunkt {number}; die Tagesordnung hat: {known}.",
    },
    "item.session_not_running": {
        "en": "Item {number} cannot start: the session is not running.",
        "de": "Punkt {number} kann nicht beginnen: die Sitzung läuft nicht.",
    },
    "item.already_running": {"en": "Item {number} is already running.", "de": "Punkt {number} läuft bereits."},
    "item.withdrawn": {
        "en": "Item {number} was withdrawn; undo that first to take it up.",
        "de": "Punkt {number} wurde abgesetzt; um ihn zu beraten, bitte das zuerst rückgängig machen.",
    },
    "item.not_running": {
        "en": "Item {number} is not running, so it cannot end.",
        "de": "Punkt {number} läuft nicht und kann daher nicht beendet werden.",
    },
    "item.already_done": {
        "en": "Item {number} has already been dealt with.",
        "de": "Punkt {number} ist bereits erledigt.",
    },
    "note.empty": {"en": "The note for item {number} is empty.", "de": "Die Notiz zu Punkt {number} ist leer."},
    "vote.unanimous_with_counts": {
        "en": "A vote is either unanimous or counted, not both.",
        "de": "Eine Abstimmung ist entweder einstimmig oder ausgezählt, nicht beides.",
    },
    "vote.negative": {"en": "Vote counts cannot be negative.", "de": "Stimmenzahlen können nicht negativ sein."},
    "agenda.in_use": {
        "en": "Item {number} already has records (a start, a note, a vote); the agenda can no longer be "
              "replaced, but items can be added.",
        "de": "Zu Punkt {number} ist schon etwas festgehalten (Beginn, Notiz, Abstimmung); die Tagesordnung "
              "kann nicht mehr ersetzt, aber ergänzt werden.",
    },
    "vote.empty": {
        "en": "No votes were cast; give the counts, or record the vote as unanimous.",
        "de": "Es wurden keine Stimmen abgegeben; bitte die Stimmen angeben oder die Abstimmung als einstimmig "
              "erfassen.",
    },
    "vote.too_many": {
        "en": "{total} votes on item {number}, but only {present} voting members are present; check the tally.",
        "de": "{total} Stimmen zu Punkt {number}, aber nur {present} stimmberechtigte Mitglieder sind anwesend; "
               "bitte die Zählung prüfen.",
    },
    "recuse.already": {
        "en": "{person}'s interest in item {number} is already recorded (a declaration or a recusal).",
        "de": "Für {person} ist zu Punkt {number} bereits eine Befangenheit oder Interessenerklärung vermerkt.",
    },
    "role.unknown": {
        "en": "There is no role {role!r} in this body; its roles are: {known}.",
        "de": "Dieses Gremium hat keine Rolle {role!r}; seine Rollen sind: {known}.",
    },
    "guest.exists": {
        "en": "{person} is already on this session's list.",
        "de": "{person} steht bereits auf der Liste dieser Sitzung.",
    },
    "retime.unknown": {
        "en": "There is no recorded action number {seq} to correct.",
        "de": "Es gibt keine erfasste Aktion Nummer {seq}, die korrigiert werden könnte.",
    },
    "undo.nothing": {"en": "There is nothing left to undo.", "de": "Es gibt nichts mehr rückgängig zu machen."},
    "body.unknown": {
        "en": "There is no body called {name!r}; known bodies: {known}.",
        "de": "Es gibt kein Gremium namens {name!r}; bekannt sind: {known}.",
    },
    "body.exists": {
        "en": "A body called {name!r} already exists.",
        "de": "Ein Gremium namens {name!r} gibt es bereits.",
    },
    "body.bad_seats": {
        "en": "A body has between 1 and {limit} seats, not {seats}.",
        "de": "Ein Gremium hat zwischen 1 und {limit} Sitze, nicht {seats}.",
    },
    "body.empty_name": {"en": "A body needs a name.", "de": "Ein Gremium braucht einen Namen."},
    "body.quorum_beyond_seats": {
        "en": "The quorum rule {rule} asks for more members than the {seats} seats; it could never be met.",
        "de": "Die Regel {rule} verlangt mehr Mitglieder als die {seats} Sitze; sie wäre nie erfüllt.",
    },
    "file.missing": {"en": "there is no such file.", "de": "diese Datei gibt es nicht."},
    "file.is_folder": {"en": "this is a folder, not a file.", "de": "das ist ein Ordner, keine Datei."},
    "file.unreadable": {
        "en": "the file cannot be read ({reason}).",
        "de": "die Datei kann nicht gelesen werden ({reason}).",
    },
    "session.bad_number": {
        "en": "A session's number must be 1 or more, not {number}.",
        "de": "Die Nummer einer Sitzung muss mindestens 1 sein, nicht {number}.",
    },
    "session.empty_query": {
        "en": "Name a session: its id or the beginning of one (sitzung session list shows them).",
        "de": "Bitte eine Sitzung nennen: ihre Kennung oder deren Anfang (sitzung session list zeigt sie).",
    },
    "session.exists": {
        "en": "Session {number} of {body} on {date} exists already ({id}).",
        "de": "Die {number}. Sitzung von {body} am {date} gibt es schon ({id}).",
    },
    "session.ambiguous": {
        "en": "{query!r} could mean several sessions: {candidates}.",
        "de": "{query!r} passt auf mehrere Sitzungen: {candidates}.",
    },
    "session.unknown": {
        "en": "There is no session {query!r}; recent sessions: {known}.",
        "de": "Es gibt keine Sitzung {query!r}; letzte Sitzungen: {known}.",
    },
    "remark.empty": {"en": "The remark is empty.", "de": "Die Anmerkung ist leer."},
    "plan.bad_minutes": {
        "en": "A planned duration must be between 1 and 1440 minutes, not {minutes}.",
        "de": "Eine geplante Dauer muss zwischen 1 und 1440 Minuten liegen, nicht {minutes}.",
    },
    "agenda.item_incomplete": {
        "en": "An agenda item needs a number and a title.",
        "de": "Ein Tagesordnungspunkt braucht eine Nummer und einen Titel.",
    },
    "agenda.number_taken": {
        "en": "The agenda already has an item {number}.",
        "de": "Die Tagesordnung hat bereits einen Punkt {number}.",
    },
    "why.counts": {"en": "voting member, present", "de": "stimmberechtigt, anwesend"},
    "why.deputy_counts": {"en": "stands in for {member}", "de": "vertritt {member}"},
    "why.deputy_idle": {"en": "deputy; {member} is present", "de": "Vertretung; {member} ist anwesend"},
    "why.recused": {"en": "excluded from item {number}", "de": "befangen bei Punkt {number}"},
    "why.no_vote": {"en": "{role}: no vote", "de": "{role}: kein Stimmrecht"},
    "why.absent": {"en": "not in the room", "de": "nicht im Raum"},
    "config.unreadable": {
        "en": "the settings file cannot be read ({reason}).",
        "de": "die Einstellungsdatei kann nicht gelesen werden ({reason}).",
    },
    "config.bad_toml": {
        "en": "the settings file is not valid TOML ({reason}).",
        "de": "die Einstellungsdatei ist kein gültiges TOML ({reason}).",
    },
    "config.bad_keys": {
        "en": '[keys] must map binding ids to key names, such as "rollcall.present" = "p".',
        "de": '[keys] muss Kennungen von Tasten auf Tastennamen abbilden, etwa "rollcall.present" = "p".',
    },
    "config.bad_value": {"en": "the setting {name} must be text.", "de": "die Einstellung {name} muss ein Text sein."},
    "clock.status.not_started": {"en": "not started", "de": "nicht begonnen"},
    "clock.status.running": {"en": "running", "de": "läuft"},
    "clock.status.recess": {"en": "recess", "de": "unterbrochen"},
    "clock.status.ended": {"en": "ended", "de": "beendet"},
    "item.status.pending": {"en": "pending", "de": "offen"},
    "item.status.running": {"en": "running", "de": "läuft"},
    "item.status.done": {"en": "done", "de": "erledigt"},
    "item.status.deferred": {"en": "deferred", "de": "vertagt"},
    "item.status.withdrawn": {"en": "withdrawn", "de": "abgesetzt"},
    "attendance.status.present": {"en": "present", "de": "anwesend"},
    "attendance.status.excused": {"en": "excused", "de": "entschuldigt"},
    "attendance.status.unexcused": {"en": "absent without apology", "de": "unentschuldigt"},
    "attendance.status.arrived": {"en": "arrived", "de": "eingetroffen"},
    "attendance.status.left": {"en": "left", "de": "gegangen"},
    "item.end": {"en": "the end of the item's last run", "de": "dem Ende der letzten Beratung dieses Punktes"},
    "guest.needs_name": {
        "en": "A guest needs at least a last name (\"Last, First\").",
        "de": "Ein Gast braucht mindestens einen Nachnamen (\"Nachname, Vorname\").",
    },
    "feed.bad_event": {
        "en": "The session file holds an event this version cannot read ({reason}).",
        "de": "Die Sitzungsdatei enthält ein Ereignis, das diese Version nicht lesen kann ({reason}).",
    },
    "vote.not_quorate": {
        "en": "The chair found the body not quorate at {at}, so no vote on item {number} can be recorded until "
              "the chair finds it quorate again.",
        "de": "Der Vorsitz hat um {at} Uhr die Beschlussunfähigkeit festgestellt; zu TOP {number} kann erst "
              "abgestimmt werden, wenn er die Beschlussfähigkeit wieder feststellt.",
    },
    "time.other_day": {
        "en": "{at} is not on the session's day ({day}); only the next morning until 06:00 can still belong to it.",
        "de": "{at} liegt nicht am Tag der Sitzung ({day}); nur der folgende Morgen bis 06:00 Uhr kann noch "
              "dazugehören.",
    },
    "time.future": {
        "en": "{at} has not come yet (it is now {now}); only a time that has passed can be recorded.",
        "de": "{at} ist noch nicht erreicht (jetzt ist es {now}); erfasst werden kann nur eine Zeit, die "
              "vergangen ist.",
    },
    "attendance.arrival_before_start": {
        "en": "{person} cannot have arrived at {at}, before the session opened at {start}; someone there from the "
              "start is recorded as present.",
        "de": "{person} kann nicht um {at} gekommen sein, bevor die Sitzung um {start} eröffnet wurde; wer von "
              "Beginn an da war, wird als anwesend erfasst.",
    },
}
