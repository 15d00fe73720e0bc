"""Child processes for the start-up and memory figures.

`python -m benchmarks.probe tui DATA_DIR SESSION` runs the clerk's app headless;
`python -m benchmarks.probe minimal` runs a one-widget Textual app (the baseline).
Each prints, as JSON, the wall-clock time of its first painted screen and its
peak resident memory after visiting every tab.

"First painted screen" is the first frame Textual's compositor hands to the
terminal driver (`App._display`, called in headless mode too) that shows the
screen's content: the minimal app's text, the first person of the clerk's
roll call. A frame of an empty screen does not count.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

_painted: list[float] = []


def _peak_kb() -> int:
    """This process's peak resident memory. On Linux from /proc (VmHWM): `ru_maxrss` survives `execve` and would
    report the benchmark's own peak, inherited from the moment it started this probe."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report(painted: float) -> None:
    print(json.dumps({"painted": painted, "peak_mb": _peak_kb() / 1024}), flush=True)


def _watch_first_frame(app: Any, needle: str) -> None:
    """Note the time of the first frame whose text contains `needle`."""
    display = app._display

    def watched(screen: Any, renderable: Any) -> None:
        if not _painted and renderable is not None and needle in renderable.render_segments(app.console):
            _painted.append(time.time())
        display(screen, renderable)

    app._display = watched


def _first_frame() -> float:
    if not _painted:
        raise SystemExit("no frame showed the screen's content")
    return _painted[0]


def minimal() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")
            yield Footer()

    async def pilot(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        _report(_first_frame())
        pilot.app.exit()

    app = Minimal()
    _watch_first_frame(app, "hello")
    app.run(headless=True, size=(160, 48), auto_pilot=pilot)


def tui(data_dir: str, session: str) -> None:
    from sitzung.clock import SystemClock
    from sitzung.recorder import Recorder
    from storage.archive import TinyArchive
    from tui.app import build_app

    recorder = Recorder(TinyArchive(data_dir).open_session(session), SystemClock())
    app = build_app(recorder, "de")
    first = min(recorder.state.people.values(), key=lambda p: (p.last.casefold(), p.first.casefold()))

    async def pilot(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        for tab in ("2", "3", "4", "1"):
            await pilot.press(tab)
            await pilot.pause()
        _report(_first_frame())
        pilot.app.exit()

    _watch_first_frame(app, first.last)
    app.run(headless=True, size=(160, 48), auto_pilot=pilot)


if __name__ == "__main__":
    if sys.argv[1] == "minimal":
        minimal()
    else:
        tui(sys.argv[2], sys.argv[3])
