"""What the main window is built from: menus, toolbar, shortcuts, panels, clash count."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from ui.i18n import tr
from ui.icons import set_icon
from ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

    from ui.main_window import MainWindow

#: Navigation: (key, label); each page's icon has the key's name (see ui.icons).
#: Labels are English; shown through ``tr("Pages", label)``.
PAGES = (
    ("programme", QT_TRANSLATE_NOOP("Pages", "Programme")),
    ("events", QT_TRANSLATE_NOOP("Pages", "Events")),
    ("people", QT_TRANSLATE_NOOP("Pages", "People")),
    ("organisations", QT_TRANSLATE_NOOP("Pages", "Organisations")),
    ("venues", QT_TRANSLATE_NOOP("Pages", "Venues")),
    ("delegations", QT_TRANSLATE_NOOP("Pages", "Delegations")),
)

#: View menu entries, with letters that do not clash (People's P is Programme's).
VIEW_TEXTS = {
    "programme": QT_TRANSLATE_NOOP("Shell", "&Programme"),
    "events": QT_TRANSLATE_NOOP("Shell", "&Events"),
    "people": QT_TRANSLATE_NOOP("Shell", "Peop&le"),
    "organisations": QT_TRANSLATE_NOOP("Shell", "&Organisations"),
    "venues": QT_TRANSLATE_NOOP("Shell", "&Venues"),
    "delegations": QT_TRANSLATE_NOOP("Shell", "&Delegations"),
}


def page_label(key: str) -> str:
    """The page's name in the interface language."""
    return tr("Pages", dict(PAGES)[key])


def placeholder(text: str, parent: QWidget | None = None) -> QWidget:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def make_programme(session: Session, parent: QWidget | None) -> QWidget:
    try:
        from ui.programme_view import ProgrammeView
    except ImportError:
        return placeholder(
            tr("Shell", "The programme timeline is not available in this build."), parent
        )
    return ProgrammeView(session, parent)


def make_clash_panel(session: Session, parent: QWidget | None) -> QWidget:
    try:
        from ui.clash_panel import ClashPanel
    except ImportError:
        return placeholder(tr("Shell", "The clash list is not available in this build."), parent)
    return ClashPanel(session, parent)


def attach_clash_panel(w: MainWindow) -> None:
    """Put the clash panel in its dock (once the window is on screen) and wire it up:
    double-click jumps to the event, the status bar counts, the timeline marks clashes."""
    panel = make_clash_panel(w.session, w)
    old, w.clash_panel = w.clash_panel, panel
    w.clash_dock.setWidget(panel)
    old.deleteLater()
    state = w.settings.value("window/state")
    remembered = isinstance(state, QByteArray) and not state.isEmpty()
    if hasattr(panel, "clash_count") and not remembered:  # a low dock: the timeline first
        from ui.clash_panel import open_height

        w.resizeDocks([w.clash_dock], [open_height(w.height())], Qt.Orientation.Vertical)
    jump = getattr(panel, "event_activated", None)
    if jump is not None:
        jump.connect(w.jump_to_event)
    w.counter.attach(panel)
    mark = getattr(w.programme, "set_clashes", None)
    found = getattr(panel, "clashes_changed", None)
    if mark is not None and found is not None:
        found.connect(mark)
        if getattr(panel, "clash_count", lambda: None)() is not None:  # checked already
            mark(list(getattr(panel, "clashes", [])))


class ClashCounter(QObject):
    """The number of clashes for the status bar.

    Taken from the clash panel's ``clash_count_changed`` once a panel is
    attached; without a panel, counted from the core after changes (coalesced,
    once the event loop has drawn the window).
    """

    count_changed = Signal(int)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.count = -1
        self._from_panel = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self.refresh_soon)
        session.database_replaced.connect(self.refresh_soon)

    def attach(self, panel: QWidget) -> None:
        """Follow the panel's count from now on (when it has one)."""
        signal = getattr(panel, "clash_count_changed", None)
        if signal is None:
            self.refresh_soon()
            return
        self._from_panel = True
        self._timer.stop()
        signal.connect(self._set)
        current = getattr(panel, "clash_count", None)
        if callable(current):
            current = current()
        if isinstance(current, int):
            self._set(current)

    @Slot()
    def refresh_soon(self) -> None:
        if not self._from_panel:
            self._timer.start()

    @Slot()
    def refresh(self) -> None:
        if not self.session.desk.store.is_open:  # the window is going away
            return
        self._set(len(self.session.desk.clashes()))

    @Slot(int)
    def _set(self, count: int) -> None:
        self.count = count
        self.count_changed.emit(count)


