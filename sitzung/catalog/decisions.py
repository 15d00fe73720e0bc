"""Words of decisions: motions, votes, ballots, resolutions, elections, majorities and numbers."""

MESSAGES: dict[str, dict[str, str]] = {
    # names of states and choices, as screens and the CLI show them
    "motion.status.open": {"en": "open", "de": "offen"},
    "motion.status.withdrawn": {"en": "withdrawn", "de": "zurückgezogen"},
    "motion.status.no_second": {"en": "not seconded", "de": "nicht unterstützt"},
    "motion.status.adopted": {"en": "carried", "de": "angenommen"},
    "motion.status.rejected": {"en": "lost", "de": "abgelehnt"},
    "motion.status.ruled": {"en": "ruled on", "de": "entschieden"},
    "motion.kind.motion": {"en": "Motion", "de": "Antrag"},
    "motion.kind.amendment": {"en": "Amendment", "de": "Änderungsantrag"},
    "motion.kind.point_of_order": {"en": "Point of order", "de": "Antrag zur Geschäftsordnung"},
    "choice.yes": {"en": "for", "de": "Ja"},
    "choice.no": {"en": "against", "de": "Nein"},
    "choice.abstain": {"en": "abstained", "de": "Enthaltung"},
    "outcome.adopted": {"en": "adopted", "de": "beschlossen"},
    "outcome.adopted-amended": {"en": "adopted as amended", "de": "in geänderter Fassung beschlossen"},
    "outcome.rejected": {"en": "rejected", "de": "abgelehnt"},
    "outcome.deferred": {"en": "deferred", "de": "vertagt"},
    "outcome.referred": {"en": "referred", "de": "verwiesen"},
    "outcome.noted": {"en": "noted", "de": "zur Kenntnis genommen"},
    "outcome.withdrawn": {"en": "withdrawn", "de": "zurückgezogen"},
    "majority.simple": {"en": "simple majority", "de": "einfache Mehrheit"},
    "majority.absolute": {"en": "absolute majority of the seats", "de": "absolute Mehrheit der Mitglieder"},
    "majority.two-thirds": {"en": "two-thirds majority", "de": "Zweidrittelmehrheit"},
    "majority.two-thirds-seats": {
        "en": "two thirds of the seats",
        "de": "Zweidrittelmehrheit der Mitglieder",
    },
    "count.abstentions.one": {"en": "1 abstention", "de": "1 Enthaltung"},
    "count.abstentions.many": {"en": "{count} abstentions", "de": "{count} Enthaltungen"},
    "count.seats.one": {"en": "1 seat", "de": "1 Sitz"},
    "count.seats.many": {"en": "{count} seats", "de": "{count} Sitze"},
    # refusals
    "decision.not_started": {
        "en": "Item {number} has not been taken up yet; motions, votes, resolutions and elections are recorded "
              "on an item under discussion.",
        "de": "TOP {number} wurde noch nicht aufgerufen; Anträge, Abstimmungen, Beschlüsse und Wahlen werden zu "
              "einem aufgerufenen Punkt erfasst.",
    },
    "decision.before_item": {
        "en": "{at} is before item {number} was taken up at {start}.",
        "de": "{at} liegt vor dem Aufruf von TOP {number} um {start}.",
    },
    "motion.unknown": {
        "en": "Item {number} has no motion {motion!r}; its motions: {known}.",
        "de": "TOP {number} hat keinen Antrag {motion!r}; seine Anträge: {known}.",
    },
    "motion.not_present": {
        "en": "{person} is not present at {at}, so cannot move or second a motion then.",
        "de": "{person} ist um {at} nicht anwesend und kann dann keinen Antrag stellen oder unterstützen.",
    },
    "motion.empty": {
        "en": "The motion on item {number} has no wording; give its text.",
        "de": "Der Antrag zu TOP {number} hat keinen Wortlaut; bitte den Text angeben.",
    },
    "motion.order_amends": {
        "en": "A point of order does not amend a motion; record it on its own.",
        "de": "Ein Antrag zur Geschäftsordnung ändert keinen Antrag; bitte für sich erfassen.",
    },
    "motion.not_open": {
        "en": "Motion {motion} is {status}; it can no longer be amended, seconded, withdrawn or voted on.",
        "de": "Antrag {motion} ist {status}; er kann nicht mehr geändert, unterstützt, zurückgezogen oder "
              "abgestimmt werden.",
    },
    "motion.ruling_needs_order": {
        "en": "Only a point of order has a ruling by the chair; record the motion as a point of order.",
        "de": "Nur über einen Antrag zur Geschäftsordnung entscheidet der Vorsitz; bitte als solchen erfassen.",
    },
    "motion.own_second": {
        "en": "{person} moved the motion and cannot also second it.",
        "de": "{person} hat den Antrag gestellt und kann ihn nicht selbst unterstützen.",
    },
    "motion.not_order": {
        "en": "Motion {motion} is not a point of order; only those are ruled on by the chair.",
        "de": "Antrag {motion} ist kein Antrag zur Geschäftsordnung; nur über diese entscheidet der Vorsitz.",
    },
    "motion.ruling_empty": {
        "en": "The ruling on {motion} has no wording; give the chair's ruling.",
        "de": "Die Entscheidung zu {motion} hat keinen Wortlaut; bitte die Entscheidung des Vorsitzes angeben.",
    },
    "motion.second_needs_person": {
        "en": "Who seconded {motion}? Name the seconder.",
        "de": "Wer unterstützt {motion}? Bitte die Person angeben.",
    },
    "motion.order_no_second": {
        "en": "{motion} is a point of order; it is not seconded, the chair rules on it.",
        "de": "{motion} ist ein Antrag zur Geschäftsordnung; er wird nicht unterstützt, der Vorsitz entscheidet.",
    },
    "motion.was_seconded": {
        "en": "Motion {motion} was seconded, so it did not fall for lack of a second.",
        "de": "Antrag {motion} wurde unterstützt; er ist nicht mangels Unterstützung entfallen.",
    },
    "vote.point_of_order": {
        "en": "{motion} is a point of order: the chair rules on it, it is not voted on.",
        "de": "{motion} ist ein Antrag zur Geschäftsordnung: der Vorsitz entscheidet, abgestimmt wird nicht.",
    },
    "vote.unseconded": {
        "en": "Motion {motion} has not been seconded; record its seconder, or that it fell for lack of a second.",
        "de": "Antrag {motion} ist nicht unterstützt; bitte die Unterstützung erfassen oder dass er mangels "
              "Unterstützung entfiel.",
    },
    "vote.amendment_open": {
        "en": "Motion {motion} has an amendment still open ({amendments}); an amendment is voted on first.",
        "de": "Zu Antrag {motion} ist noch ein Änderungsantrag offen ({amendments}); über ihn wird zuerst "
              "abgestimmt.",
    },
    "vote.no_casting_vote": {
        "en": "This body's chair has no casting vote (casting_vote in the body's settings).",
        "de": "Der Vorsitz dieses Gremiums hat keine ausschlaggebende Stimme (casting_vote in den Einstellungen).",
    },
    "vote.casting_simple_only": {
        "en": "A casting vote is yes or no, and decides only a tie under a simple majority.",
        "de": "Eine ausschlaggebende Stimme ist Ja oder Nein und entscheidet nur eine Stimmengleichheit bei "
              "einfacher Mehrheit.",
    },
    "vote.casting_not_tied": {
        "en": "The vote is not tied, so there is no casting vote to record.",
        "de": "Es herrscht keine Stimmengleichheit; eine ausschlaggebende Stimme gibt es nicht.",
    },
    "vote.secret_named": {
        "en": "A secret ballot cannot be a named vote: it records counts only.",
        "de": "Eine geheime Abstimmung kann nicht namentlich sein: sie erfasst nur Zahlen.",
    },
    "vote.named_with_counts": {
        "en": "A named vote is counted from the members' votes; give no counts (mark the exceptions with ballot).",
        "de": "Eine namentliche Abstimmung wird aus den Einzelstimmen gezählt; bitte keine Zahlen angeben "
              "(Abweichungen mit ballot erfassen).",
    },
    "vote.secret_after_names": {
        "en": "The earlier vote on item {number} recorded members' votes by name; a secret ballot cannot replace "
              "it. Undo those votes first (sitzung undo).",
        "de": "Die frühere Abstimmung zu TOP {number} hat Stimmen mit Namen erfasst; eine geheime Abstimmung kann sie "
              "nicht ersetzen. Bitte diese zuerst zurücknehmen (sitzung undo).",
    },
    "vote.no_voters": {
        "en": "Nobody entitled to vote on item {number} is present at {at}.",
        "de": "Um {at} ist niemand anwesend, der zu TOP {number} stimmberechtigt ist.",
    },
    "ballot.secret": {
        "en": "The vote on item {number} was a secret ballot; no member's vote is recorded by name.",
        "de": "Die Abstimmung zu TOP {number} war geheim; keine Stimme wird mit Namen erfasst.",
    },
    "ballot.not_voter": {
        "en": "{person} was not entitled to vote on item {number} at {at} (not present, recused, or without a "
              "vote).",
        "de": "{person} war um {at} zu TOP {number} nicht stimmberechtigt (nicht anwesend, befangen oder ohne "
              "Stimmrecht).",
    },
    "ballot.beyond_tally": {
        "en": "The tally has {count} vote(s) '{choice}', all already recorded by name; {person}'s would be one "
              "more.",
        "de": "Die Zählung hat {count} Stimme(n) „{choice}“, alle schon namentlich erfasst; die von {person} wäre "
              "eine mehr.",
    },
    "ballot.no_vote": {
        "en": "Item {number} has no vote yet to record a member's vote in.",
        "de": "Zu TOP {number} gibt es noch keine Abstimmung, zu der eine Einzelstimme erfasst werden kann.",
    },
    "resolve.contradicts": {
        "en": "The vote on item {number} ({yes} for, {no} against, {abstain} abstentions) means '{implied}', not "
              "'{outcome}'; correct the vote first.",
        "de": "Die Abstimmung zu TOP {number} ({yes} Ja, {no} Nein, {abstain} Enthaltungen) ergibt „{implied}“, "
              "nicht „{outcome}“; bitte zuerst die Abstimmung berichtigen.",
    },
    "resolve.referred_needs_body": {
        "en": "A referral names the body it goes to.",
        "de": "Eine Verweisung nennt das Gremium, an das verwiesen wird.",
    },
    "resolve.to_only_referred": {
        "en": "Only a referral goes to a body; the outcome '{outcome}' goes to none.",
        "de": "Nur eine Verweisung geht an ein Gremium; das Ergebnis „{outcome}“ geht an keines.",
    },
    "election.needs_candidates": {
        "en": "An election needs at least one candidate.",
        "de": "Eine Wahl braucht mindestens einen Kandidaten.",
    },
    "election.too_many_candidates": {
        "en": "{count} candidates are more than sitzung takes ({limit}).",
        "de": "{count} Kandidaten sind mehr, als sitzung annimmt ({limit}).",
    },
    "election.duplicate_candidate": {
        "en": "{candidate!r} is named twice among the candidates.",
        "de": "{candidate!r} steht zweimal unter den Kandidaten.",
    },
    "election.bad_seats": {
        "en": "An election for {seats} seat(s) among {count} candidate(s) cannot be held; seats run from 1 to the "
              "number of candidates.",
        "de": "Eine Wahl für {seats} Sitz(e) unter {count} Kandidaten ist nicht möglich; es sind 1 bis so viele "
              "Sitze wie Kandidaten.",
    },
    "election.unknown": {
        "en": "Item {number} has no election {election!r}; its elections: {known}.",
        "de": "TOP {number} hat keine Wahl {election!r}; seine Wahlen: {known}.",
    },
    "election.lot_pending": {
        "en": "Election {election} is tied between {candidates}; record the lot drawn first.",
        "de": "Wahl {election} ist zwischen {candidates} unentschieden; bitte zuerst das gezogene Los erfassen.",
    },
    "election.decided": {
        "en": "Election {election} is decided; no further round is held.",
        "de": "Wahl {election} ist entschieden; es gibt keinen weiteren Wahlgang.",
    },
    "election.not_standing": {
        "en": "{candidate} does not stand in this round; the candidates are: {candidates}.",
        "de": "{candidate} steht in diesem Wahlgang nicht zur Wahl; zur Wahl stehen: {candidates}.",
    },
    "election.candidate_twice": {
        "en": "{candidate} is given votes twice in this round; give each candidate's votes once.",
        "de": "{candidate} sind in diesem Wahlgang zweimal Stimmen zugewiesen; bitte je Kandidat einmal angeben.",
    },
    "election.empty_round": {
        "en": "No ballots in this round of {election}; give the votes per candidate, the invalid or the blank ones.",
        "de": "Keine Stimmzettel in diesem Wahlgang von {election}; bitte die Stimmen je Kandidat, die ungültigen "
              "oder die leeren angeben.",
    },
    "election.too_many": {
        "en": "More ballots in this round of {election} than the {present} members entitled to vote; check the "
              "count.",
        "de": "Mehr Stimmzettel in diesem Wahlgang von {election} als {present} Stimmberechtigte; bitte die "
              "Zählung prüfen.",
    },
    "election.no_lot": {
        "en": "There is no tie in {election} that {candidate} could win by lot.",
        "de": "In {election} gibt es keine Stimmengleichheit, die {candidate} durch Los gewinnen könnte.",
    },
    "election.not_elected": {
        "en": "{candidate} has not been elected in {election}, so cannot accept or decline.",
        "de": "{candidate} ist in {election} nicht gewählt und kann die Wahl nicht annehmen oder ablehnen.",
    },
    "election.bad_action": {
        "en": "{action!r} is not something recorded about a candidate; use lot, accept or decline.",
        "de": "{action!r} wird zu einem Kandidaten nicht erfasst; erlaubt sind lot, accept und decline.",
    },
    "election.unknown_candidate": {
        "en": "{candidate!r} names none of the candidates (or more than one): {candidates}.",
        "de": "{candidate!r} bezeichnet keinen der Kandidaten (oder mehrere): {candidates}.",
    },
    "election.unknown_rule": {
        "en": "{rule!r} is not an election rule; known rules: {known}.",
        "de": "{rule!r} ist keine Wahlregel; bekannt sind: {known}.",
    },
    "majority.unknown": {
        "en": "{rule!r} is not a required majority; known: {known}.",
        "de": "{rule!r} ist keine Mehrheitsregel; bekannt sind: {known}.",
    },
    "numbering.bad_format": {
        "en": "{format!r} is not a number format; write text with fields such as {{yy}}/{{seq:03}}.",
        "de": "{format!r} ist kein Nummernformat; bitte Text mit Feldern wie {{yy}}/{{seq:03}} schreiben.",
    },
    "numbering.bad_field": {
        "en": "{format!r}: {field!r} is not a field of a number; use {{seq}} (or {{seq:03}}), {{yy}}, {{yyyy}} and "
              "{{session}}.",
        "de": "{format!r}: {field!r} ist kein Feld einer Nummer; erlaubt sind {{seq}} (oder {{seq:03}}), {{yy}}, "
              "{{yyyy}} und {{session}}.",
    },
    "numbering.needs_seq": {
        "en": "{format!r} has no {{seq}}, so every number would be the same.",
        "de": "{format!r} enthält kein {{seq}}; alle Nummern wären gleich.",
    },
    "body.bad_year_starts": {
        "en": "year_starts is the month the numbering year starts, 1 to 12, not {value}.",
        "de": "year_starts ist der Monat, in dem das Nummernjahr beginnt, 1 bis 12, nicht {value}.",
    },
    "recuse.voted": {
        "en": "{person} voted by name on item {number} at {at}; correct that vote before recording the recusal.",
        "de": "{person} hat zu TOP {number} um {at} namentlich abgestimmt; bitte erst diese Abstimmung "
              "berichtigen.",
    },
    "recuse.beyond_tally": {
        "en": "Without {person}, only {present} could vote on item {number} at {at}, but the vote counted {total}; "
              "correct the vote before recording the recusal.",
        "de": "Ohne {person} waren um {at} zu TOP {number} nur {present} stimmberechtigt, gezählt wurden aber "
              "{total}; bitte erst die Abstimmung berichtigen.",
    },
}
