"""A second process for the storage tests: appends events to a session and acknowledges each.

Usage: python writer_child.py DATA_DIR SESSION_ID COUNT [LOCK_TIMEOUT]
COUNT 0 means forever. Each seq is printed (and flushed) only after `append`
returned, i.e. after the event is durably on disk: the parent treats printed
seqs as promises that must survive a SIGKILL.
"""

from __future__ import annotations

import sys
from datetime import datetime

from storage.archive import TinyArchive


def main() -> None:
    data_dir, session_id, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 5.0
    log = TinyArchive(data_dir, lock_timeout=timeout).open_session(session_id)
    done = 0
    while count == 0 or done < count:
        with log.writing():
            now = datetime.now().replace(microsecond=0)
            event = log.append("note", now, now, {"text": f"child note {done}", "pad": "x" * 200})
        print(event.seq, flush=True)
        done += 1


if __name__ == "__main__":
    main()
