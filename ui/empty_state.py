"""Empty states: a view that shows nothing says why, and what to do next.

:class:`EmptyNote` is a centred, word-wrapped note laid over a view's
viewport (a table, the timeline's scroll area).  It lets clicks, double-clicks
and dropped files through to the view beneath, so "double-click a time to add
an event" and "drop a CSV file here" still work where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QLineEdit
from shiboken6 import isValid

from ui.i18n import tr

#: What an empty record table says, by the kind of record.
EMPTY_TABLES = {
    "events": QT_TRANSLATE_NOOP(
        "Empty",
        "No events yet. Click Add… to create one, or double-click a time on the Programme.",
    ),
    "people": QT_TRANSLATE_NOOP(
        "Empty",
        "No people yet. Click Add…, drop a CSV file here, or use File ▸ Import people from CSV.",
    ),
    "organisations": QT_TRANSLATE_NOOP(
        "Empty", "No organisations yet. Click Add… to create one, then choose it for people."
    ),
    "venues": QT_TRANSLATE_NOOP("Empty", "No venues yet. Click Add… to create one with its rooms."),
    "delegations": QT_TRANSLATE_NOOP(
        "Empty", "No delegations yet. Click Add… to create one and choose its members."
    ),
}
NO_MATCH = QT_TRANSLATE_NOOP(
    "Empty", "Nothing matches “{text}”. Press Esc in the filter box to see every row again."
)
EMPTY_PROGRAMME = QT_TRANSLATE_NOOP(
    "Empty",
    "The programme has no events yet. Double-click a time to add the first one, "
    "or use Edit ▸ Add….",
)
EMPTY_DAYS = QT_TRANSLATE_NOOP(
    "Empty",
    "No events on the days shown. Double-click a time to add one, or choose View ▸ Whole programme "
    "(Ctrl+Shift+G) to see the days that have events.",
)
NO_LEGS = QT_TRANSLATE_NOOP(
    "Empty",
    "No transport legs yet. Click Add leg to plan how the party travels "
    "(times in the venue's zone), then tick its passengers.",
)

NO_REQUESTS = QT_TRANSLATE_NOOP(
    "Empty",
    "No meeting requests yet. Import them with Plan ▸ Import requests from CSV…; "
    "Plan ▸ Schedule meetings… then proposes their times and rooms.",
)


def requests_text(filter_box: QLineEdit) -> str:
    """What the empty requests table says, given the panel's filter box.

    The box, not the panel: a note that held the panel would make a reference
    cycle, and a cycle of window objects is freed at a random later moment.
    """
    text = filter_box.text().strip()
    if text:
        return tr("Empty", NO_MATCH).format(text=text)
    return tr("Empty", NO_REQUESTS)


def table_text(kind: str, filter_text: str) -> str:
    """What an empty table of ``kind`` says: no match for the filter, or how to add one."""
    if filter_text.strip():
        return tr("Empty", NO_MATCH).format(text=filter_text.strip())
    return tr("Empty", EMPTY_TABLES.get(kind, "Nothing here yet. Click Add… to create one."))


class EmptyNote(QLabel):
    """A note over ``view``'s viewport, shown while :meth:`say` has something to say."""

    MAX_WIDTH = 520

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("empty-note")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setMargin(12)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        view.viewport().installEventFilter(self)
        self._text_of: Callable[[], str] | None = None
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text`` over the view (an empty text hides the note)."""
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if text:
            self._place()
            self.raise_()

    def follow(self, model: QAbstractItemModel, text_of: Callable[[], str]) -> None:
        """Say ``text_of()`` whenever ``model`` has no rows, and nothing otherwise."""
        self._text_of = text_of
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.refresh)
        self._model = model
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self._text_of is None or not isValid(self.view):
            return  # the view's model empties itself while the view is destroyed
        self.say(self._text_of() if self._model.rowCount() == 0 else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isValid(self.view) and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        area = self.view.viewport().geometry()
        width = max(min(area.width() - 24, self.MAX_WIDTH), 80)
        height = min(self.heightForWidth(width), max(area.height(), 0))
        self.setGeometry(
            area.left() + (area.width() - width) // 2,
            area.top() + max((area.height() - height) // 3, 0),
            width,
            height,
        )
