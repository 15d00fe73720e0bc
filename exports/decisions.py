"""What an item decided, as the minutes say it: motions, votes, resolutions and elections.

`item_decisions` turns one item's `ItemDecisions` into the plain data the
minutes' templates get. Every fact — a vote's tally and result, a motion's
status, whether it was amended, an election's result, the resolution and
minute numbers — is asked of `sitzung.outcomes`; this module only words it,
from the catalogs (`exports.words`). Every string is escaped Markdown: what
the clerk typed (wordings, rulings, candidates, the body a matter goes to) is
text, never markup.

The subjects of an item are its motions (each with its amendments, which
are voted first) and the item itself (a vote or resolution without a
motion). Each subject carries its sentences in the minutes' language; the
template puts them in its house style's order.

House styles: German minutes say "Antrag (M1) von …, unterstützt von …:
„…“", "Abstimmungsergebnis: mehrheitlich bei 1 Gegenstimme beschlossen (3
Ja, 1 Nein)" and "**Beschluss:**" with the wording; English minutes say
"Cllr X proposed, seconded by Cllr Y, that …" for a council that numbers its
minutes or whose chair has a casting vote (UK), and "It was moved by X and
seconded by Y that …" otherwise (Robert's Rules), then "The motion was
carried (…)." and "RESOLVED that …". A vote on an item without motions,
counted by hand under a simple majority, keeps the minutes' earlier wording
("mit 3 Ja-Stimmen und 1 Nein-Stimme beschlossen").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from exports.markdown_text import block, inline, paragraphs
from sitzung.decisions import Election, Motion, Resolution, Vote
from sitzung.genitive import genitive, nominative
from sitzung.house_style import MinutesStyle
from sitzung.i18n import counted, t
from sitzung.majority import Majority, Tally, VoteResult
from sitzung.outcomes import (
    Numbered,
    election_result,
    election_rounds,
    motion_status,
    outcome_of_vote,
    tally,
    vote_result,
)
from sitzung.state import ItemState, SessionState
from sitzung.vocabulary import Choice, MotionKind, MotionStatus, Outcome

if TYPE_CHECKING:
    from exports.house import House

# Outcomes a vote decides; the others (deferred, referred, noted, withdrawn) are the meeting's choice.
_VOTED = (Outcome.ADOPTED, Outcome.ADOPTED_AMENDED, Outcome.REJECTED)
_ARTICLES = ("der ", "die ", "das ", "den ", "dem ")


# -- small words ---------------------------------------------------------------------------------


def join(parts: list[str], lang: str, key: str = "minutes.and") -> str:
    """ "a, b and c" in the minutes' language."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + t(key, lang) + parts[-1]


def ordinal(number: int, lang: str) -> str:
    if lang == "de":
        return f"{number}."
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _nth(number: int, lang: str) -> str:
    """A ballot's number as the round's sentence wants it: "First" (en), "1" (de, before "\\. Wahlgang")."""
    if 1 <= number <= 5:
        return t(f"minutes.nth.{number}", lang)
    return str(number) if lang == "de" else ordinal(number, lang)


def _clause(text: str) -> str:
    """A wording as the clause after "that": without a leading "that" and a final full stop."""
    words = " ".join(text.split())
    if words.casefold().startswith("that "):
        words = words[5:].lstrip()
    return words[:-1] if words.endswith(".") else words


def _sentence(text: str) -> str:
    """Escaped text ending with a full stop (or the mark it ends with)."""
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def _quoting(sentence: str, wording: str) -> str:
    """A sentence that ends with a quoted wording: its full stop after the quote, unless the wording has one."""
    return sentence if wording.rstrip().endswith((".", "!", "?")) else sentence + "."


