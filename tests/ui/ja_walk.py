"""Walking what a menu action opens: every window it shows, every text in them.

:class:`Walker` watches the application's top-level windows while an action
runs.  Each new window (a modal dialog whose ``exec()`` is running, a message
box, a page opened beside the main window) is read once it is on screen —
its title, labels, buttons, group boxes, tab titles of every tab, table and
tree headers, combo box items, placeholders — then closed the way a person
would (Cancel / Escape), so the action's code carries on to its end.
Progress dialogs of background work are read but left to the work.

File dialogs are answered by :class:`FileAnswers` (their titles and kinds of
file are read as texts too): what a person would pick, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)


def widget_texts(root: QWidget) -> list[str]:
    """Every string of the interface a person sees in ``root`` now (data included)."""
    texts = [root.windowTitle()]
    if isinstance(root, QMessageBox):
        texts += [root.text(), root.informativeText(), root.detailedText()]
    if isinstance(root, QProgressDialog):
        texts.append(root.labelText())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QDateTimeEdit):  # dates and times, as shown
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QComboBox):
            if widget.isEditable() and widget.lineEdit() is not None:
                texts.append(widget.lineEdit().placeholderText())
            else:
                texts += [widget.itemText(i) for i in range(widget.count())]
                texts.append(widget.placeholderText())
        elif (
            isinstance(widget, QHeaderView)
            and widget.model() is not None
            and widget.orientation() == Qt.Orientation.Horizontal
        ):
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
                if not widget.isSectionHidden(c)
            ]
        if isinstance(widget, QTreeWidget):
            if not widget.isHeaderHidden():
                header = widget.headerItem()
                texts += [header.text(c) for c in range(header.columnCount())]
            texts += tree_texts(widget)
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTableWidget):  # the cells a window fills (a report, a list)
            texts += [
                item.text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if not widget.isColumnHidden(c) and (item := widget.item(r, c)) is not None
            ]
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:  # drawn words
            for item in widget.scene().items():
                if isinstance(item, QGraphicsSimpleTextItem):
                    texts.append(item.text())
                elif isinstance(item, QGraphicsTextItem):
                    texts.append(item.toPlainText())
    return [t for t in texts if t and t.strip()]


def tree_texts(tree: QTreeWidget) -> list[str]:
    """Every item's texts (and tooltips) in ``tree``, branches and leaves."""
    texts: list[str] = []
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop()
        texts += [t for c in range(tree.columnCount()) for t in (item.text(c), item.toolTip(c))]
        items += [item.child(i) for i in range(item.childCount())]
    return texts


def all_tab_texts(root: QWidget) -> list[str]:
    """:func:`widget_texts` with each tab of each tab widget shown in turn."""
    texts = widget_texts(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            texts += widget_texts(root)
        tabs.setCurrentIndex(current)
    return texts


@dataclass
class Seen:
    """One window an action showed: its class, title and texts."""

    kind: str
    title: str
    texts: list[str]
    widget: Any = None

    def name(self) -> str:
        return f"{self.kind} “{self.title}”"


@dataclass
class FileAnswers:
    """Stands in for the file dialogs: records what they ask, answers what is set.

    ``answers`` maps a word of the dialog's title (lower case, English or
    Japanese as the dialog says it) to the path to answer; a save dialog with
    no answer set writes into ``folder`` under the suggested name; an open
    dialog with no answer is cancelled.
    """

    folder: Path
    answers: dict[str, str] = field(default_factory=dict)
    asked: list[tuple[str, str]] = field(default_factory=list)
    open_answer: str = ""
    cancel_saves: bool = False

    def install(self, monkeypatch: Any) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._open_many)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _open(self, _parent: Any, title: str = "", _start: str = "", kinds: str = "",
              *_: Any, **__: Any) -> tuple[str, str]:  # fmt: skip
        self.asked.append((title, kinds))
        return self.open_answer, ""

    def _open_many(self, parent: Any, title: str = "", start: str = "", kinds: str = "",
                   *_: Any, **__: Any) -> tuple[list[str], str]:  # fmt: skip
        path, _ = self._open(parent, title, start, kinds)
        return ([path] if path else []), ""

    def _save(self, _parent: Any, title: str = "", start: str = "", kinds: str = "",
              *_: Any, **__: Any) -> tuple[str, str]:  # fmt: skip
        self.asked.append((title, kinds))
        if self.cancel_saves:
            return "", ""
        self.folder.mkdir(parents=True, exist_ok=True)
        for word, path in self.answers.items():
            if word in title.lower():
                return path, ""
        return str(self.folder / (Path(start).name or "chosen")), ""

    def _folder(self, _parent: Any, title: str = "", *_: Any, **__: Any) -> str:
        self.asked.append((title, ""))
        target = self.folder / f"folder-{len(self.asked)}"
        target.mkdir(parents=True, exist_ok=True)
        return str(target)


