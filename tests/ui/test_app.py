"""Starting the window: refused files, crash dialog, fonts, first run, CSV import."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.app import excepthook, register_fonts, run
from ui.main_window import MainWindow
from ui.session import Session

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    """Every message box shown (answered with Yes) instead of blocking the test."""
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", capture)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    return shown


def test_a_damaged_file_gives_a_dialog_and_is_left_unchanged(qapp, tmp_path, boxes) -> None:
    damaged = tmp_path / "programme.db"
    good = sqlite3.connect(damaged)
    good.execute("CREATE TABLE t (x)")
    good.commit()
    good.close()
    data = bytearray(damaged.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page
    damaged.write_bytes(bytes(data))
    before = damaged.read_bytes()

    assert run(str(damaged)) == 2
    assert len(boxes) == 1
    assert "programme.db" in boxes[0].text() + boxes[0].informativeText()
    assert damaged.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.db"]


def test_a_file_of_another_program_is_refused(qapp, tmp_path, boxes) -> None:
    foreign = tmp_path / "notes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    assert run(str(foreign)) == 2
    assert "another program" in boxes[0].text()
    assert foreign.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(qapp, tmp_path, desk, boxes) -> None:
    path = Path(desk.store.path)
    desk.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    copy = tmp_path / "newer.db"
    shutil.copy(path, copy)
    before = copy.read_bytes()
    assert run(str(copy)) == 2
    assert "newer version" in boxes[0].text()
    assert boxes[0].windowTitle() == "Database from a newer version"
    assert copy.read_bytes() == before


def test_an_unexpected_error_shows_a_crash_dialog_with_details(
    qapp, tmp_path, boxes, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    monkeypatch.setattr(sys, "__stderr__", None)
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError:
        excepthook(*sys.exc_info())
    assert len(boxes) == 1
    box = boxes[0]
    assert "Your data is safe" in box.text()
    assert "ZeroDivisionError: a bug" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    logs = list(tmp_path.rglob("crash-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError" in logs[0].read_text(encoding="utf-8")


def test_the_shipped_japanese_font_is_registered(qapp) -> None:
    family = register_fonts(qapp)
    assert family.startswith("IPA")
    assert family in qapp.font().families()


def test_first_run_offers_the_sample_programme(qtbot, desk, settings, boxes) -> None:
    window = MainWindow(Session(desk), settings)
    qtbot.addWidget(window)
    window.show()
    window.offer_sample_if_new()
    assert "sample programme" in boxes[0].text()
    assert len(desk.people()) > 50 and desk.events()
    qtbot.waitUntil(lambda: "clash" in window.clash_label.text())
    window.offer_sample_if_new()  # asked once only
    assert len(boxes) == 1


def test_dropping_a_csv_on_the_people_table_previews_then_imports(
    qtbot, sample_desk, settings, tmp_path, monkeypatch, boxes
) -> None:
    from ui.dialogs.import_people import ImportPreviewDialog

    previews: list[ImportPreviewDialog] = []

    def accept_valid_rows(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog)
        dialog.import_valid.click()
        return ImportPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept_valid_rows)
    session = Session(sample_desk)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show_page("people")
    page = window.tables["people"]
    before = len(sample_desk.people())
    csv = tmp_path / "people.csv"
    shutil.copy(DATA / "people_bad_rows.csv", csv)

    from PySide6.QtCore import QMimeData, QPoint, Qt
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(session.changed, timeout=10000):
        page.table.dropEvent(drop)
    dialog = previews[0]
    rows = dialog.plan.rows
    assert dialog.model.rowCount() == len(rows)
    bad = [r for r in rows if not r.valid]
    assert bad and all(r.problems for r in bad)
    first = dialog.model.record_at(0)  # rows with problems are listed first
    assert not first.valid and dialog.model.index(0, 7).data() == " ".join(first.problems)
    assert not dialog.import_all.isEnabled()
    imported = len(sample_desk.people()) - before
    assert imported == len(dialog.plan.valid_rows) > 0
    assert "Imported" in boxes[-1].text()

    session.undo_stack.undo()
    assert len(sample_desk.people()) == before


def test_garbage_collection_is_back_on_after_start_or_refusal(
    qtbot, tmp_path, boxes, desk, settings
) -> None:
    """The window's start runs without garbage collection; it must always come back."""
    import argparse
    import gc

    import main
    from ui.app import collect_garbage_again
    from ui.session import Session

    foreign = tmp_path / "notes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    assert main.run_gui(argparse.Namespace(db=str(foreign))) == 2  # refused: a dialog
    assert gc.isenabled()

    gc.disable()
    try:
        window = MainWindow(Session(desk), settings)
        qtbot.addWidget(window)
        window.first_painted.connect(collect_garbage_again)
        with qtbot.waitSignal(window.first_painted, timeout=5000):
            window.show()
        assert gc.isenabled()
    finally:
        gc.enable()