def accusative(name: str) -> str:
    """A body's name after "an" in "an den Kreistag verwiesen": "den Kreistag", "die Verbandsversammlung".

    A name typed with its article ("den Kreistag") is used as typed. The forms come
    from the core's nominative and genitive (`sitzung.genitive`): a masculine name
    takes the genitive's adjectives ("den Ständigen Ausschuss"); an unknown one is
    "das Gremium „…“".
    """
    text = " ".join(name.split())
    if text.casefold().startswith(_ARTICLES):
        return text[0].lower() + text[1:]
    nom = nominative(text)
    if nom.startswith("Das Gremium „"):
        return t("minutes.body_unnamed", "de", name=text)
    words, gen = nom.split(" "), genitive(text).split(" ")
    article = {"Der": "den", "Die": "die", "Das": "das"}[words[0]]
    if article != "den" or len(gen) != len(words):
        return " ".join([article, *words[1:]])
    return " ".join([article, *(g if g == w + "n" else w for w, g in zip(words[1:], gen[1:], strict=True))])


# -- people --------------------------------------------------------------------------------------


def _say(lang: str, house: House | None) -> Callable[..., str]:
    """The catalog in the house's own words where it has them (`exports.house`), else the language's."""
    if house is not None:
        return house.t
    return lambda key, **params: t(key, lang, **params)


class _Names:
    """How the minutes name the people of a decision: by their name in a sentence (the house's form),
    a German mover with the role."""

    def __init__(self, state: SessionState, house: House) -> None:
        self.state = state
        self.house = house
        self.lang = house.lang
        self.order = {key: index for index, key in enumerate(state.people)}

    def plain(self, key: str) -> str:
        person = self.state.people.get(key)
        return inline(self.house.names.prose(person) if person else key)

    def with_role(self, key: str) -> str:
        """ "Kreistagsmitglied Dr. Anna Alpha" in German minutes of a German body; the plain name otherwise."""
        person = self.state.people.get(key)
        body = self.state.info.body
        role = body.role(person.role) if person else None
        if person is None or role is None or not role.votes or body.lang != self.lang or self.lang != "de":
            return self.plain(key)
        return inline(f"{role.label} {self.house.names.prose(person)}")

    def sorted(self, keys: list[str]) -> list[str]:
        return sorted(keys, key=lambda k: self.order.get(k, len(self.order)))


# -- votes ---------------------------------------------------------------------------------------


def _counts(counted: Tally, lang: str, house: House | None = None) -> str:
    """The counts in a sentence: "9 Ja-Stimmen, 3 Nein-Stimmen und 2 Enthaltungen", "9 for, 3 against"."""
    say = _say(lang, house)
    parts = []
    for field, count in (("yes", counted.yes), ("no", counted.no), ("abstain", counted.abstain)):
        if count or (field == "yes" and counted.total == 0):
            form = "one" if count == 1 else "many"
            parts.append(say(f"minutes.count.{field}.{form}", count=count))
    return join(parts, lang, "minutes.counts_and")


def _short_counts(counted: Tally, lang: str) -> str:
    """The counts in brackets of the German house style: "9 Ja, 3 Nein, 2 Enthaltungen"."""
    parts = []
    if counted.yes or counted.total == 0:
        parts.append(t("minutes.short.yes", lang, count=counted.yes))
    if counted.no:
        parts.append(t("minutes.short.no", lang, count=counted.no))
    if counted.abstain:
        form = "one" if counted.abstain == 1 else "many"
        parts.append(t(f"minutes.count.abstain.{form}", lang, count=counted.abstain))
    return ", ".join(parts)


def legacy_words(counted: Tally, result: VoteResult, unanimous: bool, lang: str, house: House | None = None) -> str:
    """The minutes' wording of a plain vote on an item: "mit 3 Ja-Stimmen und 1 Nein-Stimme beschlossen"."""
    say = _say(lang, house)
    if unanimous and result.adopted:
        return say("minutes.vote.unanimous")
    if result.tied:
        return say("minutes.vote.tied", counts=_counts(counted, lang, house))
    key = "minutes.vote.adopted" if result.adopted else "minutes.vote.rejected"
    return say(key, counts=_counts(counted, lang, house))


