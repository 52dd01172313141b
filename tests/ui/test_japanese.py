"""The interface in Japanese: switched in Preferences, every visible string translated,
dates and names written the Japanese way, the compiled catalogue matching its source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from models import locale_text
from tests.ui.drawn import wait_drawn
from ui.app import WindowKeeper
from ui.event_editor import EventEditor
from ui.i18n import SETTING, current_language, install_translators, qm_path
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "delegation_desk_ja.ts"
BIN = Path(sys.executable).parent
#: Words that stay as they are in a Japanese interface: zone abbreviations, file
#: kinds, key names, units, the product's and the font's names.
KEPT = re.compile(
    r"Delegation Desk|IPA PGothic|IPA|CalDAV|Ctrl|Shift|Alt|\b(IST|JST|UTC|CSV|PDF|ics|ICS|QR|"
    r"A4|mm|KB|MB|csv|pdf|Esc|Enter|OK|PostgreSQL)\b|\S+\.(db|sqlite)\b|[A-Z][A-Za-z_]+/[A-Za-z_/]+|\S+@\S+|<[^>]+>|&\w+;"
)


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (PySide6's Qt tools) is not installed")
    return path


@pytest.fixture
def english_again(qapp) -> Iterator[None]:
    yield
    install_translators(qapp, "en")


def data_words(desk) -> set[str]:
    """What the programme itself says (titles, names, places): shown as entered."""
    words: set[str] = set()
    for event in desk.events():
        words.add(event.title)
    for person in desk.people():
        words |= {person.family_name, person.given_name, person.display_name}
    for org in desk.organisations():
        words.add(org.name)
    for venue in desk.venues():
        words |= {venue.name, venue.city, *(room.name for room in venue.rooms)}
    for delegation in desk.delegations():
        words.add(delegation.name)
    # The core's clash messages are written in English by models.clashes.
    words |= {clash.message for clash in desk.clashes()}
    return {w for w in words if w}


def untranslated(texts: list[str], data: set[str]) -> list[str]:
    """The texts with English words left once data and kept words are taken out."""
    left = []
    for text in texts:
        rest = text.replace("&", "")
        for word in sorted(data, key=len, reverse=True):
            rest = rest.replace(word, " ")
        rest = KEPT.sub(" ", rest)
        if re.search(r"[A-Za-z]{2,}", rest):
            left.append(text)
    return left


def menu_texts(menu: QMenu, skip: set[str]) -> list[str]:
    texts = [menu.title()]
    if menu.objectName() in skip:
        return texts
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            texts += menu_texts(action.menu(), skip)
        else:
            texts += [action.text(), action.statusTip()]
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every string a person sees in ``root`` (not what is painted from data)."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts.append(widget.currentText())
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation().value == 1 else 0
            texts += [str(model.headerData(c, widget.orientation()) or "") for c in range(count)]
    return [t for t in texts if t and t.strip()]


def spoken_texts(root: QWidget) -> list[str]:
    """What a screen reader says or a pointer shows in ``root``'s window: every widget's
    accessible name and description, tooltip, status tip and "What's this?", shown
    now or not, and those of the window's actions."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
                  widget.statusTip(), widget.whatsThis()]  # fmt: skip
    for action in root.findChildren(QAction):
        texts += [action.toolTip(), action.statusTip(), action.whatsThis()]
    return [t for t in texts if t and t.strip()]


def window_texts(window) -> list[str]:
    texts = visible_texts(window)
    for action in window.menuBar().actions():
        texts += menu_texts(action.menu(), skip={"recent-menu"})
    for row in range(window.nav.count()):
        texts.append(window.nav.item(row).text())
    return texts


def editor_texts(editor: EventEditor) -> list[str]:
    texts = []
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        texts += visible_texts(editor)
    return texts


