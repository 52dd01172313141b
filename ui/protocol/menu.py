"""The Protocol menu: check-in desk, seating plan, vehicles, and the printed documents.

Attached by ``ui.shell.build_menus``.  The protocol core and the pages are
imported only when an entry is used, so the window starts as fast as before.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui.file_dialogs import save_file
from ui.i18n import tr

if TYPE_CHECKING:
    from models.entities import Programme
    from ui.main_window import MainWindow
    from ui.session import Session


#: What each printed document's dialogs say: save, written, writing, wrote.
PRINTS = {
    "seating plan": (
        QT_TRANSLATE_NOOP("Protocol", "Save the seating plan"),
        QT_TRANSLATE_NOOP("Protocol", "Seating plan written"),
        QT_TRANSLATE_NOOP("Protocol", "Writing the seating plan…"),
        QT_TRANSLATE_NOOP("Protocol", "Wrote the seating plan of “{title}”."),
    ),
    "name cards": (
        QT_TRANSLATE_NOOP("Protocol", "Save the name cards"),
        QT_TRANSLATE_NOOP("Protocol", "Name cards written"),
        QT_TRANSLATE_NOOP("Protocol", "Writing the name cards…"),
        QT_TRANSLATE_NOOP("Protocol", "Wrote the name cards of “{title}”."),
    ),
    "badges": (
        QT_TRANSLATE_NOOP("Protocol", "Save the badges"),
        QT_TRANSLATE_NOOP("Protocol", "Badges written"),
        QT_TRANSLATE_NOOP("Protocol", "Writing the badges…"),
        QT_TRANSLATE_NOOP("Protocol", "Wrote the badges of “{title}”."),
    ),
    "vehicle manifest": (
        QT_TRANSLATE_NOOP("Protocol", "Save the vehicle manifest"),
        QT_TRANSLATE_NOOP("Protocol", "Vehicle manifest written"),
        QT_TRANSLATE_NOOP("Protocol", "Writing the vehicle manifest…"),
        QT_TRANSLATE_NOOP("Protocol", "Wrote the vehicle manifest of “{title}”."),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP("Protocol", "Save the attendance"),
        QT_TRANSLATE_NOOP("Protocol", "Attendance written"),
        QT_TRANSLATE_NOOP("Protocol", "Writing the attendance…"),
        QT_TRANSLATE_NOOP("Protocol", "Wrote the attendance of “{title}”."),
    ),
}


class ProtocolActions(QObject):
    """What the Protocol menu's entries do (the chosen event is the window's)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_pages: list[QWidget] = []

    @property
    def session(self) -> Session:
        return self.window.session

    def event_id(self, title: str, *, with_legs: bool = False) -> int | None:
        """The event chosen in the window, or one picked from a list."""
        chosen = self.window.chosen_event_id()
        events = [e for e in self.session.desk.events() if not e.is_cancelled]
        if with_legs:
            events = [e for e in events if e.legs]
        if chosen is not None and any(e.id == chosen for e in events):
            return chosen
        if not events:
            from models.errors import AppError
            from ui.dialogs.errors import show_error

            if with_legs:
                message = tr("Protocol", "There are no events with transport legs yet.")
            else:
                message = tr("Protocol", "There are no events yet.")
            show_error(self.window, AppError(message))
            return None
        from PySide6.QtWidgets import QInputDialog  # its type is built when first needed

        names = [e.title for e in events]
        name, ok = QInputDialog.getItem(
            self.window, title, tr("Protocol", "Event:"), names, 0, False
        )
        return events[names.index(name)].id if ok and name in names else None

    def _keep(self, page: QWidget) -> None:
        """Hold ``page`` while it is open; a page closed meanwhile is deleted already."""
        from shiboken6 import isValid

        self.open_pages = [p for p in self.open_pages if isValid(p) and p.isVisible()]
        self.open_pages.append(page)

    @Slot()
    def checkin(self) -> None:
        from ui.protocol.checkin_desk import open_checkin_desk

        self._keep(open_checkin_desk(self.session, self.window.chosen_event_id(), self.window))

    @Slot()
    def seating(self) -> None:
        from ui.protocol.seating_editor import open_seating_editor

        event_id = self.event_id(tr("Protocol", "Seating plan"))
        if event_id is not None:
            self._keep(open_seating_editor(self.session, event_id, self.window))

    @Slot()
    def ranks(self) -> None:
        from ui.protocol.ranks_editor import open_ranks_editor

        self._keep(open_ranks_editor(self.session, self.window))

    @Slot()
    def vehicles(self) -> None:
        from ui.protocol.vehicles_editor import open_vehicles_editor

        event_id = self.event_id(tr("Protocol", "Vehicles"), with_legs=True)
        if event_id is not None:
            self._keep(open_vehicles_editor(self.session, event_id, self.window))

    # -- printing -------------------------------------------------------------------

    def _print(self, what: str, suffix: str, build: Any, event_id: int, note: str = "") -> None:
        from ui.dialogs.exporting import run_pdf_export, safe_file_name

        title = self.session.desk.event(event_id).title
        if suffix == ".csv":
            kinds = tr("MainWindow", "CSV files (*.csv);;All files (*)")
        else:
            kinds = tr("Exports", "PDF documents (*.pdf)")
        save, written, busy, wrote = (tr("Protocol", text) for text in PRINTS[what])
        chosen = save_file(self.window, save, safe_file_name(f"{title} {what}", suffix), kinds)
        if not chosen:
            return
        target = Path(chosen)

        def make(programme: Programme, progress: Any, cancel: threading.Event) -> Path:
            return Path(build(programme, target))

        self.window.keep(
            run_pdf_export(self.window, self.session, make, title=written, busy=busy,
                           text=wrote.format(title=title) + (f"\n\n{note}" if note else ""))
        )  # fmt: skip

    @Slot()
    def print_seating(self) -> None:
        from exports.protocol.seating import build_seating
        from models.protocol.service import ProtocolDesk

        event_id = self.event_id(tr("Protocol", "Print the seating plan"))
        if event_id is None:
            return
        ProtocolDesk(self.session.desk).ensure_seating(event_id)
        now = self.session.desk.clock.now()
        self._print("seating plan", ".pdf",
                    lambda p, t: build_seating(p, event_id, t, now=now), event_id)  # fmt: skip

    @Slot()
    def print_cards(self) -> None:
        from exports.protocol.cards import build_name_cards
        from models.protocol.service import ProtocolDesk

        event_id = self.event_id(tr("Protocol", "Print name cards"))
        if event_id is None:
            return
        ProtocolDesk(self.session.desk).ensure_seating(event_id)
        now = self.session.desk.clock.now()
        self._print("name cards", ".pdf",
                    lambda p, t: build_name_cards(p, event_id, t, now=now), event_id)  # fmt: skip

    @Slot()
    def print_badges(self) -> None:
        from exports.protocol.badges import build_badges, render_event_badges
        from models.protocol.service import ProtocolDesk

        event_id = self.event_id(tr("Protocol", "Print badges"))
        if event_id is None:
            return
        from ui.team_badges import print_note

        tokens = ProtocolDesk(self.session.desk).badge_tokens(event_id=event_id)
        now = self.session.desk.clock.now()
        self._print(
            "badges", ".pdf",
            lambda p, t: build_badges(t, render_event_badges(p, event_id, tokens, now=now)),
            event_id, print_note(self.session.desk, event_id),
        )  # fmt: skip

    @Slot()
    def print_manifest(self) -> None:
        from exports.protocol.manifest import build_manifest

        event_id = self.event_id(tr("Protocol", "Print the vehicle manifest"), with_legs=True)
        if event_id is None:
            return
        now = self.session.desk.clock.now()
        self._print("vehicle manifest", ".pdf",
                    lambda p, t: build_manifest(p, event_id, t, now=now), event_id)  # fmt: skip

    @Slot()
    def attendance(self) -> None:
        from exports.files import write_file
        from exports.protocol.attendance import attendance_csv

        event_id = self.event_id(tr("Protocol", "Export attendance"))
        if event_id is None:
            return
        checkins = self.session.desk.store.checkins(event_id)
        self._print(
            "attendance", ".csv",
            lambda p, t: write_file(t, attendance_csv(p, event_id, checkins)), event_id,
        )  # fmt: skip


