"""The chair's view in a web browser, through textual-serve.

textual-serve runs one command per browser connection (here `sitzung chair`
in a child process) and relays its screen over a websocket to xterm.js in the
page. This module adds what a meeting room needs on top of it:

- **Loopback by default.** Bound to 127.0.0.1/::1/localhost, the server answers
  only requests addressed to a loopback name (so a web page elsewhere cannot
  reach it by pointing a DNS name at 127.0.0.1).
- **A token everywhere else.** Bound to any other address, every request (page,
  static files, websocket) must carry the token printed at start, as `?token=`
  or as the cookie the first authorised page load sets (the page's script opens
  the websocket without the query, so the cookie carries the token over).
  Requests without it get 403.
- **Same-origin websockets.** A websocket whose Origin is not this server's page
  is refused: browsers let any site open websockets to any address, so without
  this check any web page the chair opens could read the session.
- **The page in the user's language**, without fonts fetched from the internet.
- **Hostile clients bounded.** At most `max_views` views at once (more are refused
  with close code 1013 and a sentence the page shows); terminal sizes clamped to
  `MAX_WIDTH` × `MAX_HEIGHT`; messages over `MAX_MESSAGE` bytes, binary frames
  and text that is not a page's JSON close the socket; keyboard input is passed
  on only as keys (never as a terminal's report, which Textual would obey); and a
  view's process ends with its socket: asked to quit, terminated after `GRACE`
  seconds, then killed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import re
import secrets
from asyncio.subprocess import Process
from collections.abc import Awaitable, Callable
from contextlib import suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
from aiohttp import WSCloseCode, WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from sitzung.i18n import t

TEMPLATES = Path(__file__).resolve().parent
PAGE = "chair_page.html"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
log = logging.getLogger(__name__)

MAX_VIEWS = 8  # each view is a process of about 40 MB; a meeting room has a screen or two, and a few tablets
MAX_WIDTH, MAX_HEIGHT = 500, 200  # cells: more than a 4K screen shows at the smallest readable font
MAX_MESSAGE = 64 * 1024  # bytes; the page sends keys, sizes and pings of a few dozen
GRACE = 2.0  # seconds a view has to quit once its socket closed, and again after SIGTERM before SIGKILL
BUSY = 1013  # the websocket close code "try again later"

# What a browser's terminal sends for keys and the mouse: characters other than ESC, and complete
# CSI key or SGR mouse sequences and SS3 keys. Anything else (a lone ESC, a bracketed paste, a
# terminal's report such as the in-band resize "ESC[48;rows;cols;…t", which Textual obeys like a
# resize) is dropped. Every message that passes ends on a complete sequence, so the next one cannot
# finish a sequence that this one began.
KEYS = re.compile(r"(?:[^\x1b]|\x1b\[(?!20[01]~)[0-9;]*[A-DFHPQRSZ~]|\x1b\[<[0-9;]*[Mm]|\x1bO[A-DFHP-S])*")


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address, IPv6 possibly in brackets) is this computer only."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


def terminal_size(width: object, height: object) -> tuple[int, int] | None:
    """`width` × `height` cells clamped to 1…MAX_WIDTH × 1…MAX_HEIGHT; None unless both are whole numbers.

    Textual lays out and draws every cell it is told the screen has: told 100000 × 100000, a view
    grew to 3.5 GB at full CPU.
    """
    if type(width) is not int or type(height) is not int:  # not bool, float or str
        return None
    return min(max(width, 1), MAX_WIDTH), min(max(height, 1), MAX_HEIGHT)


def query_number(text: str | None) -> int | None:
    return int(text) if text is not None and re.fullmatch(r"-?[0-9]{1,9}", text) else None


class ChairView(AppService):
    """One browser tab's `sitzung chair` process, which ends when the tab's socket does."""

    process: Process | None = None

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        """textual-serve's, keeping the process it starts: `stop` needs it to end a view that does not quit.

        Overridden because textual-serve keeps the process only in a private attribute.
        """
        self.process = await super()._open_app_process(width, height)
        return self.process

    async def stop(self) -> None:
        """Ask the view to quit (textual-serve's `stop`); terminate it after GRACE seconds, then kill it.

        textual-serve's `stop` waits as long as the view takes, and a view that is busy, or blocked
        writing to a browser that stopped reading, may never quit.
        """
        process = self.process
        quitting = asyncio.ensure_future(super().stop())  # sends "quit", then waits for the view's output to end
        try:
            if process is not None:
                with suppress(TimeoutError):
                    await asyncio.wait_for(process.wait(), GRACE)
        finally:
            if process is not None and process.returncode is None:
                log.warning("a view did not quit within %s s; terminating it", GRACE)
                await end_process(process)
            done, _ = await asyncio.wait([quitting], timeout=GRACE)  # its output ends with it, or its socket is stuck
            if not done:
                quitting.cancel()
            elif quitting.exception() is not None:
                log.warning("a view ended with %r", quitting.exception())


async def close(websocket: web.WebSocketResponse, code: int, reason: str = "") -> None:
    """Close `websocket`, giving up after GRACE seconds on a browser that does not read."""
    message = reason.encode()[:123].decode(errors="ignore").encode()  # a close reason's limit, whole characters
    with suppress(TimeoutError):
        await asyncio.wait_for(websocket.close(code=code, message=message), GRACE)


async def end_process(process: Process) -> None:
    """Terminate `process`, kill it if it is still there GRACE seconds later, and wait for it (reaping it)."""
    try:
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), GRACE)
        except TimeoutError:
            process.kill()
            await process.wait()
    except ProcessLookupError:  # it ended meanwhile
        pass
    except asyncio.CancelledError:  # the server is stopping: no more waiting
        with suppress(ProcessLookupError):
            process.kill()
        raise


class ChairServer(Server):
    """textual-serve's Server with the access rules above and a translated page."""

    def __init__(
        self,
        command: str,
        host: str,
        port: int,
        *,
        lang: str = "en",
        title: str = "",
        token: str | None = None,
        max_views: int = MAX_VIEWS,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=TEMPLATES)
        self.lang = lang
        self.token = token
        self.cookie = f"sitzung_chair_{port}"
        self.max_views = max_views
        self._connections: set[asyncio.Task[Any]] = set()  # one per view, until its process is gone

    # -- access -------------------------------------------------------------

    def refusal(self, request: web.Request) -> str | None:
        """Why `request` is refused (a sentence for the user), or None to let it through."""
        if self.token is not None:
            offered = request.query.get("token") or request.cookies.get(self.cookie) or ""
            if not secrets.compare_digest(offered.encode(), self.token.encode()):
                return t("serve.refused", self.lang)
        elif not is_loopback(request.url.host or ""):
            return t("serve.wrong_host", self.lang)
        if request.path == "/ws":
            origin = request.headers.get("Origin")
            if origin is not None and urlsplit(origin).netloc.lower() != request.host.lower():
                return t("serve.wrong_origin", self.lang)
        return None

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()

        @web.middleware
        async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
            reason = self.refusal(request)
            if reason is not None:
                raise web.HTTPForbidden(text=reason)
            response = await handler(request)
            if self.token is not None and request.path == "/" and request.query.get("token") == self.token:
                response.set_cookie(self.cookie, self.token, httponly=True, samesite="Strict", path="/")
            return response

        app.middlewares.append(guard)
        return app

    # -- the page -------------------------------------------------------------

    @aiohttp_jinja2.template(PAGE)
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page, with the websocket's address as the browser reached us (not as we were bound)."""
        router = request.app.router
        scheme = "wss" if request.scheme == "https" else "ws"
        websocket = f"{scheme}://{request.host}{router['websocket'].url_for()}"
        static = str(router["static"].url_for(filename="/")).rstrip("/") + "/"
        font_size = request.query.get("fontsize", "16")
        lang = self.lang
        return {
            "lang": lang,
            "font_size": int(font_size) if font_size.isdigit() else 16,
            "app_websocket_url": websocket,
            "config": {"static": {"url": static}},
            "page_title": t("serve.page_title", lang, title=self.title),
            "words": {
                "closed": t("serve.page_closed", lang),
                "restart": t("serve.page_restart", lang),
                "start": t("serve.page_start", lang),
            },
        }

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One browser tab's view: refused beyond `max_views`, fed only what a page sends, ended with its socket.

        Replaces textual-serve's, which starts a view for every connection, takes any size and
        message, and waits for the view to quit however long that takes.
        """
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE, timeout=GRACE)
        task = asyncio.current_task()
        assert task is not None
        if len(self._connections) >= self.max_views:
            await websocket.prepare(request)
            reason = t("serve.busy", self.lang, limit=self.max_views)
            await close(websocket, BUSY, reason)
            return websocket
        self._connections.add(task)  # before any await, so that the count is the cap's
        view = ChairView(
            self.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=self.download_manager,
            debug=self.debug,
        )
        code = WSCloseCode.OK
        try:
            size = terminal_size(query_number(request.query.get("width")), query_number(request.query.get("height")))
            await websocket.prepare(request)
            await view.start(*(size or (80, 24)))
            code = await self.relay(websocket, view)
        except asyncio.CancelledError:  # the server stops (`on_shutdown`)
            code = WSCloseCode.GOING_AWAY
        except Exception:
            log.exception("a view failed")
            code = WSCloseCode.INTERNAL_ERROR
        finally:
            try:  # together: closing waits on the browser, which the view must not
                await asyncio.gather(view.stop(), *([close(websocket, code)] if websocket.prepared else []))
            finally:
                self._connections.discard(task)
        return websocket

    async def relay(self, websocket: web.WebSocketResponse, view: ChairView) -> int:
        """Pass the page's messages on to its view until the socket closes; the code to close it with.

        Messages over MAX_MESSAGE bytes (aiohttp closes the socket itself), binary frames and text
        that is not a JSON list starting with a message type end the connection: no page sends them.
        Known types with wrong contents and unknown types (a newer page's) are ignored.
        """
        async for message in websocket:
            if message.type is WSMsgType.ERROR:  # aiohttp has closed it, with its code
                return websocket.close_code or WSCloseCode.PROTOCOL_ERROR
            if message.type is not WSMsgType.TEXT:
                return WSCloseCode.UNSUPPORTED_DATA
            try:
                envelope = json.loads(message.data)
            except ValueError:
                envelope = None
            if not (isinstance(envelope, list) and envelope and isinstance(envelope[0], str)):
                return WSCloseCode.INVALID_TEXT
            kind, data = envelope[0], (envelope[1] if len(envelope) > 1 else None)
            if kind == "stdin" and isinstance(data, str) and KEYS.fullmatch(data):
                await view.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize" and isinstance(data, dict):
                size = terminal_size(data.get("width"), data.get("height"))
                if size is not None:
                    await view.set_terminal_size(*size)
            elif kind == "ping" and isinstance(data, str):
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await view.blur()
            elif kind == "focus":
                await view.focus()
        return WSCloseCode.OK

    async def on_shutdown(self, app: web.Application) -> None:
        """Close the open views (each tells its process to quit) instead of waiting for them to time out."""
        for task in list(self._connections):
            task.cancel()

    async def on_startup(self, app: web.Application) -> None:
        """The CLI has printed the address already; textual-serve's banner would only repeat it."""

    def serve(self, debug: bool = False, announce: Callable[[], None] | None = None) -> None:
        """Run until Ctrl+C or SIGTERM, calling `announce` once it listens.

        No access log: the addresses of the pages carry the token.
        """
        self.debug = debug
        logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(message)s")
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            print=(lambda _banner: announce()) if announce else None,
            access_log=None,
            shutdown_timeout=2.0,
        )
