"""`sitzung chair` and `sitzung serve`: the chair's read-only view, in a terminal and in a browser.

Both open the session read-only (`TinyArchive(read_only=True)`): no file is
created or written and the writer's lock is never taken, so the view can run
beside the clerk's app for the whole meeting without getting in its way.
`serve` runs `python -m cli … chair SESSION` once per browser connection.
"""

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.env import Env, env_of
from sitzung.errors import SitzungError
from sitzung.i18n import t

if TYPE_CHECKING:
    from sitzung.ports import SessionLog

SessionArg = Annotated[str, typer.Argument(help="Session id (or a unique beginning of it).", show_default=False)]
PublicOpt = Annotated[
    bool,
    typer.Option("--public", help="A room display: of non-public items it shows only the words 'Closed session'."),
]


def _data_dir(env: Env) -> Path:
    from storage.archive import default_data_dir

    return default_data_dir(env.data_dir).resolve()


def open_read_only(env: Env, query: str) -> "SessionLog":
    """The session's log, opened without creating, writing or locking anything."""
    from sitzung.session_ids import resolve_session
    from storage.archive import TinyArchive

    archive = TinyArchive(_data_dir(env), read_only=True)
    if not archive.bodies_file.exists():  # a fresh data folder: nothing to show, and nothing to create
        raise SitzungError("session.unknown", query=query, known="-")
    return archive.open_session(resolve_session(archive, query))


def chair(ctx: typer.Context, session: SessionArg, public: PublicOpt = False) -> None:
    """Follow a session live, read-only: quorum, current item, clock, attendance changes."""
    from tui.chair import run_chair

    env = env_of(ctx)
    log = open_read_only(env, session)
    run_chair(log, env.clock, env.lang_for(log.info.body.lang), public)


def serve(
    ctx: typer.Context,
    session: SessionArg,
    public: PublicOpt = False,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; any but loopback requires the printed token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    max_views: Annotated[
        int, typer.Option("--max-views", help="How many browser tabs may show the view at once (1 to 100).")
    ] = 8,
) -> None:
    """The chair's view in a web browser (one view per browser tab)."""
    import shlex
    import socket

    from tui.chair_serve import ChairServer, is_loopback, new_token

    env = env_of(ctx)
    if not 1 <= port <= 65535:
        raise SitzungError("serve.bad_port", port=port)
    if not 1 <= max_views <= 100:
        raise SitzungError("serve.bad_max_views", count=max_views)
    check_host(host, port)
    log = open_read_only(env, session)
    info = log.info
    log.close()
    lang = env.lang_for(info.body.lang)
    command = [sys.executable, "-m", "cli", "--data-dir", str(_data_dir(env)), "--lang", lang]
    command += ["chair", info.id, *(["--public"] if public else [])]
    token = None if is_loopback(host) else new_token()
    shown = socket.gethostname() if host in ("0.0.0.0", "::", "") else host
    shown = f"[{shown}]" if ":" in shown else shown
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    title = t("chair.title", lang, number=info.number, body=info.body.name, date=info.date.strftime("%d.%m.%Y"))
    # `exec`: the view replaces the shell, so it is the server's own child and notices when the server is gone.
    shell = shlex.join(command) if os.name == "nt" else "exec " + shlex.join(command)
    server = ChairServer(shell, host, port, lang=lang, title=title, token=token, max_views=max_views)

    def announce() -> None:  # once it listens
        env.say("serve.url", url=url)
        if token:
            env.say("serve.token_note", host=host)
        env.say("serve.quit_note")

    try:
        server.serve(announce=announce)
    except socket.gaierror:  # resolved differently a moment later
        raise SitzungError("serve.bad_host", host=host) from None
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        raise SitzungError("serve.cannot_listen", host=host, port=port, reason=reason) from None


def check_host(host: str, port: int) -> None:
    """Refuse a host that is neither an address nor a name of this computer's resolver (`256.1.1.1`).

    Left to the server, it fails with the resolver's bare "Unknown error -2".
    """
    import socket

    try:
        socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, ValueError):  # ValueError: NUL characters, UnicodeError: labels IDNA refuses
        raise SitzungError("serve.bad_host", host=host) from None


def register(app: typer.Typer) -> None:
    """Add `chair` and `serve` to the `sitzung` command."""
    app.command("chair")(chair)
    app.command("serve")(serve)
