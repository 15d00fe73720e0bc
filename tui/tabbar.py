"""The tab bar: the four tabs' names, the active one marked, in one widget.

Textual's TabbedContent builds a widget per tab plus an animated underline
and a switcher around them; after the Footer it was the largest part of the
app's first paint (`python -m benchmarks`, tui_start). The app pairs this bar with
a plain ContentSwitcher: the bar draws the names and the underline, a click
on a name asks the app to switch, and the keys 1–4 do the same.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget


class TabBar(Widget, can_focus=False):
    """Tab names on one line, an underline beneath that marks the active tab."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"tabbar--tab", "tabbar--active", "tabbar--hover", "tabbar--rule", "tabbar--mark"}
    DEFAULT_CSS = """
    TabBar {
        height: 2;
        .tabbar--tab { color: $foreground 50%; }
        .tabbar--active { color: $foreground; text-style: bold; }
        .tabbar--hover { color: $foreground; background: $block-hover-background; }
        .tabbar--rule { color: $foreground 10%; }
        .tabbar--mark { color: $block-cursor-background; }
    }
    """

    active: reactive[str] = reactive("")
    hovered: reactive[str | None] = reactive(None)

    class Clicked(Message):
        """The clerk clicked the name of tab `tab`."""

        def __init__(self, tab: str) -> None:
            super().__init__()
            self.tab = tab

    def __init__(self, labels: dict[str, str], active: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels = labels
        self.set_reactive(TabBar.active, active)

    def _spans(self) -> list[tuple[int, int, str]]:
        """Where each tab's name is: (first cell, end, tab)."""
        spans, x = [], 1
        for tab, label in self.labels.items():
            width = Text(label).cell_len + 2
            spans.append((x, x + width, tab))
            x += width + 1
        return spans

    def _tab_at(self, x: int) -> str | None:
        return next((tab for start, end, tab in self._spans() if start <= x < end), None)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        line = Text(no_wrap=True, end="")
        if y == 0:
            line.append(" ")
            for _start, _end, tab in self._spans():
                name = "tabbar--active" if tab == self.active else "tabbar--tab"
                style = self.get_component_rich_style(name)
                if tab == self.hovered:
                    style += self.get_component_rich_style("tabbar--hover")
                line.append(f" {self.labels[tab]} ", style)
                line.append(" ")
        elif y == 1:  # the rule, marked under the active tab: three runs, not a span per cell
            rule, mark = self.get_component_rich_style("tabbar--rule"), self.get_component_rich_style("tabbar--mark")
            start, end = next(((start, end) for start, end, tab in self._spans() if tab == self.active), (0, 0))
            start, end = min(start, width), min(end, width)
            line.append("━" * start, rule)
            line.append("━" * (end - start), mark)
            line.append("━" * (width - end), rule)
        line.truncate(width, overflow="ellipsis" if y == 0 else None, pad=True)  # a cut name ends in "…"
        return Strip(line.render(self.app.console), width).apply_style(self.rich_style)

    def watch_active(self) -> None:
        self.refresh()

    def watch_hovered(self) -> None:
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self.hovered = self._tab_at(event.x) if event.y == 0 else None

    def on_leave(self, _event: events.Leave) -> None:
        self.hovered = None

    def on_click(self, event: events.Click) -> None:
        tab = self._tab_at(event.x)
        if tab is not None:
            self.post_message(self.Clicked(tab))
