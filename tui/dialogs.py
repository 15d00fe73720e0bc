"""Small forms (vote, guest, urgent item, time correction, …) as one modal screen.

A form is a list of fields; on Enter it hands the values to `submit`, which
records them and returns None, or returns the sentence saying what is wrong,
shown in the form so the clerk can correct it without starting over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Input, Label, Select, Static

from sitzung.i18n import t
from tui.common import bind, localize_bindings


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


Submit = Callable[[dict[str, Any]], str | None]


class FormDialog(ModalScreen[bool]):
    """A modal form; dismisses with True once `submit` accepted the values."""

    BINDINGS = [
        bind("form.cancel", "escape", "cancel"),
        bind("form.submit", "enter", "submit", priority=True),
    ]

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Submit,
        lang: str,
        preview: Callable[[dict[str, Any]], str] | None = None,
    ) -> None:
        super().__init__(classes="form-dialog")
        self.form_title = title
        self.fields = fields
        self.submit_values = submit
        self.preview = preview
        self.lang = lang
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield Label(self.form_title, id="form-title")
            for spec in self.fields:
                if spec.kind == "checkbox":
                    yield Checkbox(spec.label, bool(spec.value), id=f"field-{spec.name}")
                    continue
                yield Label(spec.label, classes="form-label")
                if spec.kind == "select":
                    yield Select(spec.options, value=spec.value or Select.BLANK, id=f"field-{spec.name}")
                else:
                    suggester = SuggestFromList(spec.suggestions, case_sensitive=False) if spec.suggestions else None
                    yield Input(str(spec.value), placeholder=spec.placeholder, suggester=suggester,
                                id=f"field-{spec.name}")
            yield Static("", id="form-preview")
            yield Static("", id="form-error")
            yield Static(t("tui.form_hint", self.lang), id="form-hint")

    def on_mount(self) -> None:
        self._update_preview()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.name}")
            if isinstance(widget, Select):
                out[spec.name] = None if widget.value is Select.BLANK else widget.value
            else:
                out[spec.name] = widget.value  # type: ignore[attr-defined]
        return out

    def _update_preview(self) -> None:
        if self.preview is not None:
            self.query_one("#form-preview", Static).update(self.preview(self.values()))

    def on_input_changed(self) -> None:
        self._update_preview()

    def on_checkbox_changed(self) -> None:
        self._update_preview()

    def action_submit(self) -> None:
        error = self.submit_values(self.values())
        if error:
            self.query_one("#form-error", Static).update(error)
        else:
            self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
