"""The clashes in the programme right now, refreshed after every change.

A double-click (or Enter) on a clash asks the window to show its first event.
Changes are coalesced: several edits in one go cause one recomputation.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.clashes import Clash, ClashKind
from models.errors import AppError
from models.services import Desk
from models.store import Store
from models.store.connection import MEMORY
from ui.core_text import core_text
from ui.i18n import span_text, tr
from ui.jobs import Job
from ui.privacy import mask, privacy, remember
from ui.programme.style import value_word
from ui.session import Session

_KIND_COLOURS = {
    ClashKind.PERSON: "#c62828",
    ClashKind.ROOM: "#ad5f00",
    ClashKind.TRAVEL: "#6a1b9a",
    ClashKind.CAPACITY: "#1565c0",
    ClashKind.VEHICLE_SEATS: "#2e7d32",
    ClashKind.VEHICLE_TWICE: "#00838f",
}
_CLASH_ROLE = Qt.ItemDataRole.UserRole + 1
#: A check slower than this (seconds) moves the next ones off the GUI thread.
SLOW_CHECK = 0.15
#: With more events than this, clashes are checked off the GUI thread from the start.
MANY_EVENTS = 2_000
#: The clash list's least height (pixels): room for a row or two in a low dock.
MINIMUM_LIST_HEIGHT = 44
#: Checks on their way, kept alive here (not by a panel that may close meanwhile).
_RUNNING: dict[tuple[int, int], Job] = {}


def _check(desk: Desk) -> tuple[list[Clash], dict[int, str]]:
    """The clashes, and the zone of each clash's first event (to say when it is)."""
    clashes = desk.clashes()
    ids = sorted({i for c in clashes for i in c.event_ids})
    events = desk.store.events_by_ids(ids)
    remember(events)  # their titles are masked in privacy mode
    zones = {e.id: e.timezone for e in events if e.id is not None}
    return clashes, zones


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class _Wrapping(QStyledItemDelegate):
    """Rows as tall as their description needs at the column's width (a tree's own
    measure ignores the width, so a wrapped description would be cut off)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        hint = super().sizeHint(option, index)
        width = max(40, self._tree.columnWidth(index.column()) - 12)  # less the margins
        text = str(index.data() or "")
        needed = option.fontMetrics.boundingRect(  # type: ignore[attr-defined]
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), needed.height() + 6))


class ClashPanel(QWidget):
    """A list of the current clashes: kind, when, and what exactly clashes."""

    event_activated = Signal(int)  # the first event of the clash the user opened
    clash_count_changed = Signal(int)  # emitted after every refresh
    clashes_changed = Signal(list)  # the clashes themselves (for ProgrammeView.set_clashes)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clashes: list[Clash] = []
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Clashes", "Number of clashes"))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Clashes", "Clashes"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                tr("Clashes", "Kind"),
                tr("Clashes", "When"),
                tr("Clashes", "What clashes"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # each clash once, in full: its row wraps (no second copy of the chosen one below)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegateForColumn(2, _Wrapping(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setMinimumHeight(MINIMUM_LIST_HEIGHT)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._rewrap)
        self._wrap_timer = QTimer(self)
        self._wrap_timer.setSingleShot(True)
        self._wrap_timer.setInterval(0)
        self._wrap_timer.timeout.connect(self._rewrap)
        header.geometriesChanged.connect(self._rewrap_soon)
        self.tree.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

        self._icons = {kind: _dot(colour) for kind, colour in _KIND_COLOURS.items()}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.tree.itemActivated.connect(self._on_activated)
        session.changed.connect(self._schedule)
        session.database_replaced.connect(self._schedule)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._finish_checks)
        self._zones: dict[int, str] = {}
        privacy().changed.connect(self._on_privacy)
        self._generation = 0
        self._last_duration = 0.0
        self._checked = False
        self.refresh()

    def clash_count(self) -> int | None:
        """Clashes found by the last check; None until the first check has finished."""
        return len(self.clashes) if self._checked else None

    @Slot()
    def _schedule(self, *_: object) -> None:
        self._timer.start()

    def _in_background(self) -> bool:
        """Check off the GUI thread when checking here would make the window stutter."""
        store = self.session.desk.store
        if store.path == MEMORY:
            return False
        return self._last_duration > SLOW_CHECK or store.count("events") > MANY_EVENTS

    @Slot()
    def refresh(self) -> None:
        """Check the programme for clashes again and show them."""
        self._timer.stop()
        self._generation += 1
        desk = self.session.desk
        if not desk.store.is_open:  # the window is going away
            return
        if not self._in_background():
            started = time.perf_counter()
            try:
                found = _check(desk)
            except AppError as error:
                self.summary.setText(
                    tr("Clashes", "Clashes cannot be checked: {reason}").format(
                        reason=core_text(error.user_message)
                    )
                )
                return
            self._last_duration = time.perf_counter() - started
            self._show(*found)
            return
        self.summary.setText(tr("Clashes", "Checking for clashes…"))
        path, clock, generation = desk.store.path, desk.clock, self._generation

        def work(progress: object, cancel: object) -> tuple[int, list[Clash], dict[int, str]]:
            store = Store.open(path, create=False)  # this thread's own connection
            try:
                return (generation, *_check(Desk(store, clock)))
            finally:
                store.close()

        job = Job(work)
        job.signals.finished.connect(self._on_checked)
        job.signals.failed.connect(self._on_check_failed)
        _RUNNING[generation, id(self)] = job
        QThreadPool.globalInstance().start(job)

    @Slot(object)
    def _on_checked(self, result: tuple[int, list[Clash], dict[int, str]]) -> None:
        generation, clashes, zones = result
        _RUNNING.pop((generation, id(self)), None)
        if generation == self._generation:  # a newer check is on its way otherwise
            self._show(clashes, zones)

    @Slot(str, str)
    def _on_check_failed(self, message: str, details: str) -> None:
        for key in [k for k, job in _RUNNING.items() if job.signals is self.sender()]:
            del _RUNNING[key]
        self.summary.setText(
            tr("Clashes", "Clashes cannot be checked: {reason}").format(reason=message)
        )

    @Slot()
    def _finish_checks(self) -> None:
        """On quit, let a running check end before the objects it reports to go away."""
        if self.running_checks():
            QThreadPool.globalInstance().waitForDone(10_000)

    def running_checks(self) -> int:
        return sum(1 for _, owner in _RUNNING if owner == id(self))

    @Slot(bool)
    def _on_privacy(self, _hiding: bool) -> None:
        if self._checked:
            self._show(self.clashes, self._zones, announce=False)

    def _show(self, clashes: list[Clash], zones: dict[int, str], announce: bool = True) -> None:
        self.clashes = clashes
        self._zones = zones
        self._checked = True
        current = self.tree.currentItem()
        chosen = current.data(0, _CLASH_ROLE) if current is not None else None
        keep = (chosen.kind, chosen.event_ids) if isinstance(chosen, Clash) else None
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        items = []
        for clash in clashes:
            zone = zones.get(clash.event_ids[0] if clash.event_ids else -1, "")
            when = ""
            if clash.starts_at is not None and zone:
                when = span_text(clash.starts_at, clash.ends_at or clash.starts_at, zone)
            message = mask(core_text(clash.message))
            item = QTreeWidgetItem([value_word(clash.kind.value), when, message])
            item.setIcon(0, self._icons.get(clash.kind, QIcon()))
            item.setToolTip(2, message)
            item.setData(0, _CLASH_ROLE, clash)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self._rewrap()
        self.tree.setUpdatesEnabled(True)
        if items:  # the same clash stays chosen while it lasts
            again = [
                i for i, c in zip(items, clashes, strict=True) if (c.kind, c.event_ids) == keep
            ]
            self.tree.setCurrentItem(again[0] if again else items[0])
        count = len(clashes)
        if count == 0:
            self.summary.setText(tr("Clashes", "No clashes: nobody and no room is booked twice."))
        else:
            self.summary.setText(
                "<b>"
                + tr("Clashes", "%n clash(es)", None, count)
                + "</b> — "
                + tr("Clashes", "double-click one to open its event.")
            )
        if announce:
            self.clash_count_changed.emit(count)
            self.clashes_changed.emit(list(clashes))

    def clash_at(self, row: int) -> Clash | None:
        item = self.tree.topLevelItem(row)
        return item.data(0, _CLASH_ROLE) if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self._rewrap_soon()
        return super().eventFilter(watched, event)

    @Slot()
    def _rewrap_soon(self) -> None:
        self._wrap_timer.start()

    @Slot(int, int, int)
    def _rewrap(self, section: int = 2, _old: int = 0, _new: int = 0) -> None:
        """Measure the rows again when the descriptions' column changes width."""
        if section == 2:
            self.tree.doItemsLayout()

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, column: int) -> None:
        clash = item.data(0, _CLASH_ROLE)
        if isinstance(clash, Clash) and clash.event_ids:
            self.event_activated.emit(clash.event_ids[0])


def open_height(window_height: int) -> int:
    """The clash dock's height when the window opens without a remembered layout: the
    count and a clash or two, about a sixth of the window, so the timeline keeps the
    day (120 pixels at 640, 130 at 720, 180 at 1000)."""
    return int(max(120, min(200, window_height * 0.18)))
