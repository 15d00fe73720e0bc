"""`sitzung serve` under hostile clients: absurd sizes, garbage, too many views, views left behind.

The server runs as a subprocess (`serving` from test_serve); the clients are aiohttp websockets
that send what no page sends. Memory and processes are read from Linux's /proc: each view must
stay under VIEW_BUDGET and the server under SERVER_BUDGET (a normal view is about 40 MB; one told
100000 × 100000 cells grew to 3.5 GB before the clamp), and a view's process must be gone within
a few seconds of its socket closing.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import aiohttp
import pytest

from sitzung.i18n import t
from sitzung.recorder import Recorder
from tests.chair.browser import Browser
from tests.chair.test_serve import CHROMIUM, Served, alive, children_of, needs_chromium, serving
from tests.cli_helpers import sitzung
from tui.chair_serve import GRACE, ChairView

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads processes from Linux's /proc")

MB = 1024 * 1024
VIEW_BUDGET = 100 * MB
SERVER_BUDGET = 120 * MB
VIEWS = 3  # the cap these tests serve with (`--max-views`), to keep them quick

# Each keeps its socket open: clamped, ignored or dropped.
TOLERATED: list[object] = [
    ["resize", {"width": 100000, "height": 100000}],
    ["resize", {"width": -5, "height": -100000}],
    ["resize", {"width": 2**64, "height": 0}],
    ["resize", {"width": "wide", "height": 30}],
    ["resize", {"width": 100.5, "height": True}],
    ["resize", {"width": None}],
    ["resize", [100, 30]],
    ["resize"],
    ["stdin", "\x1b[48;3000;3000;0;0t"],  # a terminal's in-band resize report, which Textual obeys
    ["stdin", "\x1b[48;"],  # the same, in two messages
    ["stdin", "3000;3000;0;0t"],
    ["stdin", "\x1b[200~" + "x" * 60000],  # a bracketed paste that never ends
    ["stdin", 42],
    ["ping", {"a": 1}],
    ["exec", "rm -rf /"],
    ["quit"],
]
# Each closes its socket, with one of these codes: no page sends them. (Hung up on in the middle
# of its 10 MB, the client may see the connection drop, 1006, before the close frame, 1009.)
REFUSED: list[tuple[str, str | bytes, set[int]]] = [
    ("10 MB", json.dumps(["stdin", "x" * (10 * MB)]), {1009, 1006}),
    ("binary frame", b"\x00\xff" * 100, {1003}),
    ("not JSON", "\x00garbage{[", {1007}),
    ("JSON, not a list", '{"resize": {"width": 80}}', {1007}),
    ("an empty list", "[]", {1007}),
    ("no message type", "[1, 2]", {1007}),
]


def rss(pid: int) -> int:
    """Resident memory of `pid` in bytes; 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def descendants(pid: int) -> list[int]:
    found = []
    for child in children_of(pid):
        found += [child, *descendants(child)]
    return found


def views_of(served: Served) -> list[int]:
    """The server's running view processes (zombies, already ended, are not counted)."""
    return [pid for pid in descendants(served.process.pid) if alive(pid)]


def check_memory(served: Served) -> None:
    views = descendants(served.process.pid)
    assert rss(served.process.pid) < SERVER_BUDGET, f"server: {rss(served.process.pid) / MB:.0f} MB"
    for pid in views:
        assert rss(pid) < VIEW_BUDGET, f"view {pid}: {rss(pid) / MB:.0f} MB"
    total = rss(served.process.pid) + sum(rss(pid) for pid in views)
    assert total < SERVER_BUDGET + VIEWS * VIEW_BUDGET, f"all: {total / MB:.0f} MB"


async def until(check: Callable[[], bool], timeout: float = 10) -> bool:
    """Poll `check` until it holds or `timeout` seconds pass; whether it held."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


async def open_view(
    http: aiohttp.ClientSession, served: Served, query: str = "width=100&height=30"
) -> aiohttp.ClientWebSocketResponse:
    """A websocket whose view has drawn its first screen."""
    websocket = await http.ws_connect(f"ws://127.0.0.1:{served.port}/ws?{query}", max_msg_size=0)
    first = await websocket.receive(timeout=20)
    assert first.type == aiohttp.WSMsgType.BINARY, first
    return websocket


async def ping(websocket: aiohttp.ClientWebSocketResponse, word: str = "still there?") -> None:
    """Ping through the page's protocol and wait for the pong, past the view's screen updates."""
    await websocket.send_str(json.dumps(["ping", word]))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        message = await websocket.receive(timeout=10)
        assert message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT), message
        if message.type == aiohttp.WSMsgType.TEXT and json.loads(message.data) == ["pong", word]:
            return
    raise AssertionError("no pong")


async def closing_code(websocket: aiohttp.ClientWebSocketResponse) -> int | None:
    """Read past the view's output until the server closes the socket; its close code."""
    while True:
        message = await websocket.receive(timeout=10)
        if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            return websocket.close_code


