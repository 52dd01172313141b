"""Every dialog, page and window a coordinator opens from the menus, in Japanese.

The window is switched to Japanese in Preferences on the sample programme;
then each entry of each menu is used — once with nothing chosen (where an
entry first asks which event, person or delegation) and once with a record
chosen — on every page.  Each window the entry opens is read (see
:mod:`tests.ui.ja_walk`) and closed as a person would who changed their mind.
No string of the interface may be left in English; names, places and titles
from the programme, file names, codes (UTC, ICS, CSV, PDF) and key names stay
as they are.  Dates are written the Japanese way and names family name first.
"""

from __future__ import annotations

import os
import re

import pytest

from tests.ui.drawn import wait_drawn
from tests.ui.ja_context import OFFSCREEN_POPUPS, places, right_click
from tests.ui.ja_walk import CSV_VALUES, OPENS_NOTHING, FileAnswers, Seen, walk_menus
from tests.ui.test_japanese import (
    data_words,
    english_again,
    keeper,
    switch_in_preferences,
    untranslated,
)

__all__ = ["english_again", "keeper"]  # fixtures shared with tests/ui/test_japanese.py

#: English words that may stand in a Japanese dialog (beside test_japanese.KEPT):
#: examples of what to type, written in the form the program reads.
TYPED_EXAMPLES = {
    "postgresql://you@db.embassy.example.org/visit",
    "https://calendar.example.org/desk/programme/",
    "smtp.example.org",
    "STARTTLS",
    "TLS",
    "Mr、Ms、Dr、H.E.、Shri",
    "JP、IN",
    "IN、JP",
    "ja, en, hi",
    "https://…",
    "Enter",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "English",  # Preferences ▸ Language: each language named in itself
    "ja-en",  # a language pair, as typed
    "must、should、could、no",  # values of a meeting-request file, as typed in it
}
#: Report lines the core writes in English, shown as they come until they become messages
#: of their own (models/messages.py, ui/core_text.py): one pattern per kind of line.
CORE_REPORTS: list[re.Pattern[str]] = []
#: Dates written the English or the ISO way.
ENGLISH_DATE = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)


def the_data(desk) -> set[str]:
    """Everything the sample programme itself says, shown as it was entered."""
    words = data_words(desk)
    for person in desk.people():
        words.add(person.family_name.upper())  # as name cards and seating plans write it
        words |= {person.display_name, person.full_name, person.position, person.email,
                  person.name_japanese, person.phone, person.nationality}  # fmt: skip
    for org in desk.organisations():
        words |= {org.name, org.sector, org.website, org.country}
    for venue in desk.venues():
        words |= {venue.address, venue.region, venue.access_notes, venue.timezone}
    for event in desk.events():
        words |= {event.title, event.objectives, event.meeting_point, event.safety_notes,
                  event.notes, event.timezone}  # fmt: skip
        words |= {f"{leg.origin} → {leg.destination}" for leg in event.legs}
        words |= {leg.origin for leg in event.legs} | {leg.destination for leg in event.legs}
        words |= {text for leg in event.legs for text in (leg.vehicle, leg.driver_contact,
                                                          leg.notes)}  # fmt: skip
        words |= {text for item in event.agenda for text in (item.title, item.speaker_note)}
        for vehicle in desk.store.vehicles(event.id or 0):  # as typed: plates, kinds, drivers
            words |= {vehicle.plate, vehicle.kind, vehicle.driver, vehicle.notes}
    for delegation in desk.delegations():
        words |= {delegation.name, delegation.home_timezone, delegation.notes}
    # the rank tables: the coordinator's own words (the default one is written in English)
    from models.protocol.precedence import DEFAULT_ROWS

    tables = [DEFAULT_ROWS, *(t.rows for t in desk.store.rank_tables())]
    words |= {text for rows in tables for row in rows for text in (row.label, *row.keywords)}
    words |= CSV_VALUES
    return {str(w) for w in words | TYPED_EXAMPLES if w}


def english_order_names(desk) -> set[str]:
    """“Aiko Tanaka”: a Latin name given name first, which Japanese never writes — but
    for names the coordinator typed so as free text (a driver, a driver's contact),
    shown as typed."""
    typed = " ".join(
        [t for e in desk.events() for leg in e.legs for t in (leg.driver_contact, leg.notes)]
        + [t for v in desk.store.vehicles() for t in (v.driver, v.notes)]
        + [item.speaker_note for e in desk.events() for item in e.agenda]
    )
    return {
        name
        for p in desk.people()
        if p.given_name
        and p.family_name
        and p.given_name != p.family_name
        and (name := f"{p.given_name} {p.family_name}") not in typed
    }


#: Files and folders written, as chosen in the file dialogs; seat numbers (G3, HI1, T2.5).
#: An e-mail's recipient as the message will carry it (``Mr Aditya Hegde <a@example.org>``).
ADDRESSED = re.compile(r"^[^\n<>:]*<[^<>\s]+@[^<>\s]+>$", re.M)
PATHS = re.compile(r"(?:(?<=\s)|^)/\S+|\b[A-Z]{1,2}\d+(?:\.\d+)?\b", re.M)


