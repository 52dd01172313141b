"""Importing people from a CSV file: read and check in the background, preview, import.

The preview shows every row, valid or not, with the reasons; the person then
imports everything (only when every row is valid) or just the valid rows.  The
import itself runs in the background on its own connection and is one
undoable edit (undo removes the people and the organisations it created).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.clock import Clock
from models.errors import AppError
from models.people_import import ImportPlan, ImportReport, PlannedRow, apply_import, plan_import
from models.printable import printable
from models.services import Desk
from models.store import Store
from ui.core_text import core_text
from ui.dialogs.errors import show_error
from ui.i18n import tr
from ui.jobs import JobRunner, Progress
from ui.session import Session
from ui.tables.base import Column, RecordTableModel


def read_candidates(path: str) -> list[Any]:
    """The rows of a CSV file as import candidates (:class:`ImportRefused` if unreadable)."""
    from exports.csv_import import read_people_csv

    return list(read_people_csv(path).candidates)


class ImportRowsModel(RecordTableModel[PlannedRow]):
    """The preview: one row per line of the file, valid or not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Line"),
                    lambda r: str(r.line),
                    key=lambda r: r.line,
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda r: "OK" if r.valid else tr("Import", "Problem"),
                    key=lambda r: (r.valid, r.line),
                ),
                # Cells come straight from the file: shown without control characters.
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Family name"),
                    lambda r: printable(r.person.family_name),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Given name"),
                    lambda r: printable(r.person.given_name),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Japanese name"),
                    lambda r: printable(r.person.name_japanese),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Organisation"),
                    lambda r: (
                        printable(r.organisation_name)
                        + (tr("Import", " (new)") if r.new_organisation else "")
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda r: printable(r.person.email)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Problems"),
                    lambda r: printable(" ".join(core_text(p) for p in r.problems)),
                ),
            ],
            parent,
        )

    def record_id(self, record: PlannedRow) -> Any:
        return record.line

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if not self.record_at(index.row()).valid:
                from PySide6.QtGui import QColor

                return QColor("#d64545")
            return None
        return super().data(index, role)


