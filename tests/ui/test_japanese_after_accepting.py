"""The windows that come only after a dialog is accepted, in Japanese.

The menu walk (test_japanese_dialogs.py) closes each dialog as a person who
changed their mind would; here the same window, switched to Japanese in
Preferences on the sample programme, goes on: people and meeting requests are
imported from files, invitations sent to a real mail server (aiosmtpd) and the
calendars published to a real CalDAV server (Radicale), both on loopback,
meetings scheduled and applied, records deleted, a snapshot restored.  Each
dialog is filled and accepted as a person would (:mod:`tests.ui.ja_accept`)
and every window that follows — the reports, the questions, the main window
and its status bar — is read and audited as the menu walk audits.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from tests.ui.drawn import wait_drawn
from tests.ui.ja_accept import use_accepting
from tests.ui.ja_walk import Seen, all_tab_texts, choose_records, widget_texts
from tests.ui.test_japanese import switch_in_preferences
from tests.ui.test_japanese_dialogs import (
    audit,
    english_again,
    english_order_names,
    files,
    keeper,
    the_data,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from caldav_server import Radicale
from mail_server import MailServer

__all__ = ["english_again", "files", "keeper"]  # fixtures

#: What the files imported here say (shown as written).
IMPORTED = {"Kapoor", "Raj", "Attero Recycling", "raj.kapoor@example.in"}


def _kinds(seen: list[Seen]) -> list[str]:
    return [s.kind for s in seen]


def test_the_windows_after_accepting_speak_japanese(qtbot, keeper, sample_desk, files, tmp_path):
    from models.store.backups import snapshot_file

    snapshot_file(sample_desk.store.path, "import of people")  # Restore then lists a snapshot
    switch_in_preferences(qtbot, keeper, "ja")
    window = keeper.window
    window.show()
    wait_drawn(qtbot, window)
    qtbot.waitUntil(lambda: "…" not in window.clash_label.text())
    data = the_data(sample_desk) | IMPORTED
    latin_first = english_order_names(sample_desk) | {"Raj Kapoor"}
    problems: list[str] = []
    walked: dict[str, list[Seen]] = {}

    def wait(condition) -> None:
        qtbot.waitUntil(condition, timeout=120000)

    def check(what: str, seen: list[Seen], *kept: str) -> list[Seen]:
        walked[what] = seen
        for shown in seen:
            problems.extend(audit(f"{what} → {shown.name()}", shown.texts, data | set(kept),
                                  latin_first))  # fmt: skip
        return seen

    def report_after(kind: str):
        return lambda seen: kind in _kinds(seen) and _kinds(seen)[-1] == "QMessageBox"

    # People from a file: the preview accepted, then the import's report.
    people = tmp_path / "people.csv"
    people.write_text(
        "Family name,Given name,Organisation,E-mail\n"
        "Kapoor,Raj,Attero Recycling,raj.kapoor@example.in\n",
        encoding="utf-8",
    )
    files.open_answer = str(people)
    seen = check("File ▸ Import people", use_accepting(
        window, "import", wait, until=report_after("ImportPreviewDialog")))  # fmt: skip
    assert _kinds(seen)[:2] == ["ImportPreviewDialog", "QMessageBox"], _kinds(seen)
    assert any(p.family_name == "Kapoor" for p in sample_desk.people())

    # Meeting requests from a file: a status bar message says how many.
    orgs = sample_desk.organisations()
    requests = tmp_path / "requests.csv"
    requests.write_text(f"Requester,Target,Priority\n\"{orgs[0].name}\",\"{orgs[1].name}\",must\n",
                        encoding="utf-8")  # fmt: skip
    files.open_answer = str(requests)
    seen = check("Plan ▸ Import requests", use_accepting(window, "import-requests", wait))
    assert "面談希望" in seen[-1].texts[-1], seen[-1].texts[-1]

    # Invitations sent to a real mail server: the preview accepted, then the send report.
    server = MailServer().start()
    try:
        window.settings.setValue("mail/host", "127.0.0.1")
        window.settings.setValue("mail/port", server.port)
        window.settings.setValue("mail/security", "none")
        window.show_page("events")
        choose_records(window, sample_desk, True)
        seen = use_accepting(window, "send-invites", wait, until=report_after("PreviewDialog"))
        assert "PreviewDialog" in _kinds(seen) and server.received, _kinds(seen)
        # the report names each e-mail by its subject, as the invitees get it (in English)
        subjects = {m.subject for m in sample_desk.store.outbox_messages()}
        check("Mail ▸ Send invitations", seen, *subjects)

        # The event invited to moves an hour later: Send updates, the preview accepted,
        # then the report of the updates sent to the same server.
        invited = sample_desk.event(window.chosen_event_id())
        hour = timedelta(hours=1)
        window.session.save_event(replace(invited, starts_at=invited.starts_at + hour,
                                          ends_at=invited.ends_at + hour))  # fmt: skip
        sent = len(server.received)
        seen = use_accepting(window, "send-updates", wait, until=report_after("PreviewDialog"))
        assert "PreviewDialog" in _kinds(seen), _kinds(seen)
        assert len(server.received) > sent, _kinds(seen)
        subjects = {m.subject for m in sample_desk.store.outbox_messages()}
        check("Mail ▸ Send updates", seen, *subjects)
    finally:
        server.stop()

    # The calendars published to a real CalDAV server: the dialog filled, then the report.
    (tmp_path / "caldav").mkdir()
    radicale = Radicale(tmp_path / "caldav").start()
    try:
        url = f"{radicale.base}/desk/restricted/"
        fill = {"PublishDialog": lambda dialog: dialog.url.setText(url)}
        seen = check("File ▸ Publish", use_accepting(
            window, "publish", wait, fill, until=report_after("PublishDialog")), url)  # fmt: skip
        assert radicale.names("desk/restricted"), _kinds(seen)
    finally:
        radicale.stop()

    # Records deleted after the question is answered: the status bar says what went.
    def kept_events() -> list:  # an event invited to is cancelled (the question's first offer)
        return [e for e in sample_desk.events() if not e.is_cancelled]

    counts = {"events": kept_events, "people": sample_desk.people,
              "delegations": sample_desk.delegations}  # fmt: skip
    for page, records in counts.items():
        window.show_page(page)
        choose_records(window, sample_desk, True)
        before = len(records())
        check(f"Edit ▸ Delete [{page}]", use_accepting(window, "delete", wait))
        assert len(records()) == before - 1, page

    # A snapshot restored: the main window after it.
    seen = check("File ▸ Restore", use_accepting(window, "restore", wait))
    assert "SnapshotDialog" in _kinds(seen), _kinds(seen)

    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_scheduler_s_result_and_its_application_in_japanese(qtbot, keeper, sample_desk):
    """Plan ▸ Schedule meetings: run, the result listed, Accept all, the window after it."""
    switch_in_preferences(qtbot, keeper, "ja")
    window = keeper.window
    window.show()
    wait_drawn(qtbot, window)
    data = the_data(sample_desk)
    latin_first = english_order_names(sample_desk)
    window.actions_by_name["schedule"].trigger()
    dialog = window.planning.dialog
    qtbot.waitExposed(dialog)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.accept_all_button.isEnabled(), timeout=120000)
    titles = {m.title for m in dialog.proposal.meetings}  # the events' titles, as they will be
    assert any(m.startswith("Meeting: ") for m in titles) and dialog.proposal.unscheduled
    problems = audit("ScheduleDialog (result)", all_tab_texts(dialog), data | titles, latin_first)
    before = len(sample_desk.events())
    dialog.accept_all_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(sample_desk.events()) > before
    after = [*widget_texts(window), window.statusBar().currentMessage()]
    problems += audit("after Accept all → MainWindow", after, data | {
        e.title for e in sample_desk.events()}, latin_first)  # fmt: skip
    assert not problems, "\n".join(problems)


def test_a_team_created_and_its_conflict_decided_in_japanese(
    qtbot, keeper, sample_desk, team_db: str, tmp_path, files
) -> None:
    """File ▸ Team ▸ Create (the server's address typed, OK), then a real conflict with
    another member over a real PostgreSQL server: the indicator, the Conflicts dialog,
    the window after "Keep theirs"; then Upgrade and Leave answered Yes, and Join (the
    address typed, a file chosen) — each followed by what the window says."""
    from dataclasses import replace

    from models.services import Desk
    from models.store import Store
    from models.sync import engine

    switch_in_preferences(qtbot, keeper, "ja")
    window = keeper.window
    window.show()
    wait_drawn(qtbot, window)
    window.team.interval = 1.0
    typed = {"Vegetarian", "No pork"}  # the two members' values, as typed
    member = team_db.split("://", 1)[1].split("@", 1)[0]  # who made each change: the server's user
    data = the_data(sample_desk) | typed | {team_db, member}
    latin_first = english_order_names(sample_desk)
    problems: list[str] = []

    def wait(condition) -> None:
        qtbot.waitUntil(condition, timeout=60000)

    def check(what: str, seen: list[Seen]) -> list[Seen]:
        for shown in seen:
            problems.extend(audit(f"{what} → {shown.name()}", shown.texts, data, latin_first))
        return seen

    try:
        fill = {"QInputDialog": lambda dialog: dialog.setTextValue(team_db)}
        seen = check("File ▸ Team ▸ Create", use_accepting(
            window, "team-create", wait, fill,
            until=lambda _: window.team.in_team()))  # fmt: skip
        assert _kinds(seen)[0] == "QInputDialog", _kinds(seen)
        wait(lambda: "✓" in window.team.label.text() or "チーム" in window.team.label.text())
        other = Desk(Store.open(tmp_path / "other.db"))
        engine.join(other.store.conn, team_db)
        window.team.stop()  # offline for a moment: both edit the same field
        mine = window.session.desk.person(4)
        window.session.save_record(replace(mine, dietary="Vegetarian"))
        theirs = next(p for p in other.people() if p.email == mine.email)
        other.save_person(replace(theirs, dietary="No pork"))
        assert engine.sync(other.store.conn).in_step
        other.close()
        window.team.restart()
        wait(lambda: bool(engine.conflicts(window.session.desk.store.conn)))
        wait(lambda: "⚠" in window.team.label.text())
        check("the indicator", [Seen("MainWindow", "", [
            *widget_texts(window), window.team.label.toolTip()])])  # fmt: skip

        def keep_theirs(dialog) -> None:
            dialog.table.selectRow(0)
            dialog.theirs.click()

        seen = check("File ▸ Team ▸ Conflicts", use_accepting(
            window, "team-conflicts", wait, {"ConflictsDialog": keep_theirs}))  # fmt: skip
        assert _kinds(seen)[0] == "ConflictsDialog", _kinds(seen)
        assert "No pork" in " ".join(seen[0].texts)  # the conflict was listed
        wait(lambda: not engine.conflicts(window.session.desk.store.conn))
        assert window.session.desk.person(4).dietary == "No pork"

        # A second conflict, decided with Edit…: first a value the rules refuse (the
        # warning read), then one they accept.
        other = Desk(Store.open(tmp_path / "other.db"))
        assert engine.sync(other.store.conn).in_step  # the first decision reaches them
        window.team.stop()
        mine = window.session.desk.person(4)
        window.session.save_record(replace(mine, email="a.mine@example.jp"))
        theirs = next(p for p in other.people() if p.email == mine.email)
        other.save_person(replace(theirs, email="a.theirs@example.jp"))
        assert engine.sync(other.store.conn).in_step
        other.close()
        window.team.restart()
        wait(lambda: bool(engine.conflicts(window.session.desk.store.conn)))
        typed_values = ["not an address", "a.agreed@example.jp"]
        data.update({"a.mine@example.jp", "a.theirs@example.jp", *typed_values})

        def edit_twice(dialog) -> None:
            dialog.table.selectRow(0)
            dialog.edit.click()  # refused: the warning says why
            dialog.table.selectRow(0)
            dialog.edit.click()  # accepted

        edits = {
            "ConflictsDialog": edit_twice,
            "QInputDialog": lambda dialog: dialog.setTextValue(typed_values.pop(0)),
        }
        seen = check("File ▸ Team ▸ Conflicts ▸ Edit…", use_accepting(
            window, "team-conflicts", wait, edits))  # fmt: skip
        assert _kinds(seen)[:4] == ["ConflictsDialog", "QInputDialog", "QMessageBox",
                                    "QInputDialog"], _kinds(seen)  # fmt: skip
        refused = " ".join(seen[2].texts)
        assert "not an address" in refused and "メールアドレス" in refused, refused
        assert typed_values == []
        wait(lambda: not engine.conflicts(window.session.desk.store.conn))
        assert window.session.desk.person(4).email == "a.agreed@example.jp"

        # A third conflict, decided on the command line while the dialog is open: its
        # Keep mine then says in Japanese that the conflict is gone.
        other = Desk(Store.open(tmp_path / "other.db"))
        assert engine.sync(other.store.conn).in_step
        window.team.stop()
        mine = window.session.desk.person(4)
        window.session.save_record(replace(mine, phone="+81 3 0000 0001"))
        theirs = next(p for p in other.people() if p.full_name == mine.full_name)
        other.save_person(replace(theirs, phone="+81 3 0000 0002"))
        assert engine.sync(other.store.conn).in_step
        other.close()
        window.team.restart()
        wait(lambda: bool(engine.conflicts(window.session.desk.store.conn)))
        data.update({"+81 3 0000 0001", "+81 3 0000 0002"})

        def decided_elsewhere(dialog) -> None:
            dialog.table.selectRow(0)
            elsewhere = Store.open(window.session.desk.store.path)  # as the command line does
            try:
                engine.resolve(elsewhere.conn, dialog.chosen().id, "theirs")
            finally:
                elsewhere.close()
            dialog.mine.click()

        seen = check("File ▸ Team ▸ Conflicts (decided elsewhere)", use_accepting(
            window, "team-conflicts", wait, {"ConflictsDialog": decided_elsewhere}))  # fmt: skip
        assert _kinds(seen)[:2] == ["ConflictsDialog", "QMessageBox"], _kinds(seen)
        gone = " ".join(seen[1].texts)
        assert "番は見つかりません（すでに解決された可能性があります）。" in gone, gone
        assert window.session.desk.person(4).phone == "+81 3 0000 0002"

        def done(_seen: list[Seen]) -> bool:  # the work reported in the status bar
            return bool(window.statusBar().currentMessage())

        # the lead upgrades (the question answered Yes), then leaves, then joins again
        for key in ("team-upgrade", "team-leave"):
            window.statusBar().clearMessage()
            seen = check(f"File ▸ Team ▸ {key}", use_accepting(window, key, wait, until=done))
            assert _kinds(seen)[0] == "QMessageBox", (key, _kinds(seen))
            assert window.statusBar().currentMessage(), key
        assert not window.team.in_team()
        window.statusBar().clearMessage()
        files.answers["チーム"] = str(files.folder / "team-copy.db")  # "keep the team's in"
        data.add("team-copy.db")  # the file's name, in the window's title
        seen = check("File ▸ Team ▸ Join", use_accepting(
            window, "team-join", wait, fill, until=lambda _: window.team.in_team()))  # fmt: skip
        assert _kinds(seen)[0] == "QInputDialog" and window.team.in_team(), _kinds(seen)
        assert Path(window.session.desk.store.path).parent == files.folder
    finally:
        window.team.stop()
    assert not problems, "\n".join(dict.fromkeys(problems))
