"""Fixtures for the window's tests: a session over a small programme."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from models.entities import Event, Organisation, Participation, Person, Room, Venue
from models.services import Desk


@pytest.fixture(autouse=True)
def collect_between_tests(qapp) -> Iterator[None]:
    """Windows of a test are deleted and their Python cycles collected when it ends.

    Left to the garbage collector's own timing, a cycle of Qt wrappers made by one test
    is freed in the middle of a later one, while Qt is deleting or building other
    objects: collecting here, with nothing else running, keeps each test's objects its own.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def switch_language(language: str) -> bool:
    """Install ``language``'s translators, as Preferences does (whether its catalogue loaded)."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators

    # windows of earlier tests waiting to be deleted go first: a language change
    # reaching a window deleted before it could answer is not the test's subject
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    loaded = install_translators(QApplication.instance(), language)
    QApplication.processEvents()
    return loaded


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    """The interface in Japanese for one test, then in English again."""
    assert switch_language("ja")
    yield
    switch_language("en")


@pytest.fixture
def told_window(qtbot, sample_desk, settings, monkeypatch):
    """The main window on the sample; each message box's texts are kept in ``told``, not shown."""
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow
    from ui.session import Session

    told: list[str] = []

    def record(box: QMessageBox) -> int:
        told.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    win = MainWindow(Session(sample_desk), settings)
    win.told = told  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    return win


@pytest.fixture
def people_desk(desk: Desk) -> Desk:
    """A few organisations, people with and without Japanese names, a venue and an event."""
    meti = desk.save_organisation(Organisation(name="METI", country="JP"))
    lohum = desk.save_organisation(Organisation(name="Lohum", country="IN"))
    people = [
        Person(family_name="Tanaka", given_name="Aiko", name_japanese="田中 愛子",
               organisation_id=meti.id, email="aiko.tanaka@example.jp"),
        Person(family_name="Yamada", given_name="Taro", name_japanese="山田 太郎",
               organisation_id=meti.id, email="taro.yamada@example.jp"),
        Person(family_name="Sharma", given_name="Priya", organisation_id=lohum.id,
               email="priya.sharma@example.in"),
        Person(family_name="Tanabe", given_name="Kenji", name_japanese="田辺 健二",
               email="kenji.tanabe@example.jp"),
    ]  # fmt: skip
    stored = [desk.save_person(p) for p in people]
    venue = desk.save_venue(
        Venue(
            name="Embassy of Japan",
            city="New Delhi",
            timezone="Asia/Kolkata",
            rooms=(Room(name="Hall", capacity=80),),
        )
    )
    desk.save_event(
        Event(
            title="Battery conference",
            starts_at=datetime(2026, 12, 1, 4, 30, tzinfo=UTC),
            ends_at=datetime(2026, 12, 1, 6, 30, tzinfo=UTC),
            timezone="Asia/Kolkata",
            venue_id=venue.id,
            participations=(Participation(person_id=stored[0].id or 0),),
        )
    )
    return desk


@pytest.fixture
def session(people_desk: Desk, qapp):
    from ui.session import Session

    return Session(people_desk)


@pytest.fixture
def type_text(qtbot):
    """``type_text(widget, text)``: type key by key (see :func:`_type_text`)."""
    return lambda widget, text: _type_text(qtbot, widget, text)


def _type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key into ``widget``.

    ``qtbot.keyClicks`` handles Latin-1 only (QTest aborts on other
    characters), so characters such as kanji are sent as key events carrying
    their text, the way a keyboard layout or input method delivers them.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                Qt.KeyboardModifier.NoModifier,
            )  # fmt: skip


@pytest.fixture
def settings(tmp_path, qapp):
    """Window settings in a file of this test's own (never the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sample_desk(desk: Desk) -> Desk:
    from models.sample import load_sample

    load_sample(desk)
    return desk


@pytest.fixture(autouse=True)
def privacy_mode_off():
    """Privacy mode (View ▸ Hide confidential titles) is one switch for the whole
    application: each test ends with it off and with no titles remembered."""
    yield
    import sys

    privacy = sys.modules.get("ui.privacy")
    if privacy is not None:
        privacy.set_hiding(False)
        privacy.privacy().titles.clear()
