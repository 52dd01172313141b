"""File ▸ Import people in the window, with a damaged file or a plan gone stale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from models.entities import Organisation
from models.services import Desk
from models.store import Store
from ui.session import Session


def settle() -> None:
    """Let the pool thread leave its last ``emit`` before the runners it reported to go."""
    assert QThreadPool.globalInstance().waitForDone(30000)


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", capture)
    return shown


def test_the_preview_names_the_line_of_a_quote_that_never_closes(
    qtbot, session: Session, tmp_path: Path, boxes, monkeypatch
) -> None:
    from ui.dialogs import import_people

    previews: list[object] = []
    monkeypatch.setattr(import_people.ImportPreviewDialog, "exec", previews.append)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        'Family name,E-mail,Notes\nKapoor,raj@example.in,ok\nSato,aiko@example.jp,"late\n'
        "Rao,rao@example.in,x\n",
        encoding="utf-8",
    )
    before = len(session.desk.people())
    runner = import_people.preview_and_import(session, str(csv_file))
    assert runner is not None
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert "line 3: a quoted field opens here and its closing quote is missing" in boxes[0].text()
    assert previews == []
    assert len(session.desk.people()) == before
    settle()


def test_importing_a_preview_whose_organisation_was_deleted_meanwhile_says_so(
    qtbot, session: Session, tmp_path: Path, boxes, monkeypatch
) -> None:
    from ui.dialogs import import_people

    org = session.desk.save_organisation(Organisation(name="Attero"))
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("Family name,Organisation\nGupta,Attero\n", encoding="utf-8")

    def delete_then_accept(dialog: import_people.ImportPreviewDialog) -> int:
        other = Desk(Store.open(session.desk.store.path, create=False))
        assert org.id is not None
        other.delete_organisation(org.id)
        other.close()
        return import_people.ImportPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(import_people.ImportPreviewDialog, "exec", delete_then_accept)
    before = len(session.desk.people())
    runners = [import_people.preview_and_import(session, str(csv_file))]
    original = import_people.run_import
    monkeypatch.setattr(
        import_people, "run_import", lambda *a, **k: runners.append(original(*a, **k))
    )
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert "the organisation 'Attero' was deleted" in boxes[0].text()
    assert "IntegrityError" not in boxes[0].text()
    assert len(session.desk.people()) == before
    settle()


def test_the_preview_shows_cells_without_escape_sequences(qapp, session: Session) -> None:
    from exports.csv_import import parse_people_csv
    from models.people_import import plan_import
    from ui.dialogs.import_people import ImportRowsModel

    text = "Family name,E-mail\n\x1b]0;pwned\x07\x1b[2JSato,a\x1b[31m@example.jp\n"
    plan = plan_import(session.desk, parse_people_csv(text).candidates)
    model = ImportRowsModel()
    model.set_records(plan.rows)
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "Sato" in shown and "a@example.jp" in shown
    assert not any("\x1b" in str(cell) or "pwned" in str(cell) for cell in shown)
    assert not plan.rows[0].valid  # and the row itself is refused
