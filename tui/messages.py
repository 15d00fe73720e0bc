"""What the panes ask of the app: panes post these messages, the app (which owns the state) acts on them."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from textual.message import Message

from sitzung.recorder import Recorder


class Act(Message):
    """Record an action (the app records it durably, or shows why it was refused).

    `then` runs only once the action is recorded (the roll call moves its cursor on then).
    """

    def __init__(self, action: Callable[[Recorder], Any], then: Callable[[], Any] | None = None) -> None:
        super().__init__()
        self.action = action
        self.then = then


class SaveNotes(Message):
    """The notes being typed should be recorded now (the autosave timer ran out, the clerk left the item)."""


class Form(StrEnum):
    MOTION = "motion"
    MOTION_ACTION = "motion_action"
    VOTE = "vote"
    NAMED_VOTE = "named_vote"
    RESOLVE = "resolve"
    ELECTION = "election"
    RECUSE = "recuse"
    GUEST = "guest"
    APOLOGY = "apology"
    ITEM = "item"
    PLAN = "plan"
    RETIME = "retime"
    AGENDA = "agenda"
    APPROVE = "approve"


class OpenForm(Message):
    """Open one of the app's forms, with what it is about (an item's number, an event)."""

    def __init__(self, form: Form, subject: Any = None) -> None:
        super().__init__()
        self.form = form
        self.subject = subject
