"""Words of the chair's view and of `sitzung serve`."""

from sitzung.i18n import register

MESSAGES: dict[str, dict[str, str]] = {
    "chair.title": {"en": "Session {number} · {body} · {date}", "de": "{number}. Sitzung · {body} · {date}"},
    "chair.panel.quorum": {"en": "Quorum", "de": "Beschlussfähigkeit"},
    "chair.panel.item": {"en": "Agenda item", "de": "Tagesordnungspunkt"},
    "chair.panel.clock": {"en": "Session", "de": "Sitzung"},
    "chair.panel.changes": {"en": "Attendance: latest changes", "de": "Anwesenheit: letzte Änderungen"},
    "chair.quorate": {"en": "QUORATE", "de": "BESCHLUSSFÄHIG"},
    "chair.not_quorate": {"en": "NOT QUORATE", "de": "NICHT BESCHLUSSFÄHIG"},
    "chair.counts": {
        "en": "{present} present / {required} required · {seats} seats",
        "de": "{present} anwesend / {required} nötig · {seats} Sitze",
    },
    "chair.counts_item": {
        "en": "{present} present / {required} required · {seats} seats · for item {number}",
        "de": "{present} anwesend / {required} nötig · {seats} Sitze · für TOP {number}",
    },
    "chair.recused": {
        "en": "not counted for item {number} (conflict of interest): {names}",
        "de": "für TOP {number} befangen, nicht gezählt: {names}",
    },
    "chair.rule.majority": {
        "en": "Rule: more than half of the {seats} seats",
        "de": "Regel: mehr als die Hälfte der {seats} Sitze",
    },
    "chair.rule.half": {
        "en": "Rule: at least half of the {seats} seats",
        "de": "Regel: mindestens die Hälfte der {seats} Sitze",
    },
    "chair.rule.fraction": {
        "en": "Rule: at least {p}/{q} of the {seats} seats",
        "de": "Regel: mindestens {p}/{q} der {seats} Sitze",
    },
    "chair.rule.count": {
        "en": "Rule: at least {n} voting members",
        "de": "Regel: mindestens {n} stimmberechtigte Mitglieder",
    },
    "chair.determined_quorate": {
        "en": "Chair's determination at {at}: quorate",
        "de": "Feststellung des Vorsitzes um {at}: beschlussfähig",
    },
    "chair.determined_not_quorate": {
        "en": "Chair's determination at {at}: not quorate",
        "de": "Feststellung des Vorsitzes um {at}: nicht beschlussfähig",
    },
    "chair.no_determination": {
        "en": "No determination by the chair yet",
        "de": "Noch keine Feststellung des Vorsitzes",
    },
    "chair.item": {"en": "Item {number}", "de": "TOP {number}"},
    "chair.item_since": {"en": "running since {start} · {elapsed}", "de": "läuft seit {start} · {elapsed}"},
    "chair.motion": {"en": "{kind} {id}: {text}", "de": "{kind} {id}: {text}"},
    "chair.vote": {"en": "Vote {subject}: {result}", "de": "Abstimmung {subject}: {result}"},
    "chair.no_item": {"en": "No item running", "de": "Kein Tagesordnungspunkt läuft"},
    "chair.closed_session": {"en": "Closed session", "de": "Nichtöffentliche Sitzung"},
    "chair.clock.not_started": {"en": "not started yet", "de": "noch nicht begonnen"},
    "chair.clock.not_started_planned": {
        "en": "not started yet · planned for {planned}",
        "de": "noch nicht begonnen · geplant für {planned}",
    },
    "chair.clock.running": {"en": "running since {start} · {elapsed}", "de": "läuft seit {start} · {elapsed}"},
    "chair.clock.recess": {
        "en": "recess since {since} · began {start}",
        "de": "unterbrochen seit {since} · Beginn {start}",
    },
    "chair.clock.ended": {"en": "ended · {start}–{end} · {elapsed}", "de": "beendet · {start}–{end} · {elapsed}"},
    "chair.change": {"en": "{at}  {status}: {person}", "de": "{at}  {status}: {person}"},
    "chair.no_changes": {"en": "No attendance recorded yet", "de": "Noch keine Anwesenheit erfasst"},
    "chair.stale": {
        "en": "Showing the last state read; the session file cannot be read now: {reason}",
        "de": "Angezeigt wird der zuletzt gelesene Stand; die Sitzungsdatei ist gerade nicht lesbar: {reason}",
    },
    "chair.binding.quit": {"en": "Quit", "de": "Beenden"},
    "serve.url": {"en": "The chair's view is at {url}", "de": "Die Ansicht für den Vorsitz ist unter {url} erreichbar"},
    "serve.token_note": {
        "en": "Bound to {host}: only who has this address with its token sees the session.",
        "de": "An {host} gebunden: nur wer diese Adresse mit ihrem Token hat, sieht die Sitzung.",
    },
    "serve.quit_note": {"en": "Press Ctrl+C to stop.", "de": "Strg+C beendet den Server."},
    "serve.refused": {
        "en": "Access refused: this address needs the token printed when the server started.",
        "de": "Zugriff verweigert: diese Adresse braucht das Token, das beim Start des Servers ausgegeben wurde.",
    },
    "serve.wrong_host": {
        "en": "Access refused: this server only answers requests addressed to this computer.",
        "de": "Zugriff verweigert: dieser Server beantwortet nur Anfragen an diesen Rechner.",
    },
    "serve.wrong_origin": {
        "en": "Access refused: the connection does not come from this server's page.",
        "de": "Zugriff verweigert: die Verbindung kommt nicht von der Seite dieses Servers.",
    },
    "serve.cannot_listen": {
        "en": "Cannot listen on {host}, port {port}: {reason}.",
        "de": "Kann nicht auf {host}, Port {port} lauschen: {reason}.",
    },
    "serve.bad_host": {
        "en": "{host} is not an address or a name this computer can listen on.",
        "de": "{host} ist keine Adresse und kein Name, unter dem dieser Rechner lauschen kann.",
    },
    "serve.bad_max_views": {
        "en": "--max-views takes a number from 1 to 100, not {count}.",
        "de": "--max-views nimmt eine Zahl von 1 bis 100, nicht {count}.",
    },
    "serve.busy": {
        "en": "No view is free (at most {limit} at once); close one, then open this page again.",
        "de": "Keine Ansicht ist frei (höchstens {limit} zugleich); schließen Sie eine und laden Sie diese Seite neu.",
    },
    "serve.bad_port": {
        "en": "{port} is not a port; use a number from 1 to 65535.",
        "de": "{port} ist kein Port; erlaubt sind die Zahlen 1 bis 65535.",
    },
    "serve.page_title": {"en": "Chair's view · {title}", "de": "Ansicht Vorsitz · {title}"},
    "serve.page_closed": {"en": "The view was closed.", "de": "Die Ansicht wurde geschlossen."},
    "serve.page_restart": {"en": "Open again", "de": "Neu öffnen"},
    "serve.page_start": {"en": "Start", "de": "Starten"},
}

register(MESSAGES)
