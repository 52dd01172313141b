"""Laying out a story on A4 pages and writing the PDF atomically.

``render_*`` return the PDF as bytes; ``build_*`` write it to a path through a
temporary file in the same folder and ``os.replace``, so a failed or cancelled
build leaves any existing file untouched.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.briefing.canvas import PAGE_MARGIN, PageDecor, numbered_canvas, page_decorator
from exports.briefing.labels import Labels, labels
from exports.briefing.parts import Context, PersonOrder, cancel_check
from exports.briefing.story import Story
from exports.briefing.text import one_line
from exports.files import write_file
from models.clock import SystemClock
from models.entities import Programme
from models.errors import ExportError
from models.messages import Message
from models.timezones import zone

Progress = Callable[[int, int], None]
#: ``threading.Event`` or any callable returning True once the user cancels.
CancelCheck = Any

TOP_MARGIN = 56.0
BOTTOM_MARGIN = 48.0
AUTHOR = "Delegation Desk"


def _printed(now: datetime, zone_name: str, words: Labels) -> str:
    local = now.astimezone(zone(zone_name))
    return f"{words.printed} {words.day_month_year(local)} {local:%H:%M} {local.tzname()}"


def render(
    make_story: Callable[[Context], Story],
    programme: Programme,
    *,
    watermark: bool = False,
    now: datetime | None = None,
    author: str = AUTHOR,
    progress: Progress | None = None,
    cancel: CancelCheck = None,
    notes: bool = False,
    order: PersonOrder | None = None,
    language: str = "en",
) -> bytes:
    """Lay out the story ``make_story`` returns and give the PDF's bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    check = cancel_check(cancel)
    check()
    created = now or SystemClock().now()
    ctx = Context(programme, check, labels=labels(language), notes=notes, order=order)
    story = make_story(ctx)
    check()
    decor = PageDecor(
        title=one_line(story.title),
        marking=story.marking,
        printed=_printed(created, story.zone, story.labels),
        watermark=(story.marking or "PUBLIC") if watermark else "",
        font=ctx.styles.font,
        running_level=story.running_level,
        page_of=story.labels.page_of,
    )
    buffer = io.BytesIO()
    width, height = A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=one_line(story.title),
        subject=one_line(story.subject),
        author=one_line(author),
        creator="Delegation Desk",
        keywords=story.marking or "",
        invariant=1,
        initialFontName=ctx.styles.font,
    )
    frame = Frame(
        PAGE_MARGIN,
        BOTTOM_MARGIN,
        width - 2 * PAGE_MARGIN,
        height - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_decorator(decor))])
    # reportlab counts flowables left to place; a split puts pieces back, so its
    # count can step back.  What the user sees only moves forward.
    state = {"total": max(1, len(story.flowables)), "done": 0}

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = max(1, value)
        elif kind in ("PROGRESS", "PAGE"):
            check()
            if kind == "PROGRESS" and value > state["done"]:
                state["done"] = value
                state["total"] = max(state["total"], value)
                if progress is not None:
                    progress(value, state["total"])

    doc.setProgressCallBack(on_progress)
    try:
        doc.build(story.flowables, canvasmaker=numbered_canvas(decor, created))
    except LayoutError as exc:
        raise ExportError(
            Message(
                "A piece of text is too long to fit on one page of the pack (for example a "
                "very long note in a table); shorten it and print again."
            )
        ) from exc
    if progress is not None:
        progress(state["total"], state["total"])
    return buffer.getvalue()


# -- the three packs ----------------------------------------------------------------


def render_event_pack(
    programme: Programme,
    event_id: int,
    *,
    delegation_id: int | None = None,
    watermark: bool = False,
    now: datetime | None = None,
    author: str = AUTHOR,
    progress: Progress | None = None,
    cancel: CancelCheck = None,
    **layout: Any,
) -> bytes:
    """The briefing pack of one event.

    Times are shown in the venue's zone and in the home zone of ``delegation_id``
    (by default the delegation with most people at the event from another zone).
    """
    from exports.briefing.story import get_event_story

    created = now or SystemClock().now()
    return render(
        lambda ctx: get_event_story(ctx, event_id, delegation_id, created),
        programme,
        watermark=watermark,
        now=created,
        author=author,
        progress=progress,
        cancel=cancel,
        **layout,
    )


def render_delegation_pack(
    programme: Programme,
    delegation_id: int,
    *,
    watermark: bool = False,
    now: datetime | None = None,
    author: str = AUTHOR,
    progress: Progress | None = None,
    cancel: CancelCheck = None,
    **layout: Any,
) -> bytes:
    """The briefing pack of a delegation: members, overview, each day at a glance,
    then every event in full."""
    from exports.briefing.delegation import get_delegation_story

    created = now or SystemClock().now()
    return render(
        lambda ctx: get_delegation_story(ctx, delegation_id, created),
        programme,
        watermark=watermark,
        now=created,
        author=author,
        progress=progress,
        cancel=cancel,
        **layout,
    )


def render_itinerary(
    programme: Programme,
    person_id: int,
    *,
    watermark: bool = False,
    now: datetime | None = None,
    author: str = AUTHOR,
    progress: Progress | None = None,
    cancel: CancelCheck = None,
    **layout: Any,
) -> bytes:
    """One person's itinerary, day by day."""
    from exports.briefing.itinerary import get_itinerary_story

    created = now or SystemClock().now()
    return render(
        lambda ctx: get_itinerary_story(ctx, person_id, created),
        programme,
        watermark=watermark,
        now=created,
        author=author,
        progress=progress,
        cancel=cancel,
        **layout,
    )


def build_event_pack(
    programme: Programme, event_id: int, path: str | os.PathLike[str], **options: Any
) -> Path:
    """Write :func:`render_event_pack` to ``path`` atomically (same keyword options)."""
    return write_file(path, render_event_pack(programme, event_id, **options))


def build_delegation_pack(
    programme: Programme, delegation_id: int, path: str | os.PathLike[str], **options: Any
) -> Path:
    """Write :func:`render_delegation_pack` to ``path`` atomically."""
    return write_file(path, render_delegation_pack(programme, delegation_id, **options))


def build_itinerary(
    programme: Programme, person_id: int, path: str | os.PathLike[str], **options: Any
) -> Path:
    """Write :func:`render_itinerary` to ``path`` atomically."""
    return write_file(path, render_itinerary(programme, person_id, **options))


_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def default_file_name(
    programme: Programme,
    *,
    event_id: int | None = None,
    delegation_id: int | None = None,
    person_id: int | None = None,
) -> str:
    """A file name to offer in a save dialog, e.g. ``Briefing pack - Site visit - 2026-12-02.pdf``.

    Safe on Windows, macOS and Linux; unknown ids give a generic name.
    """
    from models.timezones import in_zone

    def safe(text: str) -> str:
        text = _UNSAFE_IN_FILE_NAMES.sub("-", one_line(text)).replace("- ", " ")
        return " ".join(text.split())[:80].strip(" .-")

    name = "Briefing pack"
    event = programme.event(event_id)
    delegation = programme.delegation(delegation_id)
    person = programme.person(person_id)
    if event is not None:
        day = in_zone(event.starts_at, event.timezone).date().isoformat()
        name = f"Briefing pack - {safe(event.title)} - {day}"
    elif delegation is not None:
        name = f"Delegation pack - {safe(delegation.name)}"
    elif person is not None:
        name = f"Itinerary - {safe(person.full_name)}"
    return f"{name}.pdf"
