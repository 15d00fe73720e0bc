"""The rules every record read from or written to a sitzung file obeys.

A record must hold only values that later code can compute with; `storable`
proves it before anything is written, `checked` after anything is read. The
session file, its journal and bodies.json share them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import datetime, time
from functools import cache
from operator import attrgetter
from typing import Any

from sitzung.errors import SitzungError
from storage.durable import MAX_INTEGER, BadNumber, dumps, loads


def sound(value: Any) -> bool:
    """Whether a record read from a file holds only values that later code can compute with.

    `int()` turns a string of 4,000 digits into a number that a quorum's division
    overflows, and a time with a zone cannot be compared with the meeting's times,
    which have none; a record holding either counts as damaged.
    """
    kind = type(value)
    if kind is str or value is None or kind is bool:  # the common cases first: a start checks every event
        return True
    if kind is dict:
        return all(map(sound, value.values()))
    if kind is datetime:
        return value.tzinfo is None
    if kind is int:
        return abs(value) <= MAX_INTEGER
    if isinstance(value, str | bool):
        return True
    if isinstance(value, int):
        return abs(value) <= MAX_INTEGER
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, datetime | time):
        return value.tzinfo is None
    if isinstance(value, dict):
        return all(map(sound, value.values()))
    if isinstance(value, list | tuple):
        return all(map(sound, value))
    if is_dataclass(kind):
        return all(map(sound, _field_values(kind)(value)))
    return True


@cache
def _field_values(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    """A dataclass's field values as a tuple (`fields` walks the class's fields at each call)."""
    names = [f.name for f in fields(kind)]
    if len(names) == 1:  # attrgetter of one name gives the value itself
        return lambda record: (getattr(record, names[0]),)
    return attrgetter(*names) if names else lambda record: ()


def storable(value: Any, record: Any = None) -> Any:
    """A deep copy through JSON, read back by a file's rules: proves that what is written can be read again.

    A number beyond them (a typed count of 10**20) is `storage.unstorable`; a `record` that
    would not load (`sound`: a time with a zone) is a programming error, ValueError.
    """
    copy, _ = stored(value)
    if record is not None and not sound(record):
        raise ValueError(f"not storable: {record!r:.200}")
    return copy


def stored(value: Any) -> tuple[Any, str]:
    """`storable`'s copy of `value` and the JSON text it was read back from (to write as it is)."""
    try:
        text = dumps(value)
        return loads(text), text
    except BadNumber as exc:
        raise SitzungError("storage.unstorable", number=str(exc)) from None
    except ValueError:  # an int too long for str() (4300 digits): shown by its size
        raise SitzungError("storage.unstorable", number=f"≈10^{_magnitude(value)}") from None


def _magnitude(value: Any) -> int:
    """The decimal exponent of the largest integer in `value`."""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return max((_magnitude(v) for v in value), default=0)
    return int(abs(value).bit_length() * math.log10(2)) if isinstance(value, int) else 0


# What building a record from a damaged file raises (OverflowError: int() of an infinity).
BAD_RECORD = (KeyError, ValueError, TypeError, AttributeError, OverflowError, RecursionError)


def checked(build: Callable[[dict[str, Any]], Any], doc: dict[str, Any]) -> Any:
    """The record built from `doc`, or ValueError if it holds what later code cannot compute with (`sound`)."""
    record = build(doc)
    if not sound(record):
        raise ValueError(f"a number or a time sitzung never writes: {record!r:.200}")
    return record
