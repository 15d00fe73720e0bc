"""Who an election's rounds elect, under the body's election rule.

`runoff` is the usual German municipal pattern: for one seat, whoever gets
more than half of the valid votes in the first round is elected (invalid and
blank ballots are not valid votes); otherwise a further round (engere Wahl)
is held between the two with the most votes, where the most votes win. With
several seats, and under `plurality`, the most votes win in every round. A
tie for the last seat is decided by lot, which the clerk records. The rules
themselves, `ElectionRule`, are in `sitzung.vocabulary` (every body names one).
"""

from __future__ import annotations

from dataclasses import dataclass

from sitzung.decisions import Election, Round
from sitzung.vocabulary import ElectionRule


@dataclass(frozen=True)
class ElectionOutcome:
    """Where an election stands after its rounds.

    `elected` in order of votes; `runoff` the candidates of the further round
    that is needed; `lot` the candidates tied for the last `lot_seats` seats;
    `drawn_from` the tied candidates a lot already decided between.
    """

    elected: tuple[str, ...] = ()
    runoff: tuple[str, ...] = ()
    lot: tuple[str, ...] = ()
    lot_seats: int = 0
    drawn_from: tuple[str, ...] = ()

    @property
    def decided(self) -> bool:
        return not self.runoff and not self.lot and bool(self.elected)


def _ranked(round_: Round) -> list[tuple[str, int]]:
    return sorted(round_.votes.items(), key=lambda pair: -pair[1])


def _most_votes(round_: Round, seats: int, lots: list[str]) -> ElectionOutcome:
    """The `seats` candidates with the most votes; a tie at the last seat goes to the lots drawn."""
    ranked = [(name, votes) for name, votes in _ranked(round_) if votes > 0]
    if len(ranked) <= seats:
        return ElectionOutcome(tuple(name for name, _ in ranked))
    cut = ranked[seats - 1][1]
    clear = [name for name, votes in ranked if votes > cut]
    tied = [name for name, votes in ranked if votes == cut]
    open_seats = seats - len(clear)
    if len(tied) == open_seats:
        return ElectionOutcome(tuple(clear + tied))
    drawn = [name for name in lots if name in tied][:open_seats]
    if len(drawn) == open_seats:
        return ElectionOutcome(tuple(clear + drawn), drawn_from=tuple(tied))
    return ElectionOutcome(tuple(clear + drawn), lot=tuple(n for n in tied if n not in drawn),
                           lot_seats=open_seats - len(drawn))


def outcome(election: Election, rule: ElectionRule) -> ElectionOutcome:
    """The result of the election's rounds so far (nothing elected before the first round)."""
    return _after(election, rule, len(election.rounds), election.lots)


def round_results(election: Election, rule: ElectionRule) -> list[ElectionOutcome]:
    """The result after each round; the lots drawn decide only the last round's tie."""
    count = len(election.rounds)
    return [_after(election, rule, n, election.lots if n == count else []) for n in range(1, count + 1)]


def _after(election: Election, rule: ElectionRule, rounds: int, lots: list[str]) -> ElectionOutcome:
    if not rounds:
        return ElectionOutcome()
    last = election.rounds[rounds - 1]
    if rule is ElectionRule.RUNOFF and election.seats == 1 and rounds == 1:
        ranked = _ranked(last)
        if ranked and 2 * ranked[0][1] > last.valid:
            return ElectionOutcome((ranked[0][0],))
        if len(ranked) >= 2:
            second = ranked[1][1]
            return ElectionOutcome(runoff=tuple(name for name, votes in ranked if votes >= second))
    return _most_votes(last, election.seats, lots)


def runoff_candidates(election: Election, rule: ElectionRule) -> tuple[str, ...]:
    """Who may receive votes in the next round: the run-off's candidates, or all of them."""
    if election.rounds:
        found = outcome(election, rule)
        if found.runoff:
            return found.runoff
    return tuple(election.candidates)
