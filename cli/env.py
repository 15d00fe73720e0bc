"""What every command needs: where the data is, which language, which clock; built once per call."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from cli.output import echo
from sitzung.clock import Clock, SystemClock
from sitzung.i18n import LANGUAGES, detect_language, t
from sitzung.timeparse import parse_at

if TYPE_CHECKING:
    from sitzung.ports import Archive
    from sitzung.recorder import Recorder


@dataclass
class Env:
    """The composition root's wiring: the archive (TinyDB), the language and the clock."""

    data_dir: Path | None
    lang: str
    explicit_lang: bool = False
    clock: Clock = field(default_factory=SystemClock)
    _archive: "Archive | None" = None

    @property
    def archive(self) -> "Archive":
        if self._archive is None:
            from storage.archive import TinyArchive, default_data_dir

            self._archive = TinyArchive(default_data_dir(self.data_dir))
        return self._archive

    def say(self, key: str, **params: Any) -> None:
        echo(t(key, self.lang, **params))

    def recorder(self, session: str) -> "Recorder":
        from sitzung.recorder import Recorder
        from sitzung.session_ids import resolve_session

        return Recorder(self.archive.open_session(resolve_session(self.archive, session)), self.clock)

    def moment(self, recorder: "Recorder", at: str | None) -> datetime | None:
        """A typed time on the session's day (or the next morning), never in the future."""
        return parse_at(at, recorder.state.info.date, now=recorder.clock.now()) if at else None

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
            change_body=lambda edit: change_body(self.archive, name, edit))


def env_of(ctx: typer.Context) -> Env:
    """The Env the root callback built (or a default one, for a command invoked on its own)."""
    return ctx.ensure_object(Env)


def lang_of(ctx: typer.Context) -> str:
    env = ctx.find_object(Env)
    return env.lang if env else detect_language()
