"""The shape every record editor shares: a form, inline problems, OK saves at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError, ValidationError
from ui.core_text import core_text
from ui.dialogs.errors import show_error
from ui.i18n import tr
from ui.session import Session


class RecordDialog(QDialog):
    """Subclasses fill :attr:`form` and implement :meth:`record`.

    OK validates through the core and saves undoably through the session; a
    :class:`ValidationError` is shown inside the dialog (which stays open).
    """

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved: Any = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(tr("Records", "Problems"))
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet("color: #d64545; font-weight: bold;")
        self.problems.hide()
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- helpers for subclasses --------------------------------------------------

    def line(self, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.form.addRow(label, edit)
        return edit

    def text_box(self, label: str, text: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        self.form.addRow(label, edit)
        return edit

    # -- saving ------------------------------------------------------------------

    def record(self) -> Any:
        raise NotImplementedError

    def show_problems(self, problems: tuple[str, ...] | list[str]) -> None:
        self.problems.setText("\n".join(f"• {core_text(p)}" for p in problems))
        self.problems.setVisible(bool(problems))

    def accept(self) -> None:
        try:
            record = self.record()
            self.saved = self.session.save_record(record)
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except AppError as error:
            show_error(self, error)
            return
        super().accept()
