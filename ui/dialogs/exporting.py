"""Export menu: calendar invites and briefing packs, written in the background."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.session import Session


def _not_yet(parent: QWidget | None, what: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(what)
    box.setText(f"{what} cannot be written from the window in this build yet.")
    box.setInformativeText("The command line can write them: see delegation-desk --help.")
    box.exec()


def export_invites(parent: QWidget | None, session: Session, event_id: int | None) -> None:
    """Write calendar invites for one event (or the whole programme)."""
    _not_yet(parent, "Calendar invites")


def print_pack(parent: QWidget | None, session: Session, event_id: int | None) -> None:
    """Write the briefing pack PDF for one event."""
    _not_yet(parent, "Briefing packs")
