"""The seating plan editor: the plan drawn to scale; drag a name onto another seat.

Dropping a name on a seat moves the person there (whoever sat there takes
the person's old seat); each move is saved at once and undoable.  "New plan"
makes a fresh plan from precedence in the chosen layout (also undoable).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError
from models.protocol.entities import Layout, Seat, SeatingPlan, Side
from models.protocol.service import ProtocolDesk
from ui.dialogs.errors import show_error
from ui.i18n import tr
from ui.layout_fit import fit_to_screen
from ui.session import Session

SCALE = 125.0  # pixels per metre
SEAT_W, SEAT_H = 78.0, 46.0
GUEST = QColor("#e8eef6")
HOST = QColor("#f3f5f8")
EMPTY = QColor("#ffffff")


class NameItem(QGraphicsRectItem):
    """A seated person's name: it can be dragged onto another seat."""

    def __init__(self, editor: SeatingEditor, seat: Seat, text: str) -> None:
        super().__init__(-SEAT_W / 2, -SEAT_H / 2, SEAT_W, SEAT_H)
        self.editor, self.seat = editor, seat
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setBrush(QBrush(GUEST if seat.side is Side.GUEST else HOST))
        self.setPen(QPen(QColor("#1d4e89" if seat.side is Side.GUEST else "#5f6b7a"), 1.2))
        self.setZValue(2)
        label = QGraphicsSimpleTextItem(text, self)
        rect = label.boundingRect()
        label.setPos(-rect.width() / 2, -rect.height() / 2)
        self.setToolTip(f"{text}\n{seat.label}")

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.editor.dropped(self, self.scenePos())


#: The layouts of a plan, as the editor names them.
LAYOUTS = {
    Layout.BILATERAL: QT_TRANSLATE_NOOP("Protocol", "Bilateral table"),
    Layout.ROUND: QT_TRANSLATE_NOOP("Protocol", "Round tables"),
    Layout.ROWS: QT_TRANSLATE_NOOP("Protocol", "Conference rows"),
}


