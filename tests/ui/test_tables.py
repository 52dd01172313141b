"""The record tables: model contracts, filtering as you type, add, delete and undo."""

from __future__ import annotations

import warnings
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from models.entities import Person
from ui.tables import (
    DelegationsModel,
    EventsModel,
    OrganisationsModel,
    PeopleModel,
    TablePage,
    VenuesModel,
    make_pages,
)


@pytest.mark.parametrize(
    "model_class", [PeopleModel, OrganisationsModel, VenuesModel, DelegationsModel, EventsModel]
)
def test_every_table_model_keeps_the_qt_contract(qtmodeltester, session, model_class) -> None:
    model = model_class()
    model.load(session.desk)
    assert model.rowCount() > 0 or model_class is DelegationsModel
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("a")
    qtmodeltester.check(model)


def _names(page: TablePage) -> list[str]:
    return [page.model.record_at(r).family_name for r in range(page.model.rowCount())]


@pytest.fixture
def people_page(qtbot, session) -> TablePage:
    pages = make_pages(session)
    page = pages["people"]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_typing_a_japanese_name_filters_the_people_table(qtbot, type_text, people_page) -> None:
    assert sorted(_names(people_page)) == ["Sharma", "Tanabe", "Tanaka", "Yamada"]
    type_text(people_page.filter, "田中")
    assert _names(people_page) == ["Tanaka"]
    people_page.filter.clear()
    type_text(people_page.filter, "田")  # both 田中 and 田辺, and 山田
    assert sorted(_names(people_page)) == ["Tanabe", "Tanaka", "Yamada"]
    type_text(people_page.filter, "辺")
    assert _names(people_page) == ["Tanabe"]
    assert people_page.count.text() == "1 of 4"


def test_filter_matches_name_without_the_space_organisation_and_email(
    qtbot, type_text, people_page
) -> None:
    type_text(people_page.filter, "山田太郎")
    assert _names(people_page) == ["Yamada"]
    people_page.filter.clear()
    type_text(people_page.filter, "lohum")
    assert _names(people_page) == ["Sharma"]
    people_page.filter.clear()
    type_text(people_page.filter, "TANAKA@EXAMPLE")
    assert _names(people_page) == ["Tanaka"]
    people_page.filter.clear()
    type_text(people_page.filter, "aiko tanaka")
    assert _names(people_page) == ["Tanaka"]


def test_clicking_a_header_sorts_the_people(qtbot, people_page) -> None:
    header = people_page.table.horizontalHeader()
    x = header.sectionViewportPosition(1) + 5  # given name
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    given = [people_page.model.record_at(r).given_name for r in range(4)]
    assert given in (sorted(given), sorted(given, reverse=True))
    assert given[0] in ("Aiko", "Taro")


def test_adding_a_person_through_the_dialog_stores_them(
    qtbot, type_text, people_page, session
) -> None:
    from ui.dialogs import PersonDialog

    def fill() -> None:
        dialog = next(w for w in people_page.findChildren(PersonDialog) if w.isVisible())
        type_text(dialog.family_name, "Suzuki")
        type_text(dialog.given_name, "Hanako")
        type_text(dialog.name_japanese, "鈴木 花子")
        type_text(dialog.email, "hanako.suzuki@example.jp")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(people_page.add_button, Qt.MouseButton.LeftButton)
    stored = [p for p in session.desk.people() if p.family_name == "Suzuki"]
    assert [(p.given_name, p.name_japanese, p.email) for p in stored] == [
        ("Hanako", "鈴木 花子", "hanako.suzuki@example.jp")
    ]
    assert "Suzuki" in _names(people_page)


def test_a_person_with_a_bad_email_is_not_saved_and_says_why(qtbot, type_text, session) -> None:
    from ui.dialogs import PersonDialog

    dialog = PersonDialog(session)
    qtbot.addWidget(dialog)
    type_text(dialog.family_name, "Kapoor")
    type_text(dialog.email, "not-an-address")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "not valid" in dialog.problems.text()
    assert not [p for p in session.desk.people() if p.family_name == "Kapoor"]


