"""Publishing calendars to a CalDAV server (RFC 4791), incrementally and safely.

One calendar collection per audience (the whole programme, one delegation,
the public programme), each with its classification limit.  A publish:

1. lists the collection's resources and their ETags (one PROPFIND);
2. writes each new event with ``If-None-Match: *`` and each event changed
   here since it was last published with ``If-Match`` on the stored ETag —
   nothing else is written; cancelled events stay, marked cancelled;
3. deletes (``If-Match``) the resources of events deleted here or no longer
   in the audience;
4. reports, and never overwrites, a resource someone changed or removed on
   the server (a 412 answer, or an ETag that is not the one stored).

What was written is kept per calendar in the database
(``Store.published_resources``), one row saved right after each write, so
an interrupted publish resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from exports.caldav.resources import Resource, ResourceMaker, resource_name, version_of
from exports.calendar.builder import Builder, CancelCheck, InviteOptions, Progress, Steps
from exports.calendar.feed import select_events
from models.clock import Clock
from models.entities import Classification, Event, Programme
from models.errors import AppError, Cancelled
from models.messages import Message
from models.os_reasons import os_reason
from models.store import Store
from models.store.caldav import PublishedResource

_PROPFIND_ETAGS = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>'
)


class PublishError(AppError):
    """The server could not be reached, refused the login, or is not a calendar."""


@dataclass(frozen=True, slots=True)
class CalDavSettings:
    url: str  # the calendar collection
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: int = 30

    @property
    def collection(self) -> str:
        return self.url if self.url.endswith("/") else self.url + "/"

    def check(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise PublishError(
                Message("{url} is not a calendar address (http:// or https://).", url=self.url)
            )


@dataclass
class PublishReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return len(self.created) + len(self.updated) + len(self.deleted)

    def headline(self) -> str:
        text = Message("{added} added, {updated} updated, {removed} removed, {unchanged} "
                       "unchanged", added=len(self.created), updated=len(self.updated),
                       removed=len(self.deleted), unchanged=self.unchanged)  # fmt: skip
        if self.conflicts:
            text = Message("{head}, {count} changed on the server (not overwritten)",
                           head=text, count=len(self.conflicts))  # fmt: skip
        if self.errors:
            text = Message("{head}, {count} failed", head=text, count=len(self.errors))
        return Message("{text}.", text=text)

    def lines(self) -> list[str]:
        return ([Message("Added: {title}", title=t) for t in self.created]
                + [Message("Updated: {title}", title=t) for t in self.updated]
                + [Message("Removed: {title}", title=t) for t in self.deleted]
                + self.conflicts + self.errors)  # fmt: skip


class _Server:
    """The few requests a publish makes, through the caldav library's client."""

    def __init__(self, settings: CalDavSettings, client: Any = None) -> None:
        settings.check()
        self.settings = settings
        self.url = settings.collection
        if client is None:
            from caldav.davclient import DAVClient

            client = DAVClient(
                url=self.url, username=settings.user or None,
                password=settings.password or None, timeout=settings.timeout,
                enable_rfc6764=False,
            )  # fmt: skip
        self.client = client

    def call(self, what: Message, request: Callable[[], Any]) -> Any:
        from caldav.lib import error

        try:
            return request()
        except error.AuthorizationError:
            raise PublishError(Message(
                "The calendar server refused the login for {url} (user name or password).",
                url=self.url)) from None  # fmt: skip
        except error.DAVError as exc:
            raise PublishError(Message("The calendar server failed to {what}: {reason}.",
                                       what=what, reason=str(exc))) from None  # fmt: skip
        except OSError as exc:  # niquests' connection errors derive from OSError
            raise PublishError(
                Message(
                    "The calendar server at {url} cannot be reached ({reason}).",
                    url=self.url,
                    reason=os_reason(exc, str(exc)),
                )
            ) from None

    def etags(self) -> dict[str, str] | None:
        """Resource name (as in its URL) -> ETag; None when there is no such collection."""
        headers = {"Depth": "1", "Content-Type": "application/xml"}
        response = self.call(Message("list the calendar"), lambda: self.client.request(
            self.url, "PROPFIND", _PROPFIND_ETAGS, headers))  # fmt: skip
        if response.status == 404:
            return None
        if response.status != 207 or response.tree is None:
            raise PublishError(Message("{url} is not a calendar the server lets us list "
                                       "(HTTP {status}).", url=self.url,
                                       status=response.status))  # fmt: skip
        found: dict[str, str] = {}
        for item in response.tree.iter("{DAV:}response"):
            href = item.findtext("{DAV:}href") or ""
            name = quote(unquote(href.rstrip("/").rsplit("/", 1)[-1]), safe="")
            etag = item.findtext(".//{DAV:}getetag")
            if etag and not href.endswith("/"):
                found[name] = etag
        return found

    def make_calendar(self, name: str) -> None:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>'
            f"<d:displayname>{_xml(name)}</d:displayname></d:prop></d:set></c:mkcalendar>"
        )
        response = self.call(Message("create the calendar"),
                             lambda: self.client.mkcalendar(self.url, body))  # fmt: skip
        if response.status not in (200, 201):
            raise PublishError(Message("The calendar {url} does not exist and could not be "
                                       "created (HTTP {status}).", url=self.url,
                                       status=response.status))  # fmt: skip

    def put(self, resource: Resource, etag: str | None) -> tuple[int, str]:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        url = self.url + resource.name
        body = resource.data.decode("utf-8")
        response = self.call(Message("store “{title}”", title=resource.title),
                             lambda: self.client.put(url, body, headers))  # fmt: skip
        new_etag = response.headers.get("ETag", "") if response.headers else ""
        if 200 <= response.status < 300 and not new_etag:
            new_etag = self.etag_of(resource.name)
        return int(response.status), new_etag

    def etag_of(self, name: str) -> str:
        response = self.call(Message("read an ETag"), lambda: self.client.request(
            self.url + name, "PROPFIND", _PROPFIND_ETAGS, {"Depth": "0"}))  # fmt: skip
        if response.tree is None:
            return ""
        return response.tree.findtext(".//{DAV:}getetag") or ""

    def delete(self, name: str, etag: str) -> int:
        url = self.url + name
        headers = {"If-Match": etag} if etag else {}
        response = self.call(Message("remove an entry"), lambda: self.client.delete(url, headers))
        return int(response.status)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def publish(
    store: Store,
    programme: Programme,
    settings: CalDavSettings,
    *,
    clock: Clock,
    delegation_id: int | None = None,
    max_classification: Classification = Classification.RESTRICTED,
    name: str = "",
    start: date | None = None,
    end: date | None = None,
    options: InviteOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    client: Any = None,
) -> PublishReport:
    """Bring the calendar at ``settings.url`` up to date with the chosen events."""
    events = select_events(programme, delegation_id=delegation_id, start=start, end=end,
                           max_classification=max_classification)  # fmt: skip
    delegation = programme.delegation(delegation_id)
    title = name or (f"Programme — {delegation.name}" if delegation else "Programme")
    server = _Server(settings, client)
    url = server.url
    makers: list[ResourceMaker] = []  # indexing the programme waits for the first write

    def make(event: Event) -> Resource:
        if not makers:
            makers.append(ResourceMaker(Builder(programme, clock, options), programme,
                                        delegation_id, title))  # fmt: skip
        return makers[0].make(event)

    state = store.published_resources(url)
    on_server = server.etags()
    if on_server is None:
        server.make_calendar(title)
        on_server = {}
    report = PublishReport()
    wanted = {e.uid for e in events}
    gone = [r for uid, r in state.items() if uid not in wanted]
    steps = Steps(len(events) + len(gone), progress, cancel)
    try:
        for event in events:
            steps.step()
            previous = state.get(event.uid)
            if previous is not None and previous.fingerprint == version_of(event):
                _unchanged(event.title, previous, on_server.get(resource_name(event.uid)),
                           report)  # fmt: skip
                continue
            _one(server, store, make(event), previous, on_server, report, clock, url)
        for old in gone:
            steps.step()
            _remove(server, store, old, on_server, report, url)
    except Cancelled:
        raise Cancelled(
            Message("Publishing was cancelled: {result}", result=report.headline())
        ) from None
    return report


