"""How the timeline and the clash dock look: readable on a dark palette, each clash shown
once, a dock that leaves the day to the timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel

from models.entities import EventKind
from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.programme.painting import RULER_WIDTH, block_text
from ui.programme.style import (
    CONFIDENTIAL_COLOUR,
    RESTRICTED_COLOUR,
    TEXT_COLOUR,
    contrast,
    fill_colour,
    readable,
)
from ui.programme_view import ProgrammeView
from ui.session import Session


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"), (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#232323"), (QPalette.ColorRole.AlternateBase, "#2c2c2c"),
        (QPalette.ColorRole.Text, "#eeeeee"), (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"), (QPalette.ColorRole.Highlight, "#3d7fd6"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


def strongest(image: QImage, area: QRectF, ground: QColor) -> float:
    """The highest contrast against ``ground`` of any pixel in ``area`` (the ink there)."""
    rect = area.toAlignedRect().intersected(image.rect())
    return max(
        (contrast(image.pixelColor(x, y), ground)
         for y in range(rect.top(), rect.bottom() + 1)
         for x in range(rect.left(), rect.right() + 1)),
        default=1.0,
    )  # fmt: skip


@pytest.fixture
def dark_view(qtbot, psession, prog):
    view = ProgrammeView(psession)
    qtbot.addWidget(view)
    view.setPalette(dark_palette())
    view.resize(1100, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_on_a_dark_palette_blocks_their_marks_and_the_rulers_stay_readable(dark_view, prog):
    canvas = dark_view.canvas
    image = canvas.grab().toImage()
    for key in ("conference", "closed", "bilateral"):
        block = next(b for b in canvas.blocks if b.event_id == prog.events[key])
        ground = image.pixelColor(int(block.rect.center().x()), int(block.rect.bottom() - 4))
        assert ground.name() == fill_colour(block.event.kind).name(), key  # inside the block
        lines = block_text(canvas, block)
        assert lines, key
        for line in lines:
            assert strongest(image, line.rect(), ground) >= 4.5, (key, line.text)
        marking = QRectF(block.rect.right() - 90, block.rect.top() + 2, 80, 12)
        assert strongest(image, marking, ground) >= 4.5, key  # CONFIDENTIAL, RESTRICTED
    ruler = QRectF(4, canvas.minute_to_y(10 * 60), RULER_WIDTH - 8, 14)
    assert strongest(image, ruler, QColor("#2c2c2c")) >= 4.5  # the hours
    # the marks' colours on every kind of block, and on the dark window (legend, table)
    for kind in EventKind:
        for colour in (TEXT_COLOUR, CONFIDENTIAL_COLOUR, RESTRICTED_COLOUR):
            assert contrast(QColor(colour), fill_colour(kind)) >= 4.5, (kind, colour)
    for colour in (CONFIDENTIAL_COLOUR, RESTRICTED_COLOUR):
        shown = readable(colour, dark_palette())
        for ground in ("#353535", "#232323"):
            assert contrast(shown, QColor(ground)) >= 4.5, (colour, ground)


def test_the_legend_icons_show_on_a_dark_palette(dark_view):
    legend = dark_view.legend
    image = legend.grab().toImage()
    window = QColor("#353535")
    assert image.pixelColor(2, 2) == window
    padlock = next(x for what, _v, _w, x, _row in legend._placed(legend.width())
                   if what == "confidential")  # fmt: skip
    mid = legend._line_height() / 2
    assert strongest(image, QRectF(padlock, mid - 7, 16, 14), window) >= 3.0  # a graphic


@pytest.fixture
def window(qtbot, sample_desk, settings) -> MainWindow:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    wait_drawn(qtbot, win)
    qtbot.waitUntil(lambda: getattr(win.clash_panel, "clash_count", lambda: None)() is not None)
    return win


def test_the_clash_dock_opens_low_and_shows_each_clash_once_in_full(qtbot, window):
    qtbot.wait(10)  # the rows are wrapped to their column once it has its width
    dock = window.clash_dock
    assert 90 <= dock.height() <= 0.2 * window.height(), dock.height()
    clash = window.session.desk.clashes()[0]
    panel = window.clash_panel
    item = panel.tree.topLevelItem(0)
    message = str(clash.message)
    assert item.text(2) == message  # in full
    texts = [label.text() for label in dock.findChildren(QLabel) if label.isVisible()]
    texts += [panel.tree.topLevelItem(r).text(2) for r in range(panel.tree.topLevelItemCount())]
    assert sum(text.count(message) for text in texts) == 1  # printed once
    # its row is as tall as the description wrapped to the column's width
    metrics = panel.tree.fontMetrics()
    assert metrics.horizontalAdvance(message) > panel.tree.columnWidth(2)
    needed = metrics.boundingRect(QRect(0, 0, panel.tree.columnWidth(2) - 12, 10_000),
                                  int(Qt.TextFlag.TextWordWrap), message)  # fmt: skip
    assert panel.tree.visualItemRect(item).height() >= needed.height() >= 2 * metrics.height()
