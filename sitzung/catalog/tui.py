"""Messages of the terminal app."""

MESSAGES: dict[str, dict[str, str]] = {
    "tui.title": {"en": "sitzung", "de": "sitzung"},
    "tui.subtitle": {
        "en": "Session {number} · {body} · {date}",
        "de": "{number}. Sitzung · {body} · {date}",
    },
    "tui.quorate": {"en": "QUORATE", "de": "BESCHLUSSFÄHIG"},
    "tui.not_quorate": {"en": "NOT QUORATE", "de": "NICHT BESCHLUSSFÄHIG"},
    "tui.quorum_counts": {
        "en": "{present} present / {required} required / {seats} seats",
        "de": "{present} anwesend / {required} nötig / {seats} Sitze",
    },
    "tui.clock": {"en": "Clock: {status}", "de": "Uhr: {status}"},
    "tui.clock_elapsed": {"en": "Clock: {status} {elapsed}", "de": "Uhr: {status} {elapsed}"},
    "tui.no_item": {"en": "No item running", "de": "Kein Punkt läuft"},
    "tui.item": {"en": "Item {number} {elapsed}", "de": "TOP {number} {elapsed}"},
    "tui.col_name": {"en": "Name", "de": "Name"},
    "tui.col_status": {"en": "Status", "de": "Status"},
    "tui.col_time": {"en": "Time", "de": "Zeit"},
    "tui.col_counts": {"en": "Counts", "de": "Zählt"},
    "tui.not_recorded": {"en": "—", "de": "—"},
    "tui.counts_yes": {"en": "yes", "de": "ja"},
    "tui.binding.quit": {"en": "Quit", "de": "Beenden"},
    "tui.binding.quit_tip": {
        "en": "Close the app; everything is saved already.",
        "de": "App schließen; alles ist bereits gespeichert.",
    },
    "tui.binding.help": {"en": "Keys", "de": "Tasten"},
    "tui.binding.help_tip": {"en": "List every key.", "de": "Alle Tasten anzeigen."},
}
