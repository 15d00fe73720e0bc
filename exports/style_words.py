"""The words of the house styles' minutes (`exports.house`): the sentences only they print, and each
style's own wording of a common sentence, as `<style>.<key>` beside the `<key>` of `exports.words`."""

from __future__ import annotations

from sitzung.i18n import register

_NUMBERS_EN = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
               "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty")
_NUMBERS_DE = ("Eine", "Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben", "Acht", "Neun", "Zehn", "Elf", "Zwölf",
               "Dreizehn", "Vierzehn", "Fünfzehn", "Sechzehn", "Siebzehn", "Achtzehn", "Neunzehn", "Zwanzig")

MESSAGES: dict[str, dict[str, str]] = {
    **{f"minutes.number.{n}": {"en": en, "de": de}
       for n, (en, de) in enumerate(zip(_NUMBERS_EN, _NUMBERS_DE, strict=True), start=1)},
    "minutes.kind.ordinary": {"en": "Ordinary", "de": "Ordentliche"},
    "minutes.kind.annual": {"en": "Annual", "de": "Jährliche"},
    "minutes.kind.extraordinary": {"en": "Extraordinary", "de": "Außerordentliche"},
    "minutes.kind.regular": {"en": "Regular", "de": "Regelmäßige"},
    "minutes.kind.special": {"en": "Special", "de": "Besondere"},
    "minutes.public.one": {
        "en": "{count} member of the public was present.",
        "de": "{count} Person aus der Öffentlichkeit war anwesend.",
    },
    "minutes.public.many": {
        "en": "{count} members of the public were present.",
        "de": "{count} Personen aus der Öffentlichkeit waren anwesend.",
    },
    "minutes.apologies_from": {
        "en": "Apologies were received and accepted from {names}.",
        "de": "Entschuldigt fehlten {names}.",
    },
    "minutes.absent_without.one": {"en": "{names} was absent without apology.", "de": "{names} fehlte unentschuldigt."},
    "minutes.absent_without.many": {
        "en": "{names} were absent without apology.",
        "de": "{names} fehlten unentschuldigt.",
    },
    # declarations of interest: their kinds are the core's phrases (declaration.an_interest.*)
    "minutes.interest.nature": {"en": " ({nature})", "de": " ({nature})"},
    "minutes.interest.minute": {"en": "minute {ref}", "de": "Punkt {ref}"},
    "minutes.interest.item": {"en": "item {ref}", "de": "TOP {ref}"},
    "minutes.interest.declared.left": {
        "en": "{name} declared {interest} in {minute}{nature} and left the meeting for that item.",
        "de": "{name} erklärt {interest} zu {minute}{nature} und verlässt für diesen Punkt die Sitzung.",
    },
    "minutes.interest.declared.stayed": {
        "en": "{name} declared {interest} in {minute}{nature} and remained in the meeting.",
        "de": "{name} erklärt {interest} zu {minute}{nature} und bleibt in der Sitzung.",
    },
    "minutes.interest.here.left": {
        "en": "{name}, having declared {interest}{nature}, left the meeting for this item and took no part in "
              "the discussion or vote.",
        "de": "{name} erklärt {interest}{nature}, verlässt für diesen Punkt die Sitzung und nimmt an Beratung und "
              "Abstimmung nicht teil.",
    },
    "minutes.interest.here.stayed": {
        "en": "{name}, having declared {interest}{nature}, remained in the meeting.",
        "de": "{name} erklärt {interest}{nature} und bleibt in der Sitzung.",
    },
    # the previous minutes
    "minutes.approval.read": {
        "en": "The minutes of the meeting held on {date} were approved as read.",
        "de": "Die Niederschrift der Sitzung vom {date} wird genehmigt.",
    },
    "minutes.approval.corrected": {
        "en": "The minutes of the meeting held on {date} were approved as corrected.",
        "de": "Die Niederschrift der Sitzung vom {date} wird mit Änderungen genehmigt.",
    },
    "parish.minutes.approval.read": {
        "en": "The minutes of the meeting held on {date} were approved as a correct record.",
        "de": "Die Niederschrift der Sitzung vom {date} wird als richtig genehmigt.",
    },
    "parish.minutes.approval.corrected": {
        "en": "The minutes of the meeting held on {date} were approved as a correct record, as amended.",
        "de": "Die Niederschrift der Sitzung vom {date} wird mit Änderungen als richtig genehmigt.",
    },
    "roberts.minutes.approval.read": {
        "en": "The minutes of the meeting of {date} were approved as read.",
        "de": "Die Niederschrift der Sitzung vom {date} wird wie verlesen genehmigt.",
    },
    "roberts.minutes.approval.corrected": {
        "en": "The minutes of the meeting of {date} were approved as corrected.",
        "de": "Die Niederschrift der Sitzung vom {date} wird in berichtigter Fassung genehmigt.",
    },
    # a parish's Present line: "Cllr L Smith (from 7.38pm)"
    "parish.minutes.arrived.item": {"en": "from {time}", "de": "ab {time}"},
    "parish.minutes.arrived.during": {"en": "from {time}", "de": "ab {time}"},
    "parish.minutes.arrived.plain": {"en": "from {time}", "de": "ab {time}"},
    "parish.minutes.returned.item": {"en": "returned at {time}", "de": "wieder ab {time}"},
    "parish.minutes.returned.during": {"en": "returned at {time}", "de": "wieder ab {time}"},
    "parish.minutes.returned.plain": {"en": "returned at {time}", "de": "wieder ab {time}"},
    "parish.minutes.left.after": {"en": "left at {time}", "de": "bis {time}"},
    "parish.minutes.left.during": {"en": "left at {time}", "de": "bis {time}"},
    "parish.minutes.left.plain": {"en": "left at {time}", "de": "bis {time}"},
    "minutes.no_apologies": {"en": "No apologies were received.", "de": "Entschuldigungen lagen nicht vor."},
    "minutes.no_interests": {
        "en": "There were no declarations of interest.",
        "de": "Erklärungen zu persönlichen Interessen lagen nicht vor.",
    },
    # the titles of the standing items a parish minutes with the attendance and declarations
    "minutes.business.apologies": {"en": "apologies", "de": "entschuldigungen"},
    "minutes.business.declarations": {"en": "declaration", "de": "erklärung"},
    # recesses, where they happened, and the end
    "minutes.recess.reason": {"en": " ({reason})", "de": " ({reason})"},
    "minutes.recess.resumed": {
        "en": "The meeting was adjourned at {start}{reason} and resumed at {end}.",
        "de": "Die Sitzung wird um {start} Uhr unterbrochen{reason} und um {end} Uhr fortgesetzt.",
    },
    "minutes.recess.open": {
        "en": "The meeting was adjourned at {start}{reason}.",
        "de": "Die Sitzung wird um {start} Uhr unterbrochen{reason}.",
    },
    "parish.minutes.recess.resumed": {
        "en": "The meeting was adjourned at {start}{reason} and reconvened at {end}.",
        "de": "Die Sitzung wird um {start} unterbrochen{reason} und um {end} fortgesetzt.",
    },
    "roberts.minutes.recess.resumed": {
        "en": "The meeting recessed at {start}{reason} and reconvened at {end}.",
        "de": "Die Sitzung wird um {start} unterbrochen{reason} und um {end} fortgesetzt.",
    },
    "roberts.minutes.recess.open": {
        "en": "The meeting recessed at {start}{reason}.",
        "de": "Die Sitzung wird um {start} unterbrochen{reason}.",
    },
    "minutes.closing": {"en": "The meeting closed at {time}.", "de": "Die Sitzung endet um {time} Uhr."},
    "parish.minutes.closing": {
        "en": "There being no further business, the Chair closed the meeting at {time}.",
        "de": "Da keine weiteren Angelegenheiten vorliegen, schließt der Vorsitz die Sitzung um {time}.",
    },
    "roberts.minutes.closing": {"en": "The meeting adjourned at {time}.", "de": "Die Sitzung endet um {time}."},
    # Robert's Rules: the call to order (RONR 48:4–48:8)
    "minutes.call.to_order": {
        "en": "The {kind}meeting of the {body} was called to order at {time} on {date}{place}{chair}{secretary}.",
        "de": "Die {kind}Sitzung des Gremiums {body} wird am {date} um {time}{place} eröffnet{chair}{secretary}.",
    },
    "minutes.call.place": {"en": ", at {place}", "de": " ({place})"},
    "minutes.call.chair": {"en": ", by the {label}, {name}", "de": " durch {label} {name}"},
    "minutes.call.secretary": {"en": ", the {label}, {name}, being present", "de": "; {label} {name} ist anwesend"},
    "minutes.call.quorum": {"en": "A quorum was present.", "de": "Die Beschlussfähigkeit ist gegeben."},
    "minutes.call.no_quorum": {"en": "No quorum was present.", "de": "Die Beschlussfähigkeit ist nicht gegeben."},
    # Robert's Rules' words for motions and votes: the mover named, "adopted", "in favor", "opposed"
    "roberts.minutes.motion.moved.by": {"en": "{name} moved", "de": "{name} beantragt"},
    "roberts.minutes.verb.adopted.item": {"en": "adopted", "de": "beschlossen"},
    "roberts.minutes.verb.adopted.motion": {"en": "adopted", "de": "beschlossen"},
    "roberts.minutes.verb.adopted.amendment": {"en": "adopted", "de": "angenommen"},
    "roberts.minutes.verb.adopted.amended": {"en": "adopted", "de": "in geänderter Fassung beschlossen"},
    "roberts.minutes.vote.unanimous": {"en": "The motion was adopted unanimously.", "de": "einstimmig beschlossen"},
    "roberts.minutes.vote.adopted": {"en": "The motion was adopted ({counts}).", "de": "mit {counts} beschlossen"},
    "roberts.minutes.count.yes.one": {"en": "{count} in favor", "de": "{count} Ja-Stimme"},
    "roberts.minutes.count.yes.many": {"en": "{count} in favor", "de": "{count} Ja-Stimmen"},
    "roberts.minutes.count.no.one": {"en": "{count} opposed", "de": "{count} Nein-Stimme"},
    "roberts.minutes.count.no.many": {"en": "{count} opposed", "de": "{count} Nein-Stimmen"},
    "roberts.minutes.apologies_from": {"en": "Excused: {names}.", "de": "Entschuldigt: {names}."},
    "roberts.minutes.absent_without.one": {"en": "Absent: {names}.", "de": "Abwesend: {names}."},
    "roberts.minutes.absent_without.many": {"en": "Absent: {names}.", "de": "Abwesend: {names}."},
    "roberts.minutes.resolved": {"en": "The motion as adopted: that {text}.", "de": "Beschlossen: {text}"},
}

register(MESSAGES)
