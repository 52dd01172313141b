"""Every window of the menus, in Japanese, on a real X server (for ``test_xcb_japanese.py``).

Usage: ``python -m tests.ui.xcb_walk FOLDER PICTURES``.  Opens the sample
programme in Japanese on the ``xcb`` platform, uses every menu entry as
:func:`tests.ui.ja_walk.walk_menus` does, and for each window shown reports
(one JSON object per line) its place on the screen, whether it fits the
screen, which of its texts are cut off, and the picture of it saved in
PICTURES.  Then it quits.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def say(kind: str, **details: Any) -> None:
    print(json.dumps({"kind": kind, **details}, ensure_ascii=False), flush=True)


def cut_texts(window: Any) -> list[str]:
    """The texts of ``window`` that do not fit the widget showing them."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QCheckBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPushButton,
        QRadioButton,
        QWidget,
    )

    found = []
    inside = QRect(0, 0, window.width(), window.height())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        name = ""
        if isinstance(widget, QLabel) and widget.text():
            text = widget.text()
            if widget.buddy() is not None:  # the mnemonic's & is drawn as an underline
                text = re.sub(r"&(?!&)", "", text)
            if not widget.wordWrap() and not re.search(r"<[^>]+>", text):
                needed = max(widget.fontMetrics().horizontalAdvance(line)
                             for line in text.split("\n"))  # fmt: skip
                if needed > widget.contentsRect().width() + 2:
                    name = f"label “{text}” needs {needed} px, has {widget.width()}"
            elif widget.wordWrap() and widget.heightForWidth(widget.width()) > widget.height() + 2:
                name = f"label “{text[:60]}” needs more height"
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 2:
                name = f"button “{widget.text()}” needs {widget.sizeHint().width()} px, " \
                       f"has {widget.width()}"  # fmt: skip
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 12
            if needed > widget.width():
                name = f"hint “{widget.placeholderText()}” needs {needed} px, has {widget.width()}"
        elif isinstance(widget, QLineEdit) and widget.text() and widget.maximumWidth() < 5000:
            # a field made narrow on purpose (a time, a code) shows all it holds
            needed = widget.fontMetrics().horizontalAdvance(widget.text()) + 8
            if needed > widget.contentsRect().width():
                name = f"field “{widget.text()}” needs {needed} px, has {widget.width()}"
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 20
            if needed > widget.width():
                name = f"group “{widget.title()}” needs {needed} px, has {widget.width()}"
        if not name and isinstance(widget, QAbstractButton | QLabel) and widget.text():
            visible = widget.visibleRegion().boundingRect()
            if not inside.contains(place) or (visible.isValid() and visible.width() <
                                              widget.width() - 2):  # fmt: skip
                parent = widget.parentWidget()
                scrolled = False
                while parent is not None and parent is not window:
                    if type(parent).__name__ in ("QScrollArea", "QAbstractScrollArea"):
                        scrolled = True
                    parent = parent.parentWidget()
                if not scrolled and not inside.contains(place):
                    name = f"“{widget.text()}” lies outside the window"
        if name:
            found.append(name)
    return found


def walk_further(window: Any, desk: Any, folder: Path, answers: Any, wait: Any,
                 on_window: Any) -> None:  # fmt: skip
    """The windows the menus alone do not reach: each entry of an event block's right-click
    menu, an import's report after its preview is accepted, the scheduler's result."""
    from tests.ui.ja_accept import use_accepting
    from tests.ui.ja_context import places, right_click
    from tests.ui.ja_walk import Walker, people_csv, settle

    window.show_page("programme")
    stack = window.session.undo_stack
    block = next(p for p in places(window) if type(p.widget).__name__ == "TimelineCanvas"
                 and " block " in f" {p.what} ")  # fmt: skip
    for path in right_click(block)[0].paths:
        before = stack.index()
        walker = Walker()
        walker.on_window = on_window
        walker.key = f"right-click {path}"
        walker.start()
        right_click(block, path)
        settle(wait, walker, window)
        walker.stop()
        while stack.index() > before:
            stack.undo()
    answers.open_answer = people_csv(folder)
    use_accepting(window, "import", wait, on_window=on_window,
                  until=lambda seen: [s.kind for s in seen][-1:] == ["QMessageBox"])  # fmt: skip
    answers.open_answer = ""
    window.actions_by_name["schedule"].trigger()
    dialog = window.planning.dialog
    dialog.start_button.click()
    wait(lambda: dialog.accept_all_button.isEnabled())
    on_window(dialog, "schedule-result")
    dialog.discard_button.click()


