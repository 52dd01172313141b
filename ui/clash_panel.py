"""The clashes in the programme right now, refreshed after every change.

A double-click (or Enter) on a clash asks the window to show its first event.
Changes are coalesced: several edits in one go cause one recomputation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.clashes import Clash, ClashKind
from models.errors import AppError
from models.timezones import format_span
from ui.session import Session

_KIND_COLOURS = {
    ClashKind.PERSON: "#c62828",
    ClashKind.ROOM: "#ad5f00",
    ClashKind.TRAVEL: "#6a1b9a",
    ClashKind.CAPACITY: "#1565c0",
}
_CLASH_ROLE = Qt.ItemDataRole.UserRole + 1


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


class ClashPanel(QWidget):
    """A list of the current clashes: kind, when, and what exactly clashes."""

    event_activated = Signal(int)  # the first event of the clash the user opened
    clash_count_changed = Signal(int)  # emitted after every refresh

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clashes: list[Clash] = []
        self.summary = QLabel()
        self.summary.setAccessibleName("Number of clashes")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Clashes")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Kind", "When", "What clashes"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.detail = QLabel()
        self.detail.setAccessibleName("The chosen clash in full")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)

        self._icons = {kind: _dot(colour) for kind, colour in _KIND_COLOURS.items()}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.currentItemChanged.connect(self._show_detail)
        session.changed.connect(self._schedule)
        session.database_replaced.connect(self._schedule)
        self.refresh()

    def clash_count(self) -> int:
        return len(self.clashes)

    @Slot()
    def _schedule(self, *_: object) -> None:
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Recompute the clashes now and show them."""
        self._timer.stop()
        desk = self.session.desk
        try:
            clashes = desk.clashes()
            ids = sorted({c.event_ids[0] for c in clashes if c.event_ids})
            zones = {e.id: e.timezone for e in desk.store.events_by_ids(ids)}
        except AppError as error:
            self.summary.setText(f"Clashes cannot be checked: {error.user_message}")
            return
        self.clashes = clashes
        current = self.tree.currentItem()
        chosen = current.data(0, _CLASH_ROLE) if current is not None else None
        keep = (chosen.kind, chosen.event_ids) if isinstance(chosen, Clash) else None
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        items = []
        for clash in clashes:
            zone = zones.get(clash.event_ids[0] if clash.event_ids else None, "")
            when = ""
            if clash.starts_at is not None and zone:
                when = format_span(clash.starts_at, clash.ends_at or clash.starts_at, zone)
            item = QTreeWidgetItem([clash.kind.value.capitalize(), when, clash.message])
            item.setIcon(0, self._icons.get(clash.kind, QIcon()))
            item.setToolTip(2, clash.message)
            item.setData(0, _CLASH_ROLE, clash)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.setUpdatesEnabled(True)
        if items:  # the same clash stays chosen while it lasts
            again = [
                i for i, c in zip(items, clashes, strict=True) if (c.kind, c.event_ids) == keep
            ]
            self.tree.setCurrentItem(again[0] if again else items[0])
        self._show_detail(self.tree.currentItem())
        count = len(clashes)
        if count == 0:
            self.summary.setText("No clashes: nobody and no room is booked twice.")
        else:
            self.summary.setText(
                f"<b>{count} clash{'es' if count != 1 else ''}</b> — double-click one to "
                "open its event."
            )
        self.clash_count_changed.emit(count)

    def clash_at(self, row: int) -> Clash | None:
        item = self.tree.topLevelItem(row)
        return item.data(0, _CLASH_ROLE) if item is not None else None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        clash = item.data(0, _CLASH_ROLE) if item is not None else None
        if isinstance(clash, Clash):
            when = item.text(1) if item is not None else ""
            self.detail.setText(f"{when}: {clash.message}" if when else clash.message)
        self.detail.setVisible(isinstance(clash, Clash))

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, column: int) -> None:
        clash = item.data(0, _CLASH_ROLE)
        if isinstance(clash, Clash) and clash.event_ids:
            self.event_activated.emit(clash.event_ids[0])
