"""`sitzung session restore SESSION`: bring back a damaged session file's newest good state.

The storage keeps the last versions of every session file as rolling backups
(`sessions/.backups/<id>/<n>.json`, hard links made at each write). This
command replaces a file that no longer loads with the newest backup that
loads in full, keeps the damaged file beside the backups, and says what it
restored. The archive is reached through `Env.archive` only (the composition
root in `sitzung.cli` builds it), so this module imports no storage.
"""

from datetime import datetime
from pathlib import Path
from typing import Annotated, Protocol, cast

import typer


class _Restored(Protocol):
    backup: Path
    events: int
    last: datetime | None
    kept: Path | None


class _Restorable(Protocol):
    def restore_session(self, session_id: str) -> _Restored: ...


def register(session_app: typer.Typer) -> None:
    @session_app.command("restore")
    def restore(
        ctx: typer.Context,
        session: Annotated[str, typer.Argument(help="Session id (or a unique beginning of it).", show_default=False)],
    ) -> None:
        """Bring back a damaged session file's newest good state from the rolling backups."""
        from sitzung.cli import Env
        from sitzung.session_ids import resolve_session

        env = ctx.ensure_object(Env)
        session_id = resolve_session(env.archive, session)
        done = cast(_Restorable, env.archive).restore_session(session_id)
        last = f"{done.last:%Y-%m-%d %H:%M:%S}" if done.last else "-"
        env.say(
            "storage.restored", id=session_id, backup=str(done.backup), events=done.events, last=last,
            kept=str(done.kept) if done.kept else "-",
        )
