"""A prepared session in the test's data folder, entered through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitzung import reference
from tests.cli_helpers import sitzung


def prepare_session() -> str:
    """The reference body, roster and agenda, a session of it, two people present; returns its id."""
    sitzung("body", "create", reference.BODY, "--seats", "17", "--preset", "de")
    sitzung("roster", "import", str(reference.data_file("roster.csv")), "--body", reference.BODY)
    sid = sitzung(
        "session", "create", "--body", reference.BODY, "--number", "6", "--date", "2022-05-11", "--time", "18:00",
    ).strip()
    sitzung("agenda", "import", sid, str(reference.data_file("agenda.txt")))
    sitzung("attend", sid, "Kehren", "present", "--at", "17:58")
    sitzung("attend", sid, "Thelen", "present", "--at", "17:59")
    return sid


@pytest.fixture
def data_dir(isolated_folders: Path) -> Path:
    return isolated_folders / "sitzung-data"


@pytest.fixture
def sid(data_dir: Path) -> str:
    return prepare_session()


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    from datetime import datetime

    from sitzung.clock import FixedClock

    return FixedClock(datetime(2022, 5, 11, 17, 55))


@pytest.fixture
def archive(tmp_path: Path):  # type: ignore[no-untyped-def]
    from storage.archive import TinyArchive

    return TinyArchive(tmp_path / "data", lock_timeout=1.0)


@pytest.fixture
def fresh(archive, clock):  # type: ignore[no-untyped-def]
    """The reference meeting before the roll call."""
    from sitzung.reference import build_demo

    return build_demo(archive, clock, roll_call_done=False)
