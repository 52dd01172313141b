"""Plan ▸ Schedule meetings…: a run in the background, then the proposal to accept.

The programme and the requests are read on the window's thread; the pure
solver runs on the pool (it never touches the database) and reports the best
value so far and the bound.  The proposal shows as ghost blocks on the
timeline and as a list (scheduled, moved, unscheduled with reasons); accept
all, accept the ticked ones, or discard.  Applying is one undoable edit.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError
from ui.dialogs.errors import error_text
from ui.i18n import tr
from ui.layout_fit import fit_to_screen
from ui.scheduling.words import fill
from ui.session import Session


class _Signals(QObject):
    progress = Signal(int, int)  # best value so far, bound (-1: none yet)
    finished = Signal(object)
    failed = Signal(str)


class _Run(QRunnable):
    """Solves a built problem on a pool thread (no database, no widgets)."""

    def __init__(self, problem: Any, time_limit: float, seed: int) -> None:
        super().__init__()
        self.problem, self.time_limit, self.seed = problem, time_limit, seed
        self.signals = _Signals()
        self.stop = threading.Event()
        self.setAutoDelete(False)

    def _report(self, value: int, bound: int | None) -> None:
        try:
            self.signals.progress.emit(value, -1 if bound is None else bound)
        except RuntimeError:  # the dialog has gone
            self.stop.set()

    def run(self) -> None:
        from models.scheduler.engine import solve

        try:
            outcome = solve(
                self.problem,
                time_limit=self.time_limit,
                seed=self.seed,
                progress=self._report,
                cancelled=self.stop.is_set,
            )
        except Exception as error:  # a bug: say so rather than hang the dialog
            with contextlib.suppress(RuntimeError):
                self.signals.failed.emit(
                    tr("Schedule meetings", "The scheduler stopped unexpectedly: %1").replace(
                        "%1", str(error)
                    )
                )
            return
        with contextlib.suppress(RuntimeError):
            self.signals.finished.emit(outcome)


class ScheduleDialog(QDialog):
    """Options, progress, the proposal, and what to do with it."""

    applied = Signal(int)  # meetings written

    def __init__(
        self, session: Session, timeline: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.timeline = timeline
        self.setObjectName("schedule-dialog")
        self.setWindowTitle(tr("Schedule meetings", "Schedule meetings"))
        fit_to_screen(self, QSize(760, 560))  # a 1024×640 laptop shows it whole
        self.time_limit = QSpinBox(self)
        self.time_limit.setRange(0, 600)
        self.time_limit.setValue(20)
        self.time_limit.setSuffix(tr("Schedule meetings", " s"))
        self.time_limit.setToolTip(
            tr(
                "Schedule meetings",
                "How long the optimiser may improve the first schedule; "
                "0: the fast first schedule only",
            )
        )
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        self.allow_moves = QCheckBox(
            tr("Schedule meetings", "Meetings whose invites were sent may move"), self
        )
        form = QFormLayout()
        form.addRow(tr("Schedule meetings", "Time &limit"), self.time_limit)
        form.addRow(tr("Schedule meetings", "&Seed"), self.seed)
        form.addRow("", self.allow_moves)
        self.status = QLabel(
            tr("Schedule meetings", "Press Schedule to place the meeting requests."), self
        )
        self.status.setObjectName("schedule-status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("proposal-list")
        self.tree.setAccessibleName(tr("Schedule meetings", "Proposal"))
        self.tree.setHeaderLabels(
            [tr("Schedule meetings", "Meeting"), tr("Schedule meetings", "When and where")]
        )
        self.tree.setColumnWidth(0, 380)
        self.start_button = QPushButton(tr("Schedule meetings", "&Schedule"), self)
        self.stop_button = QPushButton(tr("Schedule meetings", "S&top"), self)
        self.stop_button.setToolTip(
            tr("Schedule meetings", "Stop the search and show the best schedule found so far")
        )
        self.accept_all_button = QPushButton(tr("Schedule meetings", "Accept &all"), self)
        self.accept_some_button = QPushButton(tr("Schedule meetings", "Accept &ticked"), self)
        self.discard_button = QPushButton(tr("Schedule meetings", "&Discard"), self)
        buttons = QHBoxLayout()
        for b in (
            self.start_button,
            self.stop_button,
            None,
            self.accept_all_button,
            self.accept_some_button,
            self.discard_button,
        ):
            if b is None:
                buttons.addStretch(1)
            else:
                buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.accept_some_button.clicked.connect(self.accept_ticked)
        self.discard_button.clicked.connect(self.discard)
        self.run: _Run | None = None
        self.programme: Any = None
        self.problem: Any = None
        self.proposal: Any = None
        self._set_state("idle")

    def _set_state(self, state: str) -> None:
        running, ready = state == "running", state == "ready"
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.bar.setVisible(running)
        for b in (self.accept_all_button, self.accept_some_button):
            b.setEnabled(ready and bool(self.proposal and self._acceptable()))
        self.discard_button.setEnabled(ready)

    def _acceptable(self) -> list[Any]:
        return [m for m in self.proposal.meetings if not m.kept and (m.event_id is None or m.moved)]

    # -- running ---------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        from models.scheduler.problem import build_problem
        from models.scheduler.service import Scheduler

        self._clear_ghosts()
        scheduler = Scheduler(self.session.desk)
        try:
            self.programme = self.session.desk.programme()
            inputs = scheduler.inputs()
            if not inputs.requests:
                raise AppError(
                    tr(
                        "Schedule meetings",
                        "There are no meeting requests to schedule. Import some with "
                        "File ▸ Import requests first.",
                    )
                )
            self.problem = build_problem(
                self.programme, inputs, allow_moves=self.allow_moves.isChecked()
            )
        except AppError as error:
            self.status.setText(error_text(error))
            return
        self.proposal = None
        self.tree.clear()
        self.status.setText(tr("Schedule meetings", "Placing the meetings…"))
        self.run = _Run(self.problem, float(self.time_limit.value()), self.seed.value())
        self.run.signals.progress.connect(self._progress)
        self.run.signals.finished.connect(self._finished)
        self.run.signals.failed.connect(self._failed)
        self._set_state("running")
        QThreadPool.globalInstance().start(self.run)

    @Slot()
    def stop(self) -> None:
        if self.run is not None:
            self.run.stop.set()
            self.status.setText(
                tr("Schedule meetings", "Stopping: keeping the best schedule found so far…")
            )

    @Slot(int, int)
    def _progress(self, value: int, bound: int) -> None:
        text = tr("Schedule meetings", "Best value so far: %1").replace("%1", str(value))
        if bound >= 0:
            text += tr("Schedule meetings", " · bound: %1").replace("%1", str(bound))
        self.status.setText(text)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.run = None
        self.status.setText(message)
        self._set_state("idle")

    @Slot(object)
    def _finished(self, outcome: Any) -> None:
        from models.scheduler.service import proposal_of

        self.run = None
        self.proposal = proposal_of(self.programme, self.problem, outcome)
        p = self.proposal
        if p.bound is not None:
            value = tr("Schedule meetings", "value %1 of at most %2")
        else:
            value = tr("Schedule meetings", "value %1")
        summary = fill(
            tr("Schedule meetings", "%1 new meetings, %2 moved, %3 requests unscheduled; %4."),
            len(p.new),
            len(p.moved),
            len(p.unscheduled),
            fill(value, p.value, p.bound),
        )
        self.status.setText(f"{summary} {_note(p.note)}".strip())
        self._fill()
        self._show_ghosts()
        self._set_state("ready")

    # -- the proposal ------------------------------------------------------------------

    def _fill(self) -> None:
        from ui.core_text import core_text
        from ui.i18n import span_text

        self.tree.clear()
        p = self.proposal
        groups = (
            (
                "scheduled",
                tr("Schedule meetings", "Scheduled (%1)"),
                [m for m in p.meetings if m.event_id is None],
            ),
            ("moved", tr("Schedule meetings", "Moved (%1)"), list(p.moved)),
            (
                "kept",
                tr("Schedule meetings", "Kept (%1)"),
                [m for m in p.meetings if m.kept or (m.event_id and not m.moved)],
            ),
        )
        for group, title, meetings in groups:
            top = QTreeWidgetItem(self.tree, [fill(title, len(meetings))])
            top.setExpanded(group != "kept")
            for m in meetings:
                item = QTreeWidgetItem(
                    top,
                    [
                        m.title,  # the title the event will have (data, as written)
                        f"{span_text(m.starts_at, m.ends_at, m.timezone)} · {m.venue}, {m.room}",
                    ],
                )
                item.setData(0, Qt.ItemDataRole.UserRole, m.key)
                if group != "kept":
                    item.setCheckState(0, Qt.CheckState.Checked)
        top = QTreeWidgetItem(
            self.tree, [fill(tr("Schedule meetings", "Unscheduled (%1)"), len(p.unscheduled))]
        )
        top.setExpanded(True)
        for u in p.unscheduled:
            why = core_text(u.reason)
            item = QTreeWidgetItem(top, [core_text(u.title), why])
            item.setToolTip(1, why)

    def ticked(self) -> list[int]:
        keys = []
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for k in range(top.childCount()):
                item = top.child(k)
                key = item.data(0, Qt.ItemDataRole.UserRole)
                if key is not None and item.checkState(0) == Qt.CheckState.Checked:
                    keys.append(int(key))
        return keys

    def _show_ghosts(self) -> None:
        show = getattr(self.timeline, "set_ghosts", None)
        if show is None or self.proposal is None:
            return
        from models.scheduler.service import ghost_events

        show(ghost_events(self.proposal))

    def _clear_ghosts(self) -> None:
        clear = getattr(self.timeline, "set_ghosts", None)
        if clear is not None:
            clear([])

    @Slot()
    def accept_all(self) -> None:
        self._apply(None)

    @Slot()
    def accept_ticked(self) -> None:
        self._apply(set(self.ticked()))

    def _apply(self, keys: set[int] | None) -> None:
        from models.scheduler.service import Scheduler

        scheduler = Scheduler(self.session.desk)
        proposal = self.proposal
        holder: dict[str, Any] = {}

        def do() -> int:
            holder["applied"], _ = scheduler.apply(proposal, keys)
            return len(holder["applied"].created) + len(holder["applied"].before)

        def undo() -> None:
            scheduler.undo(holder["applied"])

        try:
            written = self.session.push(
                tr("Schedule meetings", "Schedule meetings"), do, undo, ("events",)
            )
        except AppError as error:
            self.status.setText(error_text(error))
            return
        self._clear_ghosts()
        self.applied.emit(int(written))
        self.accept()

    @Slot()
    def discard(self) -> None:
        self._clear_ghosts()
        self.reject()

    def done(self, result: int) -> None:  # closing, however it is closed
        if self.run is not None:
            self.run.stop.set()
        self._clear_ghosts()
        super().done(result)


def _note(note: str) -> str:
    """The core's note on how the run went, in the interface language."""
    from ui.core_text import core_text

    return core_text(note)