def build_protocol_menu(
    window: MainWindow, menu: QMenu, acts: dict[str, QAction]
) -> ProtocolActions:
    """Fill the window's Protocol menu; returns its actions' owner."""
    handler = ProtocolActions(window)
    entries: tuple[tuple[str, str, Any, str, str] | None, ...] = (
        ("checkin", tr("Protocol", "&Check-in desk…"), handler.checkin, "Ctrl+Shift+K",
         tr("Protocol", "Check people in at an event: scan badges or type names")),
        ("seating", tr("Protocol", "&Seating plan…"), handler.seating, "",
         tr("Protocol", "Edit the chosen event's seating plan: drag names between seats")),
        ("vehicles", tr("Protocol", "&Vehicles…"), handler.vehicles, "",
         tr("Protocol", "Vehicles of the chosen event's transport legs, passengers by precedence")),
        ("ranks", tr("Protocol", "&Order of precedence…"), handler.ranks, "",
         tr("Protocol", "Edit each delegation's rank table and see who comes first")),
        None,
        ("print-seating", tr("Protocol", "Print seating &plan…"), handler.print_seating, "",
         tr("Protocol", "Print the chosen event's seating plan (PDF), drawn to scale with the seat list")),  # noqa: E501
        ("print-cards", tr("Protocol", "Print &name cards…"), handler.print_cards, "",
         tr("Protocol", "Print folded name cards for every seat: A4 cut in two, both faces, both scripts")),  # noqa: E501
        ("print-badges", tr("Protocol", "Print &badges (90 × 60 mm)…"), handler.print_badges, "",
         tr("Protocol", "Print badge inserts, 8 per A4 page, each with a QR code holding an opaque token")),  # noqa: E501
        ("print-manifest", tr("Protocol", "Print vehicle &manifest…"), handler.print_manifest, "",
         tr("Protocol", "Print the manifest of each transport leg: meeting point, vehicles, passengers")),  # noqa: E501
        ("attendance", tr("Protocol", "Export &attendance (CSV)…"), handler.attendance, "",
         tr("Protocol", "Write who was expected at the chosen event and who arrived when (CSV)")),
    )  # fmt: skip
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        key, text, slot, shortcut, tip = entry
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        acts[f"protocol-{key}"] = action
    return handler
