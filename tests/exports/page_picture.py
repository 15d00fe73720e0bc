"""The README's picture of the PDF's first page: `python -m tests.exports.page_picture` (or `make picture`).

It enters the reference meeting in a throwaway data folder, as the tests do, and writes page 1 of its
German PDF minutes as `docs/minutes-page-1.png`. `test_pdf.py` checks that the picture in the repository
is what this makes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PICTURE = Path(__file__).resolve().parents[2] / "docs" / "minutes-page-1.png"


def page_picture() -> bytes:
    from exports.minutes import MinutesOptions
    from exports.pdf import render_png
    from sitzung.clock import SystemClock
    from sitzung.recorder import Recorder
    from storage.archive import TinyArchive
    from tests.exports.helpers import enter_reference_meeting

    with tempfile.TemporaryDirectory() as folder:
        os.environ["SITZUNG_DATA_DIR"] = folder
        os.environ.pop("SITZUNG_LANG", None)
        session = enter_reference_meeting()
        archive = TinyArchive(folder, read_only=True)
        recorder = Recorder(archive.open_session(session), SystemClock())
        return render_png(recorder.state, MinutesOptions("de"))


if __name__ == "__main__":
    PICTURE.write_bytes(page_picture())
    print(f"wrote {PICTURE}")
