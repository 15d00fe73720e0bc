"""Words of the attendance list the attendance allowance is paid from (`sitzung/attendance.py`)."""

MESSAGES: dict[str, dict[str, str]] = {
    "attendance_list.heading": {"en": "Attendance list", "de": "Anwesenheitsliste"},
    "attendance_list.period_reversed": {
        "en": "The period starts on {start}, after its end on {end}.",
        "de": "Der Zeitraum beginnt am {start}, nach seinem Ende am {end}.",
    },
    "attendance_list.title": {"en": "Attendance list: {body}", "de": "Anwesenheitsliste: {body}"},
    "attendance_list.period": {"en": "{start} to {end}", "de": "{start} bis {end}"},
    "attendance_list.period_from": {"en": "from {start}", "de": "ab {start}"},
    "attendance_list.period_to": {"en": "until {end}", "de": "bis {end}"},
    "attendance_list.period_all": {"en": "all dates", "de": "ohne Einschränkung"},
    "attendance_list.period_line": {"en": "Period: {period} ({sessions}).", "de": "Zeitraum: {period} ({sessions})."},
    "attendance_list.sessions.one": {"en": "1 session", "de": "1 Sitzung"},
    "attendance_list.sessions.many": {"en": "{count} sessions", "de": "{count} Sitzungen"},
    "attendance_list.none": {
        "en": "No session of {body} falls in this period.",
        "de": "In diesem Zeitraum hat {body} keine Sitzung.",
    },
    "attendance_list.unfinished": {
        "en": "Warning: the session {id} of {date} was not opened or not closed; its minutes present are left empty.",
        "de": "Achtung: die Sitzung {id} vom {date} wurde nicht eröffnet oder nicht geschlossen; ihre Minuten "
              "bleiben leer.",
    },
    "attendance_list.rules": {
        "en": "Minutes present: in the room between the opening and the close, recesses taken out; share: of the "
              "session's duration without its recesses.",
        "de": "Minuten anwesend: im Raum zwischen Eröffnung und Schluss, ohne Unterbrechungen; Anteil: an der "
              "Dauer der Sitzung ohne ihre Unterbrechungen.",
    },
    "attendance_list.per_session": {"en": "Attendance per session", "de": "Anwesenheit je Sitzung"},
    "attendance_list.per_person": {"en": "Totals per person", "de": "Summen je Person"},
    "attendance_list.mark.present": {"en": "present", "de": "anwesend"},
    "attendance_list.mark.excused": {"en": "excused", "de": "entschuldigt"},
    "attendance_list.mark.unexcused": {"en": "unexcused", "de": "unentschuldigt"},
    "attendance_list.mark.unrecorded": {"en": "not recorded", "de": "nicht erfasst"},
    "attendance_list.deputy_for": {"en": "substitute for {member}", "de": "i. V. für {member}"},
    "attendance_list.column.name": {"en": "Name", "de": "Name"},
    "attendance_list.column.date": {"en": "Date", "de": "Datum"},
    "attendance_list.column.session": {"en": "Session", "de": "Sitzung"},
    "attendance_list.column.mark": {"en": "Attendance", "de": "Anwesenheit"},
    "attendance_list.column.stretches": {"en": "Present from–to", "de": "Anwesend von–bis"},
    "attendance_list.column.minutes": {"en": "Minutes present", "de": "Minuten anwesend"},
    "attendance_list.column.session_minutes": {"en": "Session minutes", "de": "Sitzungsminuten"},
    "attendance_list.column.share": {"en": "Share (%)", "de": "Anteil (%)"},
    "attendance_list.column.deputy": {"en": "Substitute", "de": "Vertretung"},
    "attendance_list.column.listed": {"en": "Sessions", "de": "Sitzungen"},
    "attendance_list.column.attended": {"en": "Attended", "de": "Teilgenommen"},
    "attendance_list.column.excused": {"en": "Excused", "de": "Entschuldigt"},
    "attendance_list.column.unexcused": {"en": "Unexcused", "de": "Unentschuldigt"},
    "attendance_list.column.deputised": {"en": "As substitute", "de": "Als Vertretung"},
}