def result_words(
    counted: Tally, result: VoteResult, unanimous: bool, subject: str, lang: str, house: House | None = None
) -> str:
    """A vote's result in the house style: "mehrheitlich bei 1 Gegenstimme beschlossen (3 Ja, 1 Nein)",
    "carried (3 for, 1 against)", "adopted (4 in favor, 2 opposed)"; `subject` is item, motion, amendment
    or amended."""
    say = _say(lang, house)
    verb = say(f"minutes.verb.adopted.{subject}") if result.adopted else say("minutes.verb.rejected")
    if lang == "de":
        words = _german_result(counted, result, unanimous, verb)
    elif unanimous and result.adopted:
        words = say("minutes.result.unanimous", verb=verb)
    elif result.tied and result.casting is None:
        words = say("minutes.result.tied", verb=verb, counts=_counts(counted, lang, house))
    else:
        words = say("minutes.result.plain", verb=verb, counts=_counts(counted, lang, house))
    if result.rule is Majority.SIMPLE:
        return words
    rule = t(f"majority.{result.rule.value}", lang)
    if result.adopted:
        return t("minutes.result.rule_met", lang, result=words, rule=rule)
    return t("minutes.result.rule_missed", lang, result=words, rule=rule, needed=result.needed)


def _german_result(counted: Tally, result: VoteResult, unanimous: bool, verb: str) -> str:
    lang = "de"
    counts = _short_counts(counted, lang)
    if result.casting is not None:
        return t("minutes.result.casting", lang, verb=verb, counts=counts)
    if unanimous and result.adopted:
        return t("minutes.result.unanimous", lang, verb=verb)
    if result.tied:
        return t("minutes.result.tied", lang, verb=verb, counts=counts)
    winners, losers = (counted.yes, counted.no) if result.adopted else (counted.no, counted.yes)
    if winners and not losers:  # nobody voted the other way: einstimmig, perhaps with abstentions
        if counted.abstain:
            form = "one" if counted.abstain == 1 else "many"
            abstain = t(f"minutes.count.abstain.{form}", lang, count=counted.abstain)
            return t("minutes.result.unanimous_abstaining", lang, abstain=abstain, verb=verb, counts=counts)
        return t("minutes.result.unanimous_counted", lang, verb=verb, counts=counts)
    if result.adopted:
        against = [t("minutes.against." + ("one" if counted.no == 1 else "many"), lang, count=counted.no)]
        if counted.abstain:
            form = "one" if counted.abstain == 1 else "many"
            against.append(t(f"minutes.count.abstain.{form}", lang, count=counted.abstain))
        return t("minutes.result.majority", lang, against=join(against, lang, "minutes.counts_and"), verb=verb,
                 counts=counts)
    if counted.no > counted.yes:
        return t("minutes.result.majority_plain", lang, verb=verb, counts=counts)
    return t("minutes.result.plain", lang, verb=verb, counts=counts)


def _vote_subject(state: SessionState, item: ItemState, vote: Vote, motion: Motion | None) -> str:
    if motion is None:
        return "item"
    if motion.kind is MotionKind.AMENDMENT:
        return "amendment"
    return "amended" if outcome_of_vote(state, item, vote) is Outcome.ADOPTED_AMENDED else "motion"


def _plain_vote(item: ItemState, vote: Vote) -> bool:
    """A vote on an item without motions, counted by hand under a simple majority: the earlier wording."""
    return (
        vote.motion is None and not item.decisions.motions and not vote.named and not vote.secret
        and vote.majority is Majority.SIMPLE and vote.casting is None
    )


def _roll_call(vote: Vote, names: _Names, lang: str) -> str:
    """ "Namentliche Abstimmung: Ja: …; Nein: …" / "A recorded vote was taken: For: …; Against: …"."""
    groups = []
    for choice in Choice:
        keys = names.sorted([k for k, c in vote.ballots.items() if c is choice])
        if keys:
            groups.append(t(f"minutes.named.{choice.value}", lang, names=", ".join(names.plain(k) for k in keys)))
    return t("minutes.named", lang, groups="; ".join(groups)) if groups else ""


