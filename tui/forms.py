"""The app's forms: each builds a FormDialog whose submit records through the recorder.

The forms of decisions (motions, votes, resolutions, elections) are in `tui.decision_forms`.

The dialogs are imported when a form opens: they bring Textual's form widgets, which the
first screen does not need (see `python -m benchmarks`, tui_start).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitzung.errors import SitzungError
from sitzung.i18n import t
from sitzung.model import AgendaItem, Event
from sitzung.timefmt import hhmm
from sitzung.vocabulary import Attendance, ClockAction
from tui.common import count_of
from tui.describe import describe_event
from tui.plain import clean

if TYPE_CHECKING:
    from sitzung.ports import Archive
    from sitzung.recorder import Recorder


class FormsMixin:
    """Opened by the app when a pane asks (`OpenForm`); needs `recorder`, `lang` and `push_screen`."""

    recorder: Recorder
    lang: str
    push_screen: Any
    version: int
    read_only: str
    archive: Archive | None  # the body's other sessions, read only (None: the approval form is not offered)
    notify: Any

    def _record(self, action: Callable[[Recorder], Any]) -> str | None:
        """Submit handler: None when recorded, else the sentence for the form."""
        if self.read_only:
            return t("tui.read_only_refused", self.lang)
        try:
            action(self.recorder)
        except SitzungError as error:
            return error.message(self.lang)
        self.version += 1
        return None

    def open_recuse_dialog(self, number: str) -> None:
        """A recusal, or a declaration of interest: its kind (none for a German Befangenheit), whether the
        member stays (counted and voting), and its nature; the name alone records a recusal as before."""
        from sitzung.vocabulary import Interest
        from tui.dialogs import Field, FormDialog

        lang = self.lang
        state = self.recorder.state
        names = [f"{p.last}, {p.first}" for p in state.people.values()]
        kinds = [(t(f"interest.{kind}", lang), kind.value) for kind in Interest]

        def submit(values: dict[str, Any]) -> str | None:
            return self._record(
                lambda r: r.recuse(
                    number, values["person"], interest=values["interest"], stays=bool(values["stays"]),
                    nature=values["nature"],
                )
            )

        fields = [
            Field("person", t("tui.recuse_person", lang), suggestions=names),
            Field("interest", t("tui.declare_interest", lang), kind="select", options=kinds,
                  prompt=t("tui.interest_none", lang)),
            Field("stays", t("tui.declare_stays", lang), kind="checkbox", value=False),
            Field("nature", t("tui.declare_nature", lang)),
        ]
        title = t("tui.recuse_title", lang, number=clean(number))
        self.push_screen(FormDialog(title, fields, submit, lang, compact=True))

    def open_approve_dialog(self, number: str) -> None:
        """Whose minutes this meeting approved at item `number`: the body's earlier meetings, the previous one
        chosen, and whether as read or as corrected. They are listed from the archive when the form opens."""
        from sitzung.approvals import session_info, sessions_before
        from sitzung.timefmt import german_date
        from tui.dialogs import Field, FormDialog

        archive, lang, info = self.archive, self.lang, self.recorder.state.info
        if archive is None:
            return
        try:
            earlier = sessions_before(archive, info)
        except SitzungError as error:
            self.notify(error.message(lang), severity="error")
            return
        if not earlier:
            self.notify(t("approval.no_previous", lang, body=info.body.name, date=german_date(info.date)))
            return

        def submit(values: dict[str, Any]) -> str | None:
            if not values["session"]:
                return t("tui.approve_choose", lang)
            try:
                approved = session_info(archive, values["session"])
            except SitzungError as error:
                return error.message(lang)
            return self._record(lambda r: r.approve_minutes(number, approved, bool(values["corrected"])))

        options = [
            (t("tui.approve_option", lang, date=german_date(s.date), number=s.number, id=s.id), s.id) for s in earlier
        ]
        fields = [
            Field("session", t("tui.approve_session", lang), kind="select", options=options, value=earlier[0].id,
                  blank=False),
            Field("corrected", t("tui.approve_corrected", lang), kind="checkbox", value=False),
        ]
        self.push_screen(FormDialog(t("tui.approve_title", lang, number=clean(number)), fields, submit, lang))

    def open_guest_dialog(self) -> None:
        from tui.dialogs import Field, FormDialog

        state = self.recorder.state
        body = state.info.body
        roles = [(r.heading, r.key) for r in body.ordered_roles()]
        members = [f"{p.last}, {p.first}" for p in state.people.values() if p.votes_in(body)]
        lang = self.lang

        def submit(values: dict[str, Any]) -> str | None:
            return self._record(
                lambda r: r.add_guest(values["name"], values["role"] or "", values["title"], values["deputy_for"])
            )

        fields = [
            Field("name", t("tui.guest_name", lang), placeholder=t("tui.guest_name_hint", lang)),
            Field("title", t("tui.guest_title", lang), placeholder="Dr."),
            Field("role", t("tui.guest_role", lang), kind="select", options=roles, value=roles[-1][1]),
            Field("deputy_for", t("tui.guest_deputy_for", lang), suggestions=members),
        ]
        self.push_screen(FormDialog(t("tui.guest_dialog", lang), fields, submit, lang))

    def open_apology_dialog(self, key: str) -> None:
        """The person `key` is absent with apologies, for the reason given ("work commitments"); the form holds
        the reason recorded so far, and Enter on an empty field records the apologies without one."""
        from tui.dialogs import Field, FormDialog

        lang = self.lang
        state = self.recorder.state
        person = state.people.get(key)
        if person is None:
            return

        def submit(values: dict[str, Any]) -> str | None:
            return self._record(lambda r: r.attend(key, Attendance.EXCUSED, reason=values["reason"]))

        fields = [
            Field("reason", t("tui.apology_reason", lang), value=state.presence(key).reason,
                  placeholder=t("tui.apology_reason_hint", lang)),
        ]
        title = t("tui.apology_title", lang, name=clean(person.display))
        self.push_screen(FormDialog(title, fields, submit, lang))

    def open_item_dialog(self, parent: str | None) -> None:
        from tui.dialogs import Field, FormDialog

        lang = self.lang
        public_default = True  # urgent items are public unless the clerk says otherwise; under a closed item, closed

        def submit(values: dict[str, Any]) -> str | None:
            item = AgendaItem(values["number"].strip(), values["title"].strip(), bool(values["public"]))
            under = values["parent"].strip() or None
            return self._record(lambda r: r.add_item(item, under))

        fields = [
            Field("number", t("tui.item_number", lang)),
            Field("title", t("tui.item_title", lang)),
            Field("public", t("tui.item_public", lang), kind="checkbox", value=public_default),
            Field("parent", t("tui.item_parent", lang), value="", placeholder=parent or ""),
        ]
        self.push_screen(FormDialog(t("tui.item_dialog", lang), fields, submit, lang))

    def open_plan_dialog(self, number: str) -> None:
        from tui.dialogs import Field, FormDialog

        item = self.recorder.state.items[number]

        def submit(values: dict[str, Any]) -> str | None:
            text = values["minutes"].strip()
            if text and count_of(text) is None:
                return t("tui.plan_not_number", self.lang)
            return self._record(lambda r: r.plan(number, count_of(text)))

        fields = [Field("minutes", t("tui.plan_minutes", self.lang), value=str(item.planned or ""))]
        self.push_screen(FormDialog(t("tui.plan_title", self.lang, number=clean(number)), fields, submit, self.lang))

    def open_retime_dialog(self, event: Event) -> None:
        from sitzung.timeparse import parse_at
        from tui.dialogs import Field, FormDialog

        day = self.recorder.state.info.date

        def submit(values: dict[str, Any]) -> str | None:
            try:
                moment = parse_at(values["time"], event.at.date() if event.at else day)
            except SitzungError as error:
                return error.message(self.lang)
            return self._record(lambda r: r.retime(event.seq, moment))

        what = describe_event(self.recorder.state, event, self.lang)
        fields = [Field("time", t("tui.retime_time", self.lang), value=hhmm(event.at))]
        self.push_screen(FormDialog(t("tui.retime_title", self.lang, what=what), fields, submit, self.lang))

    def open_recess_dialog(self) -> None:
        """A recess starts now; its reason is optional (Enter alone records it without one)."""
        from tui.dialogs import Field, FormDialog

        def submit(values: dict[str, Any]) -> str | None:
            return self._record(lambda r: r.clock_action(ClockAction.PAUSE, reason=values["reason"]))

        hint = t("tui.recess_reason_hint", self.lang)
        fields = [Field("reason", t("tui.recess_reason", self.lang), placeholder=hint)]
        self.push_screen(FormDialog(t("tui.recess_title", self.lang), fields, submit, self.lang))

    def open_remark_dialog(self) -> None:
        """A remark on the session as a whole (papers attached for information, …), added as a paragraph."""
        from tui.dialogs import Field, FormDialog

        def submit(values: dict[str, Any]) -> str | None:
            return self._record(lambda r: r.remark(values["text"]))

        fields = [Field("text", t("tui.remark_text", self.lang))]
        self.push_screen(FormDialog(t("tui.remark_title", self.lang), fields, submit, self.lang))

    def open_agenda_import_dialog(self) -> None:
        """Import the agenda from a text file (as printed in the minutes); items already recorded keep their facts."""
        from sitzung.agenda_text import parse_agenda  # the parsers are imported when the form opens
        from sitzung.sessions import read_agenda
        from tui.dialogs import Field, FormDialog

        def submit(values: dict[str, Any]) -> str | None:
            path, text = values["path"].strip(), values["text"]
            if not path and not text.strip():
                return t("tui.minutes.no_path", self.lang)
            try:
                items = parse_agenda(text, "-") if text.strip() else read_agenda(Path(path).expanduser())
            except SitzungError as error:
                return error.message(self.lang)
            return self._record(lambda r: r.set_agenda(items))

        fields = [
            Field("path", t("tui.agenda_import_path", self.lang), placeholder="agenda.txt"),
            Field("text", t("tui.agenda_import_text", self.lang), kind="lines"),
        ]
        self.push_screen(FormDialog(t("tui.agenda_import_title", self.lang), fields, submit, self.lang))

    def confirm(self, question: str, then: Callable[[], Any]) -> None:
        from tui.dialogs import FormDialog

        def submit(values: dict[str, Any]) -> str | None:
            then()
            return None

        self.push_screen(FormDialog(question, [], submit, self.lang))
