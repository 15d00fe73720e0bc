"""The key bar: the keys that work now, in one line at the bottom of every screen.

Textual's Footer is a widget per key, and it rebuilds and restyles all of them
whenever the bindings change; with the clerk's many keys that was the largest
part of the app's start (`python -m benchmarks`, tui_start) and a cost on
every change of focus or tab. This bar is one widget rendering one line with the
same content: the keys of the focused widget, its parents and the app, one per
action, dimmed when `check_action` returns None and absent when it returns
False. The mouse works as on the Footer: a key's tooltip under the pointer, a
click presses the key, the wheel scrolls a line that does not fit. The command
palette's key stays at the right edge. A line that does not fit shows only whole
keys and ends with "…" (and starts with one when scrolled); a click on "…" scrolls.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

from tui.plain import clean

DIM = Style(dim=True)


class Key(NamedTuple):
    """One key as shown: what to press, what it does, whether it works now."""

    key: str
    display: str
    description: str
    tooltip: str
    enabled: bool


class KeyBar(Widget, can_focus=False):
    """One line of the keys that work now, like Textual's Footer but one widget."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"keybar--key", "keybar--description", "keybar--hover", "keybar--edge"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .keybar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keybar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keybar--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        .keybar--edge {
            color: $foreground 20%;
        }
    }
    """

    shift: reactive[int] = reactive(0)
    hovered: reactive[int | None] = reactive(None)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._keys: tuple[Key, ...] = ()
        self._palette: Key | None = None
        self._spans: list[tuple[int, int, int]] = []  # (start, end, index) in the whole line's cells
        self._line_cells = 0  # of all keys but the palette's, as last rendered
        self._tail_cells = 0  # of the palette's key at the right edge
        self._more_left = False  # the line starts with "…": keys are scrolled out to the left
        self._more_right: int | None = None  # the column of the "…" that ends a cut line
        self._displays: dict[tuple[str, str | None], str] = {}  # a key's display, by its key and key_display
        self._stale = True  # the keys are collected when next shown (until the first paint)
        self._shown = False  # painted at least once

    @property
    def keys(self) -> tuple[Key, ...]:
        """The keys shown, left to right (the palette's key aside)."""
        self._fresh()
        return self._keys

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is not self.screen:
            return
        if not self._shown:  # the screen's start changes the bindings more than once: collect them once, to paint
            self._stale = True
            return
        keys, palette = self._collect()
        if (keys, palette) != (self._keys, self._palette):
            self._keys, self._palette = keys, palette
            self.refresh()

    def _fresh(self) -> None:
        if self._stale:
            self._stale = False
            self._keys, self._palette = self._collect()

    def _collect(self) -> tuple[tuple[Key, ...], Key | None]:
        """The keys to show, one per action in the order of the binding chain, and the palette's."""
        app = self.app
        active = self.screen.active_bindings
        keys: dict[str, Key] = {}
        for key, (_node, binding, enabled, tooltip) in active.items():
            if binding.show and binding.action not in keys:
                keys[binding.action] = Key(key, self._display(binding), binding.description, tooltip, enabled)
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = Key(app.COMMAND_PALETTE_BINDING, self._display(binding), binding.description,
                          tooltip or binding.description, enabled)
            keys.pop(binding.action, None)
        return tuple(keys.values()), palette

    def _display(self, binding: Binding) -> str:
        """How a key is shown ("^s", "F1"), worked out once per key: the bar collects its keys on every change."""
        known = (binding.key, binding.key_display)
        if (display := self._displays.get(known)) is None:
            display = self._displays[known] = clean(self.app.get_key_display(binding))
        return display

    # -- drawing ------------------------------------------------------------------------------

    def _append(self, line: Text, key: Key, hovered: bool, styles: tuple[Style, Style, Style]) -> None:
        """Append one key: what to press and what it does, in the hover colours, dimmed if it does not work now."""
        key_style, text_style, hover = styles
        if hovered:
            key_style, text_style = key_style + hover, text_style + hover
        if not key.enabled:
            key_style, text_style = key_style + DIM, text_style + DIM
        line.append(f" {key.display} ", key_style)
        if key.description:
            line.append(f"{key.description} ", text_style)

    def render(self) -> Text:
        self._fresh()
        self._shown = True
        # the component styles looked up once per paint, not once per key (each lookup walks the DOM)
        style = self.get_component_rich_style
        styles = (style("keybar--key"), style("keybar--description"), style("keybar--hover"))
        line = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        for index, key in enumerate(self._keys):
            start = line.cell_len
            self._append(line, key, self.hovered == index, styles)
            self._spans.append((start, line.cell_len, index))
        tail = Text(no_wrap=True, end="")
        if self._palette is not None:
            tail.append("▏", self.get_component_rich_style("keybar--edge"))
            self._append(tail, self._palette, self.hovered == -1, styles)
            tail.append(" ")
        self._line_cells, self._tail_cells = line.cell_len, tail.cell_len
        room = max(0, self.size.width - tail.cell_len)
        offset = self._offset()
        shown = line[offset:]
        more = self.get_component_rich_style("keybar--description")
        self._more_left = offset > 0 and room > 0
        if self._more_left:
            shown = Text.assemble(("…", more), shown[1:], no_wrap=True, end="")
        self._more_right = None
        if shown.cell_len > room and room > 0:
            # Cut after the last key that fits whole, and say that more follow.
            ends = [end - offset for _start, end, _index in self._spans if 0 < end - offset <= room - 1]
            cut = max(ends, default=room - 1)
            shown = shown[:cut]
            self._more_right = cut
            shown.append("…", more)
        shown.truncate(room, pad=True)
        shown.append_text(tail)
        return shown

    def _last_offset(self) -> int:
        """The furthest the line may scroll: until its end meets the palette's key."""
        return max(0, self._line_cells - max(0, self.size.width - self._tail_cells))

    def _offset(self) -> int:
        """How far the line is scrolled."""
        return min(self.shift, self._last_offset())

    # -- mouse --------------------------------------------------------------------------------

    def _index_at(self, x: int) -> int | None:
        """Which key is at column `x`: its index, -1 for the palette's, None for none."""
        if self._palette is not None and x >= self.size.width - self._tail_cells:
            return -1
        if (x == 0 and self._more_left) or (self._more_right is not None and x >= self._more_right):
            return None  # the "…" (or the blank after it): no key
        cell = x + self._offset()
        return next((index for start, end, index in self._spans if start <= cell < end), None)

    def _key(self, index: int | None) -> Key | None:
        if index == -1:
            return self._palette
        return self._keys[index] if index is not None and index < len(self._keys) else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self.hovered = self._index_at(event.x)
        key = self._key(self.hovered)
        self.tooltip = (key.tooltip or key.description) if key else None

    def on_leave(self, _event: events.Leave) -> None:
        self.hovered = None
        self.tooltip = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.x == 0 and self._more_left:
            self.shift = max(0, self._offset() - 8)
            return
        if self._more_right is not None and event.x == self._more_right:
            self.shift = min(self._offset() + 8, self._last_offset())
            return
        key = self._key(self._index_at(event.x))
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.shift = min(self._offset() + 4, self._last_offset())
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.shift = max(0, self._offset() - 4)
        event.stop()
