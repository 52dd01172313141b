"""Duplicate badges in the window: what a sync found, and what Print badges says.

Two laptops of a team that each print a person's badge for the same event while
offline leave two badges in circulation; after a sync the first issued is the
badge of record and the other a duplicate the desk collects (see
:mod:`models.protocol.checkin`).  A coordinator hears of it when the window's
background sync finds one (the status bar names whose badges), and Print badges
says which of the sheet's people hold a duplicate, to hand them the badge just
printed and collect the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.i18n import full_name_text, tr

if TYPE_CHECKING:
    from models.protocol.checkin import BadgeToken
    from models.services import Desk

# Names listed in the status bar before "and n more".
LISTED = 3


def _holders(desk: Desk, badges: list[BadgeToken]) -> list[str]:
    """The names of the badges' holders, each once, in the window's language."""
    people = {p.id: p for p in desk.store.people_by_ids([b.person_id for b in badges])}
    names = (full_name_text(people[b.person_id]) if b.person_id in people else "?"
             for b in badges)  # fmt: skip
    return list(dict.fromkeys(names))


def sync_message(desk: Desk, badges: list[BadgeToken]) -> str:
    """The status bar's word after a sync that made badges duplicates: what to do first,
    then whose (a narrow window cuts the names, not the advice)."""
    n = len(badges)
    names = _holders(desk, badges)
    shown = ", ".join(names[:LISTED])
    more = len(names) - LISTED  # a plain name: lupdate reads the call then
    if more > 0:
        shown = tr("Team", "{names} and %n more", None, more).format(names=shown)
    return tr(
        "Team",
        "%n badge(s) were issued twice, on two laptops: print them again and collect the "
        "others at check-in (Protocol ▸ Print badges) — {names}",
        None,
        n,
    ).format(names=shown)


def print_note(desk: Desk, event_id: int) -> str:
    """What Print badges adds for the event's duplicates ("" when there are none)."""
    duplicates = [
        b
        for b in desk.store.superseded_badges()
        if (b.event_id, b.delegation_id) == (event_id, None)
    ]
    if not duplicates:
        return ""
    names = _holders(desk, duplicates)
    n = len(duplicates)
    return tr(
        "Protocol",
        "%n badge(s) of these people, issued after theirs on another laptop, are "
        "duplicates: hand each person the badge printed now and collect the other at "
        "check-in (it is still accepted there): {names}.",
        None,
        n,
    ).format(names=", ".join(names))
