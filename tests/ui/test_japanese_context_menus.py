"""Right-click menus, in Japanese: read, and every entry used.

The window is switched to Japanese in Preferences on the sample programme.
On each page (the timeline and its agenda list, each record table) and in the
clash panel and the meeting-requests panel, the walk right-clicks where a
person would (:func:`tests.ui.ja_context.places`): every event block, empty
time, the first row of each table and the space below it.  Each menu that
opens is read — its entries, the shortcuts they show, status tips, tooltips —
and each enabled entry is then chosen, the windows it opens read and closed
as the menu walk does (:mod:`tests.ui.ja_walk`); an edit it makes is undone.
The audit is the menu walk's (:func:`tests.ui.test_japanese_dialogs.audit`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.ui.drawn import wait_drawn
from tests.ui.ja_context import OFFSCREEN_POPUPS, places, right_click
from tests.ui.ja_walk import Seen, Walker, settle, widget_texts
from tests.ui.test_japanese import switch_in_preferences
from tests.ui.test_japanese_dialogs import (
    audit,
    english_again,
    english_order_names,
    files,
    keeper,
    the_data,
)

__all__ = ["english_again", "files", "keeper"]  # fixtures

ROOT = Path(__file__).resolve().parents[2]
#: Each file of ui/ that answers a right-click with a menu of its own, and the widget
#: class the walk must have right-clicked to open it.  A new one fails
#: :func:`test_every_context_menu_of_the_code_is_walked` until it is listed here (and
#: reached by the walk: a page, a dock, or a window of its own to open first).
HOOKS = {"ui/programme/canvas.py": "TimelineCanvas"}
HOOK = re.compile(
    r"def contextMenuEvent|customContextMenuRequested|ContextMenuPolicy\.(Custom|Actions)"
)


def _pages(window) -> list[tuple[str, object]]:
    """(page, set-up) pairs: the timeline, its agenda list, each table, the two panels."""
    acts = window.actions_by_name

    def switched(key: str, on: bool):  # a View entry (the agenda, a panel) on or off
        return lambda: acts[key].isChecked() != on and acts[key].trigger()

    steps: list[tuple[str, object]] = [("programme", switched("agenda", False)),
                                       ("programme", switched("agenda", True))]  # fmt: skip
    steps += [(p, switched("agenda", False)) for p in ("events", "people", "organisations",
                                                       "venues", "delegations")]  # fmt: skip
    steps += [("programme", switched("clashes", True)), ("programme", switched("requests", True))]
    return steps


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_every_right_click_menu_speaks_japanese(qtbot, keeper, sample_desk, files):
    from PySide6.QtCore import QCoreApplication, QEvent

    # one event cancelled: its block's menu greys Cancel out
    event = sorted(sample_desk.events(), key=lambda e: e.starts_at)[1]
    sample_desk.cancel(event.id or 0)
    switch_in_preferences(qtbot, keeper, "ja")
    window = keeper.window

    def use(place, path: str) -> list[Seen]:
        """Choose ``path`` in the menu at ``place``; what it showed; its edit undone."""
        before = stack.index()
        walker.key = path
        walker.start()
        chosen = [m for m in right_click(place, path) if m.chose]
        settle(wait, walker, window)
        walker.stop()
        seen = list(walker.seen)
        if not chosen:  # greyed out there
            return seen
        seen.append(Seen("MainWindow", "", [*widget_texts(window),
                                            window.statusBar().currentMessage()]))  # fmt: skip
        seen += [Seen("QFileDialog", title, [title, kinds]) for title, kinds in files.asked]
        files.asked.clear()
        while stack.index() > before:
            stack.undo()
        return seen

    window.show()
    wait_drawn(qtbot, window)
    qtbot.waitUntil(lambda: "…" not in window.clash_label.text())
    data = the_data(sample_desk)
    latin_first = english_order_names(sample_desk)
    walker = Walker()
    stack = window.session.undo_stack
    problems: list[str] = []
    menus_from: set[str] = set()
    used: dict[tuple[str, str], list[Seen]] = {}

    def wait(condition) -> None:
        qtbot.waitUntil(condition, timeout=60000)

    for page, set_up in _pages(window):
        window.show_page(page)
        set_up()  # type: ignore[operator]
        QCoreApplication.processEvents()
        for place in places(window):
            kind = type(place.widget).__name__
            where = f"{page}: right-click on {place.what}"
            for menu in right_click(place):
                if os.environ.get("JA_WALK_LIST"):
                    print(where, place.own, menu.texts)
                if "cancelled block" in place.what:  # nothing left to cancel there
                    assert "行事を中止" in menu.texts and "行事を中止" not in menu.paths
                problems += audit(where, menu.texts, data, latin_first)
                if not place.own:  # Qt's own menu (a dock's): read, not used
                    continue
                menus_from.add(kind)
                for path in menu.paths:
                    if (kind, path) in used:
                        continue
                    used[(kind, path)] = use(place, path)
                    for shown in used[(kind, path)]:
                        problems += audit(f"{where} ▸ {path} → {shown.name()}", shown.texts,
                                          data, latin_first)  # fmt: skip
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    missing = set(HOOKS.values()) - menus_from
    assert not missing, f"no menu opened on {missing}"
    assert len(used) >= 6, sorted(used)
    if os.environ.get("JA_WALK_LIST"):  # what each entry opened, to look at
        for (kind, path), seen in used.items():
            print(kind, path, [s.name() for s in seen])
    opened = {s.title for seen in used.values() for s in seen}
    # the pack was written (its file dialog, then its report), the editor opened
    pack = {"ブリーフィング資料を保存", "ブリーフィング資料を書き出しました"}
    assert pack <= opened, sorted(opened)
    assert any(t.endswith("を編集") for t in opened), sorted(opened)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_every_context_menu_of_the_code_is_walked() -> None:
    """A right-click menu added to ui/ must be reached by the walk above (see HOOKS)."""
    found = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if HOOK.search(path.read_text(encoding="utf-8"))
    }
    assert found == set(HOOKS), f"context menus not walked: {sorted(found - set(HOOKS))}"


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_qt_s_own_right_click_menus_speak_japanese(qtbot, sample_desk, japanese) -> None:
    """A text field's own menu (Undo, Cut, Copy, Paste…) comes from Qt's catalogue: in the
    Japanese event editor it is Japanese too, with its shortcuts."""
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.ja_context import Place
    from ui.event_editor import EventEditor
    from ui.session import Session

    event = next(e for e in sample_desk.events() if e.participations)
    editor = EventEditor(Session(sample_desk), event.id)
    qtbot.addWidget(editor)
    editor.show()
    field = next(f for f in editor.findChildren(QLineEdit) if f.isVisible() and f.text())
    (menu,) = right_click(Place("a text field", field, field.rect().center(), own=False))
    shown = " ".join(menu.texts)
    assert all(word in shown for word in ("元に戻す", "切り取り", "コピー", "貼り付け")), shown
    problems = audit("the text field's menu", menu.texts, the_data(sample_desk), set())
    assert not problems, problems
