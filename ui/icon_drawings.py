"""The drawings behind the window's icons (``resources/icons``).

After changing a drawing, run ``python -m ui.icon_drawings`` (or give it
another folder) and look at the result.  Each icon is drawn on a 24-unit grid,
twice: in :data:`LIGHT` inks for a light palette and in :data:`DARK` inks for a
dark one, each reaching 3:1 against its toolbar (WCAG's contrast for graphics;
``tests/ui/test_icons.py`` measures it).  Every size in :data:`ui.icons.SIZES`
is drawn from the paths, not scaled from a bitmap, so it stays sharp on
high-DPI screens.  The window itself never imports this module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from resources import resource_path
from ui.icons import LIST, SIZES, file_name


class Inks(NamedTuple):
    """The colours of one set of icons: a slate for outlines and four accents."""

    ink: QColor
    blue: QColor
    green: QColor
    red: QColor
    amber: QColor


#: For light toolbars (#dadada to white): every ink at least 3.6:1 on #efefef.
LIGHT = Inks(
    ink=QColor("#6a7a8c"),
    blue=QColor("#2f74c0"),
    green=QColor("#288a4c"),
    red=QColor("#c64235"),
    amber=QColor("#b06d0a"),
)
#: For dark toolbars (black to #525252): every ink at least 4:1 on #353535.
DARK = Inks(
    ink=QColor("#a0aebf"),
    blue=QColor("#6aa6ea"),
    green=QColor("#4cbb74"),
    red=QColor("#f07565"),
    amber=QColor("#e8a33a"),
)


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


def _programme(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.ink))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(3, 5, 18, 16), 2, 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c.blue)
    p.drawRect(QRectF(4, 6, 16, 4))
    p.setPen(_pen(c.ink))
    p.drawLine(QPointF(8, 3), QPointF(8, 7))
    p.drawLine(QPointF(16, 3), QPointF(16, 7))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c.ink)
    for x in (7, 12, 17):
        for y in (13.5, 17.5):
            p.drawRect(QRectF(x - 1.2, y - 1.2, 2.4, 2.4))


def _events(p: QPainter, c: Inks) -> None:
    for y in (6, 12, 18):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c.blue)
        p.drawEllipse(QPointF(5, y), 1.8, 1.8)
        p.setPen(_pen(c.ink))
        p.drawLine(QPointF(10, y), QPointF(20, y))


def _people(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.ink))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(12, 8), 4, 4)
    path = QPainterPath(QPointF(4, 21))
    path.cubicTo(QPointF(4, 15), QPointF(8, 14), QPointF(12, 14))
    path.cubicTo(QPointF(16, 14), QPointF(20, 15), QPointF(20, 21))
    p.drawPath(path)


def _organisations(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.ink))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(5, 3, 14, 18))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c.blue)
    for x in (8.5, 13.5):
        for y in (6.5, 10.5, 14.5):
            p.drawRect(QRectF(x, y, 2.2, 2))
    p.setPen(_pen(c.ink))
    p.drawLine(QPointF(12, 21), QPointF(12, 18))


def _venues(p: QPainter, c: Inks) -> None:
    path = QPainterPath(QPointF(12, 22))
    path.cubicTo(QPointF(9, 17), QPointF(5, 13.5), QPointF(5, 9.5))
    path.arcTo(QRectF(5, 2.5, 14, 14), 180, -180)
    path.cubicTo(QPointF(19, 13.5), QPointF(15, 17), QPointF(12, 22))
    p.setPen(_pen(c.ink))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c.red)
    p.drawEllipse(QPointF(12, 9.5), 2.6, 2.6)


def _delegations(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.ink))
    p.drawLine(QPointF(5, 3), QPointF(5, 21))
    flag = QPainterPath(QPointF(5, 4))
    flag.cubicTo(QPointF(9, 2), QPointF(12, 6), QPointF(19, 4))
    flag.lineTo(QPointF(19, 13))
    flag.cubicTo(QPointF(12, 15), QPointF(9, 11), QPointF(5, 13))
    flag.closeSubpath()
    p.setBrush(c.blue)
    p.setPen(_pen(c.ink, 1.5))
    p.drawPath(flag)


def _open(p: QPainter, c: Inks) -> None:
    path = _polyline((3, 19), (3, 5), (9, 5), (11, 7), (19, 7), (19, 10))
    p.setPen(_pen(c.ink))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    front = _polyline((3, 19), (6, 10), (22, 10), (19, 19), closed=True)
    p.setBrush(c.amber)
    p.drawPath(front)


def _arrow(p: QPainter, c: Inks, mirrored: bool) -> None:
    if mirrored:
        p.translate(24, 0)
        p.scale(-1, 1)
    path = QPainterPath(QPointF(6, 10))
    path.lineTo(QPointF(15, 10))
    path.cubicTo(QPointF(22, 10), QPointF(22, 20), QPointF(15, 20))
    path.lineTo(QPointF(10, 20))
    p.setPen(_pen(c.blue, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.drawPath(_polyline((10, 5), (4, 10), (10, 15)))


def _add(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.green, 2.4))
    p.drawLine(QPointF(12, 4), QPointF(12, 20))
    p.drawLine(QPointF(4, 12), QPointF(20, 12))


def _delete(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.ink))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(4, 6), QPointF(20, 6))
    p.drawLine(QPointF(9.5, 6), QPointF(10, 3))
    p.drawLine(QPointF(10, 3), QPointF(14, 3))
    p.drawLine(QPointF(14, 3), QPointF(14.5, 6))
    p.drawPath(_polyline((6, 6), (7.5, 21), (16.5, 21), (18, 6)))
    p.setPen(_pen(c.red, 1.6))
    for x in (10, 14):
        p.drawLine(QPointF(x, 10), QPointF(x, 17))


def _find(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.ink, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(10, 10), 6, 6)
    p.setPen(_pen(c.blue, 3))
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20))


def _import(p: QPainter, c: Inks) -> None:
    p.setPen(_pen(c.ink))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(_polyline((4, 14), (4, 20), (20, 20), (20, 14)))
    p.setPen(_pen(c.green, 2.2))
    p.drawLine(QPointF(12, 3), QPointF(12, 15))
    p.drawPath(_polyline((7, 10), (12, 15), (17, 10)))


DRAWINGS: dict[str, Callable[[QPainter, Inks], None]] = {
    "programme": _programme,
    "events": _events,
    "people": _people,
    "organisations": _organisations,
    "venues": _venues,
    "delegations": _delegations,
    "open": _open,
    "undo": lambda p, c: _arrow(p, c, mirrored=False),
    "redo": lambda p, c: _arrow(p, c, mirrored=True),
    "add": _add,
    "delete": _delete,
    "find": _find,
    "import": _import,
}


def render(name: str, size: int, selected: bool = False, dark: bool = False) -> QImage:
    """The icon ``name`` drawn at ``size`` pixels, on a transparent background.

    ``selected``: its shape in white, for a list's highlighted row (the
    colours would vanish on the highlight).  ``dark``: in the inks for a dark
    palette.
    """
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    DRAWINGS[name](painter, DARK if dark else LIGHT)
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
        drawn = [
            (file_name(name, size, dark=dark), render(name, size, dark=dark))
            for dark in (False, True)
            for size in SIZES
        ]
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
