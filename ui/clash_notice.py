"""A drop or nudge that makes a clash says so at once, with Undo at hand.

Above the timeline, a small notice (not a dialog: work goes on) names the
clash the move made — "“Battery roundtable” now clashes: Aiko Tanaka is
booked in “Lunch with METI” …" — with an **Undo** button that takes the move
back and a button to close it.  Only clashes the move *made* are named (the
core's :func:`~models.clash_preview.clashes_made`): a block that already
clashed and still does says nothing new.  The next edit, undo or redo
closes the notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from models.entities import Event
from models.errors import AppError
from ui.core_text import core_text
from ui.i18n import tr
from ui.privacy import mask
from ui.record_names import shorten, title_of
from ui.session import Session

if TYPE_CHECKING:
    from models.clashes import Clash

BACKGROUND = "#fff4ce"  # a light amber: a warning that waits, not an error
BORDER = "#c29c00"


class ClashNotice(QFrame):
    """The notice; hidden until a move makes a clash."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("clashNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#clashNotice {{ background: {BACKGROUND}; border: 1px solid {BORDER}; }}"
            "#clashNotice QLabel { color: #3b2f00; }"
        )
        self.setAccessibleName(tr("ClashNotice", "Clash made by the last move"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(tr("ClashNotice", "Undo the move"))
        self.undo_button.setToolTip(tr("ClashNotice", "Put the event back where it was (Ctrl+Z)"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(tr("ClashNotice", "Close the notice"))
        self.close_button.setToolTip(tr("ClashNotice", "Keep the move and close this notice"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.undo_button.clicked.connect(self._undo)
        self.close_button.clicked.connect(self.hide)
        self._index = -1  # the undo stack's index right after the move
        session.undo_stack.indexChanged.connect(self._on_index)
        self.hide()

    # -- around a move ----------------------------------------------------------------

    def clashes_now(self, event: Event) -> list[Clash]:
        """The clashes ``event`` is in before it moves (to tell the new ones apart)."""
        if event.id is None:
            return []
        from models.clash_preview import clashes_of, nearby  # the rules load when first needed

        try:
            return clashes_of(nearby(self.session.desk.store, event.starts_at, event.ends_at),
                              event.id)  # fmt: skip
        except AppError:
            return []

    def moved(self, before: list[Clash], event_id: int) -> None:
        """After a move: show the clashes it made (or nothing)."""
        from models.clash_preview import clashes_made, clashes_of, nearby

        try:
            event = self.session.desk.event(event_id)
            world = nearby(self.session.desk.store, event.starts_at, event.ends_at)
            made = clashes_made(before, clashes_of(world, event_id))
        except AppError:
            return
        if made:
            self.show_clashes(event, made)
        else:
            self.hide()

    def show_clashes(self, event: Event, made: list[Clash]) -> None:
        title = shorten(title_of(event))
        first = mask(core_text(made[0].message))
        text = tr("ClashNotice", "“{title}” now clashes: {clash}").format(title=title, clash=first)
        more = len(made) - 1
        if more:
            text += " " + tr("ClashNotice", "(and %n more)", None, more)
        self.text.setText(text)
        self.setToolTip("\n".join(mask(core_text(c.message)) for c in made))
        self._index = self.session.undo_stack.index()
        self.show()

    # -- the buttons ------------------------------------------------------------------

    @Slot()
    def _undo(self) -> None:
        self.hide()
        if self.session.undo_stack.index() == self._index:
            self.session.undo_stack.undo()

    @Slot(int)
    def _on_index(self, index: int) -> None:
        if index != self._index:  # another edit, an undo or a redo: the notice is old news
            self.hide()