def test_delete_asks_then_undo_restores_the_person(
    qtbot, type_text, people_page, session, monkeypatch
):
    asked: list[str] = []

    def answer_yes(box: QMessageBox) -> int:
        asked.append(box.text() + "\n" + box.informativeText())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    type_text(people_page.filter, "Tanaka")
    people_page.select_id(people_page.model.record_at(0).id)
    tanaka = people_page.current_record()
    qtbot.mouseClick(people_page.delete_button, Qt.MouseButton.LeftButton)
    assert "Battery conference" in asked[0]
    assert tanaka.id not in {p.id for p in session.desk.people()}
    assert session.desk.programme().events[0].participations == ()

    session.undo_stack.undo()  # what Ctrl+Z triggers (tested through the window elsewhere)
    # the same record again; its row version goes on counting
    assert replace(session.desk.person(tanaka.id), version=0) == replace(tanaka, version=0)
    assert [p.person_id for p in session.desk.programme().events[0].participations] == [tanaka.id]
    assert _names(people_page) == ["Tanaka"]


def test_a_venue_in_use_cannot_be_deleted_and_the_reason_is_shown(qtbot, session, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    page = make_pages(session)["venues"]
    qtbot.addWidget(page)
    page.show()
    page.select_id(page.model.record_at(0).id)
    page.delete()
    assert "Battery conference" in shown[0]
    assert len(session.desk.venues()) == 1


def test_a_person_with_no_ties_is_deleted_at_once(qtbot, session, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(box.text()))
    page = make_pages(session)["people"]
    qtbot.addWidget(page)
    page.show()
    sharma = next(p for p in session.desk.people() if p.family_name == "Sharma")
    page.select_id(sharma.id)
    page.delete()
    assert sharma.id not in {p.id for p in session.desk.people()}


def test_model_keeps_filter_and_sort_across_reload(session) -> None:
    model = PeopleModel()
    model.load(session.desk)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("example.jp")
    session.desk.save_person(Person(family_name="Abe", email="abe@example.jp"))
    model.load(session.desk)
    assert [model.record_at(r).family_name for r in range(model.rowCount())] == [
        "Yamada", "Tanaka", "Tanabe", "Abe"
    ]  # fmt: skip


def test_a_big_table_is_reread_off_the_gui_thread_after_a_change(qtbot, session, monkeypatch):
    import ui.tables.page

    monkeypatch.setattr(ui.tables.page, "BACKGROUND_ROWS", 2)
    page = make_pages(session)["people"]
    qtbot.addWidget(page)
    page.show()
    page.select_id(next(p.id for p in session.desk.people() if p.family_name == "Yamada"))
    session.save_record(Person(family_name="Abe", email="abe@example.jp"))
    assert page.count.text() == "Updating…"
    assert "Abe" not in _names(page)  # the old rows stay until the new ones are ready
    qtbot.waitUntil(lambda: "Abe" in _names(page), timeout=5000)
    assert page.count.text() == "5"
    assert page.current_record().family_name == "Yamada"  # the selection is kept


def test_the_import_preview_model_keeps_the_qt_contract(qtmodeltester, session, tmp_path):
    from models.people_import import plan_import
    from ui.dialogs.import_people import ImportRowsModel, read_candidates

    csv = tmp_path / "people.csv"
    csv.write_text(
        "Family name,Given name,Email\nIto,Yumi,yumi.ito@example.jp\n,Nameless,bad@\n",
        encoding="utf-8",
    )
    model = ImportRowsModel()
    model.set_records(plan_import(session.desk, read_candidates(str(csv))).rows)
    qtmodeltester.check(model)
    model.sort(1)
    assert [model.record_at(r).valid for r in range(2)] == [False, True]


def test_only_a_csv_file_may_be_dropped_on_the_people_table(qtbot, people_page, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDragEnterEvent

    def enter(name: str) -> bool:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        with warnings.catch_warnings():  # the only constructor PySide offers is "deprecated"
            warnings.simplefilter("ignore", DeprecationWarning)
            event = QDragEnterEvent(
                QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
            )  # fmt: skip
        people_page.table.dragEnterEvent(event)
        return event.isAccepted()

    assert enter("people.CSV")
    assert not enter("programme.db")


def test_the_filter_ignores_width_case_and_kana_script(session) -> None:
    session.desk.save_person(Person(family_name="Kato", name_japanese="カトウ ユミ"))
    model = PeopleModel()
    model.load(session.desk)
    for typed in ("かとう", "ｶﾄｳ", "ＫＡＴＯ"):
        model.set_filter_text(typed)
        assert [model.record_at(r).family_name for r in range(model.rowCount())] == ["Kato"]


def test_each_row_hands_out_its_record(session) -> None:
    from ui.tables import OBJECT_ROLE

    model = OrganisationsModel()
    model.load(session.desk)
    records = [model.index(r, 3).data(OBJECT_ROLE) for r in range(model.rowCount())]
    assert records == session.desk.organisations()


def test_editing_an_organisation_saves_it_and_undo_puts_it_back(qtbot, type_text, session):
    from ui.dialogs import OrganisationDialog

    meti = next(o for o in session.desk.organisations() if o.name == "METI")
    dialog = OrganisationDialog(session, meti)
    qtbot.addWidget(dialog)
    dialog.sector.clear()
    type_text(dialog.sector, "Trade policy")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert session.desk.store.organisation(meti.id).sector == "Trade policy"
    session.undo_stack.undo()
    back = session.desk.store.organisation(meti.id)
    assert replace(back, version=0) == replace(meti, version=0)
    assert back.version == meti.version + 2  # saved, then undone: two writes


def test_a_venue_with_rooms_is_added_through_its_dialog(qtbot, type_text, session) -> None:
    from ui.dialogs import VenueDialog

    dialog = VenueDialog(session)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Taj Palace")
    dialog.timezone.setCurrentText("Asia/Kolkata")
    for name, capacity in (("Chambers 1", "20"), ("Chambers 2", "")):
        qtbot.mouseClick(_button(dialog, "Add room"), Qt.MouseButton.LeftButton)
        row = dialog.rooms.rowCount() - 1
        dialog.rooms.item(row, 0).setText(name)
        dialog.rooms.item(row, 1).setText(capacity)
    dialog.accept()
    venue = next(v for v in session.desk.venues() if v.name == "Taj Palace")
    assert [(r.name, r.capacity) for r in venue.rooms] == [("Chambers 1", 20), ("Chambers 2", None)]


def test_a_delegation_gets_its_members_from_the_search(qtbot, type_text, session) -> None:
    from ui.dialogs import DelegationDialog

    dialog = DelegationDialog(session)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "METI mission")
    type_text(dialog.search, "example.jp")
    dialog.found.selectAll()
    qtbot.mouseClick(_button(dialog, "Add selected people"), Qt.MouseButton.LeftButton)
    dialog.head.setCurrentIndex(dialog.head.findText("Aiko Tanaka (田中 愛子)"))
    dialog.accept()
    saved = next(d for d in session.desk.delegations() if d.name == "METI mission")
    names = {session.desk.person(i).family_name for i in saved.member_ids}
    assert names == {"Tanaka", "Yamada", "Tanabe"}
    assert session.desk.person(saved.head_id).family_name == "Tanaka"
    assert saved.home_timezone == "Asia/Tokyo"


def _button(dialog, accessible_name: str):
    return next(
        b for b in dialog.findChildren(QPushButton) if b.accessibleName() == accessible_name
    )
