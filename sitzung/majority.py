"""The outcome of a tally under a required majority.

The arithmetic only: who may vote (present, not recused, a deputy in a
member's place) is `sitzung.state.counting_people`'s answer, and which rule
applies is the vote's choice or its body's default. The rules themselves,
`Majority`, are in `sitzung.vocabulary` (every body names one); importing
them from here still works.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitzung.vocabulary import Choice, Majority


@dataclass(frozen=True)
class Tally:
    """Yes, no and abstentions, as counted or as the named ballots add up."""

    yes: int
    no: int
    abstain: int

    @property
    def cast(self) -> int:
        """Votes cast for the majority: yes and no (abstentions do not count)."""
        return self.yes + self.no

    @property
    def total(self) -> int:
        return self.yes + self.no + self.abstain


@dataclass(frozen=True)
class VoteResult:
    """The outcome of a tally: adopted or not, and why.

    `needed` is the number of yes votes the rule asked for; `tied` is a simple
    majority's tie; `casting` the chair's casting vote that decided a tie.
    """

    adopted: bool
    rule: Majority
    needed: int
    tied: bool = False
    casting: Choice | None = None


def needed(rule: Majority, tally: Tally, seats: int) -> int:
    """How many yes votes adopt under `rule`: the smallest number that satisfies it."""
    if rule is Majority.SIMPLE:
        return tally.no + 1
    if rule is Majority.ABSOLUTE:
        return seats // 2 + 1
    if rule is Majority.TWO_THIRDS:
        return max(1, -(-2 * tally.cast // 3))
    return -(-2 * seats // 3)


def decide(rule: Majority, tally: Tally, seats: int, casting: Choice | None = None) -> VoteResult:
    """The outcome under `rule`; a simple majority's tie goes the way of the casting vote, if one was given."""
    need = needed(rule, tally, seats)
    adopted = tally.yes >= need
    tied = rule is Majority.SIMPLE and tally.yes == tally.no and tally.yes > 0
    if tied and casting is not None and casting is not Choice.ABSTAIN:
        return VoteResult(casting is Choice.YES, rule, need, tied=True, casting=casting)
    return VoteResult(adopted, rule, need, tied=tied)
