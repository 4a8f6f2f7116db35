"""Form rows with a line under each field that says what is wrong with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from fieldapp.domain.errors import FieldError

from . import style
from .messages import problem_text


def error_label() -> QLabel:
    """A red, wrapping message line, hidden until there is something to say."""
    label = QLabel()
    style.set_role(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


def add_field(form: QFormLayout, title: str, widget: QWidget, *below: QWidget) -> QLabel:
    """Add a row: the field, what goes under it (a hint), and its error line, returned."""
    error = error_label()
    box = QVBoxLayout()
    box.setSpacing(2)
    for part in (widget, *below, error):
        box.addWidget(part)
    form.addRow(title, box)
    return error


def show_error(labels: dict[str, QLabel], error: FieldError, fallback: str) -> None:
    """Say what is wrong under its field; a field of one line of a list
    ('treatment.0.dose') goes under the field of that name, anything else under
    `fallback`."""
    label = labels.get(error.field.rsplit(".", 1)[-1], labels[fallback])
    label.setText(problem_text(error))
    label.show()


def counted_suffix(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """A spin box whose unit follows its number: ' day' at 1, ' days' otherwise (English
    has a plural; `suffix` is a translated %n string)."""
    spin.valueChanged.connect(lambda n: spin.setSuffix(suffix(n)))
    spin.setSuffix(suffix(spin.value()))
