"""The gift register: gifts given and received, per event (from, to, what, value, date)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from exports.briefing.parts import Context, data_table, para
from models.entities import Event
from models.protocol.entities import Gift, GiftDirection


def value_text(gift: Gift) -> str:
    if gift.value is None:
        return "not estimated"
    return f"{gift.currency} {gift.value:,.2f}"


def gift_register(ctx: Context, events: Iterable[Event]) -> list[Any]:
    """The register's table for ``events`` (with a line when there is nothing to record)."""
    s = ctx.styles
    chosen = {e.id: e for e in events if e.id is not None}
    book = ctx.programme.protocol
    gifts = book.gifts_of(set(chosen)) if book else []
    if not gifts:
        return [para("No gifts have been recorded for these events.", s.body)]
    rows = []
    for gift in gifts:
        event = chosen[gift.event_id]
        rows.append(
            [
                para(gift.given_on.isoformat() if gift.given_on else "", s.cell),
                para(event.title, s.cell),
                para("Given" if gift.direction is GiftDirection.GIVEN else "Received", s.cell),
                para(gift.giver, s.cell),
                para(gift.recipient, s.cell),
                para(gift.description + (f"\n{gift.notes}" if gift.notes else ""), s.cell),
                para(value_text(gift), s.cell),
            ]
        )
    headers = ["Date", "Event", "", "From", "To", "Description", "Estimated value"]
    totals: dict[tuple[str, str], float] = {}
    for gift in gifts:
        if gift.value is not None:
            key = (gift.direction.value, gift.currency)
            totals[key] = totals.get(key, 0.0) + float(gift.value)
    story = [data_table(headers, rows, [58.0, 88.0, 50.0, 72.0, 72.0, 90.0, 65.0])]
    for (direction, currency), total in sorted(totals.items()):
        story.append(para(f"Total {direction}: {currency} {total:,.2f} (estimated)", s.small))
    return story
