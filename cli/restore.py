"""`sitzung session restore SESSION` and `sitzung archive restore`: bring back a damaged file's newest good state.

The storage keeps the last versions of every session file and of bodies.json
as rolling backups (`sessions/.backups/<id>/<n>.json`, `.backups/bodies/<n>.json`,
hard links made at each write). These commands replace a file that no longer
loads with the newest backup that loads in full, keep the damaged file beside
the backups, and say what they restored; `--from-mirror` copies a session back
from the mirror instead, when the disk or the folder here is lost. The archive is reached through
`Env.archive` only (the composition root, `cli.env`, builds it), so this
module imports no storage.
"""

from datetime import datetime
from pathlib import Path
from typing import Annotated, Protocol, cast

import typer

from cli.env import env_of


class _Restored(Protocol):
    backup: Path
    events: int
    last: datetime | None
    kept: Path | None


class _ArchiveRestored(Protocol):
    backup: Path | None  # None: rebuilt from the session files
    bodies: int
    sessions: int
    reindexed: int
    kept: Path | None


class _Restorable(Protocol):
    def restore_session(self, session_id: str) -> _Restored: ...

    def restore_from_mirror(self, session_id: str) -> _Restored: ...

    def restore_archive(self) -> _ArchiveRestored: ...

    bodies_file: Path


def restore_session(
    ctx: typer.Context,
    session: Annotated[str, typer.Argument(help="Session id (or a unique beginning of it).", show_default=False)],
    from_mirror: Annotated[
        bool, typer.Option("--from-mirror", help="Copy the session back from the mirror (a lost disk or folder).")
    ] = False,
) -> None:
    """Bring back a damaged session's newest good state from the rolling backups, or from the mirror."""
    from sitzung.session_ids import resolve_session

    env = env_of(ctx)
    archive = cast(_Restorable, env.archive)
    if from_mirror:
        session_id = resolve_session(env.mirror_archive(), session)  # the data folder here may be gone
        done, key = archive.restore_from_mirror(session_id), "storage.restored_from_mirror"
    else:
        session_id = resolve_session(env.archive, session)
        done, key = archive.restore_session(session_id), "storage.restored"
    last = f"{done.last:%Y-%m-%d %H:%M:%S}" if done.last else "-"
    env.say(key, id=session_id, backup=str(done.backup), events=done.events, last=last,
            kept=str(done.kept) if done.kept else "-")


def restore_archive(ctx: typer.Context) -> None:
    """Bring back a damaged or missing bodies.json (bodies, rosters, the session index) from the rolling backups."""

    env = env_of(ctx)
    archive = cast(_Restorable, env.archive)
    done = archive.restore_archive()
    if done.backup is None:
        env.say("storage.archive_rebuilt", file=str(archive.bodies_file), sessions=done.sessions,
                bodies=done.bodies)
        return
    env.say(
        "storage.archive_restored", file=str(archive.bodies_file), backup=str(done.backup), bodies=done.bodies,
        sessions=done.sessions, reindexed=done.reindexed, kept=str(done.kept) if done.kept else "-",
    )


def register(app: typer.Typer) -> None:
    """Add `archive restore` to the `sitzung` command (`session restore` is added with the other session commands)."""
    archive_app = typer.Typer(no_args_is_help=True, help="The archive: bodies, rosters and the index of sessions.")
    archive_app.command("restore")(restore_archive)
    app.add_typer(archive_app, name="archive")