#: A record named in Japanese quotation marks, its title perhaps shortened (「India–Japan Conf…」).
QUOTED = re.compile(r"「([^」]+)」")


def _shortened(quoted: str, data: set[str]) -> bool:
    """Whether ``quoted`` is the start of a title or name of the data, cut short to fit."""
    start = quoted.rstrip("…").rstrip()
    return len(start) >= 8 and any(word.startswith(start) for word in data)


def audit(where: str, texts: list[str], data: set[str], latin_first: set[str]) -> list[str]:
    """What is wrong with ``texts`` in a Japanese window: English left, dates written the
    English or ISO way, Latin names given name first."""
    found = []
    english, dates = [], []
    texts = [t for t in texts if not any(p.match(t) for p in CORE_REPORTS)]
    for text in texts:
        rest = QUOTED.sub(lambda m: " " if _shortened(m.group(1), data) else m.group(0), text)
        rest = PATHS.sub(" ", ADDRESSED.sub(" ", rest))
        for word in sorted(data, key=len, reverse=True):
            rest = rest.replace(word, " ")
        if untranslated([rest], set()):
            english.append(text)
        if ENGLISH_DATE.search(rest):
            dates.append(text)
    if english:
        found.append(f"{where}: English: {list(dict.fromkeys(english))}")
    if dates:
        found.append(f"{where}: dates not written the Japanese way: {dates[:3]}")
    texts = [ADDRESSED.sub(" ", t) for t in texts]
    names = sorted({name for text in texts for name in latin_first if name in text})
    if names:
        said = next(text for text in texts if names[0] in text)
        found.append(f"{where}: {len(names)} name(s) given name first, e.g. {names[:3]} "
                     f"(“{said[:120]}”)")  # fmt: skip
    return found


@pytest.fixture
def files(tmp_path, monkeypatch, sample_desk) -> FileAnswers:
    answers = FileAnswers(tmp_path / "chosen")
    answers.install(monkeypatch)
    return answers


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUPS)
def test_every_menu_entry_opens_japanese_windows(qtbot, keeper, sample_desk, files, tmp_path):
    from models.store.backups import snapshot_file

    snapshot_file(sample_desk.store.path, "import of people")  # Restore then lists a snapshot
    switch_in_preferences(qtbot, keeper, "ja")
    window = keeper.window
    window.show()
    wait_drawn(qtbot, window)
    qtbot.waitUntil(lambda: "…" not in window.clash_label.text())
    data = the_data(sample_desk)
    latin_first = english_order_names(sample_desk)
    problems: list[str] = []

    def report(path: str, _key: str, page: str, seen: list[Seen]) -> None:
        for shown in seen:
            where = f"{path} [{page}] → {shown.name()}"
            problems.extend(audit(where, shown.texts, data, latin_first))

    def wait(condition) -> None:
        qtbot.waitUntil(condition, timeout=60000)

    def right_clicks(shown, key: str) -> None:  # the right-click menus of each window too
        for place in places(shown):
            for menu in right_click(place):
                where = f"{key} → {type(shown).__name__}: right-click on {place.what}"
                problems.extend(audit(where, menu.texts, data, latin_first))
                if place.own:  # its entries are used by test_japanese_context_menus.py
                    problems.append(f"{where}: a menu of its own, not walked (see HOOKS there)")

    opened = walk_menus(window, sample_desk, tmp_path / "given", files, wait, report,
                        right_clicks)  # fmt: skip
    assert len(opened) > 50
    if os.environ.get("JA_WALK_LIST"):  # what was opened, to look at
        for key, seen in opened.items():
            print(key, [s.name() for s in seen])
    silent = sorted(k for k, seen in opened.items() if not seen and k not in OPENS_NOTHING)
    assert not silent, f"entries that opened nothing: {silent}"
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_check_finds_english_when_there_is_some(qtbot, qapp, sample_desk, settings):
    """In English, the same reading of a dialog reports its strings: the check can fail."""
    from tests.ui.ja_walk import all_tab_texts
    from ui.dialogs.preferences import PreferencesDialog
    from ui.i18n import install_translators

    install_translators(qapp, "en")
    dialog = PreferencesDialog(settings, None)
    qtbot.addWidget(dialog)
    dialog.show()
    found = audit("Preferences", all_tab_texts(dialog), the_data(sample_desk), set())
    assert found and "English" in found[0]
    names = english_order_names(sample_desk)
    assert audit("x", [f"Dear {next(iter(names))}"], set(), names)[-1].startswith("x: 1 name")
    assert "dates" in audit("x", ["Tue 1 Dec 2026 10:00"], set(), set())[-1]


