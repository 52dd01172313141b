"""Starting the window: the application object, fonts, crash safety, the first database."""

from __future__ import annotations

import datetime as _dt
import gc
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Slot


def _spare_source_reads() -> None:
    """Tell PySide up front which modules use it, so it need not read their source.

    Once loaded, PySide asks of every module named by an import statement whether
    it uses PySide (to honour ``from __feature__ import …`` switches, which this
    app never uses): it reads the module's whole source file and searches it for
    the word.  The window's start names about a hundred modules — the window's
    own, the core's and the standard library's — and reading them cost about 4 ms
    of the start.  PySide keeps the answers in a published table: the window's
    modules use PySide (0, no feature switched); the core, the resources and the
    standard library do not (-1, left alone by switching), the answers the search
    gives for them.  Without the table (another PySide) the search happens as before.
    """
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in (*sys.modules, *sys.stdlib_module_names):
        table.setdefault(name, 0 if name == "ui" or name.startswith("ui.") else -1)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for package, answer in (("ui", 0), ("models", -1), ("resources", -1)):
        _answer_package(table, os.path.join(root, package), package, answer)


def _answer_package(table: dict[str, int], folder: str, name: str, answer: int) -> None:
    """Give the package ``name`` in ``folder``, its modules and its sub-packages ``answer``."""
    table.setdefault(name, answer)
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".py"):
                if entry.name != "__init__.py":
                    table.setdefault(f"{name}.{entry.name[:-3]}", answer)
            elif entry.name != "__pycache__" and "." not in entry.name and entry.is_dir():
                _answer_package(table, entry.path, f"{name}.{entry.name}", answer)


_spare_source_reads()

# ruff: noqa: E402 - imported once PySide knows which modules use it
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from models.paths import data_folder, default_database

if TYPE_CHECKING:
    from models.services import Desk
    from ui.main_window import MainWindow
    from ui.session import Session

APP_NAME = "Delegation Desk"
ORGANISATION = "DelegationDesk"
ORGANISATION_DOMAIN = "delegation-desk.example.org"
EXIT_CANNOT_OPEN = 2


