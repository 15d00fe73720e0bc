"""The user's settings file (TOML): language, theme, key bindings and the mirror.

It lives in the platform's user config folder (platformdirs), or where
SITZUNG_CONFIG points. Example::

    lang = "de"
    theme = "textual-light"
    mirror = "/media/usb-stick/sitzung"   # a second data folder every action also reaches

    [keys]
    "rollcall.present" = "p,space"   # binding id = key(s), comma-separated
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from sitzung.errors import SitzungError, Where

_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class Settings:
    lang: str | None = None
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    mirror: Path | None = None


def config_path() -> Path:
    explicit = os.environ.get("SITZUNG_CONFIG")
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir("sitzung")) / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """The settings, or defaults when there is no file; a broken file is refused with its line."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        raise SitzungError("config.unreadable", where=Where(str(path)), reason=str(error)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _POSITION.search(str(error))
        where = Where(str(path), int(match[1]), int(match[2])) if match else Where(str(path))
        reason = _POSITION.sub("", str(error)).strip()
        raise SitzungError("config.bad_toml", where=where, reason=reason) from None
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise SitzungError("config.bad_keys", where=Where(str(path)))
    lang, theme, mirror = data.get("lang"), data.get("theme"), data.get("mirror")
    for name, value in (("lang", lang), ("theme", theme), ("mirror", mirror)):
        if value is not None and not isinstance(value, str):
            raise SitzungError("config.bad_value", where=Where(str(path)), name=name)
    return Settings(lang=lang, theme=theme, keys=dict(keys), mirror=Path(mirror).expanduser() if mirror else None)
