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
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from sitzung.i18n import t

TEMPLATES = Path(__file__).resolve().parent
PAGE = "chair_page.html"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


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


class ChairServer(Server):
    """textual-serve's Server with the access rules above and a translated page."""

    def __init__(
        self, command: str, host: str, port: int, *, lang: str = "en", title: str = "", token: str | None = None
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=TEMPLATES)
        self.lang = lang
        self.token = token
        self.cookie = f"sitzung_chair_{port}"
        self._connections: set[asyncio.Task[Any]] = set()

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
        """One browser tab's view; remembered so that stopping the server closes it at once."""
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            self._connections.discard(task)  # type: ignore[arg-type]

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