def switch_in_preferences(qtbot, keeper: WindowKeeper, language: str) -> None:
    from ui.dialogs.preferences import PreferencesDialog
    from ui.language_tab import LanguageTab

    dialog = PreferencesDialog(keeper.settings, keeper.window)
    tabs = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    tab = next(t for t in tabs if isinstance(t, LanguageTab))
    tab.language.setCurrentIndex(tab.language.findData(language))
    old = keeper.window
    dialog.accept()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: keeper.window is not old)


@pytest.fixture
def keeper(qtbot, sample_desk, settings, english_again) -> Iterator[WindowKeeper]:
    install_translators(QApplication.instance(), "en")
    settings.setValue(SETTING, "en")
    kept = WindowKeeper(Session(sample_desk), settings)
    kept.window.show()
    qtbot.waitExposed(kept.window)
    yield kept
    kept.window.language_changed.disconnect(kept.rebuild)
    kept.window.close()
    kept.window.deleteLater()


def test_english_strings_are_found_by_the_check(keeper, sample_desk) -> None:
    """The check below can fail: in English, nearly every string is reported."""
    left = untranslated(window_texts(keeper.window), data_words(sample_desk))
    assert "&File" in left and "Programme" in left
    keeper.window.show_page("people")
    spoken = untranslated(spoken_texts(keeper.window), data_words(sample_desk))
    assert {"Navigation", "People table", "Edit person", "Filter the current list"} <= set(spoken)


def test_preferences_switch_the_whole_window_and_the_editor_to_japanese(
    qtbot, keeper, sample_desk
) -> None:
    switch_in_preferences(qtbot, keeper, "ja")
    assert current_language() == "ja"
    window = keeper.window
    window.show()
    wait_drawn(qtbot, window)
    qtbot.waitUntil(lambda: "…" not in window.clash_label.text())
    data = data_words(sample_desk)
    texts = window_texts(window)
    assert "ファイル(&F)" in texts
    assert untranslated(texts, data) == []
    for page in ("events", "people"):
        window.show_page(page)
        assert untranslated(visible_texts(window), data) == [], page
    # accessible names and descriptions, tooltips, status tips: of every page
    for page in ("programme", "events", "people", "organisations", "venues", "delegations"):
        window.show_page(page)
        assert untranslated(spoken_texts(window), data) == [], page
    assert "人物の一覧" in spoken_texts(window)
    window.show_page("programme")
    date_text = window.programme.date_edit.text()
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日\([月火水木金土日]\)", date_text), date_text

    event = next(e for e in sample_desk.events() if e.participations)
    editor = EventEditor(window.session, event.id, window)
    qtbot.addWidget(editor)
    editor.show()
    left = untranslated(editor_texts(editor), data)
    assert left == [], left
    left = untranslated(spoken_texts(editor), data)
    assert left == [], left
    assert {"開始", "開始日時（両方の時間帯）"} <= set(spoken_texts(editor))
    assert editor.windowTitle().startswith("「")
    assert "年" not in editor.details.starts.echo.text()  # a short date beside the time
    assert re.search(r"\d+月\d+日\(.\) \d\d:\d\d", editor.details.starts.echo.text())

    switch_in_preferences(qtbot, keeper, "en")
    assert current_language() == "en"
    assert "&File" in window_texts(keeper.window)


def test_qt_s_own_strings_come_in_japanese_too(qapp, english_again) -> None:
    from PySide6.QtCore import QCoreApplication

    assert install_translators(qapp, "ja")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert QCoreApplication.translate("QLineEdit", "&Copy") != "&Copy"


def test_names_are_family_name_first_in_japanese(qapp, sample_desk, english_again) -> None:
    from ui.i18n import person_text
    from ui.people_picker import person_label

    person = next(p for p in sample_desk.people() if p.name_japanese and p.given_name)
    assert person_text(person).endswith(person.family_name)
    install_translators(qapp, "ja")
    assert person_text(person) == f"{person.family_name} {person.given_name}"
    assert person_label(person).startswith(person.name_japanese)