def unique_keys(*keys: Any) -> list[QKeySequence]:
    """The key sequences of ``keys`` (standard keys expanded), each once.

    A standard key is the platform's own: on X11 ``Redo`` already is
    Ctrl+Shift+Z and ``Quit`` is Ctrl+Q.  Giving an action the same sequence
    twice makes Qt report an ambiguous shortcut and trigger nothing.
    """
    from PySide6.QtGui import QKeySequence

    found: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            expanded = QKeySequence.keyBindings(key)
        else:
            expanded = [QKeySequence(key)]
        for sequence in expanded:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                found.append(sequence)
    return found


def _action(
    window: MainWindow,
    text: str,
    slot: Any,
    shortcuts: list[Any] | None = None,
    tip: str = "",
    icon_name: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts(unique_keys(*shortcuts))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if icon_name:
        set_icon(action, icon_name)
    action.triggered.connect(slot)
    return action


class MenuActions(Mapping[str, QAction]):
    """The window's actions by name; the menus' entries are made when first needed.

    The toolbar's actions exist from the start.  The rest (about eighty entries:
    their texts, shortcuts and icons, and the modules behind the Team, Protocol
    and Plan menus) took about 6 ms of the window's start before anything was on
    screen, so the window fills its menus right after its first paint
    (:meth:`fill`); anything that asks for an entry, or for the menu bar, before
    then fills them at once.  :meth:`made` looks without filling.
    """

    def __init__(self, made: dict[str, QAction], fill: Callable[[], None]) -> None:
        self._made = made
        self._fill: Callable[[], None] | None = fill

    @property
    def filled(self) -> bool:
        return self._fill is None

    def fill(self) -> None:
        """Make every menu entry (once)."""
        fill, self._fill = self._fill, None
        if fill is not None:
            fill()

    def made(self, name: str) -> QAction | None:
        """The action ``name`` if it has been made already; never fills the menus."""
        return self._made.get(name)

    def __getitem__(self, name: str) -> QAction:
        self.fill()
        return self._made[name]

    def __iter__(self) -> Iterator[str]:
        self.fill()
        return iter(self._made)

    def __len__(self) -> int:
        self.fill()
        return len(self._made)


def build_menus(w: MainWindow) -> MenuActions:
    """The menu bar's titles and the toolbar now; the menus' entries once the window is
    drawn or first needed (see :class:`MenuActions`)."""
    bar = QMainWindow.menuBar(w)  # the window's own menuBar() fills the menus first
    menus = {
        "file": bar.addMenu(tr("Shell", "&File")),
        "edit": bar.addMenu(tr("Shell", "&Edit")),
        "view": bar.addMenu(tr("Shell", "&View")),
        "export": bar.addMenu(tr("Shell", "E&xport")),
        "protocol": bar.addMenu(tr("Protocol", "&Protocol")),
        "plan": bar.addMenu(tr("Plan", "P&lan")),
        "help": bar.addMenu(tr("Shell", "&Help")),
    }
    for key in ("export", "protocol", "plan"):
        menus[key].setObjectName(f"{key}-menu")
    acts: dict[str, QAction] = {}
    _toolbar_actions(w, acts)
    tools = w.addToolBar(tr("Shell", "Main"))
    tools.setObjectName("main-toolbar")
    tools.setAccessibleName(tr("Shell", "Main toolbar"))
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    layout: tuple[str | None, ...] = ("undo", "redo", None, "add", "delete", None, "find", "import")
    for entry in layout:
        if entry is None:
            tools.addSeparator()
        else:
            tools.addAction(acts[entry])

    def fill() -> None:
        _fill_menus(w, menus, acts)
        w.menus_filled()

    return MenuActions(acts, fill)


def _toolbar_actions(w: MainWindow, acts: dict[str, QAction]) -> None:
    """Undo, Redo, Add, Delete, Find and Import: on the toolbar from the start; their keys
    come with the menus (:func:`_toolbar_keys`: naming a key sequence builds PySide's
    types for them, which the first picture does not need)."""
    stack = w.session.undo_stack
    acts["undo"] = stack.createUndoAction(w, tr("Shell", "&Undo"))
    # The toolbar shows a short fixed label; the menu and tooltip say what is undone
    # (a changing label would re-lay the toolbar after every edit).
    acts["undo"].setIconText(tr("Shell", "Undo"))
    set_icon(acts["undo"], "undo")
    acts["undo"].setStatusTip(tr("Shell", "Take back the last edit"))
    acts["redo"] = stack.createRedoAction(w, tr("Shell", "&Redo"))
    acts["redo"].setIconText(tr("Shell", "Redo"))
    set_icon(acts["redo"], "redo")
    acts["redo"].setStatusTip(tr("Shell", "Make the edit taken back again"))
    tip = tr("Shell", "Add to the current list")
    acts["add"] = _action(w, tr("Shell", "&Add…"), w.add_record, None, tip, "add")
    tip = tr("Shell", "Delete the selected item")
    acts["delete"] = _action(w, tr("Shell", "&Delete"), w.delete_record, None, tip, "delete")
    tip = tr("Shell", "Filter the current list")
    acts["find"] = _action(w, tr("Shell", "&Find…"), w.find_in_page, None, tip, "find")
    tip = tr("Shell", "Preview and import people from a CSV file")
    acts["import"] = _action(w, tr("Shell", "&Import people from CSV…"), w.import_people,
                             None, tip)  # fmt: skip
    acts["import"].setIconText(tr("Shell", "Import CSV"))
    set_icon(acts["import"], "import")


def _toolbar_keys(acts: dict[str, QAction]) -> None:
    from PySide6.QtGui import QKeySequence

    SK = QKeySequence.StandardKey
    for name, keys in (
        ("undo", [SK.Undo]),
        ("redo", [SK.Redo, "Ctrl+Shift+Z"]),
        ("add", [SK.New]),
        ("delete", [SK.Delete]),
        ("find", [SK.Find]),
        ("import", ["Ctrl+I"]),
    ):
        acts[name].setShortcuts(unique_keys(*keys))


def _fill_menus(w: MainWindow, menus: dict[str, QMenu], acts: dict[str, QAction]) -> None:
    """Every menu's entries, in order (the toolbar's actions are in ``acts`` already)."""
    from PySide6.QtGui import QActionGroup, QKeySequence

    from ui.backup_actions import add_backup_actions
    from ui.mail_actions import add_preferences_action, add_publish_action

    SK = QKeySequence.StandardKey
    _toolbar_keys(acts)
    file = menus["file"]
    acts["new"] = _action(
        w,
        tr("Shell", "&New database…"),
        w.new_database,
        ["Ctrl+Shift+N"],
        tr("Shell", "Start a new, empty database"),
    )
    acts["open"] = _action(
        w,
        tr("Shell", "&Open database…"),
        w.open_database,
        [SK.Open],
        tr("Shell", "Open another database"),
        "open",
    )
    file.addAction(acts["new"])
    file.addAction(acts["open"])
    recent = file.addMenu(tr("Shell", "Open &Recent"))
    recent.setObjectName("recent-menu")

    def rebuild_recent() -> None:
        recent.clear()
        files = w.recent_files()
        for path in files:
            item = recent.addAction(path)
            item.setData(path)
            item.setStatusTip(tr("Shell", "Open {path}").format(path=path))
            item.triggered.connect(lambda _=False, p=path: w.switch_to(p, create=False))
        recent.setEnabled(bool(files))

    w.rebuild_recent_menu = rebuild_recent  # type: ignore[attr-defined]
    rebuild_recent()
    file.addSeparator()
    file.addAction(acts["import"])
    acts["replies"] = _action(
        w,
        tr("Shell", "Import replie&s…"),
        w.exports.import_replies,
        ["Ctrl+Shift+I"],
        tr("Shell", "Record attendees' answers from reply files (.ics) they sent back"),
    )
    file.addAction(acts["replies"])
    add_publish_action(w, file, acts)
    from ui.team import add_team_menu

    add_team_menu(w, file)
    file.addSeparator()
    add_backup_actions(w, file, acts)
    file.addSeparator()
    acts["quit"] = _action(
        w, tr("Shell", "&Quit"), w.close, [SK.Quit, "Ctrl+Q"], tr("Shell", "Close Delegation Desk")
    )
    acts["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    file.addAction(acts["quit"])

    edit = menus["edit"]
    edit.addAction(acts["undo"])
    edit.addAction(acts["redo"])
    edit.addSeparator()
    acts["edit"] = _action(
        w, tr("Shell", "&Edit…"), w.edit_record, ["Ctrl+E"], tr("Shell", "Edit the selected item")
    )
    for name in ("add", "edit", "delete"):
        edit.addAction(acts[name])
    edit.addSeparator()
    edit.addAction(acts["find"])
    add_preferences_action(w, edit, acts)

    view = menus["view"]
    group = QActionGroup(w)
    for number, (key, label) in enumerate(PAGES, start=1):
        action = _action(
            w,
            tr("Shell", VIEW_TEXTS[key]),
            lambda _=False, k=key: w.show_page(k),
            [f"Ctrl+{number}"],
            tr("Shell", "Show the page: {page}").format(page=tr("Pages", label)),
        )
        action.setCheckable(True)
        action.setChecked(key == w.current_page_key())
        group.addAction(action)
        view.addAction(action)
        acts[f"view-{key}"] = action
    view.addSeparator()
    acts["week"] = _action(
        w,
        tr("Shell", "&Week"),
        w.toggle_week,
        ["Ctrl+Shift+W"],
        tr("Shell", "Show the whole week on the programme, or one day"),
    )
    acts["week"].setCheckable(True)
    view.addAction(acts["week"])
    acts["range"] = _action(
        w,
        tr("Shell", "Whole pro&gramme"),
        w.show_programme_range,
        ["Ctrl+Shift+G"],
        tr("Shell", "Show only the days that have events, side by side"),
    )
    view.addAction(acts["range"])
    view.addSeparator()
    acts["zone"] = _action(
        w,
        tr("Shell", "Second &time zone…"),
        w.choose_second_zone,
        ["Ctrl+T"],
        tr("Shell", "Choose the second zone shown beside venue times"),
    )
    view.addAction(acts["zone"])
    acts["clashes"] = w.clash_dock.toggleViewAction()
    acts["clashes"].setText(tr("Shell", "&Clash panel"))
    acts["clashes"].setShortcut(QKeySequence("Ctrl+Shift+C"))
    acts["clashes"].setStatusTip(tr("Shell", "Show or hide the list of clashes"))
    view.addAction(acts["clashes"])
    from ui.programme.view_actions import add_view_actions

    add_view_actions(w, view, acts)

    build_export_menu(w, menus["export"], acts)
    from ui.protocol.menu import build_protocol_menu

    w.protocol = build_protocol_menu(w, menus["protocol"], acts)  # type: ignore[attr-defined]
    from ui.scheduling.menu import build_plan_menu

    build_plan_menu(w, menus["plan"], acts)

    help_menu = menus["help"]
    acts["about"] = _action(
        w, tr("Shell", "&About Delegation Desk"), w.about, tip=tr("Shell", "Version and licences")
    )
    acts["about"].setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(acts["about"])


def build_export_menu(w: MainWindow, export: QMenu, acts: dict[str, QAction]) -> None:
    """Export: invitations, feed, itineraries, briefing packs (slots in :class:`Exports`)."""
    from PySide6.QtGui import QKeySequence

    x = w.exports
    entries: tuple[tuple[str, str, Any, list[Any], str] | None, ...] = (
        (
            "invites",
            tr("Shell", "&Invitations for the chosen event…"),
            w.export_invites,
            ["Ctrl+Shift+E"],
            tr(
                "Shell",
                "Write invites (.ics) for the chosen event; one per attendee if it is confidential",
            ),
        ),
        (
            "invites-each",
            tr("Shell", "Invitations, &one per attendee…"),
            x.invites_per_attendee,
            [],
            tr("Shell", "Write one invite (.ics) per attendee of the chosen event, into a folder"),
        ),
        (
            "invites-changed",
            tr("Shell", "&Changed invitations since last export…"),
            x.changed_invites,
            [],
            tr("Shell", "Write invites and cancellations for what changed since the last export"),
        ),
        None,
        (
            "feed",
            tr("Shell", "Programme &feed…"),
            x.feed,
            ["Ctrl+Shift+F"],
            tr(
                "Shell",
                "Write the programme, or a delegation's part, as a calendar without guest lists",
            ),
        ),
        None,
        (
            "itinerary",
            tr("Shell", "I&tinerary (calendar)…"),
            x.itinerary,
            [],
            tr("Shell", "Write the chosen person's itinerary (.ics), with their transport"),
        ),
        (
            "itinerary-pdf",
            tr("Shell", "Itinerary (&PDF)…"),
            x.itinerary_pdf,
            ["Ctrl+Shift+P"],
            tr("Shell", "Print the chosen person's itinerary, day by day (PDF)"),
        ),
        None,
        (
            "pack",
            tr("Shell", "Event &briefing pack…"),
            w.print_pack,
            [QKeySequence.StandardKey.Print],
            tr("Shell", "Write the briefing pack (PDF) for the chosen event (or delegation)"),
        ),
        (
            "pack-delegation",
            tr("Shell", "&Delegation briefing pack…"),
            x.delegation_pack,
            [],
            tr(
                "Shell",
                "Write the briefing pack (PDF) for a delegation: its programme and every event",
            ),
        ),
    )
    for entry in entries:
        if entry is None:
            export.addSeparator()
            continue
        key, text, slot, shortcuts, tip = entry
        acts[key] = _action(w, text, slot, shortcuts, tip)
        export.addAction(acts[key])
    from ui.mail_actions import add_send_actions

    add_send_actions(w, export, acts)


class Exports(QObject):
    """What the Export menu and File ▸ Import replies do: ask, then work in the background.

    The chosen event, person or delegation is the one selected on the current
    page; when there is none, the person or delegation is asked for.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def session(self) -> Session:
        return self.window.session

    def _chosen(self, page: str) -> Any:
        if self.window.current_page_key() != page:
            return None
        return self.window.tables[page].current_record()

    def pack(self, event_id: int = 0) -> None:
        """The event's briefing pack; with none given, the chosen delegation's or event's."""
        from ui.dialogs.exporting import print_pack

        if not event_id:
            delegation = self._chosen("delegations")
            if delegation is not None:
                self.window.keep(print_pack(self.window, self.session, None, delegation.id))
                return
        chosen = event_id or self.window.chosen_event_id()
        self.window.keep(print_pack(self.window, self.session, chosen))

    @Slot()
    def invites_per_attendee(self) -> None:
        from ui.dialogs.exporting import export_invites

        chosen = self.window.chosen_event_id()
        self.window.keep(export_invites(self.window, self.session, chosen, per_attendee=True))

    @Slot()
    def changed_invites(self) -> None:
        from ui.dialogs.exporting import export_changed_invites

        self.window.keep(export_changed_invites(self.window, self.session))

    @Slot()
    def feed(self) -> None:
        from ui.dialogs.export_feed import export_feed

        self.window.keep(export_feed(self.window, self.session))

    def _person_id(self) -> int | None:
        person = self._chosen("people")
        return None if person is None else person.id

    @Slot()
    def itinerary(self) -> None:
        from ui.dialogs.export_feed import export_itinerary

        self.window.keep(export_itinerary(self.window, self.session, self._person_id()))

    @Slot()
    def itinerary_pdf(self) -> None:
        from ui.dialogs.export_feed import print_itinerary

        self.window.keep(print_itinerary(self.window, self.session, self._person_id()))

    @Slot()
    def delegation_pack(self) -> None:
        from ui.dialogs.exporting import choose_delegation, print_pack

        chosen = self._chosen("delegations")
        delegation_id = chosen.id if chosen is not None else None
        if delegation_id is None:
            delegation_id = choose_delegation(self.window, self.session)
        if delegation_id is not None:
            self.window.keep(print_pack(self.window, self.session, None, delegation_id))

    @Slot()
    def import_replies(self) -> None:
        from ui.dialogs.replies import import_replies

        self.window.keep(import_replies(self.window, self.session))


def show_about(parent: QWidget) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    QMessageBox.about(
        parent,
        tr("Shell", "About Delegation Desk"),
        f"<h3>Delegation Desk {QApplication.applicationVersion()}</h3>"
        + tr(
            "Shell",
            "<p>Logistics for bilateral trade delegations: the programme, who attends "
            "what, clashes, calendar invites and briefing packs.</p><p>Japanese text is shown "
            "with IPA PGothic (IPA Font License v1.0).</p>",
        ),
    )
