"""The agenda: the tree of items, public and non-public parts apart, with the selected item's notes.

Notes save themselves: each change restarts a short timer, and when it runs
out (well within two seconds) the text is recorded. Leaving the item or the
app saves at once.
"""

from __future__ import annotations

from datetime import datetime

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Static, TextArea, Tree
from textual.widgets.tree import TreeNode

from sitzung.i18n import t
from sitzung.outcomes import motion_status
from sitzung.state import ItemState, SessionState, quorum
from sitzung.timefmt import duration, german_date
from sitzung.timeline import item_duration
from sitzung.vocabulary import ClockState, ItemAction, ItemStatus, MotionStatus
from tui.common import bind
from tui.describe import decision_lines, declared_names
from tui.messages import Act, Form, OpenForm, SaveNotes
from tui.pane import PaneMixin
from tui.plain import clean, plain
from tui.timing import item_span

AUTOSAVE_SECONDS = 1.0
DECISION_LINES = 4  # at least; a third of the pane's height when taller: the latest lines of an item's decisions
_STATUS_SYMBOL = {
    ItemStatus.PENDING: "○", ItemStatus.RUNNING: "▶", ItemStatus.DONE: "✔", ItemStatus.DEFERRED: "↷",
    ItemStatus.WITHDRAWN: "✗",
}


class AgendaTree(Tree[str]):
    """The agenda's tree: a title that does not fit ends in "…" instead of being cut off."""

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        depth, parent = 0, node.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        indent = (depth - (0 if self.show_root else 1)) * self.guide_depth
        room = self.scrollable_content_region.width - max(0, indent)
        if 0 < room < label.cell_len:
            label.truncate(room, overflow="ellipsis")
        return label