def main(argv: list[str]) -> int:
    from PySide6.QtCore import (
        QCoreApplication,
        QEventLoop,
        QSettings,
        QTimer,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

    from models.clock import SystemClock
    from models.sample import load_sample
    from models.services import Desk
    from models.store import Store
    from models.store.backups import snapshot_file
    from tests.ui.ja_walk import FileAnswers, Seen, walk_menus

    folder, pictures = Path(argv[1]), Path(argv[2])
    pictures.mkdir(parents=True, exist_ok=True)

    def on_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            say("qt-message", level=kind.name, text=message)

    qInstallMessageHandler(on_message)
    from ui.app import make_application
    from ui.i18n import install_translators

    app = make_application([sys.argv[0]])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/language", "ja")
    install_translators(app, "ja")
    desk = Desk(Store.open(folder / "programme.db"), SystemClock())
    load_sample(desk)
    snapshot_file(desk.store.path, "import of people")

    from ui.main_window import MainWindow
    from ui.session import Session

    window = MainWindow(Session(desk), settings)
    answers = FileAnswers(folder / "chosen")
    for name, stand_in in (("getOpenFileName", answers._open),
                           ("getOpenFileNames", answers._open_many),
                           ("getSaveFileName", answers._save),
                           ("getExistingDirectory", answers._folder)):  # fmt: skip
        setattr(QFileDialog, name, stand_in)

    def wait(condition: Any, seconds: float = 120.0) -> None:
        """Run an event loop (as the window's own would) until ``condition()`` holds."""
        deadline = time.monotonic() + seconds
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(20)

        def check() -> None:
            if condition() or time.monotonic() > deadline:
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        if not condition():
            loop.exec()
        timer.stop()
        if not condition():
            raise TimeoutError("the window did not settle")

    def pause(seconds: float) -> None:
        end = time.monotonic() + seconds
        wait(lambda: time.monotonic() >= end, seconds + 5)

    shots = iter(range(1, 10_000))

    def look(widget: QWidget, key: str) -> dict[str, Any]:
        handle = widget.windowHandle()
        wait(lambda: handle is not None and handle.isExposed(), 20.0)
        pause(0.3)  # the window manager places it; the layout settles
        frame = widget.frameGeometry()
        screen = widget.screen().availableGeometry()
        name = re.sub(r"[^\w-]+", "-", f"{next(shots):03d}-{key}-{type(widget).__name__}")
        picture = pictures / f"{name}.png"
        widget.grab().save(str(picture))
        return {"key": key, "class": type(widget).__name__, "title": widget.windowTitle(),
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                "fits": screen.contains(frame), "cut": cut_texts(widget),
                "minimum": [widget.minimumSizeHint().width(), widget.minimumSizeHint().height()],
                "picture": str(picture)}  # fmt: skip

    def on_window(widget: QWidget, key: str) -> None:
        say("window", **look(widget, key))

    def report(path: str, key: str, page: str, _seen: list[Seen]) -> None:
        say("used", path=path, key=key, page=page)

    def walk() -> None:
        wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
        wait(lambda: "…" not in window.clash_label.text())
        say("window", **look(window, "main"))
        try:
            walk_menus(window, desk, folder / "given", answers, wait, report, on_window)
            walk_further(window, desk, folder, answers, wait, on_window)
        finally:
            say("done")
            window.close()
            QApplication.quit()

    window.show()
    window.setWindowState(window.windowState() | window.windowState().WindowMaximized)
    QTimer.singleShot(0, walk)
    app.exec()
    QCoreApplication.processEvents()
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