def _recorded(vote: Vote, names: _Names, lang: str) -> str:
    """The votes members asked to have recorded in a counted vote."""
    said = [
        t(f"minutes.recorded.{vote.ballots[key].value}", lang, name=names.plain(key))
        for key in names.sorted(list(vote.ballots))
    ]
    return t("minutes.recorded", lang, votes=join(said, lang)) if said else ""


def vote_context(
    state: SessionState, item: ItemState, vote: Vote, motion: Motion | None, names: _Names, lang: str
) -> dict[str, Any]:
    """A vote as the minutes say it; a secret ballot carries counts only, never a name."""
    house = names.house
    say = house.t
    counted = tally(state, item, vote)
    result = vote_result(state, item, vote)
    subject = _vote_subject(state, item, vote, motion)
    if _plain_vote(item, vote):
        words = legacy_words(counted, result, vote.unanimous, lang, house)
    else:
        words = result_words(counted, result, vote.unanimous, subject, lang, house)
    if lang == "de":
        line = say("minutes.vote.secret_line" if vote.secret else "minutes.vote.line", result=words)
    elif _plain_vote(item, vote):
        line = words
    else:
        key = "minutes.vote.casting_sentence" if result.casting is not None else "minutes.vote.sentence"
        line = say(key, subject=say(f"minutes.subject.{subject}"), result=words)
        if vote.secret:
            line = say("minutes.vote.secret") + " " + line
    public_names = not vote.secret  # a secret ballot never names anyone, whatever the record holds
    ballots = names.sorted(list(vote.ballots)) if public_names else []
    return {
        "motion": vote.motion or "",
        "yes": counted.yes,
        "no": counted.no,
        "abstain": counted.abstain,
        "unanimous": vote.unanimous,
        "named": vote.named and public_names,
        "secret": vote.secret,
        "adopted": result.adopted,
        "tied": result.tied,
        "casting": result.casting.value if result.casting else "",
        "rule": result.rule.value,
        "needed": result.needed,
        "at": house.time(vote.at),
        "text": words,
        "line": line,
        "roll_call": _roll_call(vote, names, lang) if vote.named and public_names else "",
        "recorded": _recorded(vote, names, lang) if not vote.named and public_names else "",
        "ballots": [{"name": names.plain(k), "choice": vote.ballots[k].value} for k in ballots],
        "in_resolution": False,
    }


# -- motions -------------------------------------------------------------------------------------


def _foreign(state: SessionState, lang: str) -> bool:
    """Whether the wordings are in another language than the minutes (an English record of a German
    committee): then they are quoted as typed, not spliced into a sentence after "that"."""
    return state.info.body.lang != lang


def _english_style(state: SessionState, house: House) -> str:
    """ "proposed" for a parish ("Cllr X proposed, seconded by Cllr Y, that …"), "moved" under Robert's Rules;
    without a house style, "proposed" for a UK-like council (numbered minutes, the chair's casting vote)."""
    if house.kind is MinutesStyle.PARISH:
        return "proposed"
    if house.kind is MinutesStyle.ROBERTS:
        return "moved"
    body = state.info.body
    return "proposed" if body.minute_number is not None or body.casting_vote else "moved"


