"""Zoom and fit: the day a coordinator needs on a 1280×720 laptop, from the keyboard or
with Ctrl and the mouse wheel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(qtbot, sample_desk, settings) -> MainWindow:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    wait_drawn(qtbot, win)
    qtbot.waitUntil(lambda: not hasattr(win.clash_panel, "setText"))  # the panel is in
    return win


def press(qtbot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.programme.canvas, key, Qt.KeyboardModifier.ControlModifier)


def test_fit_shows_the_whole_working_day_at_1280_by_720(qtbot, window) -> None:
    view = window.programme
    first, last = view.visible_hours()
    assert last - first < 9 * 60  # without fitting, part of the day is off screen
    press(qtbot, window, Qt.Key.Key_0)
    first, last = view.visible_hours()
    assert first <= 9 * 60 and last >= 18 * 60, (first / 60, last / 60)
    events = [b for b in view.canvas.blocks if b.event_id > 0]
    bottom = view.scroll_area.viewport().height()
    assert events and all(b.rect.bottom() <= bottom for b in events)  # every event in view


def test_zoom_in_and_out_from_the_keyboard_and_the_wheel(qtbot, window) -> None:
    canvas = window.programme.canvas
    before = canvas.pixels_per_minute
    press(qtbot, window, Qt.Key.Key_Equal)
    assert canvas.pixels_per_minute == pytest.approx(before * 1.25)
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert canvas.pixels_per_minute == pytest.approx(before / 1.25)
    # Ctrl+wheel over 13:00 keeps 13:00 under the pointer
    view = window.programme
    viewport = view.scroll_area.viewport()
    bar = view.scroll_area.verticalScrollBar()
    y = canvas.minute_to_y(13 * 60) - bar.value()
    assert 0 < y < viewport.height()
    scale = canvas.pixels_per_minute
    wheel = QWheelEvent(QPointF(400, y), QPointF(viewport.mapToGlobal(QPoint(400, int(y)))),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert canvas.pixels_per_minute == pytest.approx(scale * 1.25)
    assert canvas.y_to_minute(bar.value() + y) == pytest.approx(13 * 60, abs=2)


def test_the_view_menu_has_the_zoom_entries_with_their_keys(window) -> None:
    acts = window.actions_by_name
    keys = {name: [k.toString() for k in acts[name].shortcuts()]
            for name in ("zoom-in", "zoom-out", "fit")}  # fmt: skip
    assert "Ctrl+=" in keys["zoom-in"] and "Ctrl+-" in keys["zoom-out"]
    assert keys["fit"] == ["Ctrl+0"]
    for name, shortcuts in keys.items():
        assert len(shortcuts) == len(set(shortcuts)), name  # none given twice
