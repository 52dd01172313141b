"""The last core texts a Japanese window could show in English: a record gone from the
database, the team's refusals, the keyring's, and the calendar server's. Each is provoked
for real (another connection to the same file, a real PostgreSQL, a real Radicale) and read
as the window shows it; the command line's English stays as it was."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from models.errors import NewerDatabase, NotFound
from models.store import Store
from ui.core_text import core_text
from ui.dialogs.errors import error_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from caldav_server import Radicale

# -- a record gone from the database (models/store/) ---------------------------------------


def deleted_elsewhere(desk, delete) -> None:
    """``delete`` run by another program on the same file (its own connection)."""
    other = Store.open(desk.store.path)
    try:
        delete(other)
    finally:
        other.close()


def test_the_itinerary_of_a_person_deleted_by_another_program(
    told_window, japanese, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    desk = told_window.session.desk
    person = desk.people()[0]
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("") or ("", "")
    )
    told_window.show_page("people")
    told_window.tables["people"].select_id(person.id)
    deleted_elsewhere(desk, lambda other: other.delete_person(person.id))
    told_window.actions_by_name["itinerary"].trigger()
    assert told_window.told == [
        "この方はもう登録されていません。別のウィンドウか別のプログラムで削除されました。\n"
    ]
    assert not asked  # no file is asked for what is gone


def test_the_pack_of_a_delegation_deleted_by_another_program(
    told_window, japanese, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    desk = told_window.session.desk
    delegation = desk.delegations()[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    told_window.show_page("delegations")
    told_window.tables["delegations"].select_id(delegation.id)
    deleted_elsewhere(desk, lambda other: other.delete_delegation(delegation.id))
    told_window.actions_by_name["pack"].trigger()
    (said,) = told_window.told
    assert said.startswith("この代表団はもうありません。")
    assert str(delegation.id) not in said


def test_the_store_says_what_is_missing_in_japanese_and_the_command_line_in_english(
    sample_desk, japanese
) -> None:
    person = sample_desk.people()[0]
    venue = sample_desk.venues()[0]
    deleted_elsewhere(sample_desk, lambda other: other.delete_person(person.id))
    with pytest.raises(NotFound) as caught:
        sample_desk.store.person(person.id)
    assert caught.value.user_message == "There is no such person."
    assert core_text(caught.value.user_message) == "該当する人物が見つかりません。"
    assert (caught.value.kind, caught.value.record_id) == ("people", person.id)
    assert error_text(caught.value) == (
        "この方はもう登録されていません。別のウィンドウか別のプログラムで削除されました。"
    )

    events_there = [e for e in sample_desk.events() if e.venue_id == venue.id]
    for event in events_there:
        sample_desk.store.delete_event(event.id)
    deleted_elsewhere(sample_desk, lambda other: other.delete_venue(venue.id))
    with pytest.raises(NotFound) as caught:
        sample_desk.store.update_venue(replace(venue, city="Gurugram"))
    said = caught.value.user_message
    assert said == f"The venue “{venue.name}” no longer exists: it was deleted elsewhere."
    assert core_text(said) == f"会場「{venue.name}」はもうありません。別の場所で削除されました。"
    assert error_text(caught.value) == (
        f"会場「{venue.name}」はもうありません。別のウィンドウか別のプログラムで削除されました。"
    )

    with pytest.raises(NotFound) as caught:
        sample_desk.store.delete_event(10**9)
    assert caught.value.user_message == f"There is no event with id {10**9}."
    assert core_text(caught.value.user_message) == f"ID {10**9} の行事は見つかりません。"
    assert str(10**9) not in error_text(caught.value)  # the window: by name, never by number


def test_a_database_a_newer_version_migrated_meanwhile(tmp_path, japanese) -> None:
    from models.store.connection import migrate
    from models.store.migrations import LATEST_VERSION

    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    try:
        with pytest.raises(NewerDatabase) as caught:
            migrate(conn, path)
    finally:
        conn.close()
    said = caught.value.user_message
    assert (
        said
        == f"{path} was written by a newer version of Delegation Desk; it has not been changed."
    )
    assert core_text(said) == (
        f"{path} は新しいバージョンの Delegation Desk で保存されています。"
        "ファイルは変更していません。"
    )


def test_every_noun_of_the_stores_messages_is_in_japanese(japanese) -> None:
    from models.messages import Message
    from models.store.base import NOUNS

    for noun in NOUNS:
        assert core_text(Message(noun)) != noun, noun


# -- the team's server refusing (models/sync/) ------------------------------------------------


@pytest.fixture
def team_window(qtbot, sample_desk, settings, japanese):
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.session import Session

    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    win.team.interval = 1.0
    yield win
    win.team.stop()
    for _ in range(3):  # the loop's last report, then the refreshes it asks for
        QApplication.processEvents()


def in_team(qtbot, window, team_db: str) -> None:
    window.team.create_team(team_db)
    qtbot.waitUntil(lambda: window.team.label.text() == "チーム：最新", timeout=30000)


def warnings(monkeypatch) -> list[str]:
    """The texts of the window's warning boxes, kept instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []

    def warning(parent, title, text, *rest):
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return told