class ImportPreviewDialog(QDialog):
    """Which rows are valid and why the others are not; then import."""

    def __init__(
        self, plan: ImportPlan, path: str, delegations: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.skip_invalid = False
        self.setWindowTitle(tr("Import", "Import people"))
        self.setAccessibleName(tr("Import", "Import people preview"))
        self.resize(900, 520)
        valid, invalid = len(plan.valid_rows), len(plan.invalid_rows)
        summary = tr("Import", "{file}: {rows} rows — {valid} valid").format(
            file=Path(path).name, rows=len(plan.rows), valid=valid
        )
        if invalid:
            summary += tr("Import", ", {n} with problems (shown first, with the reasons)").format(
                n=invalid
            )
        if plan.new_organisations:
            summary += tr("Import", ". New organisations: {names}").format(
                names=", ".join(plan.new_organisations[:6])
            )
            if len(plan.new_organisations) > 6:
                more = len(plan.new_organisations) - 6
                summary += tr("Import", " and {n} more").format(n=more)
        self.summary = QLabel(summary + tr("Import", "."), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Import", "Import summary"))
        # New organisations that are probably known ones spelt otherwise.
        self.similar = QLabel(self)
        self.similar.setWordWrap(True)
        self.similar.setTextFormat(Qt.TextFormat.PlainText)
        self.similar.setAccessibleName(tr("Import", "Organisations that may already exist"))
        self.similar.setText(
            "\n".join(
                "⚠ "
                + tr("Import", "Organisation “{name}” is new: did you mean “{known}”?").format(
                    name=printable(s.name), known=s.known
                )
                for s in plan.similar
            )
        )
        self.similar.setVisible(bool(plan.similar))

        self.model = ImportRowsModel(self)
        self.model.set_records(plan.rows)
        self.model.sort(1, Qt.SortOrder.AscendingOrder)  # problems first
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Import", "Rows to import"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.delegation = QComboBox(self)
        self.delegation.setAccessibleName(tr("Import", "Add to delegation"))
        self.delegation.addItem(tr("Import", "(no delegation)"), None)
        for name in delegations:
            self.delegation.addItem(name, name)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_all = QPushButton(tr("Import", "&Import %n people", None, valid), self)
        self.import_all.setAccessibleName(tr("Import", "Import all rows"))
        self.import_valid = QPushButton(
            tr("Import", "Import the %n &valid rows only", None, valid), self
        )
        self.import_valid.setAccessibleName(tr("Import", "Import valid rows only"))
        if invalid:
            self.import_all.setEnabled(False)
            self.import_all.setToolTip(
                tr("Import", "Some rows have problems; correct the file first.")
            )
            self.buttons.addButton(self.import_valid, QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_valid.setEnabled(valid > 0)
            self.import_all.hide()  # not in the box: it would sit at (0, 0) over the summary
        else:
            self.buttons.addButton(self.import_all, QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_all.setEnabled(valid > 0)
            self.import_valid.hide()
        self.import_valid.clicked.connect(self._choose_valid_only)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.similar)
        layout.addWidget(self.table, 1)
        row = QLabel(tr("Import", "Add everyone imported to:"), self)
        row.setBuddy(self.delegation)
        layout.addWidget(row)
        layout.addWidget(self.delegation)
        layout.addWidget(self.buttons)

    @Slot()
    def _choose_valid_only(self) -> None:
        self.skip_invalid = True

    def delegation_name(self) -> str | None:
        value = self.delegation.currentData()
        return str(value) if value else None


def _own_desk(db_path: str, clock: Clock) -> Desk:
    """A core on this (worker) thread's own connection."""
    return Desk(Store.open(db_path, create=False), clock)


def _in_background(
    parent: QWidget | None, title: str, session: Session, work: Callable[[Desk, Progress,
    threading.Event], Any], on_done: Callable[[Any], None],
) -> JobRunner | None:  # fmt: skip
    """Run ``work(desk, progress, cancel)`` on a pool thread with its own connection."""
    db_path = session.desk.store.path
    clock = session.desk.clock

    def job(progress: Progress, cancel: threading.Event) -> Any:
        desk = _own_desk(db_path, clock)
        try:
            return work(desk, progress, cancel)
        finally:
            desk.close()

    runner = JobRunner(parent, title, job)
    runner.done.connect(on_done)
    runner.failed.connect(lambda message, details: _failed(parent, message, details))
    return runner.start()


def _failed(parent: QWidget | None, message: str, details: str) -> None:
    show_error(parent, AppError(message + ("\n\n" + details if details else "")))


def preview_and_import(
    session: Session, path: str, parent: QWidget | None = None
) -> JobRunner | None:
    """Read and check ``path`` in the background, then show the preview."""

    def plan(desk: Desk, progress: Progress, cancel: threading.Event) -> ImportPlan:
        progress(0, 2)
        candidates = read_candidates(path)
        progress(1, 2)
        return plan_import(desk, candidates)

    def show(result: Any) -> None:
        dialog = ImportPreviewDialog(result, path, [d.name for d in session.desk.delegations()],
                                     parent)  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            run_import(session, result, dialog.skip_invalid, dialog.delegation_name(), parent)

    return _in_background(parent, tr("Import", "Reading people…"), session, plan, show)


def run_import(
    session: Session,
    plan: ImportPlan,
    skip_invalid: bool,
    delegation: str | None,
    parent: QWidget | None = None,
) -> JobRunner | None:
    """Write the plan in the background; then record it as one undoable edit."""

    def write(desk: Desk, progress: Progress, cancel: threading.Event) -> ImportReport:
        return apply_import(desk, plan, delegation, skip_invalid, progress, cancel)

    def record(report: Any) -> None:
        record_import(session, plan, report, skip_invalid, delegation)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Import", "Import finished"))
        box.setText(core_text(report.headline()))
        if report.skipped:
            box.setInformativeText("\n".join(f"• {core_text(p)}" for p in report.skipped))
        box.exec()

    return _in_background(parent, tr("Import", "Importing people…"), session, write, record)


def record_import(
    session: Session,
    plan: ImportPlan,
    report: ImportReport,
    skip_invalid: bool,
    delegation: str | None,
) -> None:
    """Put an import already written on the undo stack (Ctrl+Z removes it again)."""
    state = {"report": report}

    def remove() -> None:
        desk = session.desk
        done = state["report"]
        with desk.store.atomic():
            for person_id in done.person_ids:
                desk.store.delete_person(person_id)
            for name in done.organisations_created:
                org = desk.store.organisation_named(name)
                if org is not None and org.id is not None:
                    desk.store.delete_organisation(org.id)

    def again() -> None:
        fresh = plan_import(session.desk, [_candidate(r) for r in plan.rows])
        state["report"] = apply_import(session.desk, fresh, delegation, skip_invalid)

    # The import was written on a worker's connection: the versions it left are
    # read back here, so that Ctrl+Z refuses (and asks) when someone has since
    # changed one of the people or organisations it would delete.
    store = session.desk.store
    written: dict[tuple[str, int], int] = {
        ("people", p.id): p.version for p in store.people_by_ids(list(report.person_ids))
        if p.id is not None
    }  # fmt: skip
    for name in report.organisations_created:
        org = store.organisation_named(name)
        if org is not None and org.id is not None:
            written[("organisations", org.id)] = org.version
    imported = report.imported
    session.push(
        tr("Import", "Import %n person(s)", None, imported),
        lambda: report,
        remove,
        ("people", "organisations", "delegations"),
        redo=again,
        written=written,
    )


def _candidate(row: PlannedRow) -> Any:
    from dataclasses import replace

    from models.people_import import Candidate

    person = row.person if not row.new_organisation else replace(row.person, organisation_id=None)
    return Candidate(line=row.line, person=person, organisation_name=row.organisation_name,
                     problems=row.problems)  # fmt: skip