class Walker(QObject):
    """Reads and closes each new top-level window while an action runs."""

    def __init__(self, keep_open: Callable[[QWidget], bool] | None = None) -> None:
        super().__init__()
        self.before: set[int] = set()
        self.handled: set[int] = set()
        self.seen: list[Seen] = []
        self.keep_open = keep_open
        self.on_window: Callable[[QWidget, str], None] | None = None
        self.key = ""  # the menu entry being used
        self.timer = QTimer(self)
        self.timer.setInterval(25)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.handled = set()
        self.seen = []
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def pending(self) -> list[QWidget]:
        """New windows on screen not read yet (progress dialogs aside)."""
        found = []
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or isinstance(widget, QMenu):
                continue
            if id(widget) in self.before or id(widget) in self.handled:
                continue
            if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                continue
            found.append(widget)
        return found

    def busy(self) -> bool:
        return any(not isinstance(w, QProgressDialog) for w in self.pending())

    @Slot()
    def poll(self) -> None:
        for widget in self.pending():
            if id(widget) in self.handled:  # read by a nested poll (a window a filler opened)
                continue
            if isinstance(widget, QProgressDialog):
                self.handled.add(id(widget))
                self.seen.append(Seen("QProgressDialog", widget.windowTitle(),
                                      widget_texts(widget)))  # fmt: skip
                continue
            if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                continue
            self.handled.add(id(widget))
            kind = type(widget).__name__
            self.seen.append(Seen(kind, widget.windowTitle(), all_tab_texts(widget), widget))
            if self.on_window is not None:
                self.on_window(widget, self.key)
            # Restarted, the timer fires again in the event loop of a window that filling
            # this one opens (Edit… asking for a value): Qt does not re-enter a timer's slot.
            self.timer.start()
            if self.keep_open is not None and self.keep_open(widget):
                continue
            close(widget)


def close(widget: QWidget) -> None:
    """Close as a person would who does not go on: Cancel, Escape, or the close button."""
    if isinstance(widget, QMessageBox):
        escape = widget.escapeButton()
        if escape is not None:
            escape.click()
            return
        widget.done(QMessageBox.StandardButton.Cancel.value)
        return
    if isinstance(widget, QDialog):
        widget.reject()
        if widget.isVisible():
            widget.hide()
        return
    widget.close()


# -- using every menu entry ------------------------------------------------------------

#: ``wait(condition)``: run the event loop until ``condition()`` holds.
Wait = Callable[[Callable[[], bool]], None]

#: Entries that open nothing by design: they switch a view, a mode or the page.
OPENS_NOTHING = {
    "undo", "redo", "find", "week", "range", "clashes", "zoom-in", "zoom-out", "fit",
    "agenda", "hide-titles", "view-programme", "view-events", "view-people",
    "view-organisations", "view-venues", "view-delegations", "requests", "team-sync",
    "team-leave", "team-upgrade",  # only in a team (greyed out); the sample is not in one
}  # fmt: skip
#: Entries not used here: Quit closes the window under test.
NOT_USED = {"quit"}
#: Entries whose file dialogs are answered Cancel: another database would replace the sample.
KEEP_THE_DATABASE = {"new", "open", "team-join"}


def menu_actions(menu: QMenu, path: str = "") -> Iterator[tuple[str, QAction]]:
    """Every entry of ``menu`` and its submenus (the recent files aside), with its path."""
    here = f"{path} ▸ {menu.title()}" if path else menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            if action.menu().objectName() != "recent-menu":
                yield from menu_actions(action.menu(), here)
            continue
        yield f"{here} ▸ {action.text()}", action


def action_key(window: Any, action: QAction) -> str:
    for key, known in window.actions_by_name.items():
        if known is action:
            return key
    return action.objectName() or action.text()


#: What the files given to the import dialogs say.
CSV_VALUES = {"Ministry of Economy Trade and Industry", "people.csv", "not-an-address",
              "Sato", "Kenta", "Nobody", "No such company", "Lohum", "high"}  # fmt: skip


def people_csv(folder: Path) -> str:
    path = folder / "people.csv"
    path.write_text(
        "Family name,Given name,Organisation,E-mail\n"
        "Sato,Kenta,Ministry of Economy Trade and Industry,kenta.sato@example.jp\n"
        ",Nobody,,not-an-address\n",
        encoding="utf-8",
    )
    return str(path)