def test_names_in_indian_scripts_display_with_the_fonts_packs_print(qapp) -> None:
    from PySide6.QtGui import QTextLayout

    register_fonts(qapp)
    assert "Noto Sans Devanagari" in qapp.font().families()
    for text, family in (
        ("प्रिया शर्मा", "Noto Sans Devanagari"),
        ("সৌমিত্র", "Noto Sans Bengali"),
        ("முருகன்", "Noto Sans Tamil"),
    ):
        layout = QTextLayout(text, qapp.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        assert runs, text
        for glyphs in runs:
            assert glyphs.rawFont().familyName() == family
            assert 0 not in glyphs.glyphIndexes()  # no empty box


def test_a_label_mixing_scripts_draws_without_font_warnings(qapp, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    register_fonts(qapp)
    label = QLabel("Priya Sharma प्रिया शर्मा · 田中 愛子 · সৌমিত্র · முருகன் · Kṣatriya ✓")
    qtbot.addWidget(label)
    label.show()
    assert not label.grab().isNull()


def test_which_text_needs_the_shipped_fonts() -> None:
    from ui.app import needs_shipped_fonts

    latin = ["Site visit: Lohum Cleantech", "Café Déjà Vu", "“Quoted” – dash… • x", ""]
    assert not needs_shipped_fonts(latin)
    for text in ("田中 愛子", "ナガノ", "टाटा मोटर्स", "টাটা", "₹ 500", "★"):
        assert needs_shipped_fonts([*latin, text]), text


@pytest.fixture
def fonts_for(qtbot, sample_desk, settings, monkeypatch: pytest.MonkeyPatch):
    """A window on the sample, and ``fonts_for(language)``: the shipped fonts' registrations
    that :func:`ui.app.register_fonts_when_needed` made for it (recorded, not made)."""
    import ui.app

    calls: list[str] = []
    monkeypatch.setattr(ui.app, "register_fonts", lambda app: calls.append("registered") or "")
    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)

    def registered(language: str) -> list[str]:
        calls.clear()
        ui.app.register_fonts_when_needed(QApplication.instance(), window, language)
        return calls

    registered.window = window  # type: ignore[attr-defined]
    return registered


def test_an_english_window_on_latin_text_gets_the_shipped_fonts_once_drawn(
    qtbot, fonts_for
) -> None:
    calls = fonts_for("en")
    assert calls == []  # the first picture needs none of them
    fonts_for.window.show()
    qtbot.waitUntil(lambda: calls == ["registered"])


def test_kanji_in_the_first_picture_or_a_japanese_window_gets_them_before_it(
    sample_desk, fonts_for
) -> None:
    from dataclasses import replace

    assert fonts_for("ja") == ["registered"]
    window = fonts_for.window
    shown = window.programme.events[0]
    sample_desk.save_event(replace(shown, title="日印バッテリー協議"))
    window.programme.reload()
    assert fonts_for("en") == ["registered"]
