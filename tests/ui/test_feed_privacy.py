"""The window's feed dialog leaves confidential events out unless asked, like the command line."""

from __future__ import annotations

from models.entities import Classification
from ui.session import Session


def test_the_feed_dialog_defaults_to_leaving_confidential_events_out(qtbot, sample_desk) -> None:
    from ui.dialogs.export_feed import FeedDialog

    dialog = FeedDialog(Session(sample_desk))
    qtbot.addWidget(dialog)
    assert dialog.limit.currentData() == Classification.RESTRICTED.value
    assert dialog.choice().max_classification is Classification.RESTRICTED
