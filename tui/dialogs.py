"""Small forms (vote, guest, urgent item, time correction, …) as one modal screen.

A form is a list of fields; on Enter it hands the values to `submit`, which
records them and returns None, or returns the sentence saying what is wrong,
shown in the form so the clerk can correct it without starting over.
Titles, labels, values and that sentence are plain text (`tui.plain`): never markup.

Enter records from a text field or a checkbox. In a drop-down it belongs to the
drop-down: it opens the list, and in the open list it takes the highlighted
choice; Tab then moves on to the next field. A checkbox says its state in words
("ja" / "nein"), not only in colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from sitzung.i18n import t
from tui.common import bind, localize_bindings
from tui.plain import clean, plain


@dataclass(frozen=True)
class Field:
    """One input of a form: text (optionally with suggestions), a checkbox or a choice."""

    name: str
    label: str
    kind: str = "text"
    value: Any = ""
    options: Sequence[tuple[str, str]] = ()
    suggestions: Sequence[str] = field(default_factory=tuple)
    placeholder: str = ""
    blank: bool = True  # a choice may be left empty (shown as `prompt`, else "Choose")
    prompt: str = ""
    short: bool = False  # a field of several lines, a few lines high


Submit = Callable[[dict[str, Any]], str | None]
# Called when a choice changes, with its field's name and the form's values: new values for other fields.
Adjust = Callable[[str, dict[str, Any]], dict[str, Any]]


class StateCheckbox(Checkbox, inherit_bindings=False):
    """A checkbox whose box says its state in words: "▐ ja ▌" or "▐nein▌", readable without colour.

    Textual's Checkbox draws the same "X" in both states and only changes its colour.
    Space toggles it; Enter is left to the form (it records it).
    """

    BINDINGS = [Binding("space", "toggle_button", show=False)]

    def __init__(self, label: str, value: bool, lang: str, *, id: str | None = None) -> None:
        on, off = t("tui.checkbox_on", lang), t("tui.checkbox_off", lang)
        width = max(len(on), len(off))
        self._marks = (f" {off.center(width)} ", f" {on.center(width)} ")
        super().__init__(plain(label), value, id=id)
        self.BUTTON_INNER = self._marks[self.value]

    def watch_value(self) -> None:
        super().watch_value()
        self.BUTTON_INNER = self._marks[self.value]
        self.refresh()


def _inside(widget: Widget | None, kind: type[Widget]) -> bool:
    """Whether `widget` is a `kind` or inside one (a Select's open list is a child of the Select)."""
    return widget is not None and any(isinstance(node, kind) for node in widget.ancestors_with_self)


class FormDialog(ModalScreen[bool]):
    """A modal form; dismisses with True once `submit` accepted the values."""

    CSS_PATH = "dialogs.tcss"  # read when the first form opens: the first paint does without its rules
    BINDINGS = [
        bind("form.cancel", "escape", "cancel"),
        # not a priority binding: Enter must queue behind the letters typed before it (a fast typist,
        # a paste), so it reaches the focused field first; a field's own Enter submits through it
        bind("form.submit", "enter", "submit"),
        # in a field of several lines Enter is a new line, on a drop-down it opens the list: Ctrl+S records there
        bind("form.submit_lines", "ctrl+s", "submit_all"),
    ]

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Submit,
        lang: str,
        preview: Callable[[dict[str, Any]], str] | None = None,
        *,
        compact: bool = False,
        adjust: Adjust | None = None,
    ) -> None:
        """`compact` puts each label beside its field (a form of many fields fits 24 lines); `adjust` lets a
        choice fill in other fields (the wording of the motion chosen)."""
        super().__init__(classes="form-dialog compact" if compact else "form-dialog")
        self.form_title = title
        self.fields = fields
        self.submit_values = submit
        self.preview = preview
        self.adjust = adjust
        self.compact = compact
        self.lang = lang
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield Label(plain(self.form_title, lines=True), id="form-title")
            for spec in self.fields:
                if spec.kind == "checkbox":
                    yield StateCheckbox(spec.label, bool(spec.value), self.lang, id=f"field-{spec.name}")
                elif self.compact:
                    with Horizontal(classes="form-row"):
                        yield Label(plain(spec.label), classes="form-label")
                        yield self._widget(spec)
                else:
                    yield Label(plain(spec.label), classes="form-label")
                    yield self._widget(spec)
            yield Static("", id="form-preview")
            yield Static("", id="form-error")
            yield Static("", id="form-hint")

    def _widget(self, spec: Field) -> Widget:
        name = f"field-{spec.name}"
        if spec.kind == "lines":
            classes = "form-lines short" if spec.short else "form-lines"
            return TextArea(clean(str(spec.value), lines=True), id=name, soft_wrap=True, show_line_numbers=False,
                            classes=classes)
        if spec.kind == "select":
            options = [(plain(prompt), value) for prompt, value in spec.options]
            return Select(options, value=spec.value or Select.NULL, id=name, allow_blank=spec.blank,
                          prompt=spec.prompt or t("tui.select_prompt", self.lang), compact=self.compact)
        suggestions = [clean(s) for s in spec.suggestions]
        suggester = SuggestFromList(suggestions, case_sensitive=False) if suggestions else None
        return Input(clean(str(spec.value)), placeholder=clean(spec.placeholder), suggester=suggester, id=name)

    def on_mount(self) -> None:
        self._update_preview()
        self._update_hint()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter in a drop-down opens it or takes the highlighted choice: it does not record the form.
        Ctrl+S records from a closed drop-down too, but not from its open list."""
        focused = self.focused
        if action == "submit":
            return not _inside(focused, Select)
        if action == "submit_all":
            return not (_inside(focused, Select) and not isinstance(focused, Select))
        return True

    def on_descendant_focus(self, _event: events.DescendantFocus) -> None:
        self._update_hint()

    def _update_hint(self) -> None:
        """Say what Enter does where the cursor is (a drop-down's Enter is not the form's)."""
        focused = self.focused
        if _inside(focused, Select):  # on the drop-down itself, or in its open list
            key = "tui.form_hint_select" if isinstance(focused, Select) else "tui.form_hint_list"
        elif isinstance(focused, Checkbox):
            key = "tui.form_hint_checkbox"
        elif isinstance(focused, TextArea):
            key = "tui.form_hint_lines"
        elif isinstance(focused, Input) and len(self.fields) > 1:
            key = "tui.form_hint_fields"
        else:
            key = "tui.form_hint"
        self.query_one("#form-hint", Static).update(plain(t(key, self.lang)))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.name}")
            if isinstance(widget, Select):
                out[spec.name] = None if widget.value is Select.NULL else widget.value
            elif isinstance(widget, TextArea):
                out[spec.name] = widget.text
            else:
                out[spec.name] = widget.value  # type: ignore[attr-defined]
        return out

    def _update_preview(self) -> None:
        if self.preview is not None:
            self.query_one("#form-preview", Static).update(plain(self.preview(self.values()), lines=True))

    def on_input_changed(self) -> None:
        self._update_preview()

    def on_checkbox_changed(self) -> None:
        self._update_preview()

    def on_text_area_changed(self) -> None:
        self._update_preview()

    def on_select_changed(self, event: Select.Changed) -> None:
        name = (event.select.id or "").removeprefix("field-")
        if self.adjust is not None:
            for field_name, value in self.adjust(name, self.values()).items():
                self.set_value(field_name, value)
        self._update_preview()

    def set_value(self, name: str, value: Any) -> None:
        """Put `value` in the field `name` (as the clerk would have typed it)."""
        widget = self.query_one(f"#field-{name}")
        if isinstance(widget, TextArea):
            widget.load_text(clean(str(value), lines=True))
        elif isinstance(widget, Select):
            widget.value = value if value is not None else Select.NULL
        elif isinstance(widget, Input):
            widget.value = clean(str(value))
        elif isinstance(widget, Checkbox):
            widget.value = bool(value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        error = self.submit_values(self.values())
        if error:
            self.query_one("#form-error", Static).update(plain(error, lines=True))
        else:
            self.dismiss(True)

    def action_submit_all(self) -> None:
        self.action_submit()

    def action_cancel(self) -> None:
        self.dismiss(False)
