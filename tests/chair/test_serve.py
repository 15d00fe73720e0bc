"""`sitzung serve`: the chair's view in a browser; loopback by default, a token everywhere else.

The server runs as a subprocess on a free port; the browser tests drive Debian's
headless Chromium (`.ci/run` installs it) and are skipped, saying why, only
where it is missing.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from sitzung.recorder import Recorder
from tests.chair.browser import Browser, find_chromium
from tests.chair.conftest import CANARY, LEAVERS
from tests.cli_helpers import sitzung

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian's package `chromium`; .ci/run installs it)"
)


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


class Served:
    """A running `sitzung serve`: its process, the address it printed, and its token if any."""

    def __init__(self, process: subprocess.Popen[str], port: int, printed: str) -> None:
        self.process = process
        self.port = port
        self.printed = printed
        found = re.search(r"token=([\w-]+)", printed)
        self.token = found.group(1) if found else None

    def url(self, path: str = "/", token: str | None = None) -> str:
        query = f"?token={token}" if token else ""
        return f"http://127.0.0.1:{self.port}{path}{query}"


@contextmanager
def serving(data_dir: Path, session: str, *options: str, host: str = "127.0.0.1", lang: str = "en") -> Iterator[Served]:
    port = free_port(host)
    command = [sys.executable, "-m", "cli", "--data-dir", str(data_dir), "--lang", lang, "serve", session]
    command += ["--host", host, "--port", str(port), *options]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    output: list[str] = []
    assert process.stdout is not None

    def read() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            output.append(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # until it listens (and, bound beyond loopback, refuses)
            assert process.poll() is None, "".join(output)
            try:
                code = status_of(f"http://127.0.0.1:{port}/static/css/xterm.css")[0]
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
                continue
            assert code in (200, 403)
            break
        while not any("://" in line for line in output) and time.monotonic() < deadline:
            time.sleep(0.02)
        served = Served(process, port, "".join(output))
        yield served
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # its own process group: the server and the views it started
            try:
                process.wait(timeout=8)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)


def status_of(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def test_bound_beyond_loopback_it_needs_the_token(clerk: Recorder, data_dir: Path) -> None:
    with serving(data_dir, clerk.state.info.id, host="0.0.0.0") as served:
        assert served.token, served.printed
        assert f":{served.port}/?token={served.token}" in served.printed
        for path in ("/", "/ws", "/static/js/textual.js"):
            assert status_of(served.url(path))[0] == 403, path
            assert status_of(served.url(path, token="wrong"))[0] == 403, path
            cookie = {"Cookie": f"sitzung_chair_{served.port}=wrong"}
            assert status_of(served.url(path), cookie)[0] == 403, path
        code, headers = status_of(served.url("/", served.token))
        assert code == 200
        assert f"sitzung_chair_{served.port}={served.token}" in headers["Set-Cookie"]
        assert "HttpOnly" in headers["Set-Cookie"]
        cookie = {"Cookie": f"sitzung_chair_{served.port}={served.token}"}
        assert status_of(served.url("/static/js/textual.js"), cookie)[0] == 200
        with urllib.request.urlopen(served.url("/", served.token), timeout=5) as response:
            page = response.read().decode()
        assert f'data-session-websocket-url="ws://127.0.0.1:{served.port}/ws"' in page


def test_on_loopback_no_token_but_only_this_computer_and_its_own_page(clerk: Recorder, data_dir: Path) -> None:
    with serving(data_dir, clerk.state.info.id, lang="de") as served:
        assert served.token is None
        assert f"http://127.0.0.1:{served.port}/" in served.printed
        code, _ = status_of(served.url("/"))
        assert code == 200
        with urllib.request.urlopen(served.url("/"), timeout=5) as response:
            page = response.read().decode()
        assert '<html lang="de">' in page and "Ansicht Vorsitz" in page and "googleapis" not in page
        # A name that merely resolves to 127.0.0.1 (DNS rebinding) is not this computer.
        assert status_of(served.url("/"), {"Host": f"evil.example:{served.port}"})[0] == 403
        # Another site's page may not open the view's websocket.
        assert status_of(served.url("/ws"), {"Origin": "http://evil.example"})[0] == 403


async def wait_for(browser: Browser, words: list[str], timeout: float = 20) -> str:
    text = await browser.wait_for_screen(lambda s: all(w in s for w in words), timeout)
    assert all(w in text for w in words), text
    return text


@needs_chromium
async def test_in_the_browser_the_quorum_appears_and_follows_the_clerk(
    clerk: Recorder, data_dir: Path, tmp_path: Path
) -> None:
    """End to end, through the token and its cookie: page, websocket, view, a change by the CLI."""
    sid = clerk.state.info.id
    with serving(data_dir, sid, host="0.0.0.0") as served:
        async with Browser(CHROMIUM, tmp_path / "browser") as browser:  # type: ignore[arg-type]
            await browser.open(served.url("/", served.token))
            text = await wait_for(browser, ["QUORATE", "15 present / 9 required"])
            assert "NOT QUORATE" not in text and "Item 2.1" in text
            for name in LEAVERS:
                sitzung("--data-dir", str(data_dir), "attend", sid, name, "left")
            changed = time.monotonic()
            text = await wait_for(browser, ["NOT QUORATE", "8 present / 9 required"], timeout=10)
            delay = time.monotonic() - changed
            assert "left: Dederichs" in text
            # Within a second, plus the test's own polling of the page (every 0.1 s) and the CLI's exit.
            assert delay < 1.5, f"the browser showed the change after {delay:.2f} s"


@needs_chromium
async def test_canary_the_room_display_in_the_browser(closed_item: Recorder, data_dir: Path, tmp_path: Path) -> None:
    with serving(data_dir, closed_item.state.info.id, "--public", lang="de") as served:
        async with Browser(CHROMIUM, tmp_path / "browser") as browser:  # type: ignore[arg-type]
            await browser.open(served.url("/"))
            text = await wait_for(browser, ["Nichtöffentliche Sitzung", "BESCHLUSSFÄHIG"])
            html = await browser.evaluate("document.documentElement.outerHTML")
            fetched = await browser.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert CANARY not in text and CANARY not in html
    assert fetched and all(url.startswith(f"http://127.0.0.1:{served.port}/") for url in fetched), fetched
    assert "TOP 3" not in text and "Thelen" not in text and "Lux" not in text


def alive(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for its parent to reap it does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc to find the view's process")
async def test_a_view_does_not_outlive_its_server(clerk: Recorder, data_dir: Path) -> None:
    """Each browser tab has its own `sitzung chair` process; if the server dies, the view quits too."""
    import aiohttp

    with serving(data_dir, clerk.state.info.id) as served:
        async with aiohttp.ClientSession() as http:
            url = f"ws://127.0.0.1:{served.port}/ws?width=100&height=30"
            async with http.ws_connect(url) as websocket:
                first = await websocket.receive(timeout=20)
                assert first.type == aiohttp.WSMsgType.BINARY
                views = children_of(served.process.pid)
                assert len(views) == 1
                os.kill(served.process.pid, signal.SIGKILL)  # no goodbye to the view
                served.process.wait(timeout=5)
                deadline = time.monotonic() + 5
                try:
                    while alive(views[0]) and time.monotonic() < deadline:
                        await asyncio.sleep(0.1)
                    assert not alive(views[0]), "the view outlived its server"
                finally:
                    if alive(views[0]):
                        os.kill(views[0], signal.SIGKILL)
