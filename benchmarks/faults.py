"""`python -m benchmarks.faults`: SIGKILL a writer at random moments, over and over, and check the files.

A child process runs a scripted stream of a clerk's actions through the
`Recorder` on a real archive with a mirror (notes, late arrivals and
departures, remarks, a write of bodies.json, now and then a new session, and
the rewrite of the session file from its journal that an idle app does) and
prints each action once it is acknowledged, i.e. once `Recorder` returned and
the action is durably in the journal and on the mirror. The session file is
also rewritten every `COMPACT_EVERY` events, far more often than in use, so
that kills land in every step of it. The parent kills the child with SIGKILL
at a random moment, then checks that every file loads in full (bodies.json,
every session file with its journal, every backup of either, and the same on
the mirror) and that every acknowledged action is present, here and on the
mirror. Then it starts the next child, which must get the writer's lock at
once: the kernel released the killed one's.

    python -m benchmarks.faults [--kills 500] [--seed 1] [--keep DIR]

Prints "500 kills: N files checked, all loaded, M acknowledged actions, all
present" and exits 1 on the first failure. The test suite runs a short
version (`tests/faults/test_sigkill.py`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

LOCK_TIMEOUT = 1.0  # a killed writer's lock is released by the kernel: nothing to wait for
NEW_SESSION_EVERY = 40
BODY_WRITE_EVERY = 7
TIDY_EVERY = 11  # as an idle app does: the session file rewritten from the journal
COMPACT_EVERY = 17  # events in the journal before an action rewrites the session file (1,000 in use)


class Failure(Exception):
    """A file that does not load, or an acknowledged action that is missing."""


@dataclass
class Tally:
    kills: int = 0
    files: int = 0
    acknowledged: int = 0
    seconds: float = 0.0
    sessions: set[str] = field(default_factory=set)

    def line(self) -> str:
        return (
            f"{self.kills} kills: {self.files} files checked, all loaded, "
            f"{self.acknowledged} acknowledged actions, all present"
        )


# -- the child: a scripted stream of actions -------------------------------------------------------


def mirror_of(data_dir: Path) -> Path:
    return data_dir.parent / "mirror"


def child(data_dir: str, session_id: str, start: int) -> None:
    from sitzung.clock import SystemClock
    from sitzung.errors import SitzungError
    from sitzung.recorder import Recorder
    from sitzung.sessions import create_session
    from storage.archive import TinyArchive

    archive = TinyArchive(data_dir, lock_timeout=LOCK_TIMEOUT, mirror=mirror_of(Path(data_dir)),
                          compact_every=COMPACT_EVERY)
    clock = SystemClock()
    recorder = Recorder(archive.open_session(session_id), clock)
    body = recorder.state.info.body.name
    numbers = [n for n in recorder.state.items if "." not in n]
    people = sorted(recorder.state.people)
    step = start
    while True:
        ack: dict[str, Any] = {"step": step}
        if step % NEW_SESSION_EVERY == NEW_SESSION_EVERY - 1:
            try:
                ack["session"] = create_session(archive, clock, body, 1000 + step, date.today()).id
            except SitzungError as error:  # the killed attempt before this one created it, but died before its ack
                if error.key != "session.exists":
                    raise
                ack["session"] = error.params["id"]
        elif step % TIDY_EVERY == TIDY_EVERY - 1:
            ack["tidy"] = recorder.tidy()
        elif step % BODY_WRITE_EVERY == BODY_WRITE_EVERY - 1:
            found = archive.body(body)
            assert found is not None
            archive.save_body(found)
            ack["body"] = found.name
        else:
            event = None
            if step % 5 == 0:
                key = people[step % len(people)]
                here = recorder.state.presence(key).here
                person = recorder.state.people[key]
                event = recorder.attend(f"{person.last}, {person.first}", "left" if here else "arrived")
            elif step % 5 == 1:
                event = recorder.remark(f"remark {step}")
            if event is None:
                event = recorder.note(numbers[step % len(numbers)], f"note {step}")
            assert event is not None
            ack.update(seq=event.seq, kind=event.kind, data=event.data)
        mirror = archive.mirror_status
        if mirror is None or not mirror.current:
            raise SystemExit(f"the mirror fell behind: {mirror}")  # on the same disk, it never should
        print(json.dumps(ack, ensure_ascii=False), flush=True)
        step += 1


# -- the parent: kill, check, repeat ----------------------------------------------------------------


def prepare(data_dir: Path) -> str:
    """The reference meeting, roll call done, in `data_dir`; its id."""
    from sitzung.clock import SystemClock
    from sitzung.reference import build_demo
    from storage.archive import TinyArchive

    mirror_of(data_dir).mkdir(parents=True)
    archive = TinyArchive(data_dir, mirror=mirror_of(data_dir))
    recorder = build_demo(archive, SystemClock(), day=date.today())  # the children record today
    recorder.log.close()
    return recorder.state.info.id


def _load_session(path: Path) -> Any:
    from sitzung.state import fold
    from storage.session_log import TinySessionLog

    try:
        log = TinySessionLog(path, read_only=True)
        events = log.events()
        fold(log.info, events)
    except Exception as exc:
        raise Failure(f"{path} does not load: {exc}") from exc
    return events


def check(data_dir: Path, session_id: str, acks: list[dict[str, Any]], since: float, tally: Tally) -> None:
    """Every file written since `since` (and the main ones) loads; every acknowledged action is there, in the
    data folder and on the mirror."""
    for folder in (data_dir, mirror_of(data_dir)):
        check_folder(folder, session_id, acks, since, tally)
    tally.acknowledged += len(acks)


def check_folder(data_dir: Path, session_id: str, acks: list[dict[str, Any]], since: float, tally: Tally) -> None:
    from storage.archive import TinyArchive, check_archive_file

    archive = TinyArchive(data_dir, read_only=True)
    try:
        index = {s.id for s in archive.sessions()}
        archive.bodies()
        for body in archive.bodies():
            archive.roster(body.name)
    except Exception as exc:
        raise Failure(f"{archive.bodies_file} does not load: {exc}") from exc
    tally.files += 1
    for path in (data_dir / ".backups" / "bodies").glob("*.json"):
        if path.stat().st_mtime >= since - 1:
            try:
                check_archive_file(path)
            except Exception as exc:
                raise Failure(f"{path} does not load: {exc}") from exc
            tally.files += 1
    sessions = data_dir / "sessions"
    main = sessions / f"{session_id}.json"
    files = [p for p in sessions.glob("*.json") if p == main or p.stat().st_mtime >= since]
    files += [p for p in (sessions / ".backups").rglob("*.json") if p.stat().st_mtime >= since - 1]
    events = {}
    for path in files:
        loaded = _load_session(path)
        if path == main:
            events = {e.seq: e for e in loaded}
        tally.files += 1
    for ack in acks:
        if "session" in ack:
            if ack["session"] not in index:
                raise Failure(f"acknowledged session {ack['session']} is not in the index")
            _load_session(sessions / f"{ack['session']}.json")
            tally.sessions.add(ack["session"])
        elif "seq" in ack:
            found = events.get(ack["seq"])
            if found is None or (found.kind, found.data) != (ack["kind"], ack["data"]):
                raise Failure(f"acknowledged action {ack} is missing from {main} (found {found})")


def run(kills: int, seed: int, data_dir: Path, out: Any = None) -> Tally:
    rng = random.Random(seed)
    session_id = prepare(data_dir)
    tally = Tally()
    started = time.monotonic()
    step = 0
    for _ in range(kills):
        since = time.time() - 1
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(data_dir), session_id, str(step)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # it is writing now: kill it at a random moment from here on
        if not first:
            _, err = proc.communicate(timeout=30)
            raise Failure(f"the writer died before its first action: {err.decode(errors='replace')}")
        if proc.poll() is not None:  # it ended on its own (a mirror that fell behind): not a kill
            raise Failure(f"the writer stopped: {proc.communicate(timeout=30)[1].decode(errors='replace')}")
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        tally.kills += 1
        lines = (first + rest).decode().split("\n")[:-1]  # a cut-off last line was not acknowledged
        acks = [json.loads(line) for line in lines]
        check(data_dir, session_id, acks, since, tally)
        step = acks[-1]["step"] + 1
        if out is not None and tally.kills % 50 == 0:
            print(f"  {tally.kills} kills, {tally.acknowledged} actions so far", file=out, flush=True)
    # At the end, everything once more: every session file and every backup, whatever its age.
    check(data_dir, session_id, [], 0.0, tally)
    tally.seconds = time.monotonic() - started
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.faults", description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="Use (and keep) this folder (data/ and mirror/ in it) instead of a "
                        "temporary one.")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    if not hasattr(signal, "SIGKILL"):
        print("needs SIGKILL (not on Windows)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="sitzung-faults-") as folder:
        data_dir = args.keep / "data" if args.keep else Path(folder) / "data"
        try:
            tally = run(args.kills, args.seed, data_dir, out=sys.stderr)
        except Failure as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"{tally.line()} ({len(tally.sessions)} sessions created, {tally.seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):  # run as a file by `run`: make the repository importable
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
