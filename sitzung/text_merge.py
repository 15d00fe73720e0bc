"""Merging notes that changed underneath the editor: the clerk's typing and another writer's text both stay.

The editor knows the text it started from (`base`), what the clerk has typed
since (`ours`) and what is recorded now (`theirs`: a note added from a shell,
or by a second app). Nothing acknowledged is dropped: the other writer's new
paragraphs are added after the clerk's text, or the clerk's additions after
theirs, and where both rewrote the text, the paragraphs of theirs that are not
in ours are appended.
"""

from __future__ import annotations

import re

_PARAGRAPHS = re.compile(r"\n\s*\n")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPHS.split(text) if p.strip()]


def merge_notes(base: str, ours: str, theirs: str) -> str:
    """One text holding what the clerk typed and what the other writer recorded since `base`."""
    if theirs in (base, ours):
        return ours
    if ours == base:
        return theirs
    if theirs.startswith(base):  # the other writer added at the end (`sitzung note … "…"`)
        added = theirs[len(base):]
        return ours if ours.endswith(added) else ours.rstrip() + "\n\n" + added.strip()
    if ours.startswith(base):  # the clerk only added at the end: theirs, then the clerk's addition
        return theirs.rstrip() + "\n\n" + ours[len(base):].strip()
    known = set(_paragraphs(ours))
    extra = [p for p in _paragraphs(theirs) if p not in known]
    return "\n\n".join([ours.rstrip(), *extra]) if extra else ours