def test_joining_with_a_password_the_server_refuses(
    qtbot, team_window, pg, team_db: str, tmp_path, monkeypatch, capsys
) -> None:
    import psycopg
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from tests.sync.test_team_cli import cli

    database = team_db.rsplit("/", 1)[1]
    user = f"nopass_{database}"
    with psycopg.connect(team_db, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD 'kept-by-the-lead'")
    url = pg.url(user, database)  # this laptop knows no password for it
    told = warnings(monkeypatch)
    joined = tmp_path / "joined.db"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(joined), ""))
    team_window.team.ask_join()
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    (said,) = told
    assert said.startswith(f"サーバーが {url} のログインを拒否しました（")
    assert said.endswith("）。パスワードを PGPASSWORD かシステムのキーリングに設定してください。")
    assert "password" in said  # the server's own words stay quoted as they are

    code, _, err = cli(capsys, "team", "join", "--db", tmp_path / "cli.db", "--server", url)
    assert code != 0
    assert f"The server refused the login for {url} (" in err
    assert err.rstrip().endswith("). Put the password in PGPASSWORD or your system keyring.")


def test_joining_into_a_file_that_holds_a_programme(
    qtbot, team_window, team_db: str, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from models.sample import load_sample
    from models.services import Desk

    full = tmp_path / "full.db"
    desk = Desk(Store.open(full))
    load_sample(desk)
    desk.close()
    in_team(qtbot, team_window, team_db)
    told = warnings(monkeypatch)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (team_db, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(full), ""))
    team_window.team.ask_join()
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    assert told == [
        "チームに参加すると、チームの日程の写しが新しく作られますが、このファイルにはすでに"
        "日程があります。新しいファイルで参加してください（--db NEW.db）。"
    ]


def test_a_server_that_cannot_be_reached(qtbot, team_window, team_db: str) -> None:
    from models.sync import local

    in_team(qtbot, team_window, team_db)
    team_window.team.stop()
    conn = team_window.session.desk.store.conn
    with local.write(conn):
        conn.execute("UPDATE sync_local SET server = 'postgresql://x@127.0.0.1:1/gone'")
    team_window.team.restart()
    qtbot.waitUntil(lambda: "オフライン" in team_window.team.label.text(), timeout=30000)
    tip = team_window.team.label.toolTip()
    assert tip.startswith("チームのサーバーに接続できません（") and tip.endswith("）。")


def test_a_team_in_a_newer_format_refuses_the_sync(qtbot, team_window, team_db: str) -> None:
    import psycopg

    from models.sync.tables import SYNC_FORMAT

    in_team(qtbot, team_window, team_db)
    team_window.team.stop()
    with psycopg.connect(team_db, autocommit=True) as pg:
        pg.execute("UPDATE dd_meta SET value = %s WHERE key = 'format'", (str(SYNC_FORMAT + 1),))
    team_window.team.restart()
    qtbot.waitUntil(lambda: team_window.team.label.text() == "⚠ チーム：同期に失敗", timeout=30000)
    assert team_window.team.label.toolTip() == (
        f"チームの日程は、このバージョンの Delegation Desk が書き込む形式（{SYNC_FORMAT}）より"
        f"新しい形式（{SYNC_FORMAT + 1}）で保存されています。Delegation Desk を更新してから"
        "同期してください。何も送受信していません。あなたの変更はこのファイルに残っています。"
    )


