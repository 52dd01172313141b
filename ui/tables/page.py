"""A page of the main window: a filter box over a sortable table of records.

The page loads its model the first time it is shown and again after any
change to the kinds of record it displays (while hidden it only notes that it
is out of date), so the window opens without reading tables nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.services import Desk
from models.store import Store
from models.store.connection import MEMORY
from ui.dialogs.deleting import delete_record
from ui.empty_state import EmptyNote, table_text
from ui.i18n import tr
from ui.jobs import Job
from ui.session import Session
from ui.tables.base import Fetched, RecordTableModel

#: Tables at least this big are re-read after a change on a worker thread; the
#: rows on screen stay until the new ones are ready.
BACKGROUND_ROWS = 20_000

Editor = Callable[[Session, Any, QWidget], bool]  # record or None -> saved?


#: The filter box's hint on each page.
FILTER_HINTS = {
    "people": QT_TRANSLATE_NOOP(
        "Tables", "Filter by name (Latin or Japanese), organisation or email…"
    ),
    "events": QT_TRANSLATE_NOOP("Tables", "Filter events by title or venue…"),
    "organisations": QT_TRANSLATE_NOOP("Tables", "Filter organisations…"),
    "venues": QT_TRANSLATE_NOOP("Tables", "Filter venues…"),
    "delegations": QT_TRANSLATE_NOOP("Tables", "Filter delegations…"),
}

#: What a screen reader calls each page, its table and its buttons: whole phrases
#: per kind, so a language can word and order each its own way.
SPOKEN_NAMES = {
    "events": (
        QT_TRANSLATE_NOOP("Tables", "Events"),
        QT_TRANSLATE_NOOP("Tables", "Events table"),
        QT_TRANSLATE_NOOP("Tables", "Add event"),
        QT_TRANSLATE_NOOP("Tables", "Edit event"),
        QT_TRANSLATE_NOOP("Tables", "Delete event"),
    ),
    "people": (
        QT_TRANSLATE_NOOP("Tables", "People"),
        QT_TRANSLATE_NOOP("Tables", "People table"),
        QT_TRANSLATE_NOOP("Tables", "Add person"),
        QT_TRANSLATE_NOOP("Tables", "Edit person"),
        QT_TRANSLATE_NOOP("Tables", "Delete person"),
    ),
    "organisations": (
        QT_TRANSLATE_NOOP("Tables", "Organisations"),
        QT_TRANSLATE_NOOP("Tables", "Organisations table"),
        QT_TRANSLATE_NOOP("Tables", "Add organisation"),
        QT_TRANSLATE_NOOP("Tables", "Edit organisation"),
        QT_TRANSLATE_NOOP("Tables", "Delete organisation"),
    ),
    "venues": (
        QT_TRANSLATE_NOOP("Tables", "Venues"),
        QT_TRANSLATE_NOOP("Tables", "Venues table"),
        QT_TRANSLATE_NOOP("Tables", "Add venue"),
        QT_TRANSLATE_NOOP("Tables", "Edit venue"),
        QT_TRANSLATE_NOOP("Tables", "Delete venue"),
    ),
    "delegations": (
        QT_TRANSLATE_NOOP("Tables", "Delegations"),
        QT_TRANSLATE_NOOP("Tables", "Delegations table"),
        QT_TRANSLATE_NOOP("Tables", "Add delegation"),
        QT_TRANSLATE_NOOP("Tables", "Edit delegation"),
        QT_TRANSLATE_NOOP("Tables", "Delete delegation"),
    ),
}


def spoken_names(kind: str) -> list[str]:
    """The page's, the table's and the Add, Edit and Delete buttons' accessible names."""
    return [tr("Tables", name) for name in SPOKEN_NAMES[kind]]


