"""Words of the `sitzung` command line."""

from sitzung.i18n import register

MESSAGES: dict[str, dict[str, str]] = {
    "cli.force_hint": {"en": "(--force records it all the same.)", "de": "(Mit --force wird sie trotzdem erfasst.)"},
    "cli.os_error": {"en": "{where}: {reason}.", "de": "{where}: {reason}."},
    "cli.write_failed": {
        "en": "Could not save to {file} ({reason}); this action was not recorded and the file on disk is unchanged.",
        "de": "Speichern in {file} nicht möglich ({reason}); diese Aktion wurde nicht erfasst, die Datei ist "
               "unverändert.",
    },
    "cli.body_created": {
        "en": "Created {name!r} with {seats} seats (quorum: {quorum}).",
        "de": "{name!r} mit {seats} Sitzen angelegt (Beschlussfähigkeit: {quorum}).",
    },
    "cli.body_line": {
        "en": "{name}  ({seats} seats, quorum {quorum}, {people} people on the roster)",
        "de": "{name}  ({seats} Sitze, Beschlussfähigkeit {quorum}, {people} Personen in der Liste)",
    },
    "cli.roster_imported": {
        "en": "Imported {count} people into the roster of {body!r}.",
        "de": "{count} Personen in die Liste von {body!r} übernommen.",
    },
    "cli.session_line": {
        "en": "{id}  {date}  {body}, session {number}",
        "de": "{id}  {date}  {body}, {number}. Sitzung",
    },
    "cli.show_session": {
        "en": "Session {number} of {body} on {date} ({id})",
        "de": "{number}. Sitzung: {body} am {date} ({id})",
    },
    "cli.show_location": {"en": "Place: {location}", "de": "Ort: {location}"},
    "cli.show_clock": {"en": "Clock: {status}", "de": "Uhr: {status}"},
    "cli.show_item": {"en": "Current item: {number} {title}", "de": "Aktueller Punkt: {number} {title}"},
    "cli.agenda_imported": {"en": "The agenda has {count} items.", "de": "Die Tagesordnung hat {count} Punkte."},
    "cli.agenda_part_public": {"en": "Public session:", "de": "Öffentliche Sitzung:"},
    "cli.agenda_part_closed": {"en": "Closed session:", "de": "Nichtöffentliche Sitzung:"},
    "cli.recorded_attendance": {"en": "{person}: {status}.", "de": "{person}: {status}."},
    "cli.unchanged_attendance": {
        "en": "{person} is already recorded as {status}; nothing changed.",
        "de": "{person} ist bereits als {status} erfasst; nichts geändert.",
    },
    "cli.clock.start": {"en": "The session started at {at}.", "de": "Die Sitzung hat um {at} begonnen."},
    "cli.clock.pause": {"en": "Recess from {at}.", "de": "Unterbrechung ab {at}."},
    "cli.clock.resume": {"en": "The session resumed at {at}.", "de": "Die Sitzung wurde um {at} fortgesetzt."},
    "cli.clock.end": {"en": "The session ended at {at}.", "de": "Die Sitzung wurde um {at} beendet."},
    "cli.item.start": {"en": "Item {number} started at {at}.", "de": "Punkt {number} begann um {at}."},
    "cli.item.end": {"en": "Item {number} ended at {at}.", "de": "Punkt {number} endete um {at}."},
    "cli.item.defer": {"en": "Item {number} was deferred.", "de": "Punkt {number} wurde vertagt."},
    "cli.item.withdraw": {"en": "Item {number} was withdrawn.", "de": "Punkt {number} wurde abgesetzt."},
    "cli.remarked": {"en": "Remark recorded.", "de": "Anmerkung erfasst."},
    "cli.noted": {"en": "Noted for item {number}.", "de": "Zu Punkt {number} notiert."},
    "cli.vote_unanimous": {
        "en": "Item {number}: adopted unanimously.",
        "de": "Punkt {number}: einstimmig beschlossen.",
    },
    "cli.vote_adopted": {
        "en": "Item {number}: adopted with {yes} in favour, {no} against and {abstain} abstentions.",
        "de": "Punkt {number}: mit {yes} Ja-Stimmen, {no} Nein-Stimmen und {abstain} Enthaltungen beschlossen.",
    },
    "cli.vote_rejected": {
        "en": "Item {number}: rejected with {yes} in favour, {no} against and {abstain} abstentions.",
        "de": "Punkt {number}: mit {yes} Ja-Stimmen, {no} Nein-Stimmen und {abstain} Enthaltungen abgelehnt.",
    },
    "cli.recused": {
        "en": "{person} is excluded from item {number} (conflict of interest).",
        "de": "{person} ist bei Punkt {number} befangen und nimmt nicht teil.",
    },
    "cli.determined.quorate": {
        "en": "The chair determined at {at} that the body is quorate.",
        "de": "Der Vorsitz hat um {at} die Beschlussfähigkeit festgestellt.",
    },
    "cli.determined.not-quorate": {
        "en": "The chair determined at {at} that the body is not quorate.",
        "de": "Der Vorsitz hat um {at} die Beschlussunfähigkeit festgestellt.",
    },
    "cli.guest_added": {"en": "{person} added to this session.", "de": "{person} zu dieser Sitzung hinzugefügt."},
    "cli.undone": {"en": "Undid action {seq}.", "de": "Aktion {seq} rückgängig gemacht."},
    "cli.quorate": {
        "en": "Quorate: {present} present, {required} required, {seats} seats ({rule}).",
        "de": "Beschlussfähig: {present} anwesend, {required} erforderlich, {seats} Sitze ({rule}).",
    },
    "cli.not_quorate": {
        "en": "Not quorate: {present} present, {required} required, {seats} seats ({rule}).",
        "de": "Nicht beschlussfähig: {present} anwesend, {required} erforderlich, {seats} Sitze ({rule}).",
    },
}

register(MESSAGES)
