"""Words of the `sitzung` command line."""

from sitzung.i18n import register

MESSAGES: dict[str, dict[str, str]] = {
    "cli.hint.vote.empty": {
        "en": "(--yes, --no, --abstain or --unanimous)",
        "de": "(--yes, --no, --abstain oder --unanimous)",
    },
    "cli.hint.vote.unseconded": {
        "en": "(motion SESSION ITEM second {motion} --by NAME, or motion SESSION ITEM no-second {motion})",
        "de": "(motion SITZUNG TOP second {motion} --by NAME oder motion SITZUNG TOP no-second {motion})",
    },
    "cli.hint.vote.point_of_order": {
        "en": "(motion SESSION ITEM rule {motion} --ruling TEXT)",
        "de": "(motion SITZUNG TOP rule {motion} --ruling TEXT)",
    },
    "cli.hint.motion.second_needs_person": {"en": "(--by NAME)", "de": "(--by NAME)"},
    "cli.hint.motion.ruling_empty": {"en": "(--ruling TEXT)", "de": "(--ruling TEXT)"},
    "cli.hint.motion.ruling_needs_order": {"en": "(--point-of-order)", "de": "(--point-of-order)"},
    "cli.hint.motion.order_amends": {"en": "(without --amends)", "de": "(ohne --amends)"},
    "cli.hint.resolve.referred_needs_body": {"en": "(--to BODY)", "de": "(--to GREMIUM)"},
    "cli.hint.election.needs_candidates": {"en": "(--candidate NAME)", "de": "(--candidate NAME)"},
    "cli.hint.election.lot_pending": {
        "en": "(election SESSION ITEM {election} lot NAME)",
        "de": "(election SITZUNG TOP {election} lot NAME)",
    },
    "cli.hint.election.empty_round": {
        "en": "(--votes NAME=N, --invalid N, --blank N)",
        "de": "(--votes NAME=N, --invalid N, --blank N)",
    },
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
    "cli.show_kind": {"en": "Kind: {kind}", "de": "Art: {kind}"},
    "cli.session_kind.ordinary": {"en": "Ordinary meeting", "de": "Ordentliche Sitzung"},
    "cli.session_kind.annual": {"en": "Annual meeting", "de": "Jahresversammlung"},
    "cli.session_kind.extraordinary": {"en": "Extraordinary meeting", "de": "Außerordentliche Sitzung"},
    "cli.session_kind.regular": {"en": "Regular meeting", "de": "Reguläre Sitzung"},
    "cli.session_kind.special": {"en": "Special meeting", "de": "Sondersitzung"},
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
    # decisions: what a vote, a motion, a resolution or an election came to
    "cli.subject.item": {"en": "Item {number}", "de": "TOP {number}"},
    "cli.subject.motion": {"en": "Item {number}, motion {motion}", "de": "TOP {number}, Antrag {motion}"},
    "cli.subject.amendment": {
        "en": "Item {number}, amendment {motion}",
        "de": "TOP {number}, Änderungsantrag {motion}",
    },
    "cli.subject.point_of_order": {
        "en": "Item {number}, point of order {motion}",
        "de": "TOP {number}, Geschäftsordnungsantrag {motion}",
    },
    "cli.vote_line": {"en": "{subject}: {result} ({tally}; {rule}).", "de": "{subject}: {result} ({tally}; {rule})."},
    "cli.tally": {"en": "{yes} for, {no} against, {abstain}", "de": "{yes} Ja, {no} Nein, {abstain}"},
    "cli.tally_unanimous": {"en": "unanimous, {count} for", "de": "einstimmig, {count} Ja"},
    "cli.vote_named": {"en": "by name: {tally}", "de": "namentlich: {tally}"},
    "cli.vote_secret": {"en": "secret ballot: {tally}", "de": "geheim: {tally}"},
    "cli.needed": {"en": "{rule}, {needed} needed", "de": "{rule}, {needed} erforderlich"},
    "cli.tie_rejects": {"en": "a tie, which rejects", "de": "Stimmengleichheit, damit abgelehnt"},
    "cli.tie_casting": {
        "en": "a tie, decided by the chair's casting vote ({choice})",
        "de": "Stimmengleichheit, entschieden durch die Stimme des Vorsitzes ({choice})",
    },
    "cli.ballot_recorded": {
        "en": "{subject}: the vote of {person} is recorded by name ({choice}).",
        "de": "{subject}: die Stimme von {person} ist namentlich erfasst ({choice}).",
    },
    "cli.ballot_unchanged": {
        "en": "{subject}: {person} is already recorded as {choice}; nothing changed.",
        "de": "{subject}: {person} ist bereits mit {choice} erfasst; nichts geändert.",
    },
    "cli.motion_status": {"en": "{subject}: {status}.", "de": "{subject}: {status}."},
    "cli.motion_seconded": {
        "en": "{subject}: seconded by {person}.",
        "de": "{subject}: unterstützt von {person}.",
    },
    "cli.motion_ruled": {"en": "{subject}: ruled on ({ruling}).", "de": "{subject}: entschieden ({ruling})."},
    "cli.resolved": {"en": "{subject}: {outcome}{to}{numbered}.", "de": "{subject}: {outcome}{to}{numbered}."},
    "cli.resolved_to": {"en": " to {body}", "de": " an {body}"},
    "cli.resolution_number": {"en": " (resolution {number})", "de": " (Beschluss Nr. {number})"},
    "cli.election_line": {
        "en": "Election {election} on item {number}: {state}.",
        "de": "Wahl {election} zu TOP {number}: {state}.",
    },
    "cli.election_open": {"en": "no round counted yet", "de": "noch kein Wahlgang"},
    "cli.election_elected": {"en": "elected {names}", "de": "gewählt: {names}"},
    "cli.election_runoff": {
        "en": "no one has the majority; a further round between {names}",
        "de": "keine Mehrheit; engere Wahl zwischen {names}",
    },
    "cli.election_lot": {
        "en": "a tie for {seats} between {names}; draw lots (election … lot NAME)",
        "de": "Stimmengleichheit um {seats} zwischen {names}; Los ziehen (election … lot NAME)",
    },
    "cli.election_nobody": {"en": "nobody elected", "de": "niemand gewählt"},
    "cli.election_accepted": {"en": "{name} accepts", "de": "{name} nimmt die Wahl an"},
    "cli.election_declined": {"en": "{name} declines", "de": "{name} lehnt die Wahl ab"},
    # decisions: the refusals of the command line's own forms
    "cli.motion_extra": {
        "en": "{value!r} is not withdraw, no-second, second or rule, so the motion's text comes alone; quote a "
              "text with spaces.",
        "de": "{value!r} ist nicht withdraw, no-second, second oder rule; der Text des Antrags steht allein, "
              "Text mit Leerzeichen bitte in Anführungszeichen.",
    },
    "cli.option_not_for": {"en": "{option} does not belong to {action}.", "de": "{option} gehört nicht zu {action}."},
    "cli.election_form": {
        "en": "Give either --seats and --candidate (a new election) or an election's id and round, lot, accept "
              "or decline.",
        "de": "Bitte entweder --seats und --candidate (eine neue Wahl) oder die Kennung einer Wahl und round, lot, "
              "accept oder decline angeben.",
    },
    "cli.election_action": {
        "en": "{value!r} is not something done in an election; use round, lot, accept or decline.",
        "de": "{value!r} ist kein Schritt einer Wahl; erlaubt sind round, lot, accept und decline.",
    },
    "cli.election_needs_name": {
        "en": "Name the candidate: election … {election} {action} NAME.",
        "de": "Bitte den Kandidaten nennen: election … {election} {action} NAME.",
    },
    "cli.votes_format": {
        "en": "--votes {value!r} does not name a candidate; write NAME=N, e.g. --votes Meier=7.",
        "de": "--votes {value!r} nennt keinen Kandidaten; bitte NAME=N schreiben, z. B. --votes Meier=7.",
    },
    "cli.votes_count": {
        "en": "--votes {value!r}: {count!r} is not a number of votes; give a whole number from 0 to 999999999.",
        "de": "--votes {value!r}: {count!r} ist keine Stimmenzahl; bitte eine ganze Zahl von 0 bis 999999999.",
    },
    "cli.votes_twice": {
        "en": "--votes names {name!r} twice; give each candidate's votes once.",
        "de": "--votes nennt {name!r} zweimal; bitte die Stimmen jedes Kandidaten nur einmal angeben.",
    },
    # decisions: the listing
    "cli.list_item": {"en": "Item {number}  {title}{minute}", "de": "TOP {number}  {title}{minute}"},
    "cli.list_minute": {"en": "  (minute {number})", "de": "  (Protokoll-Nr. {number})"},
    "cli.list_nothing": {"en": "No decisions recorded.", "de": "Keine Beschlüsse erfasst."},
    "cli.list_motion": {
        "en": "{id}  {kind}{amends}{by}: {text}  [{status}]",
        "de": "{id}  {kind}{amends}{by}: {text}  [{status}]",
    },
    "cli.list_amends": {"en": " to {motion}", "de": " zu {motion}"},
    "cli.list_by": {"en": " by {person}", "de": " von {person}"},
    "cli.list_seconded": {"en": ", seconded by {person}", "de": ", unterstützt von {person}"},
    "cli.list_ruling": {"en": "Ruling: {ruling}", "de": "Entscheidung: {ruling}"},
    "cli.list_vote": {"en": "Vote at {at}: {line}", "de": "Abstimmung um {at}: {line}"},
    "cli.list_ballots": {"en": "{choice}: {names}", "de": "{choice}: {names}"},
    "cli.list_resolution": {
        "en": "Resolution{numbered}{on}: {outcome}{to}{text}",
        "de": "Beschluss{numbered}{on}: {outcome}{to}{text}",
    },
    "cli.list_resolution_number": {"en": " {number}", "de": " Nr. {number}"},
    "cli.list_on": {"en": " on {motion}", "de": " zu {motion}"},
    "cli.list_election": {
        "en": "{id}  Election for {seats}: {candidates}",
        "de": "{id}  Wahl für {seats}: {candidates}",
    },
    "cli.list_round": {
        "en": "Round {n} at {at}: {votes}; {invalid} invalid, {blank} blank",
        "de": "Wahlgang {n} um {at}: {votes}; {invalid} ungültig, {blank} leer",
    },
    "cli.list_result": {"en": "Result: {state}", "de": "Ergebnis: {state}"},
    "cli.recused": {
        "en": "{person} is excluded from item {number} (conflict of interest).",
        "de": "{person} ist bei Punkt {number} befangen und nimmt nicht teil.",
    },
    "cli.approved.read": {
        "en": "Recorded: the minutes of the meeting of {date} approved as read at item {number}.",
        "de": "Erfasst: die Niederschrift der Sitzung vom {date} bei Punkt {number} unverändert genehmigt.",
    },
    "cli.approved.corrected": {
        "en": "Recorded: the minutes of the meeting of {date} approved as corrected at item {number}.",
        "de": "Erfasst: die Niederschrift der Sitzung vom {date} bei Punkt {number} mit Änderungen genehmigt.",
    },
    "cli.declared": {"en": "Recorded: {what}", "de": "Erfasst: {what}"},
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
    "cli.export.base_url_oparl": {
        "en": "--base-url is for the OParl export (--format oparl).",
        "de": "--base-url gilt für den OParl-Export (--format oparl).",
    },
    "cli.export.base_url": {
        "en": "--base-url must be an http or https URL such as https://ris.example.org/oparl/.",
        "de": "--base-url muss eine http- oder https-URL sein, etwa https://ris.example.org/oparl/.",
    },
}

register(MESSAGES)