class RecordTableView(QTableView):
    """A table view that can accept a dropped .csv file (people import)."""

    file_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accept_suffix = ""

    def _wanted(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str:
        if not self.accept_suffix or not event.mimeData().hasUrls():
            return ""
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(self.accept_suffix):
                return url.toLocalFile()
        return ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._wanted(event)
        if path:
            event.acceptProposedAction()
            self.file_dropped.emit(path)
        else:
            super().dropEvent(event)


class TablePage(QWidget):
    """Filter box, table, count, and Add / Edit / Delete for one kind of record."""

    record_activated = Signal(object)
    file_dropped = Signal(str)
    selection_changed = Signal()  # the chosen record changed (or went away)

    def __init__(
        self,
        session: Session,
        model: RecordTableModel[Any],
        kind: str,
        noun: str,
        editor: Editor | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.kind = kind
        self.noun = noun
        self.editor = editor
        self._stale = True
        self._job: Job | None = None
        self._reload_again = False
        self._generation = 0  # rises when another database is opened
        page_name, table_name, add_name, edit_name, delete_name = spoken_names(kind)
        self.setAccessibleName(page_name)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setAccessibleName(tr("Tables", "Filter"))
        self.filter.setPlaceholderText(tr("Tables", FILTER_HINTS.get(kind, "Filter…")))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setAccessibleName(tr("Tables", "Number of rows"))

        self.table = RecordTableView(self)
        self.table.setObjectName(f"{kind}-table")
        self.table.setAccessibleName(table_name)
        self.table.setModel(model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = max(self.fontMetrics().averageCharWidth(), 5)
        for column, width in enumerate(model.column_widths()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, len(title) + 3) * char + 16)
        header.setSortIndicatorShown(True)
        self.table.file_dropped.connect(self.file_dropped)
        self.empty_note = EmptyNote(self.table)  # what to do when no row is shown
        if kind == "people":
            self.table.accept_suffix = ".csv"
            self.table.setAcceptDrops(True)
            self.table.viewport().setAcceptDrops(True)
            self.table.setDropIndicatorShown(False)

        # Tab leaves the table for the buttons instead of walking its cells.
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(tr("Tables", "&Add…"), self)
        self.add_button.setAccessibleName(add_name)
        self.edit_button = QPushButton(tr("Tables", "Ed&it…"), self)  # Alt+E is the Edit menu
        self.edit_button.setAccessibleName(edit_name)
        self.delete_button = QPushButton(tr("Tables", "&Delete"), self)
        self.delete_button.setAccessibleName(delete_name)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(editor is not None or button is self.delete_button)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.filter.textChanged.connect(self._filter_changed)
        self.table.activated.connect(self._activated)  # double-click or Enter
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        model.modelReset.connect(self._update_count)
        model.modelReset.connect(self.selection_changed)
        model.layoutChanged.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()
        session.changed.connect(self._session_changed)
        session.database_replaced.connect(self._database_replaced)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.filter.clear)

    # -- loading -------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Show fresh data: at once for small tables, from a worker thread for big ones."""
        big = self.model.total_count() >= BACKGROUND_ROWS
        if big and self.session.desk.store.path != MEMORY:
            self._reload_in_background()
            return
        self._show(self.model.fetch(self.session.desk))

    def _show(self, fetched: Fetched[Any]) -> None:
        record = self.current_record()
        self.model.apply(fetched)
        self._stale = False
        self._update_count()
        if record is not None:
            self.select_id(record.id)

    def _reload_in_background(self) -> None:
        if self._job is not None:  # one at a time; the newest change is read afterwards
            self._reload_again = True
            return
        path, clock, model = self.session.desk.store.path, self.session.desk.clock, self.model
        generation = self._generation

        def work(progress: Any, cancel: Any) -> tuple[int, Fetched[Any]]:
            desk = Desk(Store.open(path, create=False), clock)
            try:
                return generation, model.fetch(desk)
            finally:
                desk.close()

        self._job = Job(work)
        self._job.signals.finished.connect(self._fetched)
        self._job.signals.failed.connect(self._fetch_failed)
        self.count.setText(tr("Tables", "Updating…"))
        QThreadPool.globalInstance().start(self._job)

    @Slot(object)
    def _fetched(self, result: tuple[int, Fetched[Any]]) -> None:
        self._job = None
        generation, fetched = result
        if generation == self._generation:
            self._show(fetched)
        if self._reload_again or generation != self._generation:
            self._reload_again = False
            self.reload()

    @Slot(str, str)
    def _fetch_failed(self, message: str, details: str) -> None:
        self._job = None
        self._reload_again = False
        self.count.setText(tr("Tables", "Not up to date"))
        self.count.setToolTip(message)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    @Slot(tuple)
    def _session_changed(self, kinds: tuple[str, ...]) -> None:
        wanted = getattr(self.model, "kinds", (self.kind,))
        if not set(kinds) & set(wanted):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    @Slot()
    def _database_replaced(self) -> None:
        self._generation += 1
        self._stale = True
        if self.isVisible():
            self.reload()

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown != total:
            self.count.setText(tr("Tables", "{shown} of {total}").format(
                shown=f"{shown:,}", total=f"{total:,}"))  # fmt: skip
        else:
            self.count.setText(f"{total:,}")
        empty = shown == 0 and not self._stale
        self.empty_note.say(table_text(self.kind, self.filter.text()) if empty else "")

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)

    # -- selection -----------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.current_record() is not None
        self.edit_button.setEnabled(chosen and self.editor is not None)
        self.delete_button.setEnabled(chosen)

    def selected_records(self) -> list[Any]:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        return [self.model.record_at(i.row()) for i in selection.selectedRows()]

    def current_record(self) -> Any | None:
        records = self.selected_records()
        if records:
            return records[0]
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: Any) -> bool:
        self.ensure_loaded()
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    # -- actions -------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    @Slot()
    def add(self) -> None:
        if self.editor is not None:
            self.editor(self.session, None, self)

    @Slot()
    def edit(self) -> None:
        record = self.current_record()
        if record is not None and self.editor is not None:
            self.editor(self.session, record, self)

    @Slot()
    def delete(self) -> None:
        record = self.current_record()
        if record is not None:
            delete_record(self.session, self.kind, record, self)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record_at(index.row())
        self.record_activated.emit(record)
        if self.editor is not None:
            self.editor(self.session, record, self)
