"""The forms of decisions: a motion, a motion's next step, a vote and a resolution; and the named-vote grid and
the election screen, opened from here.

Each form records through the app (`FormsMixin._record`): a refusal is the form's sentence. The vote form's
live line asks `sitzung.outcomes` what the typed tally decides, on a `Vote` built from the form: nothing here
counts a majority. A few of the core's refusals quote the command line ("--by", "--to"); the forms check those
cases first and say it in the app's words. The app's start imports this module; the decisions' records and
counts are imported by the forms, when one opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sitzung.i18n import t
from sitzung.timefmt import hhmm
from sitzung.vocabulary import Choice, Majority, MotionAction, MotionKind, MotionStatus, Outcome
from tui.common import count_of
from tui.describe import ITEM, motion_head, motion_label, shorten, subject_words, vote_words
from tui.plain import clean

if TYPE_CHECKING:
    from sitzung.decisions import Motion, Vote
    from sitzung.recorder import Recorder
    from sitzung.state import ItemState, SessionState

Record = Callable[[Callable[["Recorder"], Any]], str | None]
VOTE_MODES = ("counted", "unanimous", "named", "secret")
COUNTED = ("counted", "secret")  # the modes whose counts the clerk types


def present_names(state: SessionState) -> list[str]:
    """Who is in the room now, as "Last, First" (the suggestions of a person's field), in roster order."""
    from sitzung.attendance import name_of  # the attendance list's module: imported when a form needs it

    return [name_of(p) for p in state.present_at()]


def typed_vote(
    state: SessionState, values: dict[str, Any], at: datetime, entitled: list[str]
) -> Vote | str:
    """The vote the form describes (not recorded), or the sentence saying why the counts are not numbers."""
    from sitzung.decisions import Vote

    mode = values.get("mode") or "counted"
    yes = no = abstain = 0
    if mode in COUNTED:
        counts = [values[key] for key in ("yes", "no", "abstain")]
        if any(c.strip() and count_of(c) is None for c in counts):
            return "tui.vote_not_numbers"
        yes, no, abstain = (count_of(c) or 0 for c in counts)
    subject = values.get("subject")
    casting = values.get("casting")
    return Vote(
        seq=0, at=at, motion=None if subject in (None, ITEM) else subject,
        majority=Majority(values.get("majority") or state.info.body.majority),
        yes=yes, no=no, abstain=abstain, unanimous=mode == "unanimous", named=mode == "named",
        secret=mode == "secret", casting=Choice(casting) if casting else None,
        ballots=dict.fromkeys(entitled, Choice.YES) if mode == "named" else {},
    )


class DecisionForms:
    """Opened by the app when the agenda asks (`OpenForm`); needs `recorder`, `lang`, `push_screen` and `_record`."""

    recorder: Recorder
    lang: str
    push_screen: Any
    _record: Record

    def _item(self, number: str) -> tuple[SessionState, ItemState]:
        state = self.recorder.state
        return state, state.items[number]

    # -- motions ---------------------------------------------------------------------------

    def open_motion_dialog(self, number: str) -> None:
        """A motion, an amendment (the motion it amends chosen) or a point of order, with mover and seconder."""
        from sitzung.outcomes import motion_status
        from tui.dialogs import Field, FormDialog

        state, item = self._item(number)
        lang = self.lang
        people = present_names(state)
        amendable = [
            m for m in item.decisions.motions
            if m.kind is not MotionKind.POINT_OF_ORDER and motion_status(state, item, m) is MotionStatus.OPEN
        ]

        def submit(values: dict[str, Any]) -> str | None:
            amends, order = values.get("amends"), bool(values["point_of_order"])
            if order and amends:
                return t("tui.motion.order_amends", lang)
            by, second = values["by"].strip() or None, values["seconded_by"].strip() or None
            return self._record(
                lambda r: r.motion(number, values["text"], by=by, seconded_by=second, amends=amends,
                                   point_of_order=order)
            )

        fields = [
            Field("text", t("tui.motion.text", lang), kind="lines", short=True),
            Field("by", t("tui.motion.by", lang), suggestions=people),
            Field("seconded_by", t("tui.motion.seconded_by", lang), suggestions=people),
        ]
        if amendable:
            options = [(motion_label(state, item, m, lang), m.id) for m in amendable]
            fields.append(Field("amends", t("tui.motion.amends", lang), kind="select", options=options,
                                prompt=t("tui.motion.amends_none", lang)))
        fields.append(Field("point_of_order", t("tui.motion.point_of_order", lang), kind="checkbox"))
        title = t("tui.motion.title", lang, number=clean(number))
        self.push_screen(FormDialog(title, fields, submit, lang, compact=True))

    def open_motion_action_dialog(self, number: str) -> None:
        """The next step of an open motion: seconded, withdrawn, fallen for lack of a second, or ruled on."""
        from sitzung.outcomes import motion_status
        from tui.dialogs import Field, FormDialog

        state, item = self._item(number)
        lang = self.lang
        open_ = [m for m in item.decisions.motions if motion_status(state, item, m) is MotionStatus.OPEN]
        if not open_:
            return
        actions = [MotionAction.SECOND, MotionAction.WITHDRAW, MotionAction.NO_SECOND]
        if any(m.kind is MotionKind.POINT_OF_ORDER for m in open_):
            actions.append(MotionAction.RULE)

        def usual(motion: Motion) -> MotionAction:
            if motion.kind is MotionKind.POINT_OF_ORDER:
                return MotionAction.RULE
            return MotionAction.WITHDRAW if motion.seconded_by else MotionAction.SECOND

        def chosen(values: dict[str, Any]) -> Motion | None:
            return item.decisions.motion(values.get("motion"))

        def preview(values: dict[str, Any]) -> str:
            motion = chosen(values)
            if motion is None:
                return ""
            return f"{motion_head(state, item, motion, lang)}\n{shorten(motion.text, 140)}"

        def adjust(name: str, values: dict[str, Any]) -> dict[str, Any]:
            motion = chosen(values)
            return {"action": usual(motion).value} if name == "motion" and motion is not None else {}

        def submit(values: dict[str, Any]) -> str | None:
            motion, action = chosen(values), values.get("action")
            if motion is None or not action:
                return t("tui.motion_action.choose", lang)
            person, ruling = values["person"].strip(), values["ruling"].strip()
            if action == MotionAction.SECOND and not person:
                return t("tui.motion_action.who_seconds", lang, motion=motion.id)
            if action == MotionAction.RULE and not ruling:
                return t("tui.motion_action.what_ruling", lang, motion=motion.id)
            return self._record(
                lambda r: r.motion_action(number, action, motion.id, by=person or None, ruling=ruling)
            )

        latest = open_[-1]
        fields = [
            Field("motion", t("tui.motion_action.motion", lang), kind="select", blank=False, value=latest.id,
                  options=[(motion_label(state, item, m, lang), m.id) for m in open_]),
            Field("action", t("tui.motion_action.action", lang), kind="select", blank=False,
                  value=usual(latest).value,
                  options=[(t(f"tui.motion_action.{a}", lang), a.value) for a in actions]),
            Field("person", t("tui.motion_action.person", lang), suggestions=present_names(state)),
            Field("ruling", t("tui.motion_action.ruling", lang)),
        ]
        title = t("tui.motion_action.title", lang, number=clean(number))
        self.push_screen(FormDialog(title, fields, submit, lang, preview, compact=True, adjust=adjust))

    # -- votes -------------------------------------------------------------------------------

    def open_vote_dialog(self, number: str) -> None:
        """Counts (or unanimous, named, secret), on the open motion or the item, under the body's majority.

        The line under the fields says what the typed tally decides, as `sitzung.outcomes` computes it. A
        named vote opens its grid once recorded: everyone "yes", the clerk marks the exceptions.
        """
        from sitzung.outcomes import motion_status, open_motion, voters
        from tui.dialogs import Field, FormDialog

        state, item = self._item(number)
        body = state.info.body
        lang = self.lang
        now = self.recorder.clock.now()
        entitled = voters(state, item, now)
        current = open_motion(state, item)
        # a motion still to be voted on (or recounted), or the item itself
        motions = [
            m for m in item.decisions.motions
            if m.kind is not MotionKind.POINT_OF_ORDER and not motion_status(state, item, m).closed
        ]
        subjects = [(motion_label(state, item, m, lang), m.id) for m in motions]
        subjects.append((t("tui.vote.subject_item", lang), ITEM))
        chosen_mode: list[str] = []

        def unseconded(vote: Vote) -> Motion | None:
            motion = item.decisions.motion(vote.motion)
            return motion if motion and body.seconding and not motion.seconded_by else None

        def preview(values: dict[str, Any]) -> str:
            vote = typed_vote(state, values, now, entitled)
            if isinstance(vote, str):
                return t(vote, lang)
            counted = values["mode"] in COUNTED
            total = vote.tally.total
            if counted and not total:
                lines = [t("tui.vote.type_counts", lang)]
            else:
                result = vote_words(state, item, vote, lang)
                lines = [t("tui.vote.preview", lang, subject=subject_words(vote.motion, lang), result=result)]
            if counted and total > len(entitled):
                lines.append(t("tui.vote_too_many", lang, total=total, present=len(entitled)))
            if (latest := state.latest_determination) is not None and not latest[1]:
                lines.append(t("tui.vote_not_quorate", lang, at=hhmm(latest[0])))
            if (motion := unseconded(vote)) is not None:
                lines.append("⚠ " + t("tui.vote.unseconded", lang, motion=clean(motion.id)))
            return "\n".join(lines)

        def submit(values: dict[str, Any]) -> str | None:
            vote = typed_vote(state, values, now, entitled)
            if isinstance(vote, str):
                return t(vote, lang)
            if (motion := unseconded(vote)) is not None:
                return t("tui.vote.unseconded", lang, motion=clean(motion.id))
            if values["mode"] in COUNTED and not vote.tally.total:
                return t("tui.vote.no_counts", lang)
            options = dict(
                force=bool(values["force"]), unanimous=vote.unanimous, named=vote.named, secret=vote.secret,
                motion=vote.motion or ITEM, majority=vote.majority, casting=vote.casting,
            )
            chosen_mode[:] = [values["mode"]]
            if values["mode"] in COUNTED:
                yes, no, abstain = (count_of(values[k]) for k in ("yes", "no", "abstain"))
                return self._record(lambda r: r.vote(number, yes, no, abstain, **options))
            return self._record(lambda r: r.vote(number, **options))

        def then(recorded: bool | None) -> None:
            if recorded and chosen_mode == ["named"]:
                self.open_named_vote(number)

        fields = [
            Field("yes", t("tui.vote_yes", lang)),
            Field("no", t("tui.vote_no", lang)),
            Field("abstain", t("tui.vote_abstain", lang)),
            Field("mode", t("tui.vote.mode", lang), kind="select", blank=False, value="counted",
                  options=[(t(f"tui.vote_kind.{mode}", lang), mode) for mode in VOTE_MODES]),
            Field("subject", t("tui.vote.subject", lang), kind="select", blank=False, options=subjects,
                  value=current.id if current else ITEM),
            Field("majority", t("tui.vote.majority", lang), kind="select", blank=False, value=body.majority.value,
                  options=[(t(f"majority.{rule}", lang), rule.value) for rule in Majority]),
        ]
        if body.casting_vote:
            fields.append(Field("casting", t("tui.vote.casting", lang), kind="select",
                                options=[(t(f"choice.{c}", lang), c.value) for c in (Choice.YES, Choice.NO)],
                                prompt=t("tui.vote.casting_none", lang)))
        fields.append(Field("force", t("tui.vote_force_box", lang), kind="checkbox"))
        title = t("tui.vote_title", lang, number=clean(number), present=len(entitled))
        self.push_screen(FormDialog(title, fields, submit, lang, preview, compact=True), then)

    def open_named_vote(self, number: str) -> None:
        """The grid of the item's latest named vote: each voter's choice, the exceptions marked by key."""
        from tui.named_vote import NamedVoteScreen

        _state, item = self._item(number)
        named = [v for v in item.decisions.votes if v.named]
        if named:
            vote = max(named, key=lambda v: v.seq)
            self.push_screen(NamedVoteScreen(self.recorder, number, vote.motion, self.lang, self._record))

    # -- resolutions ---------------------------------------------------------------------------

    def open_resolve_dialog(self, number: str) -> None:
        """What became of the item or one of its motions, with the resolution's wording (the motion's, to edit)."""
        from sitzung.outcomes import open_motion, outcome_of_vote
        from tui.dialogs import Field, FormDialog

        state, item = self._item(number)
        lang = self.lang
        decisions = item.decisions
        motions = [m for m in decisions.motions if m.kind is not MotionKind.POINT_OF_ORDER]
        latest = max(decisions.votes, key=lambda v: v.seq, default=None)
        subjects = [(t("tui.resolve.subject_item", lang), ITEM)]
        subjects += [(motion_label(state, item, m, lang), m.id) for m in motions]
        current = open_motion(state, item)
        default = (latest.motion if latest else current.id if current else None) or ITEM

        def motion_of(subject: str | None) -> str | None:
            return None if subject in (None, ITEM) else subject

        def wording(subject: str | None) -> str:
            """The recorded resolution's wording, else the motion's."""
            resolution = decisions.resolution_on(motion_of(subject))
            if resolution is not None and resolution.text:
                return resolution.text
            motion = decisions.motion(motion_of(subject))
            return motion.text if motion else ""

        def implied(subject: str | None) -> str:
            """The outcome the vote implies, else the one recorded before, else none."""
            if (vote := decisions.vote_on(motion_of(subject))) is not None:
                return outcome_of_vote(state, item, vote).value
            resolution = decisions.resolution_on(motion_of(subject))
            return resolution.outcome.value if resolution else ""

        prefilled = {"text": wording(default)}

        def adjust(name: str, values: dict[str, Any]) -> dict[str, Any]:
            if name != "subject":
                return {}
            changes: dict[str, Any] = {}
            if values["text"] in ("", clean(prefilled["text"], lines=True)):  # not edited: follow the subject
                prefilled["text"] = wording(values["subject"])
                changes["text"] = prefilled["text"]
            changes["outcome"] = implied(values["subject"]) or None  # what the vote decided, else to be chosen
            return changes

        def preview(values: dict[str, Any]) -> str:
            vote = decisions.vote_on(motion_of(values["subject"]))
            return t("tui.vote_line", lang, result=vote_words(state, item, vote, lang)) if vote else ""

        def submit(values: dict[str, Any]) -> str | None:
            outcome, to = values["outcome"], values["to"].strip()
            if not outcome:
                return t("tui.resolve.choose_outcome", lang)
            if outcome == Outcome.REFERRED and not to:
                return t("tui.resolve.to_needed", lang)
            if to and outcome != Outcome.REFERRED:
                return t("tui.resolve.to_only_referred", lang)
            text = values["text"]
            if text == clean(prefilled["text"], lines=True):  # as shown: the wording itself, as recorded
                text = prefilled["text"]
            motion = motion_of(values["subject"])
            return self._record(lambda r: r.resolve(number, outcome, text, to, motion=motion or ITEM))

        fields = [
            Field("subject", t("tui.resolve.subject", lang), kind="select", blank=False, options=subjects,
                  value=default),
            Field("outcome", t("tui.resolve.outcome", lang), kind="select", value=implied(default),
                  options=[(t(f"outcome.{o}", lang), o.value) for o in Outcome]),
            Field("text", t("tui.resolve.text", lang), kind="lines", short=True, value=prefilled["text"]),
            Field("to", t("tui.resolve.to", lang)),
        ]
        title = t("tui.resolve.title", lang, number=clean(number))
        self.push_screen(FormDialog(title, fields, submit, lang, preview, compact=True, adjust=adjust))

    # -- elections -------------------------------------------------------------------------------

    def open_election(self, number: str) -> None:
        """The item's latest election; with none yet, the form that opens one (then its screen)."""
        from tui.election_screen import ElectionScreen, election_form

        def show(_recorded: bool | None = True) -> None:
            elections = self.recorder.state.items[number].decisions.elections
            if _recorded and elections:
                self.push_screen(ElectionScreen(self.recorder, number, elections[-1].id, self.lang, self._record))

        if self.recorder.state.items[number].decisions.elections:
            show()
        else:
            self.push_screen(election_form(number, self.lang, self._record), show)
