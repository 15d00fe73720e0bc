"""What every command needs: where the data is, which language, which clock; built once per call."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from cli.output import echo
from sitzung.clock import Clock, SystemClock
from sitzung.errors import SitzungError
from sitzung.i18n import LANGUAGES, detect_language, t
from sitzung.timeparse import parse_at

if TYPE_CHECKING:
    from sitzung.ports import Archive, SessionLog
    from sitzung.recorder import Recorder
    from sitzung.state import SessionState


def _configured_mirror() -> Path | None:
    """The config file's mirror (reading it costs a command's start about 20 ms: only when a write needs it)."""
    from sitzung.config import load_settings

    return load_settings().mirror


@dataclass
class Env:
    """The composition root's wiring: the archive (TinyDB), the language and the clock."""

    data_dir: Path | None
    lang: str
    explicit_lang: bool = False
    mirror: Path | None = None  # --mirror; else the config file's, read when a write first needs it
    clock: Clock = field(default_factory=SystemClock)
    _archive: "Archive | None" = None
    _others: "Archive | None" = None
    _opened: list["SessionLog"] = field(default_factory=list)
    _closing: bool = False

    @property
    def archive(self) -> "Archive":
        if self._archive is None:
            from storage.archive import TinyArchive, default_data_dir

            self._archive = TinyArchive(default_data_dir(self.data_dir), mirror=self.mirror or _configured_mirror)
        return self._archive

    @property
    def others(self) -> "Archive":
        """The data folder read only, for the body's other sessions (numbering, approvals): never locked or
        written, whoever holds them."""
        if self._others is None:
            from storage.archive import TinyArchive, default_data_dir

            self._others = TinyArchive(default_data_dir(self.data_dir), read_only=True)
        return self._others

    def mirror_archive(self) -> "Archive":
        """The mirror as an archive of its own, read-only (to find a session that is lost here)."""
        from storage.archive import TinyArchive

        folder = self.mirror or _configured_mirror()
        if folder is None:
            raise SitzungError("storage.no_mirror")
        return TinyArchive(folder, read_only=True)

    def say(self, key: str, **params: Any) -> None:
        echo(t(key, self.lang, **params))

    def recorder(self, session: str) -> "Recorder":
        from sitzung.recorder import Recorder

        return Recorder(self.session_log(session), self.clock)

    def state(self, session: str) -> "SessionState":
        """The session as it stands, for a command that only reads: a `Recorder` would import the clerk's
        actions and all they check with (decisions, elections, outcomes), slowing the start."""
        from sitzung.feed import SessionFeed

        return SessionFeed(self.session_log(session)).state

    def session_log(self, session: str) -> "SessionLog":
        """The session's log, closed with the command."""
        from sitzung.session_ids import resolve_session

        log = self.archive.open_session(resolve_session(self.archive, session))
        self._opened.append(log)
        return log

    def close(self) -> None:
        """Close what the command opened (closing rewrites a session file from its journal, for other tools), and
        say if the mirror missed a write: the command succeeded, on this computer."""
        while self._opened:
            self._opened.pop().close()
        mirror = self._archive.mirror_status if self._archive is not None else None
        if mirror is not None and not mirror.current:
            since = f"{mirror.since:%H:%M:%S}" if mirror.since else "?"
            echo(t("storage.mirror_behind", self.lang, folder=str(mirror.folder), since=since, reason=mirror.reason),
                 err=True)

    def moment(self, state: "SessionState", at: str | None) -> datetime | None:
        """A typed time on the session's day (or the next morning), never in the future."""
        return parse_at(at, state.info.date, now=self.clock.now()) if at else None

    def lang_for(self, body_lang: str) -> str:
        """The language of a session's app, view and minutes: --lang or SITZUNG_LANG, then the
        config file's, then the body's own (a German body's minutes are German under any locale)."""
        from sitzung.config import load_settings

        if self.explicit_lang:
            return self.lang
        if config_lang := load_settings().lang:
            return detect_language(config_lang)
        return body_lang if body_lang in LANGUAGES else self.lang

    def export_lang(self, body_lang: str, chosen: str | None = None) -> str:
        """The language of an export or report: the command's --lang, else `sitzung --lang` or SITZUNG_LANG,
        else the body's own (an export is the body's document: the config's language is for screens)."""
        if chosen:
            return chosen
        if self.explicit_lang:
            return self.lang
        return body_lang if body_lang in LANGUAGES else self.lang

    def run_app(self, recorder: "Recorder") -> None:
        """Open the terminal app with the user's settings (language, theme, keys)."""
        from sitzung.bodies import change_body
        from sitzung.config import load_settings
        from tui.app import run

        settings = load_settings()
        lang = self.lang_for(recorder.state.info.body.lang)
        name = recorder.state.info.body.name
        run(recorder, lang=lang, keymap=settings.keys, theme=settings.theme,
            change_body=lambda edit: change_body(self.archive, name, edit), archive=self.others)


def env_of(ctx: typer.Context) -> Env:
    """The Env the root callback built (or a default one, for a command invoked on its own), closed with the
    command."""
    env = ctx.ensure_object(Env)
    if not env._closing:
        env._closing = True
        ctx.call_on_close(env.close)
    return env


def lang_of(ctx: typer.Context) -> str:
    env = ctx.find_object(Env)
    return env.lang if env else detect_language()
