"""The check-in desk on a duplicate badge (a second badge for the same person and event,
issued on another laptop of the team): its holder is welcomed, and the desk is told to
collect it, in English and in Japanese."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from models.protocol.checkin import BadgeToken
from models.protocol.service import ProtocolDesk
from ui.protocol.checkin_desk import CheckInDesk
from ui.session import Session

CONFERENCE = 1


def _duplicate(session: Session) -> tuple[str, str]:
    """The first-issued badge of one attendee and a later one, as a sync brings it."""
    core = ProtocolDesk(session.desk)
    person, first = next(iter(core.badge_tokens(event_id=CONFERENCE).items()))
    later = BadgeToken("DUPL1CATEDUPL1CATEDUPL1C", person, CONFERENCE)
    session.desk.store.add_badge_tokens([later], session.desk.clock.now() + timedelta(minutes=5))
    return first, later.token


def _scan(qtbot, desk: CheckInDesk, token: str) -> str:
    qtbot.keyClicks(desk.scan, token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    return desk.answer.text()


@pytest.fixture
def session(sample_desk, qapp) -> Session:
    return Session(sample_desk)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_duplicate_badge_is_welcomed_and_the_desk_told_to_collect_it(
    qtbot, session: Session, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "ja":
        request.getfixturevalue("japanese")
    first, later = _duplicate(session)
    desk = CheckInDesk(session, CONFERENCE)
    qtbot.addWidget(desk)
    desk.resize(900, 600)
    desk.show()
    answer = _scan(qtbot, desk, later)
    assert "#1b7f3b" in desk.answer.styleSheet()  # green: the person is on the list
    if language == "en":
        assert "arrived at 17:30 — duplicate badge: collect it, reprint theirs" in answer
    else:
        assert "17:30 に到着 — 二重発行のバッジ：回収して再発行" in answer
    if os.environ.get("PROTOCOL_SHOTS"):
        desk.grab().save(str(Path(os.environ["PROTOCOL_SHOTS"]) / f"duplicate-{language}.png"))
    # the whole answer shows: at most the two lines the answer box holds
    label = desk.answer
    metrics = QFontMetrics(label.font())
    wrapped = metrics.boundingRect(
        QRect(0, 0, label.contentsRect().width(), 10_000), Qt.TextFlag.TextWordWrap, answer
    )
    assert wrapped.height() < 3 * metrics.height()
    assert len(ProtocolDesk(session.desk).checkins(CONFERENCE)) == 1
    plain = _scan(qtbot, desk, first)
    assert ("duplicate" not in plain) and ("二重" not in plain)