async def test_absurd_sizes_and_input_are_clamped_or_dropped(clerk: Recorder, data_dir: Path) -> None:
    with serving(data_dir, clerk.state.info.id, "--max-views", str(VIEWS)) as served:
        async with aiohttp.ClientSession() as http:
            huge = await open_view(http, served, "width=100000&height=100000")  # the size it starts with
            websocket = await open_view(http, served)
            for message in TOLERATED:
                await websocket.send_str(json.dumps(message))
            await ping(websocket)  # the server has passed them all on, and still answers
            assert not websocket.closed and not huge.closed
            assert len(views_of(served)) == 2
            deadline = time.monotonic() + 3  # the views are redrawing at the size they were told
            while time.monotonic() < deadline:
                check_memory(served)
                await asyncio.sleep(0.1)
            await ping(huge)
            await websocket.close()
            await huge.close()


@pytest.mark.parametrize(("name", "message", "codes"), REFUSED, ids=[case[0] for case in REFUSED])
async def test_what_no_page_sends_closes_its_socket_and_ends_its_view(
    clerk: Recorder, data_dir: Path, name: str, message: str | bytes, codes: set[int]
) -> None:
    with serving(data_dir, clerk.state.info.id, "--max-views", str(VIEWS)) as served:
        async with aiohttp.ClientSession() as http:
            bystander = await open_view(http, served)
            websocket = await open_view(http, served)
            views = views_of(served)
            assert len(views) == 2
            with suppress(ConnectionError):  # the server may hang up in the middle of 10 MB
                if isinstance(message, bytes):
                    await websocket.send_bytes(message)
                else:
                    await websocket.send_str(message)
            assert await closing_code(websocket) in codes
            assert await until(lambda: len(views_of(served)) == 1), f"{name}: its view is still running"
            check_memory(served)
            await ping(bystander)  # the other view is untouched
            fresh = await open_view(http, served)  # and the server answers a new one
            await ping(fresh)
            for each in (fresh, bystander):
                await each.close()


async def test_more_views_than_the_cap_are_refused(clerk: Recorder, data_dir: Path) -> None:
    with serving(data_dir, clerk.state.info.id, "--max-views", str(VIEWS)) as served:
        async with aiohttp.ClientSession() as http:
            counts: list[int] = []
            watching = True

            async def watch() -> None:  # the number of views, all along
                while watching:
                    counts.append(len(views_of(served)))
                    await asyncio.sleep(0.02)

            watcher = asyncio.create_task(watch())
            sockets = await asyncio.gather(
                *(http.ws_connect(f"ws://127.0.0.1:{served.port}/ws") for _ in range(VIEWS + 4))
            )
            firsts = await asyncio.gather(*(websocket.receive(timeout=20) for websocket in sockets))
            answers = list(zip(sockets, firsts, strict=True))
            admitted = [websocket for websocket, first in answers if first.type == aiohttp.WSMsgType.BINARY]
            refused = [(websocket, first) for websocket, first in answers if first.type != aiohttp.WSMsgType.BINARY]
            assert len(admitted) == VIEWS and len(refused) == 4
            for websocket, first in refused:
                assert first.type == aiohttp.WSMsgType.CLOSE and websocket.close_code == 1013
                assert (
                    first.extra == f"No view is free (at most {VIEWS} at once); close one, then open this page again."
                )
            check_memory(served)
            await admitted[0].close()
            assert await until(lambda: len(views_of(served)) == VIEWS - 1)
            again = await open_view(http, served)  # a place has become free
            watching = False
            await watcher
            assert counts and max(counts) <= VIEWS, counts
            for websocket in (again, *admitted[1:]):
                await websocket.close()
            assert await until(lambda: not views_of(served)), "views outlived their sockets"


