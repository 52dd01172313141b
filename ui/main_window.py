"""The main window: a shell of menus, actions, navigation, a clash dock and a status bar.

The pages themselves live elsewhere: the programme timeline, the clash panel
and the event editor in their own modules, the record tables in
:mod:`ui.tables`.  Everything the window remembers between runs goes through
the ``QSettings`` it is given.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from models.errors import AppError
from models.timezones import is_valid_zone
from ui.dialogs.errors import show_error
from ui.dialogs.opening import open_desk
from ui.file_dialogs import GeometryKeeper, keep_private, open_file, save_file
from ui.i18n import tr
from ui.icons import follow_palette, list_item
from ui.session import KINDS, Session
from ui.shell import (
    PAGES,
    ClashCounter,
    Exports,
    attach_clash_panel,
    build_menus,
    make_programme,
    placeholder,
)

if TYPE_CHECKING:
    from ui.tables import TablePage

#: The record pages (every page but the programme), built on first visit.
TABLE_KINDS = tuple(key for key, _label in PAGES if key != "programme")

DEFAULT_SECOND_ZONE = "Asia/Tokyo"

RECENT_LIMIT = 8
#: What the menus' builders give the window (see :class:`ui.shell.MenuActions`).
MADE_WITH_MENUS = frozenset({"team", "protocol", "planning", "mail_actions", "rebuild_recent_menu"})
DB_FILTER = "Delegation Desk databases (*.db *.sqlite);;All files (*)"


class MainWindow(QMainWindow):
    """The window coordinators spend their day in."""

    #: Once, after the window's first paint has been delivered.
    first_painted = Signal()
    #: The interface language changed (Preferences): the window is rebuilt in it.
    language_changed = Signal()

    _painted = True  # until the end of __init__: events during construction are ignored
    _language_pending = False
    geometry_keeper: GeometryKeeper | None = None  # until the end of __init__

    def __init__(
        self, session: Session, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings if settings is not None else QSettings()
        self.setObjectName("main-window")
        self.setAccessibleName("Delegation Desk")
        self.setMinimumSize(QSize(800, 520))
        self.runners: list[Any] = []

        self.programme = make_programme(session, self)
        self.stack = QStackedWidget(self)
        # Record pages are built the first time they are needed: the window
        # opens on the programme, and a table of 100,000 people is not cheap.
        self.tables = _LazyPages(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr("MainWindow", "Navigation"))
        self.nav.setMaximumWidth(260)
        self.pages: dict[str, QWidget] = {"programme": self.programme}
        for key, label in PAGES:
            item = list_item(key, tr("Pages", label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            if key not in self.pages:  # a stand-in until the page is first needed
                self.pages[key] = QWidget(self.stack)
            self.stack.addWidget(self.pages[key])
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([170, 1100])
        self.setCentralWidget(splitter)

        # The clash panel checks the whole programme when it is made: it is made
        # once the window is on screen, so a big programme does not delay it.
        self.clash_panel: QWidget = placeholder(tr("MainWindow", "Checking for clashes…"), self)
        self.clash_dock = QDockWidget(tr("MainWindow", "Clashes"), self)
        self.clash_dock.setObjectName("clash-dock")
        self.clash_dock.setAccessibleName(tr("MainWindow", "Clashes"))
        self.clash_dock.setWidget(self.clash_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.clash_dock)

        self.clash_label = QLabel(self)
        self.clash_label.setObjectName("clash-count")
        self.clash_label.setAccessibleName(tr("MainWindow", "Clash count"))
        self.statusBar().addPermanentWidget(self.clash_label)
        self.clash_label.setText(tr("MainWindow", "Checking for clashes…"))
        self.counter = ClashCounter(session, self)
        self.counter.count_changed.connect(self._show_clash_count)

        self.exports = Exports(self)
        self.actions_by_name = build_menus(self)
        follow_palette(self)  # the light or the dark icons, and again on a palette change
        self.nav.currentRowChanged.connect(self._page_chosen)
        for signal_name, slot in (
            ("event_activated", self.open_event),
            ("event_selected", self._update_actions),
            ("second_zone_changed", self._second_zone_changed),
            ("export_invites_requested", self.export_invites),
            ("export_invites_per_attendee_requested", self.export_invites_per_attendee),
            ("print_pack_requested", self.print_pack),
        ):
            signal = getattr(self.programme, signal_name, None)
            if signal is not None:
                signal.connect(slot)
        week_button = getattr(self.programme, "week_button", None)
        if week_button is not None:
            week_button.toggled.connect(self._sync_week_action)
        session.database_replaced.connect(self._update_title)
        session.undo_stack.indexChanged.connect(self._edit_saved)

        self._restore_settings()
        self.geometry_keeper = GeometryKeeper(self, self.settings)
        self.clash_dock.dockLocationChanged.connect(self.geometry_keeper.changed)
        self.clash_dock.topLevelChanged.connect(self.geometry_keeper.changed)
        self._update_actions()
        self._update_title()
        self._painted = False  # the clash panel is made after the first paint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.geometry_keeper is not None:  # saved a moment later: a crash does not lose it
            self.geometry_keeper.changed()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self.geometry_keeper is not None:
            self.geometry_keeper.changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._language_pending:
            # one signal for the several translators installed at once
            self._language_pending = True
            QTimer.singleShot(0, self, self._announce_language)
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self, "actions_by_name"):
            follow_palette(self)
        super().changeEvent(event)

    @Slot()
    def _announce_language(self) -> None:
        self._language_pending = False
        self.language_changed.emit()

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().event(event)

    @Slot()
    def _after_first_paint(self) -> None:
        self.actions_by_name.fill()
        if isinstance(self.clash_panel, QLabel):
            attach_clash_panel(self)
        self._remember_opened()
        self.first_painted.emit()

    # -- settings ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        else:
            self.resizeDocks([self.clash_dock], [120], Qt.Orientation.Vertical)
        zone = str(s.value("programme/secondZone", DEFAULT_SECOND_ZONE, type=str))
        self._show_second_zone(zone if is_valid_zone(zone) else DEFAULT_SECOND_ZONE)
        page = str(s.value("window/page", "programme", type=str))
        self.show_page(page if page in self.pages else "programme")
        # Remembered once drawn (or on closing, whichever comes first): a write of the
        # settings now would be made durable before the first picture, a wait on the
        # disk of a millisecond on a quiet SSD and tens of them on a busy laptop.
        self._opened_remembered = False

    def _remember_opened(self) -> None:
        if not self._opened_remembered:
            self._opened_remembered = True
            self.remember_database(self.session.desk.store.path)

    def save_settings(self) -> None:
        self._remember_opened()
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/page", self.current_page_key())
        s.sync()
        keep_private(s.fileName())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def recent_files(self) -> list[str]:
        value = self.settings.value("database/recent", [])
        if isinstance(value, str):  # one entry comes back as a plain string
            value = [value]
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def remember_database(self, path: str) -> None:
        if path == ":memory:":
            return
        resolved = str(Path(path).resolve())
        recent = [resolved, *(p for p in self.recent_files() if p != resolved)][:RECENT_LIMIT]
        self.settings.setValue("database/recent", recent)
        self.settings.setValue("database/last", resolved)
        rebuild = getattr(self, "rebuild_recent_menu", None)
        if rebuild is not None:
            rebuild()

    # -- pages ---------------------------------------------------------------------

    def first_picture_texts(self) -> list[str] | None:
        """The records' text the window's first picture shows: its title, and the
        programme's events with their venues and rooms; ``None`` when another page
        is shown first (its text is not known before it is drawn)."""
        if self.current_page_key() != "programme":
            return None
        view = self.programme
        texts = [self.windowTitle(), *(e.title for e in view.events)]
        for venue in view.canvas.venues.values():
            texts.append(venue.name)
            texts.extend(room.name for room in venue.rooms)
        return texts

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "programme"

    def current_table(self) -> TablePage | None:
        key = self.current_page_key()
        return self.tables[key] if key in TABLE_KINDS else None

    def _build_table(self, kind: str) -> TablePage:
        """Make a record page, put it in its place in the stack and wire it up."""
        from ui.tables import make_page

        page = make_page(self.session, kind, self)
        stand_in = self.pages[kind]
        index = self.stack.indexOf(stand_in)
        current = self.stack.currentWidget() is stand_in
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.pages[kind] = page
        if current:
            self.stack.setCurrentWidget(page)
        page.selection_changed.connect(self._update_actions)
        if kind == "people":
            page.file_dropped.connect(self.import_people_from)
        return page

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    @Slot(int)
    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        if key in TABLE_KINDS:
            self.tables[key]  # builds the page on its first visit
        self.stack.setCurrentWidget(self.pages[key])
        self._update_actions()
        action = self._made(f"view-{key}")
        if action is not None:
            action.setChecked(True)

    # -- status --------------------------------------------------------------------

    @Slot(int)
    def _show_clash_count(self, count: int) -> None:
        if count == 0:
            self.clash_label.setText(tr("MainWindow", "No clashes"))
        else:
            self.clash_label.setText("⚠ " + tr("MainWindow", "%n clash(es)", None, count))
        self.clash_label.setToolTip(
            tr("MainWindow", "Open View ▸ Clash panel to see them") if count else ""
        )

    @Slot(int)
    def _edit_saved(self, _index: int) -> None:
        """Every edit is saved at once; say so, and how to take it back."""
        stack = self.session.undo_stack
        try:
            text = stack.undoText() if stack.canUndo() else ""
        except RuntimeError:  # the stack is being torn down with the window
            return
        if text:
            message = tr("MainWindow", "Saved: {edit} (Ctrl+Z undoes it)").format(edit=text)
            self.statusBar().showMessage(message, 6000)
        else:
            self.statusBar().showMessage(tr("MainWindow", "Saved."), 3000)

    def _made(self, name: str) -> QAction | None:
        """The action ``name`` if made already (see :class:`ui.shell.MenuActions`)."""
        actions = getattr(self, "actions_by_name", None)  # None while the window is built
        return actions.made(name) if actions is not None else None

    def __getattr__(self, name: str) -> Any:
        # Found by Python's lookup only when missing: what the menus' builders give
        # the window (its team, protocol and planning helpers) exists once they are filled.
        actions = self.__dict__.get("actions_by_name")
        if name in MADE_WITH_MENUS and actions is not None and not actions.filled:
            actions.fill()
            return getattr(self, name)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def menuBar(self) -> QMenuBar:
        """The menu bar, its menus filled (they are filled once the window is drawn)."""
        actions = getattr(self, "actions_by_name", None)
        if actions is not None:
            actions.fill()
        return super().menuBar()

    def menus_filled(self) -> None:
        """The menus' entries were made: give them the window's state."""
        self._update_actions()
        self._sync_week_action()
        action = self._made(f"view-{self.current_page_key()}")
        if action is not None:
            action.setChecked(True)

    @Slot()
    def _update_actions(self) -> None:
        """Edit and Delete need something chosen on table pages."""
        edit, delete = self._made("edit"), self._made("delete")
        if edit is None and delete is None:
            return
        table = self.current_table()
        if table is not None:
            chosen = table.current_record() is not None
        else:  # the programme: a block must be selected
            selected = getattr(self.programme, "selected_event_id", None)
            chosen = bool(selected()) if callable(selected) else False
        for action in (edit, delete):
            if action is not None:  # Edit… is made with the menus
                action.setEnabled(chosen)

    @Slot()
    def _update_title(self) -> None:
        path = self.session.desk.store.path
        name = Path(path).name if path != ":memory:" else tr("MainWindow", "unsaved")
        self.setWindowTitle(f"{name} — Delegation Desk")
        self.setWindowFilePath(path if path != ":memory:" else "")

    # -- events --------------------------------------------------------------------

    @Slot(int)
    def open_event(self, event_id: int) -> None:
        try:
            from ui.event_editor import edit_event
        except ImportError:
            return
        edit_event(self.session, event_id, self)

    def add_event(self) -> None:
        try:
            from ui.event_editor import edit_event
        except ImportError:
            return
        shown = getattr(self.programme, "new_event_start", None)
        edit_event(self.session, None, self, starts_at=shown() if callable(shown) else None)

    @Slot(int)
    def jump_to_event(self, event_id: int) -> None:
        self.show_page("programme")
        show = getattr(self.programme, "show_event", None)
        if show is not None:
            show(event_id)

    @Slot()
    def toggle_week(self) -> None:
        """View ▸ Week: the programme shows the whole week, or one day again."""
        self.show_page("programme")
        set_week = getattr(self.programme, "set_week_mode", None)
        if set_week is not None:
            set_week(not getattr(self.programme, "_week", False))
        self._sync_week_action()

    @Slot()
    def show_programme_range(self) -> None:
        """View ▸ Whole programme: the days that have events, side by side."""
        self.show_page("programme")
        whole = getattr(self.programme, "set_programme_range", None)
        if whole is not None:
            whole(True)

    @Slot()
    def _sync_week_action(self) -> None:
        action = self._made("week")
        if action is not None:
            action.setChecked(bool(getattr(self.programme, "_week", False)))

    # -- second time zone --------------------------------------------------------------

    def set_second_zone(self, zone: str) -> None:
        """Show ``zone`` on the second ruler and remember it."""
        self._show_second_zone(zone)
        self.settings.setValue("programme/secondZone", zone)

    def _show_second_zone(self, zone: str) -> None:
        """Show ``zone`` on the second ruler without writing the settings: what they hold
        already (a write now would wait on the disk before the window is first drawn)."""
        setter = getattr(self.programme, "set_second_zone", None)
        if setter is not None:
            blocked = self.programme.blockSignals(True)
            setter(zone)
            self.programme.blockSignals(blocked)

    @Slot(str)
    def _second_zone_changed(self, zone: str) -> None:
        self.settings.setValue("programme/secondZone", zone)

    @Slot()
    def choose_second_zone(self) -> None:
        from ui.dialogs.places import ask_zone

        current = str(self.settings.value("programme/secondZone", DEFAULT_SECOND_ZONE, type=str))
        zone = ask_zone(self, tr("MainWindow", "Second time zone"),
                        tr("MainWindow", "Show times also in:"), current)  # fmt: skip
        if zone:
            self.set_second_zone(zone)

    # -- databases -------------------------------------------------------------------

    def switch_to(self, path: str, *, create: bool) -> bool:
        desk = open_desk(path, self, create=create, clock=self.session.desk.clock)
        if desk is None:
            return False
        self._remember_opened()  # the file left, if not remembered yet
        self.session.replace_desk(desk)
        self.session.changed.emit(KINDS)
        self.remember_database(desk.store.path)
        self._update_title()
        self.counter.refresh_soon()
        return True

    @Slot()
    def new_database(self) -> None:
        path = save_file(self, tr("MainWindow", "New database"), "", self._db_filter())
        if not path:
            return
        if Path(path).exists():
            message = tr("MainWindow", "{path} already exists. Use File ▸ Open to open it.")
            show_error(self, AppError(message.format(path=path)))
            return
        self.switch_to(path, create=True)

    @Slot()
    def open_database(self) -> None:
        path = open_file(self, tr("MainWindow", "Open database"), self._db_filter())
        if path:
            self.switch_to(path, create=False)

    def _db_filter(self) -> str:
        return tr("MainWindow", "Delegation Desk databases (*.db *.sqlite);;All files (*)")

    # -- sample programme ----------------------------------------------------------------

    @Slot()
    def offer_sample_if_new(self) -> None:
        """On first run with an empty database, offer the sample programme."""
        from ui.dialogs.opening import offer_sample

        offer_sample(self.session, self.settings, self)

    # -- import and export (the dialogs and background jobs live in ui.dialogs) ---------

    @Slot()
    def import_people(self) -> None:
        path = open_file(
            self, tr("MainWindow", "Import people from CSV"),
            tr("MainWindow", "CSV files (*.csv);;All files (*)"),
        )  # fmt: skip
        if path:
            self.import_people_from(path)

    @Slot(str)
    def import_people_from(self, path: str) -> None:
        from ui.dialogs.import_people import preview_and_import

        self.keep(preview_and_import(self.session, path, self))

    @Slot(int)
    def export_invites(self, event_id: int = 0) -> None:
        from ui.dialogs.exporting import export_invites

        self.keep(export_invites(self, self.session, event_id or self.chosen_event_id()))

    @Slot(int)
    def export_invites_per_attendee(self, event_id: int) -> None:
        from ui.dialogs.exporting import export_invites

        self.keep(export_invites(self, self.session, event_id, per_attendee=True))

    @Slot(int)
    def print_pack(self, event_id: int = 0) -> None:
        """The chosen event's pack, or the chosen delegation's on the Delegations page."""
        self.exports.pack(event_id)

    def keep(self, runner: Any) -> None:
        """Hold background jobs until they report (then they delete themselves)."""
        self.runners = [r for r in self.runners if getattr(r, "running", False)]
        if runner is not None:
            self.runners.append(runner)

    def chosen_event_id(self) -> int | None:
        if self.current_page_key() == "events":
            record = self.tables["events"].current_record()
            return record.id if record is not None else None
        chosen = getattr(self.programme, "selected_event_id", None)
        value = chosen() if callable(chosen) else 0
        return int(value) or None

    # -- edit actions, applied to the current page ------------------------------------

    @Slot()
    def add_record(self) -> None:
        table = self.current_table()
        if table is not None and self.current_page_key() != "events":
            table.add()
        else:
            self.add_event()

    @Slot()
    def edit_record(self) -> None:
        table = self.current_table()
        if table is not None:
            table.edit()
        else:
            event_id = self.chosen_event_id()
            if event_id:
                self.open_event(event_id)

    @Slot()
    def delete_record(self) -> None:
        """Delete the chosen item; an event whose invites went out may be cancelled instead."""
        table = self.current_table()
        if table is not None and self.current_page_key() != "events":
            table.delete()
            return
        event_id = self.chosen_event_id()
        if event_id:
            from ui.dialogs.event_delete import delete_event_asking

            delete_event_asking(self, self.session, event_id)

    @Slot()
    def find_in_page(self) -> None:
        table = self.current_table()
        if table is None:
            self.show_page("events")
            table = self.tables["events"]
        table.focus_filter()

    @Slot()
    def about(self) -> None:
        from ui.shell import show_about

        show_about(self)


class _LazyPages(Mapping[str, "TablePage"]):
    """The record pages by kind, each built on first access."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._built: dict[str, TablePage] = {}

    def __getitem__(self, kind: str) -> TablePage:
        if kind not in TABLE_KINDS:
            raise KeyError(kind)
        page = self._built.get(kind)
        if page is None:
            page = self._built[kind] = self._window._build_table(kind)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(TABLE_KINDS)

    def __len__(self) -> int:
        return len(TABLE_KINDS)