class Agenda(PaneMixin, Horizontal):
    """Items on the left, the selected item's details and notes on the right."""

    BINDINGS = [
        bind("agenda.start", "s", "start"),
        bind("agenda.end", "e", "end"),
        bind("agenda.defer", "d", "defer"),
        bind("agenda.withdraw", "w", "withdraw"),
        bind("agenda.motion", "m", "open_form('motion')"),
        bind("agenda.motion_action", "M", "open_form('motion_action')"),
        bind("agenda.vote", "v", "open_form('vote')"),
        bind("agenda.named_vote", "N", "open_form('named_vote')"),
        bind("agenda.resolve", "o", "open_form('resolve')"),
        bind("agenda.election", "W", "open_form('election')"),
        bind("agenda.recuse", "r", "recuse"),
        bind("agenda.urgent", "i", "urgent"),
        bind("agenda.import", "I", "import_agenda"),
        bind("agenda.plan", "p", "plan"),
        bind("agenda.approve", "a", "approve"),
        # priority: the Tree would take Shift+↑/↓ for itself; in the notes they select text (check_action)
        bind("agenda.move_up", "shift+up", "move(-1)", priority=True),
        bind("agenda.move_down", "shift+down", "move(1)", priority=True),
        bind("agenda.leave_notes", "escape", "leave_notes", show=False),
    ]

    def __init__(self, lang: str, state: SessionState, now: datetime) -> None:
        super().__init__(id="agenda")
        self.init_pane(lang, state, now)
        self._notes_for: str | None = None
        self._base = ""  # the recorded notes the editor's text started from (merged against on save)
        self._selected: str | None = None
        self._structure: tuple[tuple[str, str | None, bool], ...] = ()
        self._item_nodes: dict[str, TreeNode[str]] = {}
        self._save_timer: Timer | None = None
        self.approvals = False  # whether the body has an earlier meeting to approve the minutes of (the app says)

    def compose(self) -> ComposeResult:
        tree: Tree[str] = AgendaTree(t("tui.agenda", self.lang), id="agenda-tree")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree
        with Vertical(id="agenda-detail"):
            yield Static("", id="item-info")
            yield Static("", id="item-decisions")
            notes = TextArea("", id="notes", soft_wrap=True, show_line_numbers=False)
            notes.border_title = t("tui.notes", self.lang)
            yield notes

    # -- selection ----------------------------------------------------------------

    def selected(self) -> ItemState | None:
        """The item under the tree's cursor.

        The cursor is read directly, not from the highlight message, so a key
        typed right after an arrow key acts on the item the clerk sees. Just
        after a rebuild the tree has no lines yet; then the remembered item counts.
        """
        node = self.query_one("#agenda-tree", Tree).cursor_node
        number = (node.data if node is not None else self._selected) or ""
        return self.state.items.get(number)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        state = self.state
        item = self.selected()
        if action == "end":
            return state.running_item is not None or None
        if action == "start":
            startable = (ItemStatus.PENDING, ItemStatus.DEFERRED, ItemStatus.DONE)
            return (
                item is not None and item.status in startable and state.clock_status is ClockState.RUNNING
            ) or None
        if action in ("defer", "withdraw"):
            open_ = (ItemStatus.PENDING, ItemStatus.RUNNING, ItemStatus.DEFERRED)
            return (item is not None and item.status in open_) or None
        if action == "leave_notes":
            return self.query_one("#notes").has_focus
        if action == "move":
            return False if self.query_one("#notes").has_focus else (item is not None or None)
        if action == "open_form":
            return self._decision_key(str(parameters[0]), item)
        if action in ("recuse", "plan"):
            return item is not None or None
        if action == "approve":  # hidden without an earlier meeting (or without the archive to find one)
            return (item is not None or None) if self.approvals else False
        return True

    def _decision_key(self, form: str, item: ItemState | None) -> bool | None:
        """Motions, votes and elections are recorded on an item under discussion, never on one not yet taken up
        (dimmed then); the keys for a motion's next step and a named vote's ballots show only when there is one."""
        if item is None:
            return None if form in ("motion", "vote", "resolve", "election") else False
        decisions = item.decisions
        if form == "motion_action":
            return any(motion_status(self.state, item, m) is MotionStatus.OPEN for m in decisions.motions)
        if form == "named_vote":
            return any(v.named for v in decisions.votes)
        if form == "resolve":  # deferred, referred or withdrawn before it was taken up: a resolution too
            return True
        if form == "election":
            return bool(item.runs or decisions.elections) or None
        return bool(item.runs) or None

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        if event.node.data is None or event.node.data == self._selected:
            return
        self.save_notes()
        self._selected = event.node.data
        self.show_detail(self.state)
        self.refresh_bindings()

    # -- actions ------------------------------------------------------------------------

    def _act(self, action: ItemAction) -> None:
        item = self.selected()
        if item is not None:
            self.save_notes()
            self.post_message(Act(lambda r: r.item_action(item.number, action)))

    def action_start(self) -> None:
        self._act(ItemAction.START)

    def action_end(self) -> None:
        running = self.state.running_item
        if running is not None:
            self.save_notes()
            self.post_message(Act(lambda r: r.item_action(running.number, ItemAction.END)))

    def action_defer(self) -> None:
        self._act(ItemAction.DEFER)

    def action_withdraw(self) -> None:
        self._act(ItemAction.WITHDRAW)

    def action_open_form(self, form: str) -> None:
        """A decision's form (motion, its next step, vote, named vote, resolution, election) for the selected item."""
        if (item := self.selected()) is not None:
            self.save_notes()
            self.post_message(OpenForm(Form(form), item.number))

    def action_recuse(self) -> None:
        if (item := self.selected()) is not None:
            self.post_message(OpenForm(Form.RECUSE, item.number))

    def action_urgent(self) -> None:
        item = self.selected()
        self.post_message(OpenForm(Form.ITEM, item.parent or item.number if item else None))

    def action_import_agenda(self) -> None:
        self.post_message(OpenForm(Form.AGENDA))

    def action_approve(self) -> None:
        """Record the approval of an earlier meeting's minutes at the selected item (the form asks which)."""
        if (item := self.selected()) is not None:
            self.save_notes()
            self.post_message(OpenForm(Form.APPROVE, item.number))

    def action_plan(self) -> None:
        if (item := self.selected()) is not None:
            self.post_message(OpenForm(Form.PLAN, item.number))

    def action_move(self, delta: int) -> None:
        if (item := self.selected()) is not None:
            self.post_message(Act(lambda r: r.move_item(item.number, delta)))

    def action_leave_notes(self) -> None:
        self.save_notes()
        self.query_one("#agenda-tree").focus()

    # -- notes ----------------------------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._notes_for is None or event.text_area.id != "notes":
            return
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if event.text_area.text != self._base:
            self._save_timer = self.set_timer(AUTOSAVE_SECONDS, self.save_notes)

    def unsaved_notes(self) -> tuple[str, str, str] | None:
        """The item's number, the text the editor started from and the text in it now, if the clerk changed
        it (the autosave timer stops). The app merges and records them before any action of its own."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        number = self._notes_for
        if number is None:
            return None
        text = self.query_one("#notes", TextArea).text
        return (number, self._base, text) if text != self._base else None

    def lock_notes(self, locked: bool) -> None:
        """Make the notes read-only while another app has the session (the app asks on every refresh)."""
        self.query_one("#notes", TextArea).read_only = locked

    def save_notes(self) -> None:
        """Ask the app to record the notes being edited (the autosave timer and leaving an item call this)."""
        if self._notes_for is not None:
            self.post_message(SaveNotes())

    def notes_recorded(self, number: str, text: str) -> None:
        """`text` is now recorded for `number` (merged with another writer's): show it, the cursor stays put."""
        if number == self._notes_for:
            self._adopt(text)

    def _adopt(self, text: str) -> None:
        """Show recorded text in the editor without losing the clerk's place: an addition at the end is
        inserted there; anything else reloads with the cursor kept where it was (as far as the text reaches)."""
        notes = self.query_one("#notes", TextArea)
        self._base = text
        current = notes.text
        if text == current:
            return
        row, column = notes.cursor_location
        if text.startswith(current):
            notes.insert(text[len(current):], notes.document.end)
            notes.cursor_location = (row, column)  # where the clerk was typing, even at the very end
            return
        notes.load_text(text)
        row = min(row, notes.document.line_count - 1)
        notes.cursor_location = (row, min(column, len(notes.document.get_line(row))))

    @property
    def editing(self) -> bool:
        return self._save_timer is not None

    # -- display --------------------------------------------------------------------------

    def select(self, number: str) -> None:
        """Put the cursor on an item (the one just started, so notes go to it)."""
        self.save_notes()
        self._selected = number
        node = self._item_nodes.get(number)
        if node is not None:
            self.query_one("#agenda-tree", Tree).move_cursor(node)
        self.show_detail(self.state)

    def _label(self, item: ItemState) -> Text:
        label = Text(f"{_STATUS_SYMBOL[item.status]} {clean(item.number)} ", style="bold")
        label.append(clean(item.title))
        if item.status is ItemStatus.RUNNING:
            label.stylize("reverse")
        return label

    def show(self, state: SessionState, now: datetime) -> None:
        """Relabel the tree in place; rebuild it only when the agenda's shape changed."""
        self.remember(state, now)
        structure = tuple((i.number, i.parent, i.public) for i in state.items.values())
        if structure == self._structure:
            for item in state.items.values():
                self._item_nodes[item.number].set_label(self._label(item))
            self.show_detail(state)
            return
        self._structure = structure
        tree = self.query_one("#agenda-tree", Tree)
        tree.clear()
        parts: dict[bool, TreeNode[str]] = {}
        self._item_nodes = {}
        parents = {item.parent for item in state.items.values()}
        for item in state.items.values():
            if item.parent is None:
                if item.public not in parts:
                    key = "tui.part_public" if item.public else "tui.part_closed"
                    style = "bold" if item.public else "bold reverse"
                    parts[item.public] = tree.root.add(Text(t(key, self.lang), style=style), expand=True)
                parent = parts[item.public]
            else:
                parent = self._item_nodes.get(item.parent, tree.root)
            if item.number in parents:
                node = parent.add(self._label(item), data=item.number, expand=True)
            else:
                node = parent.add_leaf(self._label(item), data=item.number)
            self._item_nodes[item.number] = node
        target = self._item_nodes.get(self._selected or "")
        if target is None and state.running_item is not None:
            target = self._item_nodes.get(state.running_item.number)
        if target is None and self._item_nodes:
            target = next(iter(self._item_nodes.values()))
        if target is not None:
            self._selected = target.data
            self.call_after_refresh(tree.move_cursor, target)
        self.show_detail(state)

    def show_detail(self, state: SessionState) -> None:
        item = self.selected()
        info = self.query_one("#item-info", Static)
        notes = self.query_one("#notes", TextArea)
        self._show_decisions(state, item)
        if item is None:
            info.update("")
            self._notes_for = None
            return
        lang = self.lang
        lines = [plain(f"{item.number}  {item.title}", style="bold")]
        part = t("tui.part_public" if item.public else "tui.part_closed", lang)
        lines.append(Text(f"{part} · {t(f'item.status.{item.status}', lang)}"))
        if item.runs:
            actual = duration(item_duration(state, item, self.now))
            if item.status is ItemStatus.RUNNING:
                actual += "…"
            planned = duration(item.planned) or "–"
            times = t("tui.item_times", lang, span=item_span(item), actual=actual, planned=planned)
            lines.append(Text(times))
        elif item.planned:
            lines.append(Text(t("tui.item_planned", lang, planned=duration(item.planned))))
        if item.recused:
            names = declared_names(state, (d for d in item.declarations if d.left), lang)
            lines.append(plain(t("tui.recused", lang, names=names)))
        if stayed := [d for d in item.declarations if not d.left]:
            lines.append(plain(t("tui.declared_stayed", lang, names=declared_names(state, stayed, lang))))
        for approval in item.approvals:
            key = "tui.approved.corrected" if approval.corrected else "tui.approved.read"
            lines.append(Text(t(key, lang, date=german_date(approval.date))))
        status = quorum(state, item=item)
        lines.append(Text(t("tui.item_quorum", lang, present=status.present, required=status.required)))
        info.update(Text("\n").join(lines))
        recorded = clean(item.notes, lines=True)  # as the editor shows it: no raw escape reaches the terminal
        if self._notes_for != item.number:
            notes.load_text(recorded)
            self._base = recorded
        elif not self.editing and notes.text != recorded:  # another writer's note, picked up while idle
            self._adopt(recorded)
        self._notes_for = item.number

    def _show_decisions(self, state: SessionState, item: ItemState | None) -> None:
        """The item's motions, votes, resolutions and elections, one line each (cut with "…" to the pane)."""
        box = self.query_one("#item-decisions", Static)
        lines = decision_lines(state, item, self.lang) if item is not None else []
        box.display = bool(lines)
        room = max(DECISION_LINES, self.size.height // 3)  # the notes keep their room below
        if len(lines) > room:
            hidden = len(lines) - room + 1
            lines = [(t("tui.more_lines", self.lang, count=hidden), "dim"), *lines[-(room - 1):]]
        text = Text("\n").join(Text(line, style=style) for line, style in lines)
        text.no_wrap, text.overflow = True, "ellipsis"
        box.update(text)