def reply_ics(folder: Path, desk: Any) -> str:
    from tests.ui.test_replies import reply_file

    event = next(e for e in desk.events() if e.participations)
    person = desk.store.person(event.participations[0].person_id)
    return str(reply_file(folder / "reply.ics", event, person.email or "x@example.org"))


def requests_csv(folder: Path) -> str:
    path = folder / "requests.csv"
    path.write_text("Requester,Target,Priority\nNo such company,Lohum,high\n", encoding="utf-8")
    return str(path)


def settle(wait: Wait, walker: Walker, window: Any) -> None:
    """Wait until the action's windows are read and closed and its work has reported."""

    def quiet() -> bool:
        walker.poll()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return not walker.pending() and not any(
            getattr(r, "running", False) for r in window.runners
        )

    wait(quiet)
    walker.poll()
    wait(quiet)


def choose_records(window: Any, desk: Any, choose: bool) -> None:
    """With ``choose``, the event with transport and attendees (events page) and the first
    person (people page) are chosen; without, nothing is."""
    chosen = {
        "events": lambda: next(e for e in desk.events() if e.legs and e.participations),
        "people": lambda: next(p for p in desk.people() if p.name_japanese),
        "organisations": lambda: desk.organisations()[0],
        "venues": lambda: next(v for v in desk.venues() if v.rooms),
        "delegations": lambda: desk.delegations()[0],
    }
    for kind, record in chosen.items():
        table = window.tables[kind]
        table.ensure_loaded()
        if choose:
            assert table.select_id(record().id)
        else:
            table.table.selectionModel().clear()


RECORD_PAGES = ("events", "people", "organisations", "venues", "delegations")
#: A mail server set in Preferences: sending then plans the messages and shows its preview
#: (answered Cancel: nothing is sent).
MAIL_SET = {"mail/host": "127.0.0.1", "mail/sender": "protocol@example.jp"}
PAGES_FOR: dict[str, list[tuple[str, bool] | tuple[str, bool, dict[str, str]]]] = {
    # (page shown, records chosen[, settings]) for each run of an entry; others: the events page
    "send-invites": [("events", False), ("events", True, MAIL_SET)],
    "send-updates": [("events", False), ("events", True, MAIL_SET)],
    "itinerary": [("people", False), ("people", True)],
    "itinerary-pdf": [("people", False), ("people", True)],
    "pack-delegation": [("delegations", False), ("delegations", True)],
    "add": [(p, False) for p in ("programme", *RECORD_PAGES)],
    "edit": [(p, True) for p in RECORD_PAGES],
    "delete": [(p, True) for p in RECORD_PAGES],
}


Report = Callable[[str, str, str, list[Seen]], None]


def walk_menus(window: Any, desk: Any, folder: Path, answers: FileAnswers, wait: Wait,
               report: Report, on_window: Callable[[QWidget, str], None] | None = None,
               ) -> dict[str, list[Seen]]:  # fmt: skip
    """Use every entry of ``window``'s menus as :data:`PAGES_FOR` says; ``report(path, key,
    page, seen)`` gets the windows each use showed (the file dialogs and the main window
    after it among them); ``on_window(widget, key)`` sees each window on screen before it is
    closed.  Returns what each entry opened, by its key."""
    folder.mkdir(parents=True, exist_ok=True)
    opens = {
        "import": people_csv(folder),
        "replies": reply_ics(folder, desk),
        "import-requests": requests_csv(folder),
        "file-import-requests": requests_csv(folder),
    }
    walker = Walker()
    walker.on_window = on_window
    opened: dict[str, list[Seen]] = {}
    for top in window.menuBar().actions():
        for path, action in list(menu_actions(top.menu())):
            key = action_key(window, action)
            if key in NOT_USED:
                continue
            for run in PAGES_FOR.get(key, [("events", False), ("events", True)]):
                page, choose = run[0], run[1]
                for name, value in (run[2] if len(run) > 2 else {}).items():  # type: ignore[misc]
                    window.settings.setValue(name, value)
                window.show_page(page)
                choose_records(window, desk, choose)
                answers.open_answer = opens.get(key, "")
                answers.cancel_saves = key in KEEP_THE_DATABASE
                asked_before = len(answers.asked)
                walker.key = key
                walker.start()
                if action.isEnabled():
                    action.trigger()
                settle(wait, walker, window)
                walker.stop()
                seen = list(walker.seen)
                for title, kinds in answers.asked[asked_before:]:
                    seen.append(Seen("QFileDialog", title, [title, kinds]))
                opened.setdefault(key, []).extend(seen)
                after = [*widget_texts(window), window.statusBar().currentMessage()]
                seen.append(Seen("MainWindow", "", after))
                report(path, key, page, seen)
    return opened
