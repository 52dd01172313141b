"""The scheduler's window in Japanese: its own strings and the reasons for the
requests left out (the core gives a kind and parameters; the window words them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_japanese import data_words, spoken_texts, untranslated, visible_texts

from models.messages import Message
from models.scheduler.service import Scheduler
from ui.core_text import core_text
from ui.scheduling.requests_panel import RequestDialog, RequestsPanel
from ui.scheduling.schedule_dialog import ScheduleDialog
from ui.session import Session


def _tree_texts(dialog: ScheduleDialog) -> list[str]:
    texts = []
    for n in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(n)
        texts.append(top.text(0))
        for k in range(top.childCount()):
            texts += [top.child(k).text(0), top.child(k).text(1)]
    return texts


def test_the_window_s_english_reasons_are_the_command_line_s(qapp, sample_desk) -> None:
    proposal = Scheduler(sample_desk).propose(time_limit=0)
    assert all(isinstance(u.reason, Message) for u in proposal.unscheduled)
    assert len({u.reason.key for u in proposal.unscheduled}) >= 3  # several kinds
    for u in proposal.unscheduled:
        assert core_text(u.reason) == u.reason


def test_schedule_dialog_and_reasons_in_japanese(qtbot, sample_desk, japanese) -> None:
    session = Session(sample_desk)
    dialog = ScheduleDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    data = data_words(sample_desk)
    assert dialog.windowTitle() == "面談を組む"
    assert untranslated(visible_texts(dialog), data) == []
    dialog.time_limit.setValue(0)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=60_000)
    proposal = dialog.proposal
    # what the programme itself says: the meetings' titles, as they will be written
    data |= {m.title for m in proposal.meetings} | {u.title for u in proposal.unscheduled}
    data |= {w.replace("&", "") for w in data}  # the check drops "&" (shortcut marks)
    assert "新しい面談" in dialog.status.text()
    texts = _tree_texts(dialog)
    assert texts[0].startswith("配置（") and any(t.startswith("未配置（") for t in texts)
    left = untranslated(texts + visible_texts(dialog) + spoken_texts(dialog), data)
    assert left == [], left
    reasons = [core_text(u.reason) for u in proposal.unscheduled]
    assert any("断っています" in r for r in reasons)  # the veto, in Japanese
    assert all(r != u.reason for r, u in zip(reasons, proposal.unscheduled, strict=True))


def test_requests_panel_and_request_dialog_in_japanese(qtbot, sample_desk, japanese) -> None:
    panel = RequestsPanel(Session(sample_desk))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    data = data_words(sample_desk)
    texts = visible_texts(panel)
    assert "面談希望 82 件" in texts
    priorities = {panel.requests.data(panel.requests.index(r, 3)) for r in range(10)}
    assert priorities <= {"必須", "希望", "可能なら", "不可"}
    assert untranslated(texts, data) == []
    assert untranslated(spoken_texts(panel), data) == []  # a screen reader's names too
    assert {"面談希望", "都合"} <= set(spoken_texts(panel))
    request = panel.requests.data(panel.requests.index(0, 0), panel.requests.ObjectRole)
    dialog = RequestDialog(request, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    # "ja-en" is what one types, in either language
    assert untranslated(visible_texts(dialog), data | {"ja-en"}) == []
    dialog.priority.setCurrentIndex(dialog.priority.findText("可能なら"))
    assert dialog.result_request().priority.value == "could"  # the word shown maps back
