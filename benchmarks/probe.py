"""Child processes for the start-up and memory figures.

`python -m benchmarks.probe tui DATA_DIR SESSION` runs the clerk's app headless;
`python -m benchmarks.probe minimal` runs a one-widget Textual app (the baseline).
Each prints, as JSON, the wall-clock time of its first painted screen and its
peak resident memory after visiting every tab.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def _report(painted: float) -> None:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"painted": painted, "peak_mb": peak_kb / 1024}), flush=True)


def minimal() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")
            yield Footer()

    async def pilot(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        _report(time.time())
        pilot.app.exit()

    Minimal().run(headless=True, size=(160, 48), auto_pilot=pilot)


def tui(data_dir: str, session: str) -> None:
    from sitzung.clock import SystemClock
    from sitzung.recorder import Recorder
    from storage.archive import TinyArchive
    from tui.app import build_app

    recorder = Recorder(TinyArchive(data_dir).open_session(session), SystemClock())
    app = build_app(recorder, "de")

    async def pilot(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        painted = time.time()
        for tab in ("2", "3", "4", "1"):
            await pilot.press(tab)
            await pilot.pause()
        _report(painted)
        pilot.app.exit()

    app.run(headless=True, size=(160, 48), auto_pilot=pilot)


if __name__ == "__main__":
    if sys.argv[1] == "minimal":
        minimal()
    else:
        tui(sys.argv[2], sys.argv[3])