def test_dates_the_japanese_way() -> None:
    moment = datetime(2026, 12, 1, 10, 0)
    assert locale_text.date_time(moment, "ja") == "2026年12月1日(火) 10:00"
    assert locale_text.date_time(moment, "en") == "Tue 1 Dec 2026 10:00"
    assert locale_text.short_date(date(2026, 12, 2), "ja") == "12月2日(水)"
    start = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)
    end = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    assert locale_text.span(start, end, "Asia/Kolkata", "ja") == "2026年12月1日(火) 10:00–11:30 IST"
    assert locale_text.side_by_side(start, "Asia/Kolkata", "Asia/Tokyo", "ja") == (
        "12月1日(火) 10:00 IST（インド） · 13:30 JST（日本）"
    )
    assert locale_text.person_name("Tanaka", "Aiko", "ja") == "Tanaka Aiko"
    assert locale_text.person_name("Tanaka", "Aiko", "ja", "田中 愛子") == "田中 愛子"
    assert locale_text.person_name("Tanaka", "Aiko", "en") == "Aiko Tanaka"


def test_the_compiled_catalogue_is_the_source_compiled(tmp_path) -> None:
    """resources/i18n/*.qm is committed: it must be what lrelease makes of the .ts."""
    compiled = tmp_path / "check.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True,
                   capture_output=True)  # fmt: skip
    assert compiled.read_bytes() == qm_path("ja").read_bytes(), (
        "run: pyside6-lrelease resources/i18n/delegation_desk_ja.ts "
        "-qm resources/i18n/delegation_desk_ja.qm"
    )


def test_every_string_in_the_code_has_its_japanese(tmp_path) -> None:
    """lupdate finds no string of ui/ missing from the catalogue or left unfinished."""
    copy = tmp_path / "check_ja.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-tr-function-alias", "translate+=tr", "-locations", "none",
         "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    missing = []
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append(f"{name}: {message.findtext('source')}")
    assert missing == [], "strings without Japanese; see README ▸ Translations: " + "; ".join(
        missing[:20]
    )


def test_the_core_s_problems_and_clashes_show_in_japanese(qtbot, qapp, sample_desk, english_again):
    """Validation problems and clash descriptions are written by models/ (no Qt): the
    window shows them in Japanese, while the command line keeps the English text."""
    from ui.clash_panel import ClashPanel
    from ui.dialogs import PersonDialog

    session = Session(sample_desk)
    install_translators(qapp, "ja")
    dialog = PersonDialog(session)
    qtbot.addWidget(dialog)
    dialog.email.setText("nobody-at-example")
    dialog.accept()
    shown = dialog.problems.text()
    assert "姓が入力されていません。" in shown
    assert "メールアドレス「nobody-at-example」が正しくありません" in shown
    assert untranslated([shown], {"nobody-at-example"}) == [], shown

    event = next(e for e in sample_desk.events() if e.participations)
    editor = EventEditor(session, event.id)
    qtbot.addWidget(editor)
    editor.details.title.clear()
    editor._revalidate()
    assert "件名が入力されていません。" in editor.problems.text()

    clashes = sample_desk.clashes()
    assert clashes and all(c.message.isascii() or "“" in c.message for c in clashes)
    panel = ClashPanel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    texts = [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())]
    assert len(texts) == len(clashes)
    assert any("重複して予定されています" in t for t in texts), texts
    assert untranslated(texts, data_words(sample_desk) - {c.message for c in clashes}) == []


