"""The reference meeting, entered once through the CLI and copied into each test's data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.exports.helpers import enter_reference_meeting


@pytest.fixture(scope="session")
def entered_reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A data folder holding the reference meeting with the seed's texts, and the session's id."""
    folder = tmp_path_factory.mktemp("reference") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITZUNG_DATA_DIR", str(folder))
        patch.setenv("LANG", "en_US.UTF-8")
        patch.delenv("SITZUNG_LANG", raising=False)
        return folder, enter_reference_meeting()


@pytest.fixture
def reference_id(entered_reference: tuple[Path, str]) -> str:
    """The reference meeting in this test's own data folder (a copy, so a test may change it)."""
    folder, session = entered_reference
    shutil.copytree(folder, os.environ["SITZUNG_DATA_DIR"], dirs_exist_ok=True)
    return session