def _intro(state: SessionState, motion: Motion, names: _Names, lang: str) -> str:
    """The motion as moved: its mover, seconder and wording."""
    text = inline(motion.text)
    if lang == "de":
        label = t(f"minutes.motion.label.{motion.kind.value}", lang, id=motion.id, amends=motion.amends or "")
        by = t("minutes.motion.by", lang, name=names.with_role(motion.by)) if motion.by else ""
        seconded = t("minutes.motion.seconded", lang, name=names.with_role(motion.seconded_by)) \
            if motion.seconded_by else ""
        return t("minutes.motion.quoted", lang, label=label, by=by, seconded=seconded, text=text)
    if motion.kind is MotionKind.POINT_OF_ORDER:
        if motion.by:
            return _quoting(t("minutes.order.raised", lang, name=names.plain(motion.by), text=text), motion.text)
        return _quoting(t("minutes.order.raised.nobody", lang, text=text), motion.text)
    say = names.house.t
    style = _english_style(state, names.house)
    mover = (
        say(f"minutes.motion.{style}.by", name=names.plain(motion.by))
        if motion.by else say(f"minutes.motion.{style}.nobody")
    )
    # Robert's Rules name the mover of a motion, not its seconder (RONR 48:4)
    seconded = say(f"minutes.motion.{style}.seconded", name=names.plain(motion.seconded_by)) \
        if motion.seconded_by and names.house.kind is not MinutesStyle.ROBERTS else ""
    if motion.kind is MotionKind.AMENDMENT:
        return _quoting(say(f"minutes.amendment.{style}", mover=mover, seconded=seconded, text=text), motion.text)
    if _foreign(state, lang):
        quoted = say(f"minutes.motion.{style}.quoting", mover=mover, seconded=seconded, text=text)
        return _quoting(quoted, motion.text)
    return say("minutes.motion.that", mover=mover, seconded=seconded, text=inline(_clause(motion.text)))


def _fate(motion: Motion, status: MotionStatus, lang: str) -> str:
    """What became of a motion that was not voted on: withdrawn, fallen for want of a second, ruled on."""
    kind = "amendment" if motion.kind is MotionKind.AMENDMENT else "motion"
    if status is MotionStatus.WITHDRAWN:
        return t(f"minutes.fate.withdrawn.{kind}", lang)
    if status is MotionStatus.NO_SECOND:
        return t(f"minutes.fate.no_second.{kind}", lang)
    if status is MotionStatus.RULED:
        return t("minutes.fate.ruling", lang, ruling=_sentence(inline(motion.ruling)))
    return ""


# -- resolutions ---------------------------------------------------------------------------------


def _outcome_words(resolution: Resolution, lang: str) -> str:
    if resolution.outcome is Outcome.REFERRED:
        to = accusative(resolution.to) if lang == "de" else " ".join(resolution.to.split())
        return t("minutes.resolution.referred", lang, to=inline(to))
    return t(f"outcome.{resolution.outcome.value}", lang)


def _resolved(text: str, foreign: bool, lang: str, house: House | None = None) -> str:
    """ "RESOLVED that …." for one paragraph of wording (quoted when in another language); "RESOLVED:" and
    the paragraphs for more."""
    say = _say(lang, house)
    if len(paragraphs(text)) > 1:
        return say("minutes.resolved.block") + "\n\n" + block(text)
    if foreign:
        return say("minutes.resolved.quoted", text=inline(text))
    return say("minutes.resolved", text=inline(_clause(text)))


def resolution_context(
    resolution: Resolution, vote: dict[str, Any] | None, number: str, foreign: bool, lang: str,
    house: House | None = None,
) -> dict[str, Any]:
    """A resolution: its title (with its number), its wording, and its outcome in the house style.

    German: the title, the wording, and the vote's line ("Abstimmungsergebnis: …")
    for an outcome a vote decided, else "Ergebnis: vertagt". English: "RESOLVED
    that …" and a sentence where the vote's line does not already say it.
    """
    outcome = resolution.outcome
    wording = resolution.text.strip()
    decided_by_vote = vote is not None and outcome in _VOTED
    title = t("minutes.resolution.numbered", lang, number=inline(number)) if number else \
        t("minutes.resolution.title", lang)
    line = resolved = sentence = ""
    if lang == "de":
        if decided_by_vote:
            assert vote is not None
            vote["in_resolution"] = True
            line = vote["line"]
        else:
            line = t("minutes.resolution.result", lang, outcome=_outcome_words(resolution, lang))
    else:
        if wording and (outcome.adopts or outcome in (Outcome.NOTED, Outcome.DEFERRED, Outcome.REFERRED)):
            resolved = _resolved(wording, foreign, lang, house)
        subject = t(
            "minutes.subject.motion" if resolution.motion or outcome in _VOTED else "minutes.subject.agenda_item",
            lang,
        )
        to = " ".join(resolution.to.split())
        if outcome is Outcome.REFERRED and not (resolved and to.casefold() in wording.casefold()):
            sentence = t("minutes.outcome.referred", lang, subject=subject, to=inline(to))
        elif outcome is Outcome.WITHDRAWN or (outcome in _VOTED and vote is None and not resolved) or (
            outcome in (Outcome.NOTED, Outcome.DEFERRED) and not resolved
        ):
            sentence = t(f"minutes.outcome.{outcome.value}", lang, subject=subject)
    return {
        "motion": resolution.motion or "",
        "outcome": outcome.value,
        "outcome_text": _outcome_words(resolution, lang),
        "number": inline(number),
        "title": title,
        "wording": block(wording),
        "to": inline(resolution.to),
        "line": line,
        "resolved": resolved,
        "sentence": sentence,
    }