def test_times_are_typed_and_shown_the_japanese_way(qtbot, qapp, sample_desk, english_again):
    """In Japanese the editor writes a start as 2026年12月1日 10:00 and reads it so typed
    (with or without the weekday, or with slashes); English keeps 2026-12-01 10:00."""
    from models.timezones import in_zone
    from ui.event_editor import EventEditor
    from ui.i18n import install_translators
    from ui.session import Session

    session = Session(sample_desk)
    event = next(e for e in sample_desk.events() if e.participations and not e.agenda)
    install_translators(qapp, "ja")
    editor = EventEditor(session, event.id)
    qtbot.addWidget(editor)
    starts = editor.details.starts
    local = in_zone(event.starts_at, event.timezone)
    assert starts.edit.text() == f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    assert starts.edit.placeholderText() == "2026年12月1日 10:00"
    for typed in (f"{local.year}年{local.month}月{local.day}日(火) 07:15",
                  f"{local.year}/{local.month}/{local.day} 07:15"):  # fmt: skip
        starts.edit.setText(typed)
        assert in_zone(starts.value(), event.timezone).strftime("%H:%M") == "07:15", typed
        assert "07:15 IST" in starts.echo.text()
    starts.edit.setText(f"{local.year}年{local.month}月{local.day}日 09:05")
    editor.details.ends.edit.setText(f"{local.year}年{local.month}月{local.day}日 09:50")
    editor.accept()
    stored = sample_desk.event(event.id or 0)
    assert in_zone(stored.starts_at, event.timezone).strftime("%Y-%m-%d %H:%M") == (
        f"{local:%Y-%m-%d} 09:05"
    )
    install_translators(qapp, "en")
    again = EventEditor(session, event.id)
    qtbot.addWidget(again)
    assert again.details.starts.edit.text() == f"{local:%Y-%m-%d} 09:05"


def test_an_import_s_report_in_japanese(qapp, english_again):
    """A people import's report, as the window shows it in Japanese: no English left but
    names, with its problems in Japanese too."""
    from models.messages import Message
    from models.people_import import ImportReport
    from ui.core_text import core_text
    from ui.i18n import install_translators

    missing = Message("{label} is missing.", label=Message("The family name"))
    problem = Message("line {line}: {problem}", line=4, problem=missing)
    report = ImportReport(
        imported=12,
        delegation="Japanese public–private delegation",
        organisations_created=tuple(f"Firm {c}" for c in "ABCDEFG"),
        skipped_rows=1,
        skipped=(problem,),
    )
    install_translators(qapp, "ja")
    shown = [core_text(report.headline()), *(core_text(p) for p in report.skipped)]
    assert "4 行目: 姓が入力されていません。" in shown
    data = {"Japanese public–private delegation", *(f"Firm {c}" for c in "ABCDEFG")}
    assert audit("import", shown, data, set()) == []


def test_the_dialogs_opened_from_within_windows_speak_japanese(qtbot, qapp, sample_desk,
                                                               english_again):  # fmt: skip
    """What the menus' windows open in turn: the editor's calendar and the people picker,
    the meeting requests' request and availability dialogs."""
    from models.scheduler.requests import MeetingRequest, Priority
    from tests.ui.ja_walk import all_tab_texts
    from ui.event_editor import EventEditor
    from ui.i18n import install_translators
    from ui.people_picker import PeoplePicker
    from ui.scheduling.requests_panel import RequestDialog, WindowDialog
    from ui.session import Session

    install_translators(qapp, "ja")
    session = Session(sample_desk)
    event = next(e for e in sample_desk.events() if e.participations)
    editor = EventEditor(session, event.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.details.starts.open_picker()
    org = sample_desk.organisations()[0]
    request = MeetingRequest(requester_id=org.id or 0, target_org_id=None,
                             target_person_id=None, priority=Priority.MUST)  # fmt: skip
    request_dialog = RequestDialog(request, None, org.name)
    shown = [editor.details.starts.picker, WindowDialog(session), request_dialog]
    found: list[str] = []
    data = the_data(sample_desk)
    names = english_order_names(sample_desk)
    for dialog in shown:
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.show()
        found += audit(type(dialog).__name__, all_tab_texts(dialog), data, names)
    picker = editor.findChild(PeoplePicker)
    assert picker is not None
    picker.search.setText("Tanaka")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    texts = [picker.model.data(picker.model.index(r, 0)) for r in range(picker.model.rowCount())]
    found += audit("PeoplePicker", [str(t) for t in texts], data, names)
    assert not found, found


def test_qt_s_own_file_dialog_speaks_japanese(qtbot, sample_desk, japanese, tmp_path):
    """The file dialog Qt draws itself (where the desktop offers none of its own): Qt's
    Japanese catalogue lacks two of its labels, ours has them."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.ja_walk import widget_texts

    dialog = QFileDialog(None, "チームの日程の保存先", str(tmp_path), "Delegation Desk (*.db)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = widget_texts(dialog)
    assert {"ファイルの場所(&L):", "ファイルの種類(&T):"} <= set(texts), texts
    kept = the_data(sample_desk) | {"Delegation Desk (*.db)"}
    assert audit("QFileDialog", texts, kept, set()) == []