def register_fonts(app: QApplication) -> str:
    """Register the shipped fonts and put them behind the default font.

    Names in kanji and kana, in Devanagari, Bengali, Tamil and the other Indian
    scripts, and symbols then display with the fonts the briefing packs print
    them in, even where the system has none of them; Latin text keeps the
    system's own font.  Returns the Japanese family ("" if it could not be loaded).

    Cheap enough for the start (about 1 ms for the fallbacks): Qt reads a
    font's tables only when it first draws a character from it.
    """
    from PySide6.QtGui import QFontDatabase, QFontInfo  # their types: built when needed

    from resources import FALLBACK_FONTS, JAPANESE_FONT

    font_id = QFontDatabase.addApplicationFont(os.fspath(JAPANESE_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return ""
    family = families[0]
    fallbacks = []
    for path in FALLBACK_FONTS:
        found = QFontDatabase.applicationFontFamilies(
            QFontDatabase.addApplicationFont(os.fspath(path))
        )
        fallbacks += [f for f in found[:1] if f not in fallbacks]
    font = QFont(app.font())
    # The real family behind a generic name such as "Sans Serif": Qt would
    # otherwise skip the unknown generic name and pick the first real family.
    resolved = QFontInfo(font).family()
    if resolved != family:
        font.setFamilies([resolved, family, *fallbacks])
        app.setFont(font)
    return family


def needs_shipped_fonts(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` has a character beyond what the system's font draws
    everywhere — Latin with its accents (up to U+024F) and the punctuation of the
    window's own strings (dashes, quotes, ellipsis, bullet: U+2000–U+206F) — such as
    kana, kanji, an Indian script or a symbol: then the shipped fonts must be
    registered before the window is first drawn."""
    return any(c > "\u024f" and not "\u2000" <= c <= "\u206f" for text in texts for c in text)


def register_fonts_when_needed(app: QApplication, window: MainWindow, language: str) -> None:
    """Register the shipped fonts now if the first picture needs them, else right after it.

    Registering them reads each font's tables (the Japanese font alone is 6 MB):
    about 2.5 ms of the start.  A Japanese window, or a first picture holding
    any text beyond Latin (a title in kanji, a venue in Devanagari), gets them
    before it is drawn; otherwise they are registered as soon as it has been,
    before anyone can type or open anything, and Latin text keeps the same
    system font throughout.
    """
    texts = window.first_picture_texts()
    if language == "ja" or texts is None or needs_shipped_fonts(texts):
        register_fonts(app)
    else:
        window.first_painted.connect(lambda: register_fonts(app))


def follow_color_scheme(app: QApplication) -> None:
    """Light or dark as the system says.

    Qt takes the palette from the platform; only the classic Windows style
    cannot draw dark, so in a dark session the application uses Fusion there.
    """

    def apply(scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and app.style().name().lower() == "windowsvista":
            app.setStyle("Fusion")

    hints = app.styleHints()
    apply(hints.colorScheme())
    hints.colorSchemeChanged.connect(apply)


def make_application(argv: list[str] | None = None, fonts: bool = True) -> QApplication:
    """The one QApplication, configured (names for QSettings, fonts, scheme).

    ``fonts=False`` leaves the shipped fonts to :func:`register_fonts_when_needed`.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        # Qt's raster engine hands every fill of 96 or more scanlines to a pool of
        # threads and waits for them: the timeline's full-height lines and columns are
        # such fills, each a few hundred pixels, and handing them over costs more than
        # drawing them (about 200 hand-overs for the first picture): they are drawn
        # on the window's own thread instead.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationVersion(_version())
    app.setDesktopFileName("delegation-desk")
    if fonts:
        register_fonts(app)
    follow_color_scheme(app)
    return app


def _version() -> str:
    # One source for the version (pyproject reads it too); importlib.metadata
    # would cost a fifth of the window's start.
    from models import __version__

    return __version__


# -- crashes -----------------------------------------------------------------------


def write_crash_log(details: str) -> Path | None:
    """Keep the details in the data folder (owner-only); None when that fails."""
    try:
        folder = data_folder()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%S")
        path = folder / f"crash-{stamp}.log"
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(details)
        return path
    except OSError:
        return None


def crash_dialog(details: str, parent: QWidget | None = None, log: Path | None = None) -> None:
    """Tell the person something went wrong, that their data is safe, and offer the details."""
    from PySide6.QtWidgets import QMessageBox, QPushButton  # not needed to start the window

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    from ui.i18n import tr

    box.setWindowTitle(tr("Crash", "Something went wrong"))
    box.setAccessibleName(tr("Crash", "Something went wrong"))
    box.setText(
        tr(
            "Crash",
            "Delegation Desk ran into a problem it did not expect.\n\n"
            "Your data is safe: every change was saved to the database the moment you "
            "made it. You can keep working, or restart the program.",
        )
    )
    where = "\n" + tr("Crash", "The details were also saved to {path}.").format(path=log)
    please = tr("Crash", "Please send the details below to whoever supports you.")
    box.setInformativeText(please + (where if log else ""))
    box.setDetailedText(details)
    copy = QPushButton(tr("Crash", "Copy details"), box)
    copy.setAccessibleName(tr("Crash", "Copy details"))
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()


_handling = False


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors (bugs): a crash dialog with details, never a silent failure."""
    global _handling
    import traceback

    details = "".join(traceback.format_exception(kind, error, tb))
    if sys.__stderr__ is not None:
        sys.__stderr__.write(details)
    if _handling or QApplication.instance() is None:
        return
    _handling = True
    try:
        crash_dialog(details, QApplication.activeWindow(), write_crash_log(details))
    finally:
        _handling = False


def install_excepthook() -> None:
    sys.excepthook = excepthook


# -- starting ----------------------------------------------------------------------


def choose_database(db_path: str | None, settings: QSettings) -> tuple[Path, bool]:
    """The database to open and whether the person named it explicitly."""
    if db_path:
        return Path(db_path).expanduser(), True
    last = str(settings.value("database/last", "", type=str) or "")
    if last and Path(last).is_file():
        return Path(last), False
    return default_database(), False


def open_first_desk(db_path: str | None, settings: QSettings) -> Desk | None:
    """Open the named, the last or the default database; a refused file is explained."""
    from ui.dialogs.opening import open_desk

    path, explicit = choose_database(db_path, settings)
    desk = open_desk(path)
    if desk is None and not explicit:
        fallback = default_database()
        if fallback != path:
            desk = open_desk(fallback)
    return desk


def collect_garbage_again() -> None:
    """Turn garbage collection back on once the window is drawn.

    The command line turns it off while the window starts (see ``main.py``).
    """
    gc.enable()


class WindowKeeper(QObject):
    """Holds the main window, and builds it again when the interface language changes
    (every label is written once, when a window is made)."""

    def __init__(self, session: Session, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.window = self._build()

    def _build(self) -> MainWindow:
        from ui.main_window import MainWindow

        window = MainWindow(self.session, self.settings)
        window.language_changed.connect(self.rebuild)
        return window

    @Slot()
    def rebuild(self) -> None:
        """A new window in the new language where the old one was (once no dialog is open)."""
        if not self.window.isVisible():  # closed (quitting): nothing to rebuild
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(100, self.rebuild)
            return
        old = self.window
        old.save_settings()
        self.window = self._build()
        self.window.show()
        old.close()
        old.deleteLater()


def stop_on_sigterm(app: QApplication) -> None:
    """SIGTERM quits the window's event loop, so :func:`run` closes the database
    (moving its ``-wal`` into the file) instead of dying with changes in ``-wal``.

    Python handles a signal only when it runs: a timer lets it run every 200 ms.
    """
    import signal

    try:
        signal.signal(signal.SIGTERM, lambda signum, frame: app.quit())
    except (ValueError, OSError):  # not the main thread
        return
    timer = QTimer(app)
    timer.setObjectName("sigterm-poll")
    timer.timeout.connect(_let_python_run)
    timer.start(200)


def _let_python_run() -> None:
    """Nothing: returning to Python is what lets a pending signal handler run."""


def run(db_path: str | None = None) -> int:
    """Open the main window; returns the process exit status."""
    app = make_application(fonts=False)
    install_excepthook()
    settings = QSettings()
    from ui.i18n import chosen_language, install_translators

    language = chosen_language(settings)
    install_translators(app, language)
    desk = open_first_desk(db_path, settings)
    if desk is None:
        return EXIT_CANNOT_OPEN

    from ui.session import Session

    session = Session(desk)
    keeper = WindowKeeper(session, settings)
    window = keeper.window
    stop_on_sigterm(app)
    register_fonts_when_needed(app, window, language)
    window.show()
    window.first_painted.connect(collect_garbage_again)
    QTimer.singleShot(5000, collect_garbage_again)  # a window started minimised is not drawn
    window.first_painted.connect(window.offer_sample_if_new)  # over a drawn window
    try:
        return int(app.exec())
    finally:
        session.desk.close()
