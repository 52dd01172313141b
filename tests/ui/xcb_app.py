"""The real window under a real X server, for ``test_xcb.py`` (run as a program).

Usage: ``python -m tests.ui.xcb_app FOLDER [--language ja]``.  Opens the
sample programme from a database in FOLDER and reports, one JSON object per
line on standard output, what a person would see happen: the window being
drawn and made active, where the keyboard focus is, undo and redo, the
day/week mode, menus opening and closing, dialogs and their geometry, and
every Qt warning (an ambiguous shortcut is one).  The test
drives it with real key events (xdotool) and reads the report.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def say(kind: str, **details: Any) -> None:
    print(json.dumps({"kind": kind, **details}, ensure_ascii=False), flush=True)


def rect(widget: Any) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings, QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu

    from models.clock import SystemClock
    from models.sample import load_sample
    from models.services import Desk
    from models.store import Store

    folder = Path(argv[1])
    language = argv[argv.index("--language") + 1] if "--language" in argv else "en"

    def on_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            say("qt-message", level=kind.name, text=message)

    qInstallMessageHandler(on_message)
    from ui.app import make_application

    app = make_application([sys.argv[0]])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/language", language)
    try:
        from ui.i18n import install_translators

        install_translators(app, language)
    except ImportError:
        pass
    desk = Desk(Store.open(folder / "programme.db"), SystemClock())
    load_sample(desk)

    from ui.main_window import MainWindow
    from ui.session import Session

    session = Session(desk)
    window = MainWindow(session, settings)
    stack = session.undo_stack

    # Something to redo: an edit made and taken back before the keys arrive.
    person = desk.people()[0]
    session.delete_record("people", person.id or 0, force=True)
    stack.undo()

    stack.indexChanged.connect(
        lambda index: say("undo-index", index=index, can_redo=stack.canRedo())
    )
    window.programme.week_button.toggled.connect(
        lambda on: say("week", on=on, days=len(window.programme.days()))
    )
    for menu in window.menuBar().findChildren(QMenu):
        # Said once the menu is up (popup() has returned): keys then go to it.
        menu.aboutToShow.connect(lambda m=menu: QTimer.singleShot(0, lambda: say(
            "menu", title=m.title().replace("&", ""), shown=m.isVisible())))  # fmt: skip
        menu.aboutToHide.connect(
            lambda m=menu: say("menu-closed", title=m.title().replace("&", ""))
        )
    window.nav.currentRowChanged.connect(lambda _row: say("page", key=window.current_page_key()))
    for name, action in window.actions_by_name.items():  # which action a key triggered
        action.triggered.connect(lambda _checked=False, n=name: say("action", name=n))

    def window_changed(_old: Any, new: Any) -> None:
        if new is not None:  # where the keys go now
            say("focus", widget=type(new).__name__, name=new.objectName(),
                window=new.window().windowTitle())  # fmt: skip
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(active, QDialog):
            buttons = [
                {"text": b.text(), "rect": rect(b)}
                for b in active.findChildren(QAbstractButton)
                if b.isVisible() and b.window() is active
            ]
            screen = active.screen().availableGeometry()
            frame = active.frameGeometry()
            say("dialog", title=active.windowTitle(), buttons=buttons,
                frame=[frame.x(), frame.y(), frame.width(), frame.height()],
                screen=[screen.x(), screen.y(), screen.width(), screen.height()])  # fmt: skip

    app.focusChanged.connect(window_changed)
    app.focusWindowChanged.connect(
        lambda focused: say("active", title=focused.title() if focused is not None else None)
    )
    window.first_painted.connect(
        lambda: say("ready", title=window.windowTitle(), can_redo=stack.canRedo())
    )
    window.show()
    status = app.exec()
    say("quit", status=int(status))
    desk.close()
    return int(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