class SeatingEditor(QDialog):
    def __init__(self, session: Session, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.event_id = event_id
        event = session.desk.event(event_id)
        self.setWindowTitle(tr("Protocol", "Seating plan — {title}").format(title=event.title))
        self.setAccessibleName(tr("Protocol", "Seating plan"))
        fit_to_screen(self, QSize(1000, 640))  # a 1024×640 laptop shows it whole
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(tr("Protocol", "Drag a name onto another seat to move it; Ctrl+Z undoes."))
        )
        top.addStretch(1)
        self.layout_box = QComboBox()
        self.layout_box.setAccessibleName(tr("Protocol", "Layout"))
        for choice in Layout:
            self.layout_box.addItem(tr("Protocol", LAYOUTS.get(choice, choice.value)), choice)
        top.addWidget(self.layout_box)
        regenerate = QPushButton(tr("Protocol", "New plan from precedence"))
        regenerate.setAutoDefault(False)
        regenerate.clicked.connect(self.regenerate)
        top.addWidget(regenerate)
        layout.addLayout(top)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(tr("Protocol", "Seating plan drawing"))
        layout.addWidget(self.view, 1)
        self.seat_items: dict[str, QGraphicsRectItem] = {}
        self.plan: SeatingPlan | None = None
        self._pending = False
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=session.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=session.undo_stack.redo)
        session.changed.connect(self._changed)
        if ProtocolDesk(session.desk).seating_plan(event_id) is None:
            self.regenerate()
        self.reload()

    @property
    def core(self) -> ProtocolDesk:
        return ProtocolDesk(self.session.desk)

    # -- drawing ------------------------------------------------------------------

    def reload(self) -> None:
        self.plan = self.core.seating_plan(self.event_id)
        self.scene.clear()
        self.seat_items = {}
        if self.plan is None:
            return
        index = self.layout_box.findData(self.plan.layout)
        self.layout_box.setCurrentIndex(max(0, index))
        programme = self.session.desk.programme()
        self._furniture(self.plan)
        for seat in self.plan.seats:
            centre = self.to_scene(seat)
            frame = QGraphicsRectItem(-SEAT_W / 2 - 3, -SEAT_H / 2 - 3, SEAT_W + 6, SEAT_H + 6)
            frame.setPos(centre)
            frame.setPen(QPen(QColor("#c7ced8"), 1, Qt.PenStyle.DashLine))
            frame.setBrush(QBrush(EMPTY))
            frame.setToolTip(seat.label)
            frame.setData(0, seat.key)
            self.scene.addItem(frame)
            key = QGraphicsSimpleTextItem(seat.key, frame)
            key.setBrush(QBrush(QColor("#9aa5b1")))
            key.setPos(-SEAT_W / 2, SEAT_H / 2 + 2)
            self.seat_items[seat.key] = frame
            person = programme.person(seat.person_id)
            if person is not None:
                text = person.family_name.upper()
                if person.name_japanese:
                    text += f"\n{person.name_japanese}"
                item = NameItem(self, seat, text)
                item.setPos(centre)
                self.scene.addItem(item)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def _furniture(self, plan: SeatingPlan) -> None:
        """The tables under the seats (drawn first, not movable)."""
        pen = QPen(QColor("#c7ced8"), 1.5)
        brush = QBrush(QColor("#fbfbfd"))
        if plan.layout is Layout.BILATERAL:
            xs = [s.x for s in plan.seats if "I" not in s.key[1:]] or [0.0]
            left, right = (min(xs) - 0.45) * SCALE, (max(xs) + 0.45) * SCALE
            table = self.scene.addRect(QRectF(left, -1.25 * SCALE, right - left, 0.9 * SCALE),
                                       pen, brush)  # fmt: skip
            label = QGraphicsSimpleTextItem(
                tr("Protocol", "TABLE — hosts above, guests below"), table
            )
            label.setBrush(QBrush(QColor("#9aa5b1")))
            box = label.boundingRect()
            label.setPos((left + right - box.width()) / 2, -0.8 * SCALE - box.height() / 2)
        elif plan.layout is Layout.ROUND:
            tables: dict[int, list[Seat]] = {}
            for seat in plan.seats:
                tables.setdefault(seat.table, []).append(seat)
            for members in tables.values():
                cx = sum(m.x for m in members) / len(members)
                cy = sum(m.y for m in members) / len(members)
                r = max(abs(m.x - cx) for m in members) - 0.35
                r = max(r, 0.3) * SCALE
                self.scene.addEllipse(QRectF(cx * SCALE - r, -cy * SCALE - r, 2 * r, 2 * r),
                                      pen, brush)  # fmt: skip

    @staticmethod
    def to_scene(seat: Seat) -> QPointF:
        # Guests (y = 0) at the bottom, facing the hosts above them.
        return QPointF(seat.x * SCALE, -seat.y * SCALE)

    def name_item(self, person_id: int) -> NameItem | None:
        for item in self.scene.items():
            if isinstance(item, NameItem) and item.seat.person_id == person_id:
                return item
        return None

    # -- editing ------------------------------------------------------------------

    def seat_at(self, point: QPointF) -> str | None:
        for key, frame in self.seat_items.items():
            if frame.sceneBoundingRect().contains(point):
                return key
        return None

    def dropped(self, item: NameItem, where: QPointF) -> None:
        target = self.seat_at(where)
        person_id = item.seat.person_id
        if target is None or target == item.seat.key or person_id is None:
            item.setPos(self.to_scene(item.seat))  # back to its seat
            return
        self.move(person_id, target)

    def move(self, person_id: int, seat_key: str) -> None:
        """Move a person to a seat, undoably (what a drag does)."""
        core = self.core
        event_id = self.event_id
        before = core.seating_plan(event_id)
        try:
            self.session.push(
                tr("Protocol", "Move a seat"),
                lambda: core.move_seat(event_id, person_id, seat_key),
                lambda: core.restore_seating(event_id, before),
                ("protocol",),
            )
        except AppError as error:
            show_error(self, error)
        self.reload_soon()

    @Slot()
    def regenerate(self) -> None:
        core = self.core
        event_id = self.event_id
        layout = self.layout_box.currentData()
        before = core.seating_plan(event_id)
        chosen = layout if before is not None else None
        try:
            self.session.push(
                tr("Protocol", "New seating plan"),
                lambda: core.generate_seating(event_id, chosen),
                lambda: core.restore_seating(event_id, before),
                ("protocol",),
            )
        except AppError as error:
            show_error(self, error)
        self.reload_soon()

    @Slot(tuple)
    def _changed(self, kinds: tuple[str, ...]) -> None:
        if "protocol" in kinds or "events" in kinds:
            self.reload_soon()

    def reload_soon(self) -> None:
        """Redraw once control is back in the event loop (a drag may still be running)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._reload_now)  # dropped if the window is closed

    @Slot()
    def _reload_now(self) -> None:
        self._pending = False
        self.reload()

    def seat_rect(self, key: str) -> QRectF:
        return self.seat_items[key].sceneBoundingRect()


def open_seating_editor(session: Session, event_id: int, parent: QWidget | None) -> Any:
    editor = SeatingEditor(session, event_id, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
