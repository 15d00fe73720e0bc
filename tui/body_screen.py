"""A body's roles and settings: shown, and edited for the sessions still to come.

The screen shows a body — as the app opens it, the session's own copy: its
seats, quorum rule, labels, genitive and words, and its roles with whether they
vote, are listed when absent or only counted. Editing needs a `change`
callback from the app (see `sitzung.bodies.change_body`): it applies an edit to
the body *as it is in the archive* and returns the stored body, or raises
`SitzungError`. The session keeps its copy; the screen says so and from then on
shows the archive's body.

Keys: `a` adds a role, `enter` edits the selected role, `v` / `l` toggle its
vote / listing when absent, `s` edits the settings, `escape` goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from sitzung.errors import SitzungError
from sitzung.i18n import t
from sitzung.model import Body, Role
from sitzung.quorum import QuorumRule
from tui.common import bind, localize_bindings
from tui.dialogs import Field, FormDialog
from tui.keybar import KeyBar
from tui.plain import clean, plain

BodyChange = Callable[[Callable[[Body], Body]], Body]


COLUMNS = ("order", "key", "label", "heading", "votes", "listed", "count_only")
FLEXIBLE = ("key", "label", "heading")  # the columns that give way (with "…") so the table fits the screen
LEAST = 6  # a flexible column's least width
SCROLLBAR = 2  # kept free at the right, for a vertical scrollbar


def _mark(flag: bool) -> str:
    return "✔" if flag else "–"


def fit_columns(natural: dict[str, int], room: int, padding: int = 2) -> dict[str, int]:
    """Column widths that fit `room` cells: the flexible ones shrink, the widest first, down to LEAST."""
    widths = dict(natural)
    total = sum(widths.values()) + padding * len(widths)
    while total > room:
        key = max(FLEXIBLE, key=lambda k: widths[k])
        if widths[key] <= LEAST:
            break  # as narrow as they go: the table scrolls sideways
        widths[key] -= 1
        total -= 1
    return widths


class Cell(Text):
    """A table cell that ends in "…" when its column is too narrow, and reads as its text (`cell == "gast"`).

    Its text is shown as written (`clean`): never markup, no raw control character.
    """

    def __init__(self, value: str) -> None:
        super().__init__(clean(value), no_wrap=True, overflow="ellipsis", end="")

    def __eq__(self, other: object) -> bool:
        return self.plain == other if isinstance(other, str) else super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]


class BodyScreen(Screen[None]):
    """A body's settings and roles; editable when the app passes a `change` callback."""

    DEFAULT_CSS = """
    BodyScreen #body-settings { height: auto; padding: 0 1; }
    BodyScreen #body-notice { height: auto; padding: 0 1; text-style: italic; }
    BodyScreen #body-roles { height: 1fr; }
    BodyScreen #body-legend { height: auto; padding: 0 1; color: $text-muted; }
    """

    BINDINGS = [
        bind("body.close", "escape", "close"),
        bind("body.add_role", "a", "add_role"),
        bind("body.edit_role", "enter", "edit_role"),
        bind("body.toggle_votes", "v", "toggle_votes"),
        bind("body.toggle_listed", "l", "toggle_listed"),
        bind("body.settings", "s", "edit_settings"),
    ]

    def __init__(self, body: Body, lang: str = "en", change: BodyChange | None = None) -> None:
        super().__init__()
        self.body = body
        self.lang = lang
        self.change = change
        self.edited = False
        localize_bindings(self, lang)

    # -- showing ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("", id="body-settings")
            yield Static("", id="body-notice")
            yield DataTable(id="body-roles", cursor_type="row", zebra_stripes=True)
            yield Static(t("tui.body.legend", self.lang), id="body-legend")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = t("tui.body.title", self.lang, name=clean(self.body.name))
        self._widths: dict[str, int] = {}
        self.show()

    def on_resize(self) -> None:
        self.show()

    def _rows(self) -> list[tuple[str, ...]]:
        return [
            (str(role.order), role.key, role.label, role.heading,
             _mark(role.votes), _mark(role.listed_when_absent), _mark(role.count_only))
            for role in self.body.ordered_roles()
        ]

    def _lay_out(self, table: DataTable[Any], rows: list[tuple[str, ...]]) -> None:
        """(Re)build the columns when the screen's width or the content asks for other widths."""
        headers = {key: t(f"tui.body.column.{key}", self.lang) for key in COLUMNS}
        natural = {key: max([Cell(headers[key]).cell_len, *(Cell(row[i]).cell_len for row in rows)])
                   for i, key in enumerate(COLUMNS)}
        room = (self.size.width or 80) - SCROLLBAR
        widths = fit_columns(natural, room, 2 * table.cell_padding)
        if widths == self._widths:
            return
        self._widths = widths
        table.clear(columns=True)
        for key in COLUMNS:
            table.add_column(Cell(headers[key]), width=widths[key], key=key)

    def show(self) -> None:
        body, lang = self.body, self.lang
        settings = t(
            "tui.body.settings",
            lang,
            seats=body.seats,
            quorum=str(body.quorum),
            chair=clean(body.chair_label) or "–",
            secretary=clean(body.secretary_label) or "–",
            genitive=clean(body.genitive) or "–",
            lang_code=clean(body.lang),
        )
        if body.words:
            words = ", ".join(f"{clean(k)} = {clean(v)}" for k, v in body.words)
            settings += "\n" + t("tui.body.words", lang, words=words)
        self.query_one("#body-settings", Static).update(plain(settings, lines=True))
        if self.change is None:
            notice = t("tui.body.read_only", lang)
        elif self.edited:
            notice = t("tui.body.edited", lang)
        else:
            notice = t("tui.body.session_copy", lang)
        self.query_one("#body-notice", Static).update(plain(notice, lines=True))
        table = self.query_one("#body-roles", DataTable)
        row = table.cursor_row
        rows = self._rows()
        self._lay_out(table, rows)
        table.clear()
        for role, cells in zip(body.ordered_roles(), rows, strict=True):
            table.add_row(*map(Cell, cells), key=role.key)
        if table.row_count:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))

    def selected(self) -> Role | None:
        table = self.query_one("#body-roles", DataTable)
        if not table.row_count:
            return None
        ordered = self.body.ordered_roles()
        return ordered[min(table.cursor_row, len(ordered) - 1)]

    # -- editing ----------------------------------------------------------------------------

    def apply(self, edit: Callable[[Body], Body]) -> str | None:
        """Apply an edit to the archive's body; None when saved, else the sentence why not."""
        if self.change is None:
            return t("tui.body.read_only", self.lang)
        try:
            self.body = self.change(edit)
        except SitzungError as error:
            return error.message(self.lang)
        self.edited = True
        self.show()
        return None

    def _notify_refusal(self, message: str | None) -> None:
        if message:
            self.notify(message, severity="warning", markup=False)

    def _role_fields(self, role: Role | None) -> list[Field]:
        lang = self.lang
        fields = [] if role else [Field("key", t("tui.body.field.key", lang))]
        return [
            *fields,
            Field("label", t("tui.body.field.label", lang), value=role.label if role else ""),
            Field("heading", t("tui.body.field.heading", lang), value=role.heading if role else ""),
            Field("votes", t("tui.body.field.votes", lang), "checkbox", role.votes if role else True),
            Field("listed", t("tui.body.field.listed", lang), "checkbox", role.listed_when_absent if role else True),
            Field("count_only", t("tui.body.field.count_only", lang), "checkbox", role.count_only if role else False),
            Field("order", t("tui.body.field.order", lang), value=str(role.order) if role else ""),
        ]

    @staticmethod
    def _order(text: str) -> int:
        text = (text or "").strip()
        return int(text) if text.isdigit() else 0

    def action_add_role(self) -> None:
        from sitzung.bodies import with_role

        def submit(values: dict[str, Any]) -> str | None:
            label = values["label"].strip()
            role = Role(values["key"].strip(), label, values["heading"].strip() or label, bool(values["votes"]),
                        bool(values["listed"]), self._order(values["order"]), bool(values["count_only"]))
            if not role.key or not role.label:
                return t("tui.body.need_key_and_label", self.lang)
            return self.apply(lambda body: with_role(body, role))

        self.app.push_screen(FormDialog(t("tui.body.add_role", self.lang), self._role_fields(None), submit, self.lang))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row (the table takes Enter before the screen does)."""
        event.stop()
        self.action_edit_role()

    def action_edit_role(self) -> None:
        role = self.selected()
        if role is None:
            return

        def submit(values: dict[str, Any]) -> str | None:
            label = values["label"].strip() or role.label
            changed = replace(role, label=label, heading=values["heading"].strip() or label,
                              votes=bool(values["votes"]), listed_when_absent=bool(values["listed"]),
                              count_only=bool(values["count_only"]), order=self._order(values["order"]) or role.order)
            return self.apply(lambda body: _with_changed_role(body, changed))

        title = t("tui.body.edit_role", self.lang, role=clean(role.key))
        self.app.push_screen(FormDialog(title, self._role_fields(role), submit, self.lang))

    def action_toggle_votes(self) -> None:
        if (role := self.selected()) is not None:
            self._notify_refusal(self.apply(lambda body: _with_changed_role(body, replace(role, votes=not role.votes))))

    def action_toggle_listed(self) -> None:
        if (role := self.selected()) is not None:
            flipped = replace(role, listed_when_absent=not role.listed_when_absent)
            self._notify_refusal(self.apply(lambda body: _with_changed_role(body, flipped)))

    def action_edit_settings(self) -> None:
        lang, body = self.lang, self.body
        fields = [
            Field("seats", t("tui.body.field.seats", lang), value=str(body.seats)),
            Field("quorum", t("tui.body.field.quorum", lang), value=str(body.quorum),
                  suggestions=("majority", "half", "fraction:2/3", "count:")),
            Field("chair_label", t("tui.body.field.chair_label", lang), value=body.chair_label),
            Field("secretary_label", t("tui.body.field.secretary_label", lang), value=body.secretary_label),
            Field("genitive", t("tui.body.field.genitive", lang), value=body.genitive),
        ]

        def submit(values: dict[str, Any]) -> str | None:
            seats = values["seats"].strip()
            if not seats.isdigit():
                return t("tui.body.bad_seats", lang, seats=seats)
            try:
                rule = QuorumRule.parse(values["quorum"]) if values["quorum"].strip() else body.quorum
            except SitzungError as error:
                return error.message(lang)

            def edit(current: Body) -> Body:
                return replace(current, seats=int(seats), quorum=rule,
                               chair_label=values["chair_label"].strip(),
                               secretary_label=values["secretary_label"].strip(),
                               genitive=values["genitive"].strip())

            return self.apply(edit)

        self.app.push_screen(FormDialog(t("tui.body.settings_title", lang), fields, submit, lang))

    def action_close(self) -> None:
        self.dismiss(None)


def _with_changed_role(body: Body, role: Role) -> Body:
    """The body with `role` in place of its role of the same key (added if the archive lost it)."""
    roles = tuple(role if r.key == role.key else r for r in body.roles)
    if body.role(role.key) is None:
        roles = (*roles, role)
    return replace(body, roles=roles)