def record_dialogs(session: Session, parent: QWidget) -> list[QWidget]:
    """Every record dialog and page other than the event editor, on sample records."""
    from ui.dialogs import PersonDialog
    from ui.dialogs.export_feed import FeedDialog
    from ui.dialogs.places import DelegationDialog, VenueDialog
    from ui.dialogs.preferences import CalendarPreferences, PreferencesDialog
    from ui.dialogs.publishing import PublishDialog
    from ui.dialogs.records import OrganisationDialog
    from ui.protocol.checkin_desk import CheckInDesk
    from ui.protocol.ranks_editor import RanksEditor
    from ui.protocol.seating_editor import SeatingEditor
    from ui.protocol.vehicles_editor import VehiclesEditor

    desk = session.desk
    event = next(e for e in desk.events() if e.legs and e.participations)
    settings = parent.window().settings  # type: ignore[attr-defined]
    return [
        PersonDialog(session, desk.people()[0], parent),
        PersonDialog(session, None, parent),
        OrganisationDialog(session, desk.organisations()[0], parent),
        VenueDialog(session, next(v for v in desk.venues() if v.rooms), parent),
        DelegationDialog(session, desk.delegations()[0], parent),
        FeedDialog(session, parent),
        PublishDialog(session, CalendarPreferences(), parent),
        PreferencesDialog(settings, parent),
        CheckInDesk(session, event.id, parent),
        RanksEditor(session, parent),
        SeatingEditor(session, event.id or 0, parent),
        VehiclesEditor(session, event.id or 0, parent),
    ]


def dialog_texts(dialog: QWidget) -> list[str]:
    from PySide6.QtWidgets import QTabWidget

    texts = visible_texts(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            texts += visible_texts(dialog)
    return texts


def test_every_record_dialog_speaks_japanese(qtbot, keeper, sample_desk) -> None:
    """Person, organisation, venue and rooms, delegation, feed, publishing, preferences
    (mail, calendars), check-in desk, precedence, seating and vehicles: no English left."""
    switch_in_preferences(qtbot, keeper, "ja")
    window = keeper.window
    data = data_words(sample_desk)
    for person in sample_desk.people():
        data |= {person.display_name, person.full_name, person.position}
    for org in sample_desk.organisations():
        data |= {org.sector, org.website}
    data |= {"Asia/Kolkata", "Asia/Tokyo"}
    for venue in sample_desk.venues():
        data |= {venue.address, venue.region, venue.access_notes}
    for event in sample_desk.events():
        data |= {f"{leg.origin} → {leg.destination}" for leg in event.legs}
    # examples written as they are typed: codes, honorifics, addresses, key names
    data |= {"Mr、Ms、Dr、H.E.、Shri", "JP、IN", "IN、JP", "ja, en, hi", "https://…", "Enter",
             "https://calendar.example.org/desk/programme/", "smtp.example.org", "STARTTLS",
             "TLS"}  # fmt: skip
    left: dict[str, list[str]] = {}
    for dialog in record_dialogs(window.session, window):
        qtbot.addWidget(dialog)
        dialog.show()
        found = untranslated(dialog_texts(dialog), {w for w in data if w})
        found += untranslated(spoken_texts(dialog), {w for w in data if w})
        if found:
            left[type(dialog).__name__] = found
        dialog.close()
    assert left == {}, "; ".join(f"{k}: {v}" for k, v in left.items())


def test_deleting_asks_in_japanese_with_the_core_s_reasons(qtbot, qapp, sample_desk, english_again,
                                                           monkeypatch):  # fmt: skip
    """The delete dialogs and what the core says depends on the record are in Japanese."""
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.deleting import delete_record

    install_translators(qapp, "ja")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        "\n".join((box.windowTitle(), box.text(), box.informativeText()))) or 0)  # fmt: skip
    session = Session(sample_desk)
    person = next(p for p in sample_desk.people() if p.name_japanese and p.id is not None
                  and sample_desk.person_dependants(p.id).affected)  # fmt: skip
    assert not delete_record(session, "people", person, None)  # answered Cancel
    venue = next(
        v for v in sample_desk.venues() if sample_desk.venue_dependants(v.id or 0).blocking
    )
    assert not delete_record(session, "venues", venue, None)
    asked, refused = shown
    assert asked.startswith("人物を削除しますか？")
    assert f"{person.name_japanese}は「" in asked  # the core's line, family name first
    assert refused.startswith("会場を削除できません") and "で行われます。" in refused
    data = data_words(sample_desk) | {person.full_name, person.display_name}
    assert untranslated(shown, data) == [], shown
