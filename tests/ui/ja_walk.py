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

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDockWidget,
    QFileDialog,
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
        if isinstance(widget, QTreeWidget) and not widget.isHeaderHidden():
            header = widget.headerItem()
            texts += [header.text(c) for c in range(header.columnCount())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [t for t in texts if t and t.strip()]


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
        self.on_window: Callable[[QWidget], None] | None = None
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
                self.on_window(widget)
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
