"""Words of approving an earlier meeting's minutes (`Recorder.approve_minutes`, `sitzung.approvals`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "approval.own_session": {
        "en": "A meeting cannot approve its own minutes: {id} is this session.",
        "de": "Eine Sitzung kann ihre eigene Niederschrift nicht genehmigen: {id} ist diese Sitzung.",
    },
    "approval.other_body": {
        "en": "The session {id} is a meeting of {other}, not of {body}; only the body's own minutes are approved "
              "here.",
        "de": "Die Sitzung {id} ist eine Sitzung von {other}, nicht von {body}; genehmigt werden hier nur "
              "Niederschriften des eigenen Gremiums.",
    },
    "approval.not_earlier": {
        "en": "The session {id} of {date} does not come before this one of {today}; only an earlier meeting's "
              "minutes can be approved.",
        "de": "Die Sitzung {id} vom {date} liegt nicht vor dieser vom {today}; genehmigt werden kann nur die "
              "Niederschrift einer früheren Sitzung.",
    },
    "approval.already": {
        "en": "The minutes of the meeting of {date} ({id}) were already approved in this meeting, at item {number}.",
        "de": "Die Niederschrift der Sitzung vom {date} ({id}) wurde in dieser Sitzung bereits genehmigt, bei "
              "TOP {number}.",
    },
    "approval.no_previous": {
        "en": "{body} has no meeting before this one of {date}, so there are no earlier minutes to approve.",
        "de": "{body} hat vor dieser Sitzung vom {date} keine Sitzung, also keine frühere Niederschrift zu "
              "genehmigen.",
    },
}