# -- subjects: a motion with its amendments, or the item itself --------------------------------------


def _subject(
    state: SessionState, item: ItemState, motion: Motion | None, numbers: Numbered, names: _Names, lang: str
) -> dict[str, Any]:
    decisions = item.decisions
    motion_id = motion.id if motion else None
    vote = decisions.vote_on(motion_id)
    resolution = decisions.resolution_on(motion_id)
    voted = vote_context(state, item, vote, motion, names, lang) if vote is not None else None
    resolved = (
        resolution_context(
            resolution, voted, numbers.resolution(item.number, motion_id), _foreign(state, lang), lang, names.house
        )
        if resolution is not None else None
    )
    status = motion_status(state, item, motion) if motion is not None else None
    fate = _fate(motion, status, lang) if motion is not None and status is not None else ""
    if resolution is not None and resolution.outcome is Outcome.WITHDRAWN and status is MotionStatus.WITHDRAWN:
        fate = ""  # the resolution says it
    intro = _intro(state, motion, names, lang) if motion is not None else ""
    if motion is None and lang != "de" and resolution is not None and resolution.text.strip() \
            and not resolution.outcome.adopts and resolution.outcome in _VOTED:
        if _foreign(state, lang):  # what was lost
            intro = _quoting(t("minutes.proposal.quoted", lang, text=inline(resolution.text)), resolution.text)
        else:
            intro = t("minutes.proposal", lang, text=inline(_clause(resolution.text)))
    amendments = [
        _subject(state, item, amendment, numbers, names, lang) for amendment in decisions.amendments_to(motion.id)
    ] if motion is not None else []
    return {
        "kind": motion.kind.value if motion else "item",
        "id": motion.id if motion else "",
        "status": status.value if status else "",
        "status_text": t(f"motion.status.{status.value}", lang) if status else "",
        "text": inline(motion.text) if motion else "",
        "by": names.plain(motion.by) if motion and motion.by else "",
        "seconded_by": names.plain(motion.seconded_by) if motion and motion.seconded_by else "",
        "intro": intro,
        "amendments": amendments,
        "points": [],
        "fate": fate,
        "vote": voted,
        "resolution": resolved,
    }


def _points_raised_on(item: ItemState) -> dict[str, list[Motion]]:
    """The points of order raised while a main motion was pending (after it was moved, before its vote), by the
    motion's id: the latest such motion takes each point."""
    decisions = item.decisions
    pending: dict[str, list[Motion]] = {}
    for point in decisions.motions:
        if point.kind is not MotionKind.POINT_OF_ORDER:
            continue
        candidates = [
            m for m in decisions.motions
            if m.kind is not MotionKind.POINT_OF_ORDER and m.amends is None and m.at <= point.at
            and (vote := decisions.vote_on(m.id)) is not None and vote.at >= point.at
        ]
        if candidates:
            pending.setdefault(max(candidates, key=lambda m: m.at).id, []).append(point)
    return pending


# -- elections -----------------------------------------------------------------------------------


def _answers(election: Election, elected: tuple[str, ...], lang: str) -> list[str]:
    return [
        t("minutes.election.accepts" if election.answers[name] else "minutes.election.declines", lang,
          name=inline(name))
        for name in elected
        if name in election.answers
    ]


