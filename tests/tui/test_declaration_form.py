"""The recusal form from the clerk's keys: a plain recusal as before, or a declaration with its kind that the
member stayed for, and how the app then describes it (the item's detail, undo)."""

from __future__ import annotations

from textual.widgets import Checkbox, Select, Tree

import tui.words  # noqa: F401  (registers the app's words)
from sitzung.recorder import Recorder
from sitzung.state import quorum
from sitzung.vocabulary import Interest
from tui.app import SitzungApp, build_app
from tui.describe import describe_event
from tui.dialogs import FormDialog


def screen_lines(app: SitzungApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def select_item(app: SitzungApp, number: str) -> None:
    tree = app.query_one("#agenda-tree", Tree)
    nodes = [tree.root]
    while nodes:
        node = nodes.pop()
        if node.data == number:
            tree.move_cursor(node)
            return
        nodes.extend(node.children)
    raise AssertionError(number)


async def test_a_declaration_whose_member_stays(demo: Recorder) -> None:
    app = build_app(demo, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        select_item(app, "2.1")
        await pilot.press("r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        text = "\n".join(screen_lines(app))
        for label in ("Conflict of interest on item 2.1", "Member (name)", "Kind of interest", "None named",
                      "Stays: declared", "Nature (optional)"):
            assert label in text, (label, text)  # every field on a screen of 80 × 24
        await pilot.press(*"Thelen", "tab")
        kind = dialog.query_one("#field-interest", Select)
        assert dialog.focused is kind
        await pilot.press("enter", "home", "down", "down", "down", "enter")  # past "None named" to the third kind
        await pilot.pause()
        assert kind.value == Interest.NON_REGISTRABLE.value
        await pilot.press("tab", "space")
        assert dialog.query_one("#field-stays", Checkbox).value
        await pilot.press("tab", *"as a neighbour", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        event = demo.log.events()[-1]
        assert event.data == {
            "number": "2.1", "person": "thelen|friedhelm", "interest": "non_registrable", "nature": "as a neighbour",
            "stays": True,
        }
        item = demo.state.items["2.1"]
        assert item.recused == [] and quorum(demo.state, item=item).present == 15  # still counted
        detail = " ".join(line.split("│")[1].strip() for line in screen_lines(app) if line.count("│") == 1)
        assert "Declared an interest, stayed: Thelen (non-registrable interest)" in detail
        assert describe_event(demo.state, event, "en") == (
            "Item 2.1: Thelen declared a non-registrable interest and stayed"
        )


async def test_the_name_alone_records_a_recusal_as_before(demo: Recorder) -> None:
    app = build_app(demo, lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        select_item(app, "3")
        await pilot.press("r", *"Thelen", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        event = demo.log.events()[-1]
        assert event.data == {"number": "3", "person": "thelen|friedhelm"}
        assert describe_event(demo.state, event, "de") == "TOP 3: Thelen erklärt Befangenheit und nimmt nicht teil"
        assert "Befangen: Thelen" in "\n".join(screen_lines(app))
        await pilot.press("r", *"Thelen", "enter")  # a second time: the sentence stays in the form
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        error = str(app.screen.query_one("#form-error").render())
        assert "bereits eine Befangenheit oder Interessenerklärung vermerkt" in error
        await pilot.press("escape")
        assert len(demo.log.events()) == event.seq
