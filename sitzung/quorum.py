"""Quorum rules as data: `majority`, `half`, `fraction:P/Q`, `count:N`.

A rule turns the statutory number of seats into the number of voting
members that must be present. Who counts is decided by `counting_people`
in `sitzung.state`; this module only does the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from math import ceil, floor
from typing import NamedTuple

from sitzung.errors import SitzungError
from sitzung.text_rules import shortened

# At most five digits: no body has more seats, and a longer number is a typo, not a rule. As text, compiled by
# `re` when a rule first needs one: most bodies' rule is `majority`.
_FRACTION = r"^fraction:(\d{1,5})/(\d{1,5})$"
_COUNT = r"^count:(\d{1,5})$"


class RuleKind(StrEnum):
    MAJORITY = "majority"
    HALF = "half"
    FRACTION = "fraction"
    COUNT = "count"


@dataclass(frozen=True)
class QuorumRule:
    """How many of `seats` must be present; parsed once, where the rule is read.

    majority: more than half (NRW: "mehr als die Hälfte der gesetzlichen Mitgliederzahl");
    half: at least half; fraction:P/Q: at least P/Q; count:N: at least N.
    """

    kind: RuleKind = RuleKind.MAJORITY
    p: int = 1
    q: int = 2
    n: int = 0

    @classmethod
    def parse(cls, text: str) -> QuorumRule:
        spec = text.strip().lower()
        if spec in (RuleKind.MAJORITY, RuleKind.HALF):
            return cls(RuleKind(spec))
        if match := re.match(_FRACTION, spec):
            p, q = int(match[1]), int(match[2])
            if q == 0 or p == 0 or p > q:
                raise SitzungError("quorum.bad_fraction", rule=shortened(text))
            return cls(RuleKind.FRACTION, p=p, q=q)
        if match := re.match(_COUNT, spec):
            n = int(match[1])
            if n == 0:
                raise SitzungError("quorum.bad_count", rule=shortened(text))
            return cls(RuleKind.COUNT, n=n)
        raise SitzungError("quorum.unknown_rule", rule=shortened(text))

    def required(self, seats: int) -> int:
        if self.kind is RuleKind.MAJORITY:
            return floor(seats / 2) + 1
        if self.kind is RuleKind.HALF:
            return ceil(seats / 2)
        if self.kind is RuleKind.FRACTION:
            return -(-seats * self.p // self.q)
        return self.n

    def __str__(self) -> str:
        if self.kind is RuleKind.FRACTION:
            return f"fraction:{self.p}/{self.q}"
        if self.kind is RuleKind.COUNT:
            return f"count:{self.n}"
        return self.kind.value


class QuorumStatus(NamedTuple):
    """The answer for one moment (and possibly one item): present, required, seats, quorate.

    `counted` holds the keys of the people counted, a deputy in place of the member.
    """

    present: int
    required: int
    seats: int
    rule: QuorumRule
    counted: tuple[str, ...] = ()
    at: datetime | None = None
    item: str | None = None

    @property
    def quorate(self) -> bool:
        return self.present >= self.required

    def to_dict(self) -> dict[str, object]:
        return {
            "quorate": self.quorate,
            "present": self.present,
            "required": self.required,
            "seats": self.seats,
            "rule": str(self.rule),
            "at": self.at.isoformat(timespec="minutes") if self.at else None,
            "item": self.item,
            "counted": list(self.counted),
        }
