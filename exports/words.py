"""Words of the minutes and the export formats."""

from sitzung.i18n import register

MESSAGES: dict[str, dict[str, str]] = {
    "export.unrecorded": {
        "en": "Warning: {count} people were never recorded as present or absent, so the minutes list them "
              "nowhere: {names}.",
        "de": "Achtung: {count} Personen wurden weder als anwesend noch als abwesend erfasst und stehen daher "
              "in keiner Liste der Niederschrift: {names}.",
    },
    "minutes.deputy_for": {"en": "substitute for {member}", "de": "in Vertretung für {member}"},
    "minutes.and": {"en": " and ", "de": " und "},
    "minutes.counts_and": {"en": ", ", "de": " und "},
    "minutes.chair_label": {"en": "Chair", "de": "Vorsitz"},
    "minutes.secretary_label": {"en": "Clerk", "de": "Schriftführung"},
    "minutes.chair_unknown": {"en": "the Chair", "de": "die Sitzungsleitung"},
    "minutes.chair_phrase": {"en": "the {label}, {name},", "de": "{label} {name}"},
    "minutes.chair_phrase_generic": {"en": "the {label}, {name},", "de": "der {label}, {name},"},
    "minutes.opening.quorate": {
        "en": "Before the business of the meeting, {chair} confirmed the agenda, that the meeting had been "
               "properly convened and that it was quorate.",
        "de": "Vor Eintritt in die Beratung stellt {chair} die vorliegende Tagesordnung, die ordnungsgemäße "
               "Einberufung und die Beschlussfähigkeit fest.",
    },
    "minutes.opening.not_quorate": {
        "en": "Before the business of the meeting, {chair} confirmed the agenda and that the meeting had been "
               "properly convened, and found that it was not quorate.",
        "de": "Vor Eintritt in die Beratung stellt {chair} die vorliegende Tagesordnung und die ordnungsgemäße "
               "Einberufung fest; die Beschlussfähigkeit ist nicht gegeben.",
    },
    "minutes.determined.quorate": {
        "en": "At {time}, {chair} confirmed that the meeting was quorate.",
        "de": "Um {time} Uhr stellt {chair} die Beschlussfähigkeit fest.",
    },
    "minutes.determined.not_quorate": {
        "en": "At {time}, {chair} found that the meeting was no longer quorate.",
        "de": "Um {time} Uhr stellt {chair} fest, dass die Beschlussfähigkeit nicht mehr gegeben ist.",
    },
    "minutes.arrived.item": {"en": "arrived at {time}, from item {number}", "de": "ab {time} Uhr, ab TOP {number}"},
    "minutes.arrived.during": {
        "en": "arrived at {time}, during item {number}",
        "de": "ab {time} Uhr, während TOP {number}",
    },
    "minutes.arrived.plain": {"en": "arrived at {time}", "de": "ab {time} Uhr"},
    "minutes.returned.item": {
        "en": "returned at {time}, from item {number}",
        "de": "wieder ab {time} Uhr, ab TOP {number}",
    },
    "minutes.returned.during": {
        "en": "returned at {time}, during item {number}",
        "de": "wieder ab {time} Uhr, während TOP {number}",
    },
    "minutes.returned.plain": {"en": "returned at {time}", "de": "wieder ab {time} Uhr"},
    "minutes.left.after": {
        "en": "left at {time}, after item {number}",
        "de": "verlässt die Sitzung um {time} Uhr nach TOP {number}",
    },
    "minutes.left.during": {
        "en": "left at {time}, during item {number}",
        "de": "verlässt die Sitzung um {time} Uhr während TOP {number}",
    },
    "minutes.left.plain": {"en": "left at {time}", "de": "verlässt die Sitzung um {time} Uhr"},
    "minutes.arrived.closed": {
        "en": "arrived during the closed part",
        "de": "ab dem nichtöffentlichen Teil",
    },
    "minutes.returned.closed": {
        "en": "returned during the closed part",
        "de": "wieder ab dem nichtöffentlichen Teil",
    },
    "minutes.left.closed": {
        "en": "left during the closed part",
        "de": "verlässt die Sitzung im nichtöffentlichen Teil",
    },
    "minutes.count.yes.one": {"en": "{count} for", "de": "{count} Ja-Stimme"},
    "minutes.count.yes.many": {"en": "{count} for", "de": "{count} Ja-Stimmen"},
    "minutes.count.no.one": {"en": "{count} against", "de": "{count} Nein-Stimme"},
    "minutes.count.no.many": {"en": "{count} against", "de": "{count} Nein-Stimmen"},
    "minutes.count.abstain.one": {"en": "{count} abstention", "de": "{count} Enthaltung"},
    "minutes.count.abstain.many": {"en": "{count} abstentions", "de": "{count} Enthaltungen"},
    "minutes.vote.unanimous": {"en": "The motion was carried unanimously.", "de": "einstimmig beschlossen"},
    "minutes.vote.adopted": {"en": "The motion was carried ({counts}).", "de": "mit {counts} beschlossen"},
    "minutes.vote.rejected": {"en": "The motion was lost ({counts}).", "de": "mit {counts} abgelehnt"},
    "minutes.vote.tied": {
        "en": "The motion was lost on an equality of votes ({counts}).",
        "de": "mit {counts} bei Stimmengleichheit abgelehnt",
    },
    "minutes.recused.one": {
        "en": "{names} declared an interest and took no part in the discussion or vote.",
        "de": "{names} ist befangen und nimmt an der Beratung und Entscheidung nicht teil.",
    },
    "minutes.recused.many": {
        "en": "{names} declared an interest and took no part in the discussion or vote.",
        "de": "{names} sind befangen und nehmen an der Beratung und Entscheidung nicht teil.",
    },
    "minutes.status.deferred": {"en": "The item was deferred.", "de": "Der Tagesordnungspunkt wird vertagt."},
    "minutes.status.withdrawn": {
        "en": "The item was withdrawn.",
        "de": "Der Tagesordnungspunkt wird von der Tagesordnung abgesetzt.",
    },
    "printed.session": {"en": "{ordinal} {meeting}", "de": "{ordinal} {meeting}"},
    "minutes.month.1": {"en": "January", "de": "Januar"},
    "minutes.month.2": {"en": "February", "de": "Februar"},
    "minutes.month.3": {"en": "March", "de": "März"},
    "minutes.month.4": {"en": "April", "de": "April"},
    "minutes.month.5": {"en": "May", "de": "Mai"},
    "minutes.month.6": {"en": "June", "de": "Juni"},
    "minutes.month.7": {"en": "July", "de": "Juli"},
    "minutes.month.8": {"en": "August", "de": "August"},
    "minutes.month.9": {"en": "September", "de": "September"},
    "minutes.month.10": {"en": "October", "de": "Oktober"},
    "minutes.month.11": {"en": "November", "de": "November"},
    "minutes.month.12": {"en": "December", "de": "Dezember"},
    "export.template_dir_missing": {
        "en": "this template folder does not exist.",
        "de": "diesen Vorlagenordner gibt es nicht.",
    },
    "export.template_dir_not_folder": {
        "en": "this is a file, not a template folder.",
        "de": "das ist eine Datei, kein Vorlagenordner.",
    },
    "export.template_missing": {
        "en": "the template folder has no {name}; name the template so, or leave out --template.",
        "de": "im Vorlagenordner fehlt {name}; bitte die Vorlage so nennen oder --template weglassen.",
    },
    "export.template_syntax": {
        "en": "the template is not valid Jinja: {reason}.",
        "de": "die Vorlage ist kein gültiges Jinja: {reason}.",
    },
    "export.template_include_missing": {
        "en": "the template uses {name!r}, which is neither in the template folder nor among ours.",
        "de": "die Vorlage verwendet {name!r}, das weder im Vorlagenordner noch bei unseren Vorlagen liegt.",
    },
    "export.template_failed": {
        "en": "the template failed: {reason}.",
        "de": "die Vorlage ist fehlgeschlagen: {reason}.",
    },
    "export.template_unsafe": {
        "en": "the template reaches beyond the data it is given ({reason}); a template may only print that data.",
        "de": "die Vorlage greift über die ihr übergebenen Daten hinaus ({reason}); eine Vorlage darf nur diese "
              "Daten ausgeben.",
    },
    "export.template_outside": {
        "en": "the template uses {name!r}, which is not a .j2 file inside the template folder; a template may "
              "use only those and ours.",
        "de": "die Vorlage verwendet {name!r}, das keine .j2-Datei im Vorlagenordner ist; eine Vorlage darf nur "
              "solche und unsere verwenden.",
    },
    "export.template_too_large": {
        "en": "the template uses {name!r}, which is larger than 1 MB; a template is a few pages of text.",
        "de": "die Vorlage verwendet {name!r}, das größer als 1 MB ist; eine Vorlage ist Text von wenigen Seiten.",
    },
    "export.output_link": {
        "en": "this is a symbolic link; the export replaces only a plain file, so name the file itself or "
              "another.",
        "de": "das ist ein symbolischer Link; der Export ersetzt nur eine gewöhnliche Datei, bitte die Datei "
              "selbst oder eine andere angeben.",
    },
    "export.output_special": {
        "en": "this is {kind}, not a file; the export writes only to a plain file.",
        "de": "das ist {kind}, keine Datei; der Export schreibt nur in eine gewöhnliche Datei.",
    },
    "export.kind.fifo": {"en": "a named pipe (FIFO)", "de": "eine benannte Pipe (FIFO)"},
    "export.kind.socket": {"en": "a socket", "de": "ein Socket"},
    "export.kind.device": {"en": "a device", "de": "eine Gerätedatei"},
    "export.output_folder": {
        "en": "this is a folder; name a file in it to write the export to.",
        "de": "das ist ein Ordner; bitte eine Datei darin angeben, in die der Export geschrieben wird.",
    },
    "export.output_no_folder": {
        "en": "this folder does not exist; create it first or name a file in another.",
        "de": "diesen Ordner gibt es nicht; bitte zuerst anlegen oder eine Datei in einem anderen angeben.",
    },
    "export.output_parent_not_folder": {
        "en": "this is not a folder, so the export cannot be written into it.",
        "de": "das ist kein Ordner, daher kann der Export nicht hineingeschrieben werden.",
    },
    "export.output_in_data": {
        "en": "this is inside sitzung's data folder, which only sitzung writes; write the export elsewhere.",
        "de": "das liegt im Datenordner von sitzung, in den nur sitzung selbst schreibt; bitte den Export "
              "woanders speichern.",
    },
    "export.write_failed": {
        "en": "the export could not be written ({reason}); a file already there is unchanged.",
        "de": "der Export konnte nicht geschrieben werden ({reason}); eine vorhandene Datei ist unverändert.",
    },
    "export.public_json": {
        "en": "--public is for the minutes; the JSON export is the whole session for the archive.",
        "de": "--public gilt für die Niederschrift; der JSON-Export ist die ganze Sitzung für das Archiv.",
    },
    "export.template_json": {
        "en": "--template is for the minutes in Markdown, not for the JSON export.",
        "de": "--template gilt für die Niederschrift in Markdown, nicht für den JSON-Export.",
    },
    "export.written": {"en": "Wrote {path}.", "de": "{path} geschrieben."},
    "export.binary_terminal": {
        "en": "a {format} file is not for the terminal; write it with -o FILE or redirect the output to a file.",
        "de": "eine {format}-Datei gehört nicht ins Terminal; bitte mit -o DATEI schreiben oder die Ausgabe in "
              "eine Datei umleiten.",
    },
}

