"""The drawings behind the window's icons (``resources/icons``).

After changing a drawing, run ``python -m ui.icon_drawings`` (or give it
another folder) and look at the result.  Each icon is drawn on a 24-unit grid
in colours that read on light and dark backgrounds; every size in
:data:`ui.icons.SIZES` is drawn from the paths, not scaled from a bitmap, so it
stays sharp on high-DPI screens.  The window itself never imports this module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from resources import resource_path
from ui.icons import LIST, SIZES, file_name

INK = QColor("#6a7a8c")  # slate: readable on white and on dark grey
BLUE = QColor("#2f74c0")
GREEN = QColor("#2e9455")
RED = QColor("#c64235")
AMBER = QColor("#d08a1c")


def _pen(colour: QColor, width: float = 2.0) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _polyline(*points: tuple[float, float], closed: bool = False) -> QPainterPath:
    """A path through ``points`` (closed back to the first when ``closed``)."""
    path = QPainterPath(QPointF(*points[0]))
    for x, y in points[1:]:
        path.lineTo(QPointF(x, y))
    if closed:
        path.closeSubpath()
    return path


def _programme(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(3, 5, 18, 16), 2, 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRect(QRectF(4, 6, 16, 4))
    p.setPen(_pen(INK))
    p.drawLine(QPointF(8, 3), QPointF(8, 7))
    p.drawLine(QPointF(16, 3), QPointF(16, 7))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    for x in (7, 12, 17):
        for y in (13.5, 17.5):
            p.drawRect(QRectF(x - 1.2, y - 1.2, 2.4, 2.4))


def _events(p: QPainter) -> None:
    for y in (6, 12, 18):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BLUE)
        p.drawEllipse(QPointF(5, y), 1.8, 1.8)
        p.setPen(_pen(INK))
        p.drawLine(QPointF(10, y), QPointF(20, y))


def _people(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(12, 8), 4, 4)
    path = QPainterPath(QPointF(4, 21))
    path.cubicTo(QPointF(4, 15), QPointF(8, 14), QPointF(12, 14))
    path.cubicTo(QPointF(16, 14), QPointF(20, 15), QPointF(20, 21))
    p.drawPath(path)


def _organisations(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(5, 3, 14, 18))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    for x in (8.5, 13.5):
        for y in (6.5, 10.5, 14.5):
            p.drawRect(QRectF(x, y, 2.2, 2))
    p.setPen(_pen(INK))
    p.drawLine(QPointF(12, 21), QPointF(12, 18))


def _venues(p: QPainter) -> None:
    path = QPainterPath(QPointF(12, 22))
    path.cubicTo(QPointF(9, 17), QPointF(5, 13.5), QPointF(5, 9.5))
    path.arcTo(QRectF(5, 2.5, 14, 14), 180, -180)
    path.cubicTo(QPointF(19, 13.5), QPointF(15, 17), QPointF(12, 22))
    p.setPen(_pen(INK))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawEllipse(QPointF(12, 9.5), 2.6, 2.6)


def _delegations(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.drawLine(QPointF(5, 3), QPointF(5, 21))
    flag = QPainterPath(QPointF(5, 4))
    flag.cubicTo(QPointF(9, 2), QPointF(12, 6), QPointF(19, 4))
    flag.lineTo(QPointF(19, 13))
    flag.cubicTo(QPointF(12, 15), QPointF(9, 11), QPointF(5, 13))
    flag.closeSubpath()
    p.setBrush(BLUE)
    p.setPen(_pen(INK, 1.5))
    p.drawPath(flag)


def _open(p: QPainter) -> None:
    path = _polyline((3, 19), (3, 5), (9, 5), (11, 7), (19, 7), (19, 10))
    p.setPen(_pen(INK))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    front = _polyline((3, 19), (6, 10), (22, 10), (19, 19), closed=True)
    p.setBrush(AMBER)
    p.drawPath(front)


def _arrow(p: QPainter, mirrored: bool) -> None:
    if mirrored:
        p.translate(24, 0)
        p.scale(-1, 1)
    path = QPainterPath(QPointF(6, 10))
    path.lineTo(QPointF(15, 10))
    path.cubicTo(QPointF(22, 10), QPointF(22, 20), QPointF(15, 20))
    path.lineTo(QPointF(10, 20))
    p.setPen(_pen(BLUE, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.drawPath(_polyline((10, 5), (4, 10), (10, 15)))


def _add(p: QPainter) -> None:
    p.setPen(_pen(GREEN, 2.4))
    p.drawLine(QPointF(12, 4), QPointF(12, 20))
    p.drawLine(QPointF(4, 12), QPointF(20, 12))


def _delete(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(4, 6), QPointF(20, 6))
    p.drawLine(QPointF(9.5, 6), QPointF(10, 3))
    p.drawLine(QPointF(10, 3), QPointF(14, 3))
    p.drawLine(QPointF(14, 3), QPointF(14.5, 6))
    p.drawPath(_polyline((6, 6), (7.5, 21), (16.5, 21), (18, 6)))
    p.setPen(_pen(RED, 1.6))
    for x in (10, 14):
        p.drawLine(QPointF(x, 10), QPointF(x, 17))


def _find(p: QPainter) -> None:
    p.setPen(_pen(INK, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(10, 10), 6, 6)
    p.setPen(_pen(BLUE, 3))
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20))


def _import(p: QPainter) -> None:
    p.setPen(_pen(INK))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(_polyline((4, 14), (4, 20), (20, 20), (20, 14)))
    p.setPen(_pen(GREEN, 2.2))
    p.drawLine(QPointF(12, 3), QPointF(12, 15))
    p.drawPath(_polyline((7, 10), (12, 15), (17, 10)))


DRAWINGS: dict[str, Callable[[QPainter], None]] = {
    "programme": _programme,
    "events": _events,
    "people": _people,
    "organisations": _organisations,
    "venues": _venues,
    "delegations": _delegations,
    "open": _open,
    "undo": lambda p: _arrow(p, mirrored=False),
    "redo": lambda p: _arrow(p, mirrored=True),
    "add": _add,
    "delete": _delete,
    "find": _find,
    "import": _import,
}


def render(name: str, size: int, selected: bool = False) -> QImage:
    """The icon ``name`` drawn at ``size`` pixels, on a transparent background.

    ``selected``: its shape in white, for a list's highlighted row (the
    colours would vanish on the highlight).
    """
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    DRAWINGS[name](painter)
    if selected:
        painter.resetTransform()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), QColor("white"))
    painter.end()
    return image


def write_all(folder: Path) -> list[Path]:
    """Draw every icon at every size into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in DRAWINGS:
        drawn = [(file_name(name, size), render(name, size)) for size in SIZES]
        drawn += [
            (file_name(name, size, selected=True), render(name, size, selected=True))
            for size in (LIST, 2 * LIST)
        ]
        for name_of_file, image in drawn:
            path = folder / name_of_file
            if not image.save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    return written


if __name__ == "__main__":
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    files = write_all(Path(sys.argv[1] if len(sys.argv) > 1 else resource_path("icons")))
    print(f"{len(files)} icons written")