async def test_a_view_ends_when_its_client_vanishes_without_closing(clerk: Recorder, data_dir: Path) -> None:
    """A client killed in the middle (no close frame, as when a browser crashes): its view goes too."""
    with serving(data_dir, clerk.state.info.id) as served:
        client = subprocess.Popen(
            [sys.executable, "-c", CLIENT, f"ws://127.0.0.1:{served.port}/ws"], stdout=subprocess.PIPE, text=True
        )
        try:
            assert client.stdout is not None and client.stdout.readline().strip() == "ready"
            views = views_of(served)
            assert len(views) == 1
            os.kill(client.pid, signal.SIGKILL)
            assert await until(lambda: not alive(views[0])), "the view outlived its client"
        finally:
            if client.poll() is None:
                client.kill()
            client.wait(timeout=5)


CLIENT = """
import asyncio, sys, aiohttp
async def main():
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(sys.argv[1]) as websocket:
            await websocket.receive(timeout=20)
            print("ready", flush=True)
            await asyncio.sleep(60)
asyncio.run(main())
"""


async def test_a_view_that_does_not_quit_is_killed(tmp_path: Path) -> None:
    """A view that ignores both "quit" and SIGTERM is killed after the grace times, and reaped."""
    script = tmp_path / "stubborn.py"
    script.write_text(
        "import signal, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "print('__GANGLION__', flush=True)\n"
        "time.sleep(60)\n"
    )

    async def ignore(_data: object) -> None:
        pass

    from textual_serve.download_manager import DownloadManager

    view = ChairView(
        f"exec {shlex.join([sys.executable, str(script)])}",
        write_bytes=ignore,
        write_str=ignore,
        close=lambda: ignore(None),
        download_manager=DownloadManager(),
    )
    await view.start(80, 24)
    assert view.process is not None
    pid = view.process.pid
    assert await until(lambda: Path(f"/proc/{pid}").exists())
    await asyncio.wait_for(view.stop(), timeout=4 * GRACE + 5)
    assert view.process.returncode == -signal.SIGKILL
    assert not Path(f"/proc/{pid}").exists(), "killed but not reaped"


@needs_chromium
async def test_a_page_left_ends_its_view(clerk: Recorder, data_dir: Path, tmp_path: Path) -> None:
    """Leaving the page closes its socket (a kept back-forward cache page kept its view running for minutes)."""
    with serving(data_dir, clerk.state.info.id) as served:
        async with Browser(CHROMIUM, tmp_path / "browser") as browser:  # type: ignore[arg-type]
            await browser.open(served.url("/"))
            text = await browser.wait_for_screen(lambda s: "QUORATE" in s, 20)
            assert "QUORATE" in text, text
            views = views_of(served)
            assert len(views) == 1
            await browser.open("about:blank")
            assert await until(lambda: not alive(views[0]), timeout=5), "the view outlived its page"


@needs_chromium
async def test_the_page_says_why_a_view_is_refused(clerk: Recorder, data_dir: Path, tmp_path: Path) -> None:
    with serving(data_dir, clerk.state.info.id, "--max-views", "1", lang="de") as served:
        async with aiohttp.ClientSession() as http:
            taken = await open_view(http, served)
            async with Browser(CHROMIUM, tmp_path / "browser") as browser:  # type: ignore[arg-type]
                await browser.open(served.url("/"))
                expression = "document.body.classList.contains('-closed')"
                deadline = time.monotonic() + 20
                while not await browser.evaluate(expression) and time.monotonic() < deadline:
                    await asyncio.sleep(0.1)
                message = await browser.evaluate("document.querySelector('.closed-dialog .message').textContent")
            assert message == (
                "Keine Ansicht ist frei (höchstens 1 zugleich); schließen Sie eine und laden Sie diese Seite neu."
            )
            assert len(views_of(served)) == 1
            await taken.close()


def test_a_host_that_is_no_address_is_refused_in_one_sentence(data_dir: Path) -> None:
    said = sitzung("--data-dir", str(data_dir), "--lang", "en", "serve", "any", "--host", "256.1.1.1", code=2)
    assert said == "256.1.1.1 is not an address or a name this computer can listen on.\n"
    said = sitzung("--data-dir", str(data_dir), "--lang", "en", "serve", "any", "--max-views", "0", code=2)
    assert said == "--max-views takes a number from 1 to 100, not 0.\n"


def test_the_refusal_fits_in_a_close_frame() -> None:
    """A close frame's reason holds 123 bytes; cut shorter, the page would show half a sentence."""
    for lang in ("en", "de"):
        assert len(t("serve.busy", lang, limit=100).encode()) <= 123