# -- decisions: motions, votes, resolutions, elections (exports/decisions.py) --------------------
DECISIONS: dict[str, dict[str, str]] = {
    # a motion in the German form (and quoted, with its id, in English)
    "minutes.motion.label.motion": {"en": "Motion {id}", "de": "Antrag ({id})"},
    "minutes.motion.label.amendment": {"en": "Amendment {id} to {amends}", "de": "Änderungsantrag ({id}) zu {amends}"},
    "minutes.motion.label.point_of_order": {"en": "Point of order {id}", "de": "Antrag zur Geschäftsordnung ({id})"},
    "minutes.motion.by": {"en": " by {name}", "de": " von {name}"},
    "minutes.motion.seconded": {"en": ", seconded by {name}", "de": ", unterstützt von {name}"},
    "minutes.motion.quoted": {"en": "{label}{by}{seconded}: “{text}”", "de": "{label}{by}{seconded}: „{text}“"},
    # a motion in the English forms: a UK council ("proposed") and Robert's Rules ("moved"); a sentence that
    # ends with a quoted wording gets its full stop from the code, unless the wording ends with one
    "minutes.motion.proposed.by": {"en": "{name} proposed", "de": "{name} beantragt"},
    "minutes.motion.proposed.nobody": {"en": "It was proposed", "de": "Es wird beantragt"},
    "minutes.motion.proposed.seconded": {"en": ", seconded by {name},", "de": ", unterstützt von {name},"},
    "minutes.motion.moved.by": {"en": "It was moved by {name}", "de": "{name} beantragt"},
    "minutes.motion.moved.nobody": {"en": "It was moved", "de": "Es wird beantragt"},
    "minutes.motion.moved.seconded": {"en": " and seconded by {name}", "de": ", unterstützt von {name},"},
    "minutes.motion.that": {"en": "{mover}{seconded} that {text}.", "de": "{mover}{seconded}, dass {text}."},
    "minutes.motion.proposed.quoting": {
        "en": "{mover}{seconded} the motion: “{text}”",
        "de": "{mover}{seconded} den Antrag: „{text}“",
    },
    "minutes.motion.moved.quoting": {"en": "{mover}{seconded}: “{text}”", "de": "{mover}{seconded}: „{text}“"},
    "minutes.amendment.proposed": {
        "en": "{mover}{seconded} an amendment: “{text}”",
        "de": "{mover}{seconded} einen Änderungsantrag: „{text}“",
    },
    "minutes.amendment.moved": {
        "en": "{mover}{seconded} to amend the motion: “{text}”",
        "de": "{mover}{seconded} eine Änderung des Antrags: „{text}“",
    },
    "minutes.order.raised": {
        "en": "{name} raised a point of order: “{text}”",
        "de": "{name} stellt einen Antrag zur Geschäftsordnung: „{text}“",
    },
    "minutes.order.raised.nobody": {
        "en": "A point of order was raised: “{text}”",
        "de": "Ein Antrag zur Geschäftsordnung wird gestellt: „{text}“",
    },
    "minutes.proposal": {"en": "It was proposed that {text}.", "de": "Beschlussvorschlag: „{text}“"},
    "minutes.proposal.quoted": {"en": "It was proposed: “{text}”", "de": "Beschlussvorschlag: „{text}“"},
    # what became of a motion without a vote
    "minutes.fate.withdrawn.motion": {"en": "The motion was withdrawn.", "de": "Der Antrag wird zurückgezogen."},
    "minutes.fate.withdrawn.amendment": {
        "en": "The amendment was withdrawn.",
        "de": "Der Änderungsantrag wird zurückgezogen.",
    },
    "minutes.fate.no_second.motion": {
        "en": "The motion fell for want of a seconder.",
        "de": "Der Antrag fand keine Unterstützung.",
    },
    "minutes.fate.no_second.amendment": {
        "en": "The amendment fell for want of a seconder.",
        "de": "Der Änderungsantrag fand keine Unterstützung.",
    },
    "minutes.fate.ruling": {"en": "The Chair ruled: {ruling}", "de": "Entscheidung des Vorsitzes: {ruling}"},
    # a vote's result: the verb, the subject, the counts
    "minutes.verb.adopted.item": {"en": "carried", "de": "beschlossen"},
    "minutes.verb.adopted.motion": {"en": "carried", "de": "beschlossen"},
    "minutes.verb.adopted.amendment": {"en": "carried", "de": "angenommen"},
    "minutes.verb.adopted.amended": {"en": "carried", "de": "in geänderter Fassung beschlossen"},
    "minutes.verb.rejected": {"en": "lost", "de": "abgelehnt"},
    "minutes.subject.item": {"en": "motion", "de": "Beschlussvorschlag"},
    "minutes.subject.motion": {"en": "motion", "de": "Antrag"},
    "minutes.subject.amendment": {"en": "amendment", "de": "Änderungsantrag"},
    "minutes.subject.amended": {"en": "motion, as amended,", "de": "Antrag"},
    "minutes.subject.agenda_item": {"en": "item", "de": "Tagesordnungspunkt"},
    "minutes.short.yes": {"en": "{count} for", "de": "{count} Ja"},
    "minutes.short.no": {"en": "{count} against", "de": "{count} Nein"},
    "minutes.against.one": {"en": "{count} vote against", "de": "{count} Gegenstimme"},
    "minutes.against.many": {"en": "{count} votes against", "de": "{count} Gegenstimmen"},
    "minutes.result.unanimous": {"en": "{verb} unanimously", "de": "einstimmig {verb}"},
    "minutes.result.unanimous_counted": {"en": "{verb} unanimously ({counts})", "de": "einstimmig {verb} ({counts})"},
    "minutes.result.unanimous_abstaining": {
        "en": "{verb} unanimously with {abstain} ({counts})",
        "de": "einstimmig bei {abstain} {verb} ({counts})",
    },
    "minutes.result.majority": {
        "en": "{verb} by a majority with {against} ({counts})",
        "de": "mehrheitlich bei {against} {verb} ({counts})",
    },
    "minutes.result.majority_plain": {"en": "{verb} by a majority ({counts})", "de": "mehrheitlich {verb} ({counts})"},
    "minutes.result.plain": {"en": "{verb} ({counts})", "de": "{verb} ({counts})"},
    "minutes.result.tied": {
        "en": "{verb} on an equality of votes ({counts})",
        "de": "bei Stimmengleichheit {verb} ({counts})",
    },
    "minutes.result.casting": {
        "en": "{verb} on the casting vote of the Chair ({counts})",
        "de": "bei Stimmengleichheit durch Stichentscheid des Vorsitzes {verb} ({counts})",
    },
    "minutes.result.rule_met": {
        "en": "{result}, the required {rule} having been reached",
        "de": "{result}; {rule} erreicht",
    },
    "minutes.result.rule_missed": {
        "en": "{result}, the required {rule} ({needed} votes for) not having been reached",
        "de": "{result}; {rule} nicht erreicht (erforderlich: {needed} Ja-Stimmen)",
    },
    "minutes.vote.line": {"en": "Result: {result}", "de": "Abstimmungsergebnis: {result}"},
    "minutes.vote.secret_line": {"en": "Secret ballot: {result}", "de": "Geheime Abstimmung: {result}"},
    "minutes.vote.sentence": {"en": "The {subject} was {result}.", "de": "{subject}: {result}"},
    "minutes.vote.casting_sentence": {
        "en": "On the casting vote of the Chair, the {subject} was {result}.",
        "de": "{subject}: {result}",
    },
    "minutes.vote.secret": {"en": "A secret ballot was held.", "de": "Die Abstimmung ist geheim."},
    # a named (roll-call) vote, and the votes members asked to have recorded
    "minutes.named": {"en": "A recorded vote was taken: {groups}.", "de": "Namentliche Abstimmung: {groups}"},
    "minutes.named.yes": {"en": "For: {names}", "de": "Ja: {names}"},
    "minutes.named.no": {"en": "Against: {names}", "de": "Nein: {names}"},
    "minutes.named.abstain": {"en": "Abstaining: {names}", "de": "Enthaltung: {names}"},
    "minutes.recorded": {
        "en": "At their request, it was recorded that {votes}.",
        "de": "Auf eigenen Wunsch wird festgehalten: {votes}.",
    },
    "minutes.recorded.yes": {"en": "{name} voted for", "de": "{name} stimmt mit Ja"},
    "minutes.recorded.no": {"en": "{name} voted against", "de": "{name} stimmt mit Nein"},
    "minutes.recorded.abstain": {"en": "{name} abstained", "de": "{name} enthält sich"},
    # resolutions
    "minutes.resolution.title": {"en": "Resolution", "de": "Beschluss"},
    "minutes.resolution.numbered": {"en": "Resolution {number}", "de": "Beschluss Nr. {number}"},
    "minutes.resolution.result": {"en": "Outcome: {outcome}", "de": "Ergebnis: {outcome}"},
    "minutes.resolution.referred": {"en": "referred to {to}", "de": "an {to} verwiesen"},
    "minutes.resolved": {"en": "RESOLVED that {text}.", "de": "Beschlossen: {text}"},
    "minutes.resolved.block": {"en": "RESOLVED:", "de": "Beschlossen:"},
    "minutes.resolved.quoted": {"en": "RESOLVED: “{text}”", "de": "Beschlossen: „{text}“"},
    "minutes.outcome.adopted": {"en": "The {subject} was carried.", "de": "{subject}: beschlossen."},
    "minutes.outcome.adopted-amended": {
        "en": "The {subject}, as amended, was carried.",
        "de": "{subject}: in geänderter Fassung beschlossen.",
    },
    "minutes.outcome.rejected": {"en": "The {subject} was lost.", "de": "{subject}: abgelehnt."},
    "minutes.outcome.deferred": {"en": "The {subject} was deferred.", "de": "{subject}: vertagt."},
    "minutes.outcome.referred": {"en": "The {subject} was referred to {to}.", "de": "{subject}: an {to} verwiesen."},
    "minutes.outcome.noted": {"en": "The {subject} was noted.", "de": "{subject}: zur Kenntnis genommen."},
    "minutes.outcome.withdrawn": {"en": "The {subject} was withdrawn.", "de": "{subject}: zurückgezogen."},
    "minutes.body_unnamed": {"en": "the body “{name}”", "de": "das Gremium „{name}“"},
    # elections
    "minutes.election.intro": {
        "en": "Election for {seats}. Candidates: {candidates}.",
        "de": "Wahl ({seats}); Kandidaten: {candidates}",
    },
    # "1\\." keeps "1. Wahlgang" at a line's start from becoming a numbered list
    "minutes.election.round": {
        "en": "{round} ballot: {votes}; invalid {invalid}, blank {blank}.",
        "de": "{round}\\. Wahlgang: {votes}; ungültig {invalid}, leer {blank}",
    },
    "minutes.election.no_votes": {"en": "no votes for a candidate", "de": "keine Stimmen für Kandidaten"},
    "minutes.election.runoff": {
        "en": "No candidate had a majority; a further ballot between {names}.",
        "de": "Keine Mehrheit; engere Wahl zwischen {names}.",
    },
    "minutes.election.lot_pending": {
        "en": "{names} were tied; the decision is by lot.",
        "de": "Stimmengleichheit zwischen {names}; das Los entscheidet.",
    },
    "minutes.election.lot_drawn": {
        "en": "{names} were tied; the lot fell to {drawn}.",
        "de": "Stimmengleichheit zwischen {names}; das Los fällt auf {drawn}.",
    },
    "minutes.election.elected.one": {"en": "{names} was elected", "de": "Gewählt ist {names}"},
    "minutes.election.elected.many": {"en": "{names} were elected", "de": "Gewählt sind {names}"},
    "minutes.election.nobody": {"en": "Nobody was elected.", "de": "Niemand ist gewählt."},
    "minutes.election.accepts": {"en": "{name} accepted office", "de": "{name} nimmt die Wahl an"},
    "minutes.election.declines": {"en": "{name} declined office", "de": "{name} lehnt die Wahl ab"},
    "minutes.election.one_accepts": {
        "en": "{name} was elected and accepted office.",
        "de": "Gewählt ist {name}; {name} nimmt die Wahl an.",
    },
    "minutes.election.one_declines": {
        "en": "{name} was elected and declined office.",
        "de": "Gewählt ist {name}; {name} lehnt die Wahl ab.",
    },
    "minutes.nth.1": {"en": "First", "de": "1"},
    "minutes.nth.2": {"en": "Second", "de": "2"},
    "minutes.nth.3": {"en": "Third", "de": "3"},
    "minutes.nth.4": {"en": "Fourth", "de": "4"},
    "minutes.nth.5": {"en": "Fifth", "de": "5"},
}

MESSAGES.update(DECISIONS)

register(MESSAGES)
