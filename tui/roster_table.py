"""A fast table for long rosters: only the visible rows are rendered.

A parliament has 700 members and the roll-call filter must answer within a
frame. Textual's DataTable builds every row when the filter changes (about
50 ms for 700 rows); this widget renders lines on demand through the line
API, so refiltering costs a list comprehension and a repaint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class Row(NamedTuple):
    """One line: a person (key set) or a role heading (key None)."""

    key: str | None
    cells: tuple[Text, ...]


MIN_FLEX = 12  # the first column's least width before the table scrolls sideways


class RosterTable(ScrollView, can_focus=True):
    """Columns, a header line and a cursor; rows are set as a whole.

    The first column (the name) is flexible: it takes the room the others leave,
    up to its widest cell, so the table fits the terminal (80 columns) without a
    horizontal scrollbar; a name that does not fit ends in "…". The other columns
    are as wide as their widest cell so far ("absent without apology"), at least
    the width given. A row with fewer cells (a role's heading) spans the line.
    """

    DEFAULT_CSS = """
    RosterTable { background: $surface; }
    RosterTable > .roster-table--header { text-style: bold; background: $panel; }
    RosterTable > .roster-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    RosterTable > .roster-table--heading { text-style: bold; color: $accent; }
    """
    COMPONENT_CLASSES = {"roster-table--header", "roster-table--cursor", "roster-table--heading"}
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(-1)", "First", show=False),
        Binding("end", "edge(1)", "Last", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, init=False)

    class Highlighted(Message):
        """The cursor moved to another row."""

        def __init__(self, key: str | None) -> None:
            super().__init__()
            self.key = key

    def __init__(self, headers: Sequence[str], widths: Sequence[int], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.headers = tuple(headers)
        self.widths = tuple(widths)  # the least width of each column (the first: its preferred width)
        self.columns = self.widths  # the widths as laid out now
        self._natural = [Text(h).cell_len for h in self.headers]  # the widest cell of each column so far
        self.rows: list[Row] = []
        self._announced: str | None = None
        self._styles: dict[str, Style] = {}

    # -- content -------------------------------------------------------------------------

    def set_rows(self, rows: list[Row], keep: str | None = None) -> None:
        """Replace the rows; the cursor stays on `keep` if it is still shown, else on the first person."""
        self.rows = rows
        self._measure(rows)
        self._fit(force=True)
        index = self.index_of(keep) if keep else None
        if index is None:
            index = next((i for i, row in enumerate(rows) if row.key), 0)
        self.set_cursor(index)
        self.refresh()

    def _measure(self, rows: list[Row]) -> None:
        """Widen each column's natural width to its widest cell (they only grow, so filtering does not jump)."""
        natural = self._natural
        for row in rows:
            if row.key is None:
                continue  # a heading spans the line
            for index, cell in enumerate(row.cells[: len(natural)]):
                if (width := cell.cell_len) > natural[index]:
                    natural[index] = width

    def _fit(self, force: bool = False) -> None:
        """Lay the columns out in the width there is: the others as wide as they need, the first the rest."""
        room = self.scrollable_content_region.width or sum(self.widths) + len(self.widths)
        others = [max(w, n) for w, n in zip(self.widths[1:], self._natural[1:], strict=False)]
        rest = room - sum(others) - len(self.widths)
        first = max(MIN_FLEX, min(max(self.widths[0], self._natural[0]), rest))
        columns = (first, *others)
        if force or columns != self.columns:
            self.columns = columns
            self.virtual_size = Size(sum(columns) + len(columns), len(self.rows) + 1)

    def on_resize(self) -> None:
        self._fit()
        self.refresh()

    def index_of(self, key: str | None) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.key == key), None)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def selected_key(self) -> str | None:
        if 0 <= self.cursor_row < len(self.rows):
            return self.rows[self.cursor_row].key
        return None

    def move_to(self, key: str) -> None:
        index = self.index_of(key)
        if index is not None:
            self.set_cursor(index)

    def set_cursor(self, index: int) -> None:
        self.cursor_row = max(0, min(index, len(self.rows) - 1))
        self.scroll_to_cursor()

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh()
        key = self.selected_key
        if key != self._announced:
            self._announced = key
            self.post_message(self.Highlighted(key))

    def scroll_to_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False)

    # -- keys and mouse -------------------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        self.set_cursor(self.cursor_row + delta)

    def action_page(self, direction: int) -> None:
        self.set_cursor(self.cursor_row + direction * max(1, self.scrollable_content_region.height - 2))

    def action_edge(self, direction: int) -> None:
        self.set_cursor(0 if direction < 0 else len(self.rows) - 1)

    def on_click(self, event: Click) -> None:
        row = self.scroll_offset.y + event.y - 1
        if event.y >= 1 and 0 <= row < len(self.rows):
            self.set_cursor(row)

    # -- rendering ---------------------------------------------------------------------------

    def _line(self, cells: Sequence[Text], style: Style) -> Strip:
        segments: list[Segment] = []
        columns = self.columns
        for index, cell in enumerate(cells[: len(columns)]):
            width = columns[index]
            if index == len(cells) - 1:  # the last cell of a short row (a heading) takes the rest of the line
                width += sum(columns[index + 1 :]) + len(columns) - index - 1
            length = cell.cell_len
            if not cell.spans and length <= width:  # most cells: plain and short, padded without a copy
                segments.append(Segment(cell.plain + " " * (width - length + 1)))
                continue
            text = cell.copy()
            text.truncate(width, overflow="ellipsis", pad=True)
            segments.extend(text.render(self.app.console))
            segments.append(Segment(" "))
        strip = Strip(segments).apply_style(style)
        width = self.scrollable_content_region.width
        x = self.scroll_offset.x
        return strip.extend_cell_length(x + width, style).crop(x, x + width)

    def render_lines(self, crop: Region) -> list[Strip]:
        """Look the styles up once per paint, not once per line (each lookup walks the DOM)."""
        self._fit()  # a vertical scrollbar that came or went changed the room
        self._styles = {
            "base": self.rich_style,
            "header": self.get_component_rich_style("roster-table--header"),
            "heading": self.get_component_rich_style("roster-table--heading"),
            "cursor": self.get_component_rich_style("roster-table--cursor"),
        }
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        styles = self._styles or {"base": self.rich_style, "header": Style(), "heading": Style(), "cursor": Style()}
        base = styles["base"]
        if y == 0:
            return self._line([Text(h) for h in self.headers], base + styles["header"])
        index = self.scroll_offset.y + y - 1
        if index >= len(self.rows):
            return Strip.blank(self.scrollable_content_region.width, base)
        row = self.rows[index]
        style = base
        if row.key is None:
            style += styles["heading"]
        if index == self.cursor_row and self.has_focus:
            style += styles["cursor"]
        elif index == self.cursor_row:
            style += Style(reverse=True)
        return self._line(row.cells, style)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
