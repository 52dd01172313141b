"""The seating plan of one event printed on its own (same page as in the pack)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.briefing.parts import Context, para
from exports.protocol.seating_page import plan_for, seating_section
from models.entities import Programme
from models.errors import NotFound
from models.timezones import format_span


def render_seating(
    programme: Programme, event_id: int, *, now: datetime | None = None, **options: Any
) -> bytes:
    """The seating plan of one event as its own PDF."""
    from exports.briefing.build import render
    from exports.briefing.story import Story

    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.", "events", event_id)

    def story(ctx: Context) -> Story:
        plan = plan_for(programme, event)
        when = format_span(event.starts_at, event.ends_at, event.timezone)
        flow = ctx.heading(f"Seating plan: {event.title}", 0, "seating")
        flow.append(para(when, ctx.styles.small))
        flow += seating_section(ctx, event, plan)
        return Story(
            flow,
            f"Seating plan — {event.title}",
            "Seating plan",
            event.classification,
            event.timezone,
            running_level=None,
        )

    return render(story, programme, now=now, **options)


def build_seating(
    programme: Programme, event_id: int, path: str | os.PathLike[str], **options: Any
) -> Path:
    from exports.files import write_file

    return write_file(path, render_seating(programme, event_id, **options))
