"""Privacy mode (View ▸ Hide confidential titles): nothing on screen names a confidential event."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.conftest_programme import at
from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.privacy import SETTING, hiding, set_hiding

SECRET = "METI – Tata: cell production"  # confidential
VISIT = "Lohum facility tour"  # confidential, the next day
RESTRICTED = "JETRO – Lohum: recycling"
PUBLIC = "Embassy reception"


@pytest.fixture
def window(qtbot, psession, prog, settings) -> MainWindow:
    win = MainWindow(psession, settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    wait_drawn(qtbot, win)
    win.programme.show_event(prog.events["closed"])
    return win


def hide(window: MainWindow, on: bool = True) -> None:
    action = window.actions_by_name["hide-titles"]
    if action.isChecked() != on:
        action.trigger()
    assert hiding() is on


def everything_shown(window: MainWindow) -> str:
    """Every text a viewer of the shared screen could read (or a screen reader say)."""
    acts = window.actions_by_name
    canvas = window.programme.canvas
    parts = [canvas.describe(b.event) for b in canvas.blocks]
    parts.append(canvas.accessibleDescription())
    for name in ("undo", "redo"):
        parts += [acts[name].text(), acts[name].toolTip(), acts[name].iconText()]
    parts.append(window.statusBar().currentMessage())
    panel = window.clash_panel
    tree = getattr(panel, "tree", None)
    if tree is not None:
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            parts += [item.text(2), item.toolTip(2)]
    return "\n".join(parts)


def clash_text(window: MainWindow) -> str:
    return window.clash_panel.tree.topLevelItem(0).text(2)


def test_the_menu_entry_hides_titles_everywhere_and_shows_them_again(qtbot, window, prog):
    desk = window.session.desk
    # a clash with the confidential meeting: Haruka Sato also at the restricted one
    bilateral = desk.event(prog.events["bilateral"])
    desk.save_event(replace(bilateral, participations=(
        *bilateral.participations,
        *[p for p in desk.event(prog.events["closed"]).participations
          if p.person_id == prog.people["sato"]],
    )))  # fmt: skip
    window.session.changed.emit(("events",))
    # an edit of the confidential meeting made before privacy mode: its undo text names it
    canvas = window.programme.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert desk.event(prog.events["closed"]).starts_at == at("2026-12-01 14:05")
    qtbot.waitUntil(lambda: getattr(window.clash_panel, "clash_count", lambda: None)() == 1)
    shown = everything_shown(window)
    assert SECRET in shown and SECRET in window.actions_by_name["undo"].text()

    hide(window)
    shown = everything_shown(window)
    assert SECRET not in shown
    assert RESTRICTED not in shown
    assert "Confidential meeting" in window.actions_by_name["undo"].text()
    assert canvas.describe(desk.event(prog.events["closed"])).startswith("Confidential meeting")
    assert canvas.describe(bilateral).startswith("Restricted meeting")
    assert canvas.describe(desk.event(prog.events["reception"])).startswith(PUBLIC)
    assert "Confidential meeting" in clash_text(window)

    # an edit under privacy mode says the label in the status bar and the Undo text
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert desk.event(prog.events["closed"]).starts_at == at("2026-12-01 14:10")
    assert SECRET not in everything_shown(window)
    assert "Confidential meeting" in window.statusBar().currentMessage()

    hide(window, False)
    assert SECRET in window.actions_by_name["undo"].text()
    assert canvas.describe(desk.event(prog.events["closed"])).startswith(SECRET)
    assert SECRET in clash_text(window)


def test_the_painted_blocks_carry_the_label_not_the_title(qtbot, window, monkeypatch):
    import ui.programme.painting as painting

    painted: list[str] = []
    real = painting.wrap

    def recording(metrics, text, widths, lines):  # type: ignore[no-untyped-def]
        painted.append(text)
        return real(metrics, text, widths, lines)

    monkeypatch.setattr(painting, "wrap", recording)
    window.programme.canvas.repaint()
    assert SECRET in painted
    painted.clear()
    hide(window)
    window.programme.canvas.repaint()
    assert SECRET not in painted and RESTRICTED not in painted
    assert "Confidential meeting" in painted and "Restricted meeting" in painted


def test_the_events_table_shows_sorts_and_finds_by_the_label(qtbot, window, prog):
    window.show_page("events")
    page = window.tables["events"]
    model = page.model
    title_column = 1
    hide(window)
    titles = [model.index(r, title_column).data() for r in range(model.rowCount())]
    assert SECRET not in titles and VISIT not in titles and RESTRICTED not in titles
    assert PUBLIC in titles and "Confidential meeting" in titles
    qtbot.keyClicks(page.filter, "Tata: cell")
    assert model.rowCount() == 0  # the hidden title cannot be found by typing it
    page.filter.clear()
    hide(window, False)
    titles = [model.index(r, title_column).data() for r in range(model.rowCount())]
    assert SECRET in titles


def test_the_choice_is_remembered_with_its_key(qtbot, psession, prog, settings):
    first = MainWindow(psession, settings)
    action = first.actions_by_name["hide-titles"]
    assert action.isCheckable() and not action.isChecked()
    assert action.shortcut().toString() == "Ctrl+Shift+H"
    action.trigger()
    first.close()
    assert settings.value(SETTING, type=bool) is True
    first.deleteLater()  # a fresh start of the program
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    set_hiding(False)
    second = MainWindow(psession, settings)
    qtbot.addWidget(second)
    assert second.actions_by_name["hide-titles"].isChecked()
    assert hiding()


def test_the_events_table_marks_confidential_rows_as_the_timeline_does(qtbot, window, prog):
    from PySide6.QtGui import QColor, QIcon

    from ui.programme.style import CONFIDENTIAL_COLOUR, RESTRICTED_COLOUR

    window.show_page("events")
    model = window.tables["events"].model
    rows = {model.record_at(r).title: r for r in range(model.rowCount())}
    title, classification = 1, 4
    Role = Qt.ItemDataRole

    def cell(name: str, column: int, role: Role):  # type: ignore[no-untyped-def]
        return model.index(rows[name], column).data(role)

    for name, colour, word in ((SECRET, CONFIDENTIAL_COLOUR, "CONFIDENTIAL"),
                               (RESTRICTED, RESTRICTED_COLOUR, "RESTRICTED")):  # fmt: skip
        icon = cell(name, title, Role.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
        image = icon.pixmap(16, 16).toImage()
        painted = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)
                   if image.pixelColor(x, y).alpha() > 200}  # fmt: skip
        assert QColor(colour).name() in painted  # the padlock in the marking's colour
        assert cell(name, classification, Role.ForegroundRole) == QColor(colour)
        assert cell(name, classification, Role.FontRole).bold()
        assert cell(name, title, Role.AccessibleTextRole) == f"{word}: {name}"
    assert cell(PUBLIC, title, Role.DecorationRole) is None
    assert cell(PUBLIC, title, Role.AccessibleTextRole) is None
    hide(window)
    rows = {model.record_at(r).title: r for r in range(model.rowCount())}
    assert cell(SECRET, title, Role.AccessibleTextRole) == "CONFIDENTIAL: Confidential meeting"


def test_a_title_shortened_in_an_undo_text_is_hidden_too(qtbot, window, prog):
    from ui.privacy import mask

    desk = window.session.desk
    closed = desk.event(prog.events["closed"])
    long_title = "Site visit: Lohum facility tour, safety briefing and the recycling line"
    closed = desk.save_event(replace(closed, title=long_title))
    window.session.push(f"Delete “{long_title[:47]}…” and its 2 attendees", lambda: None,
                        lambda: None, ("events",))  # fmt: skip
    public = "Embassy reception for the Japanese delegation and the Indian industry"
    window.show_page("events")  # every title seen, "Lohum facility tour" among them
    hide(window)
    undo = window.actions_by_name["undo"].text()
    assert "Lohum" not in undo
    assert "“Confidential meeting” and its 2 attendees" in undo
    assert mask(f"Edit “{public[:47]}…”") == f"Edit “{public[:47]}…”"  # public: as it is
    assert mask("“Site…”") == "“Site…”"  # too little left to tell