def election_context(state: SessionState, election: Election, lang: str) -> dict[str, Any]:
    """An election: seats and candidates, each round with its outcome, who is elected and whether they accept."""
    seats = counted("count.seats", election.seats, lang)
    candidates = [inline(c) for c in election.candidates]
    rounds = []
    after = election_rounds(state, election)
    for index, round_ in enumerate(election.rounds):
        votes = ", ".join(f"{inline(name)} {count}" for name, count in round_.votes.items()) or t(
            "minutes.election.no_votes", lang
        )
        line = t("minutes.election.round", lang, round=_nth(index + 1, lang), votes=votes, invalid=round_.invalid,
                 blank=round_.blank)
        so_far = after[index]
        note = ""
        if so_far.runoff:
            note = t("minutes.election.runoff", lang, names=join([inline(n) for n in so_far.runoff], lang))
        elif so_far.lot:
            note = t("minutes.election.lot_pending", lang, names=join([inline(n) for n in so_far.lot], lang))
        elif so_far.drawn_from:
            note = t(
                "minutes.election.lot_drawn", lang, names=join([inline(n) for n in so_far.drawn_from], lang),
                drawn=join([inline(n) for n in election.lots], lang),
            )
        rounds.append(
            {"number": index + 1, "line": line, "note": note, "invalid": round_.invalid, "blank": round_.blank,
             "votes": [{"name": inline(n), "count": c} for n, c in round_.votes.items()]}
        )
    final = election_result(state, election)
    result = ""
    if election.rounds and not final.runoff and not final.lot:
        if final.elected:
            key = "minutes.election.elected." + ("one" if len(final.elected) == 1 else "many")
            elected = t(key, lang, names=join([inline(n) for n in final.elected], lang))
            only = final.elected[0]
            if len(final.elected) == 1 and only in election.answers:
                key = "minutes.election.one_accepts" if election.answers[only] else "minutes.election.one_declines"
                result = t(key, lang, name=inline(only))
            else:
                result = "; ".join([elected, *_answers(election, final.elected, lang)]) + "."
        else:
            result = t("minutes.election.nobody", lang)
    return {
        "id": election.id,
        "seats": election.seats,
        "candidates": candidates,
        "intro": t("minutes.election.intro", lang, seats=seats, candidates=join(candidates, lang)),
        "rounds": rounds,
        "result": result,
        "elected": [inline(n) for n in final.elected],
        "decided": final.decided,
        "answers": [{"name": inline(n), "accepted": a} for n, a in election.answers.items()],
    }


# -- the item ------------------------------------------------------------------------------------


def item_decisions(state: SessionState, item: ItemState, numbers: Numbered, house: House) -> dict[str, Any]:
    """An item's decisions for the minutes: `subjects` (motions with their amendments, then the item's own
    vote and resolution), `elections`, and `vote`, the vote on the item itself as the minutes had it."""
    lang = house.lang
    names = _Names(state, house)
    decisions = item.decisions
    raised = _points_raised_on(item) if house.kind is not MinutesStyle.NIEDERSCHRIFT else {}
    inside = {point.id for points in raised.values() for point in points}
    subjects = []
    for motion in decisions.motions:
        if (motion.amends is not None and decisions.motion(motion.amends) is not None) or motion.id in inside:
            continue
        subject = _subject(state, item, motion, numbers, names, lang)
        # a house style tells the business in sequence: a point of order raised while the motion was pending
        # comes before its vote
        subject["points"] = [_subject(state, item, p, numbers, names, lang) for p in raised.get(motion.id, [])]
        subjects.append(subject)
    if decisions.vote_on(None) is not None or decisions.resolution_on(None) is not None:
        subjects.append(_subject(state, item, None, numbers, names, lang))
    own = next((s["vote"] for s in subjects if s["kind"] == "item"), None)
    return {
        "subjects": subjects,
        "elections": [election_context(state, e, lang) for e in decisions.elections],
        "vote": None if own is None else {
            key: own[key] for key in ("yes", "no", "abstain", "unanimous", "adopted", "text")
        },
    }