def test_a_printer_whose_changes_the_server_refuses(
    qtbot, pg, team_db: str, tmp_path, settings, japanese, capsys
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from models.sample import load_sample
    from models.services import Desk
    from models.sync import engine
    from ui.main_window import MainWindow
    from ui.session import Session

    lead = Desk(Store.open(tmp_path / "lead.db"))
    load_sample(lead)
    engine.create(lead.store.conn, team_db)
    database = team_db.rsplit("/", 1)[1]
    user = f"printer_{database}"
    pg.add_password(user, engine.add_member(lead.store.conn, user, "printer", None))
    lead.close()
    printer = Desk(Store.open(tmp_path / "printer.db"))
    engine.join(printer.store.conn, pg.url(user, database))
    window = MainWindow(Session(printer), settings)
    qtbot.addWidget(window)
    window.team.interval = 1.0
    try:
        window.team.restart()
        qtbot.waitUntil(lambda: window.team.label.text() == "チーム：最新", timeout=30000)
        person = printer.people()[0]
        window.session.save_record(replace(person, notes="Badge reprinted"))
        qtbot.waitUntil(lambda: window.team.label.text() == "⚠ チーム：同期に失敗", timeout=30000)
        assert window.team.label.toolTip() == (
            "チームでのあなたの役割は共有の日程を閲覧するだけなので、変更を送信できません。"
            "変更はこのファイルに残っています。"
        )
    finally:
        window.team.stop()
        for _ in range(3):
            QApplication.processEvents()
    from tests.sync.test_team_cli import cli

    code, _, err = cli(capsys, "sync", "--db", tmp_path / "printer.db")
    assert code != 0
    assert "Your role in the team may only read the shared programme, so your changes " in err


# -- the system's keyring refusing (exports/credentials.py) ---------------------------------


@pytest.fixture
def no_keyring():
    """This computer has no usable keyring (keyring's own "fail" backend, as on a bare
    Linux session without Secret Service)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_a_password_the_keyring_cannot_keep(qtbot, told_window, settings, japanese, no_keyring):
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, told_window)
    qtbot.addWidget(dialog)
    mail = dialog.tab(0)
    qtbot.keyClicks(mail.host, "smtp.embassy.example.jp")
    qtbot.keyClicks(mail.user, "desk")
    qtbot.keyClicks(mail.password, "s3cret-Pa55")
    dialog.accept()
    (said,) = told_window.told
    assert said.startswith("パスワードをシステムのキーリングに保存できませんでした（")
    assert said.rstrip().endswith("）。今後は毎回パスワードを入力していただきます。")
    assert "s3cret" not in said


def test_the_keyrings_and_the_missing_passwords_words_on_the_command_line(
    no_keyring, japanese, monkeypatch
) -> None:
    from exports.credentials import SMTP_PASSWORD_ENV, SMTP_SERVICE, find_password, save_password
    from models.errors import AppError

    with pytest.raises(AppError) as caught:
        save_password(SMTP_SERVICE, "desk", "smtp.embassy.example.jp", "s3cret")
    said = caught.value.user_message
    assert said.startswith("The password could not be kept in the system's keyring (")
    assert said.endswith("). It will be asked for each time instead.")
    monkeypatch.delenv(SMTP_PASSWORD_ENV, raising=False)
    with pytest.raises(AppError) as caught:
        find_password(SMTP_SERVICE, SMTP_PASSWORD_ENV, "desk", "smtp.embassy.example.jp")
    said = caught.value.user_message
    assert said == (
        f"No password for desk on smtp.embassy.example.jp: set {SMTP_PASSWORD_ENV}, or keep "
        "it in the system's keyring (the window's Preferences can)."
    )
    assert core_text(said) == (
        "smtp.embassy.example.jp の desk のパスワードがありません。"
        f"{SMTP_PASSWORD_ENV} を設定するか、システムのキーリングに保存してください"
        "（ウィンドウの「設定」で保存できます）。"
    )


# -- the calendar server and calendar files (exports/caldav, exports/calendar) ---------------


def test_a_calendar_server_that_refuses_the_login(
    qtbot, told_window, tmp_path, monkeypatch, japanese, no_keyring, capsys
) -> None:
    import subprocess

    from PySide6.QtWidgets import QDialog, QInputDialog

    from ui.dialogs import publishing

    class GuardedRadicale(Radicale):
        """Radicale asking for a user name and password (htpasswd, one user)."""

        def start(self) -> Radicale:
            users = self.folder / "users"
            users.write_text("desk:right-password\n")
            storage = self.folder / "collections"
            self.log = (self.folder / "radicale.log").open("wb")
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", f"--storage-filesystem-folder={storage}",
                 f"--server-hosts=127.0.0.1:{self.port}", "--auth-type=htpasswd",
                 f"--auth-htpasswd-filename={users}", "--auth-htpasswd-encryption=plain",
                 "--logging-level=warning"],
                stdout=self.log, stderr=subprocess.STDOUT,
            )  # fmt: skip
            qtbot.waitUntil(lambda: self.request("OPTIONS", "/")[0] != 0, timeout=30000)
            return self

        def request(self, method, path, data=None, headers=None):
            try:
                return super().request(method, path, data, headers)
            except OSError:  # not listening yet
                return 0, {}, b""

    server = GuardedRadicale(tmp_path).start()
    try:
        url = f"{server.base}/desk/programme/"

        def fill(dialog: QDialog) -> int:
            dialog.url.setText(url)
            dialog.user.setText("desk")
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(publishing.PublishDialog, "exec", fill)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong-password", True))
        told_window.actions_by_name["publish"].trigger()
        qtbot.waitUntil(lambda: bool(told_window.told), timeout=120000)
        (said,) = told_window.told
        assert said.strip() == (
            f"カレンダーサーバー {url} へのログインが拒否されました"
            "（ユーザー名またはパスワードをご確認ください）。"
        )
        assert not (tmp_path / "collections" / "collection-root" / "desk").exists()

        import main
        from exports.credentials import CALDAV_PASSWORD_ENV

        monkeypatch.setenv(CALDAV_PASSWORD_ENV, "wrong-password")
        db = told_window.session.desk.store.path
        assert main.main(["publish", "--db", db, "--caldav", url, "--user", "desk"]) != 0
        err = capsys.readouterr().err
        assert f"The calendar server refused the login for {url} (user name or password)." in err
    finally:
        server.stop()


def test_a_reply_file_that_is_not_icalendar(
    qtbot, told_window, tmp_path, monkeypatch, japanese, capsys
) -> None:
    import main
    from tests.ui.test_replies import _choose_files, _import

    garbage = tmp_path / "reply.ics"
    garbage.write_bytes(b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    _choose_files(monkeypatch, garbage)
    _import(qtbot, told_window)
    said = told_window.told[-1]
    lines = said.splitlines()
    assert lines[0] == "次の理由により、回答は 1 件も取り込まれませんでした:"
    assert lines[1].startswith(
        "  • reply.icsはカレンダーの回答ではありません。iCalendar として読み取れません（"
    ), said
    assert lines[1].endswith("（END encountered without an accompanying BEGIN!）。"), said

    assert main.main(["rsvp", "--db", told_window.session.desk.store.path, str(garbage)]) != 0
    err = capsys.readouterr().err
    assert "reply.ics is not a calendar reply: it cannot be read as iCalendar (" in err


# -- an import of people refused as a whole (models/people_import.py) -------------------------


def test_people_imported_into_a_delegation_deleted_meanwhile(
    qtbot, sample_desk, tmp_path, monkeypatch, japanese
) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui.dialogs import import_people
    from ui.session import Session

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    delegation = sample_desk.delegations()[0]

    def choose_the_delegation_then_it_goes(dialog) -> int:
        dialog.delegation.setCurrentIndex(dialog.delegation.findData(delegation.name))
        deleted_elsewhere(sample_desk, lambda other: other.delete_delegation(delegation.id))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(
        import_people.ImportPreviewDialog, "exec", choose_the_delegation_then_it_goes
    )
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "Family name,Given name,E-mail\nKapoor,Raj,raj@example.in\n", encoding="utf-8"
    )
    session = Session(sample_desk)
    before = len(sample_desk.people())
    runners = [import_people.preview_and_import(session, str(csv_file))]  # kept while they run
    original = import_people.run_import
    monkeypatch.setattr(
        import_people, "run_import", lambda *a, **k: runners.append(original(*a, **k))
    )
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert QThreadPool.globalInstance().waitForDone(30000)
    left = ", ".join(d.name for d in sample_desk.delegations())
    assert told == [
        f"{delegation.name!r} という代表団はありません（登録されている代表団: {left}）。"
        "何も取り込まれませんでした。"
    ]
    assert len(sample_desk.people()) == before  # nothing was written


def test_the_import_refusals_on_the_command_line(sample_desk, tmp_path, capsys) -> None:
    import main

    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "Family name,Given name,E-mail\nKapoor,Raj,raj@example.in\n,Nobody,x\n,Nemo,y\n",
        encoding="utf-8",
    )
    db = sample_desk.store.path
    assert main.main(["import-people", "--db", db, str(csv_file)]) != 0
    err = capsys.readouterr().err
    assert (
        "Nothing was imported: 2 of 3 rows have problems. Correct them, or import only the "
        "valid rows." in err
    )
    csv_file.write_text("Family name,Given name,E-mail\n", encoding="utf-8")
    assert main.main(["import-people", "--db", db, str(csv_file)]) != 0
    assert "There is nobody to import: the file has no rows of people." in capsys.readouterr().err
