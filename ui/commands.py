"""Command-line sub-commands that need the window's code (Qt imported lazily).

``screenshots`` renders each main view of a database offscreen to PNG files:
the programme, the event editor with its attendees, the people table and the
clash panel.  Nothing is imported from Qt until the command runs, so the rest
of the command line works without a display.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from exports.files import make_folder
from models.cliutil import add_db_argument, open_desk
from models.errors import ExportError

#: The system libraries Qt's widgets need on Debian or Ubuntu (as the README lists them).
QT_SYSTEM_LIBRARIES = (
    "libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 "
    "libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
    "libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
)

#: The files written, in order: (file name, what it shows).
SCREENS = (
    ("programme.png", "the programme timeline"),
    ("programme-range.png", "the whole programme: the days with events side by side"),
    ("event-editor.png", "the event editor with its attendees"),
    ("people.png", "the people table"),
    ("clashes.png", "the clash panel"),
)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this module's sub-commands."""
    parser = subparsers.add_parser(
        "screenshots",
        help="render the main views of a database to PNG files (no display needed)",
        description="Render the programme, the event editor with attendees, the people "
        "table and the clash panel of a database offscreen to PNG files.",
    )
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="DIR", required=True,
                        help="folder for the PNG files (created if missing)")  # fmt: skip
    parser.add_argument("--width", type=int, default=1400, help="window width in pixels")
    parser.add_argument("--height", type=int, default=900, help="window height in pixels")
    parser.add_argument("--language", choices=("en", "ja"), default="en",
                        help="interface language (ja: files named *-ja.png)")  # fmt: skip
    parser.set_defaults(func=screenshots)


def screenshots(args: argparse.Namespace) -> int:
    try:  # Qt's widgets need the system's OpenGL, X and D-Bus libraries
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        raise ExportError(
            f"The screenshots need Qt, which cannot start here: {exc}. On Debian or Ubuntu "
            f"install {QT_SYSTEM_LIBRARIES} (see the README)."
        ) from None
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _quiet_offscreen_notes()
    output = Path(args.output).expanduser()
    make_folder(output)  # owner-only when created
    desk = open_desk(args, read_only=True)
    try:
        written = render(desk, output, args.width, args.height, args.language)
    finally:
        desk.close()
    for path in written:
        print(path)
    return 0


def render(
    desk: Any, output: Path, width: int = 1400, height: int = 900, language: str = "en"
) -> list[Path]:
    """Render every screen of :data:`SCREENS` into ``output``; returns the files written."""
    import tempfile

    from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from exports.files import write_file
    from ui.app import make_application
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.session import Session

    app = make_application()
    install_translators(app, language)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        if language != "en":
            name = name.replace(".png", f"-{language}.png")
        target = output / name
        png = QByteArray()
        buffer = QBuffer(png)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not widget.grab().save(buffer, "PNG"):
            raise ExportError(f"{target} cannot be written: the picture could not be encoded.")
        written.append(write_file(target, bytes(png.data())))

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        session = Session(desk)
        window = MainWindow(session, settings)
        window.resize(width, height)
        window.show()
        busiest = max(desk.events(), key=lambda e: len(e.participations), default=None)
        if busiest is not None and busiest.id is not None:
            show = getattr(window.programme, "show_event", None)
            if show is not None:
                show(busiest.id)
        window.show_page("programme")
        _wait_for(lambda: window.counter.count >= 0)  # the clash check runs in the background
        save(window, SCREENS[0][0])
        whole = getattr(window.programme, "set_programme_range", None)
        if whole is not None:
            whole(True)
            save(window, SCREENS[1][0])
            whole(False)
            if busiest is not None and busiest.id is not None:
                window.programme.show_event(busiest.id)

        editor = _event_editor(session, busiest.id if busiest else None, window)
        if editor is not None:
            editor.resize(min(width, 1100), min(height, 760))
            editor.show()
            save(editor, SCREENS[2][0])
            editor.close()
            editor.deleteLater()

        window.show_page("people")
        save(window, SCREENS[3][0])

        window.clash_dock.show()
        window.clash_dock.resize(width, 320)
        save(window.clash_dock, SCREENS[4][0])
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    install_translators(app, "en")
    del app
    return written


def _wait_for(done: Any, seconds: float = 120.0) -> None:
    """Run the event loop until ``done()`` (or the time is up)."""
    import time

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _quiet_offscreen_notes() -> None:
    """Drop the offscreen platform's note about window size hints (not a problem here)."""
    import sys

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _event_editor(session: Any, event_id: int | None, parent: Any) -> Any:
    """The event editor on its attendees tab, or None when there is no editor or event."""
    if event_id is None:
        return None
    try:
        from ui.event_editor import EventEditor
    except ImportError:
        return None
    editor = EventEditor(session, event_id, parent)
    tabs = getattr(editor, "tabs", None)
    attendees = getattr(editor, "attendees", None)
    if tabs is not None and attendees is not None:  # in any interface language
        tabs.setCurrentWidget(attendees)
    return editor