def _one(
    server: _Server,
    store: Store,
    resource: Resource,
    previous: PublishedResource | None,
    on_server: dict[str, str],
    report: PublishReport,
    clock: Clock,
    url: str,
) -> None:
    current = on_server.get(resource.name)
    title = resource.title
    if previous is not None and current is None:
        report.conflicts.append(
            Message(
                "“{title}” changed here but was removed on the server "
                "by someone else; it is not put back.",
                title=title,
            )
        )
        return
    status, etag = server.put(resource, previous.etag if previous else None)
    if status == 412:
        if previous is None:
            report.conflicts.append(
                Message(
                    "“{title}” already exists on the server, made "
                    "elsewhere; it is not overwritten.",
                    title=title,
                )
            )
        else:
            report.conflicts.append(Message("“{title}” changed here and was also changed on the "
                                            "server by someone else; theirs is not overwritten.",
                                            title=title))  # fmt: skip
        return
    if not 200 <= status < 300:
        report.errors.append(Message("“{title}” could not be stored (HTTP {status}).",
                                     title=title, status=status))  # fmt: skip
        return
    store.save_published([PublishedResource(url, resource.uid, resource.event_id,
                                             url + resource.name, etag, resource.version,
                                             clock.now())])  # fmt: skip
    (report.updated if previous is not None else report.created).append(resource.title)


def _unchanged(
    title: str, previous: PublishedResource, current: str | None, report: PublishReport
) -> None:
    """Nothing to write; but say so if someone changed or removed it on the server."""
    if current is None:
        report.conflicts.append(
            Message(
                "“{title}” was removed from the calendar on the server "
                "by someone else; it is not put back.",
                title=title,
            )
        )
    elif previous.etag and current != previous.etag:
        report.conflicts.append(Message("“{title}” was changed on the server by someone else; "
                                        "their change is kept.", title=title))  # fmt: skip
    else:
        report.unchanged += 1


def _remove(
    server: _Server,
    store: Store,
    old: PublishedResource,
    on_server: dict[str, str],
    report: PublishReport,
    url: str,
) -> None:
    name = old.href.rsplit("/", 1)[-1]
    label = Message("the entry {name}", name=unquote(name))
    current = on_server.get(name)
    if current is None:
        store.forget_published(url, [old.event_uid])  # already gone: nothing to do
        return
    status = server.delete(name, old.etag)
    if status == 412:
        report.conflicts.append(Message("{label} was changed on the server by someone else; it "
                                        "is not removed.", label=label))  # fmt: skip
        return
    if status not in (200, 204, 404):
        report.errors.append(Message("{label} could not be removed (HTTP {status}).",
                                     label=label, status=status))  # fmt: skip
        return
    store.forget_published(url, [old.event_uid])
    report.deleted.append(label)
