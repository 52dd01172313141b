"""Every heading and label the packs print, in one place.

Sections never spell a heading or a column label themselves: they read it
from a :class:`Labels` (``ctx.labels``), so a pack in another language is one
more instance of this class, plus its way of writing dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.entities import Classification, EventKind, EventStatus, Reply, Role


@dataclass(frozen=True, slots=True)
class Labels:
    language: str
    # -- pack kinds and covers
    event_pack: str = "Briefing pack"
    delegation_pack: str = "Delegation briefing pack"
    itinerary: str = "Itinerary"
    contents: str = "Contents"
    prepared_for: str = "Prepared for"
    home_time: str = "home time"
    printed: str = "Printed"
    version: str = "Version"
    prepared_by: str = "by Delegation Desk."
    page_of: str = "Page {page} of {total}"
    # -- sections of an event
    agenda: str = "Agenda"
    objectives: str = "Objectives"
    room: str = "Who is in the room"
    organisations: str = "Organisations present"
    venue: str = "Venue"
    visit: str = "Site visit: meeting point, transport and safety"
    contacts: str = "Contacts"
    notes: str = "Notes"
    seating: str = "Seating plan"
    gifts: str = "Gift register"
    # -- sections of a delegation pack
    members: str = "Delegation members"
    overview: str = "Programme overview"
    at_a_glance: str = "At a glance"
    # -- facts
    kind: str = "Kind"
    when: str = "When"
    starts: str = "Starts"
    ends: str = "Ends"
    hosted_by: str = "Hosted by"
    classification: str = "Classification"
    status: str = "Status"
    head_of_delegation: str = "Head of delegation"
    member_count: str = "Members"
    home_zone: str = "Home time zone"
    programme: str = "Programme"
    in_home_time: str = "In home time"
    events: str = "Events"
    marked: str = "Marked"
    address: str = "Address"
    country: str = "Country"
    room_label: str = "Room"
    time_zone: str = "Time zone"
    map_position: str = "Map position"
    access: str = "Access"
    meeting_point: str = "Meeting point"
    host_contact: str = "Host contact"
    safety: str = "Safety and protective equipment"
    transport: str = "Transport"
    name_japanese: str = "Name in Japanese"
    position: str = "Position"
    delegation: str = "Delegation"
    dietary: str = "Dietary needs"
    accessibility: str = "Accessibility"
    # -- column labels
    time: str = "Time"
    item: str = "Item"
    speaker: str = "Speaker"
    name: str = "Name"
    role: str = "Role"
    reply: str = "Reply"
    organisation: str = "Organisation"
    vehicle: str = "Vehicle"
    phone: str = "Phone"
    email: str = "E-mail"
    what: str = "What"
    where: str = "Where"
    with_: str = "With"
    event: str = "Event"
    leads: str = "Who leads"
    departs_arrives: str = "Departs – arrives"
    route: str = "Route"
    vehicle_driver: str = "Vehicle and driver"
    passengers: str = "Passengers"
    # -- short texts
    expected: str = "{n} expected."
    declined: str = "Declined (not attending): {names}"
    no_organisation: str = "No organisation"
    others: str = "Hosts and other participants"
    host_suffix: str = " (host)"
    driver: str = "Driver"
    meet: str = "Meet"
    cancelled_banner: str = "CANCELLED — this {what} will not take place"
    tentative_note: str = "TENTATIVE — not yet confirmed"
    continued: str = "continued"
    attends: str = "{n} events"
    attends_nothing: str = "attends no event yet"
    cancelled_prefix: str = "CANCELLED: "
    cancelled_word: str = "CANCELLED"
    last_edit: str = "last edit"

    # -- enumerations

    def role_name(self, role: Role) -> str:
        return {
            Role.CHAIR: "Chair",
            Role.SPEAKER: "Speaker",
            Role.ATTENDEE: "Attendee",
            Role.INTERPRETER: "Interpreter",
            Role.LIAISON: "Liaison officer",
            Role.SECURITY: "Security",
            Role.DRIVER: "Driver",
        }[role]

    def reply_label(self, reply: Reply) -> str:
        return {
            Reply.NEEDS_ACTION: "no reply yet",
            Reply.ACCEPTED: "accepted",
            Reply.TENTATIVE: "tentative",
            Reply.DECLINED: "declined",
            Reply.NEEDS_RECONFIRMATION: "to confirm again (moved since)",
        }[reply]

    def event_kind(self, kind: EventKind) -> str:
        return str(kind).capitalize()

    def event_status(self, status: EventStatus) -> str:
        return str(status).upper() if status is EventStatus.CANCELLED else str(status).capitalize()

    def level(self, level: Classification) -> str:
        return str(level).capitalize()

    def marking(self, level: Classification) -> str:
        """The word on every page: ``CONFIDENTIAL``, ``RESTRICTED`` or nothing."""
        return "" if level is Classification.PUBLIC else str(level).upper()

    def handling(self, level: Classification) -> str:
        if level is Classification.CONFIDENTIAL:
            return (
                "Closed-door content: who attends is itself confidential. Do not copy or "
                "forward; return or destroy after use."
            )
        return "For the delegation and its hosts only; not for publication."

    # -- dates and zones

    def zone_name(self, zone: str) -> str:
        """``India``, ``Japan``: a zone as the packs name it."""
        from models.timezones import zone_label

        return zone_label(zone)

    def day_month(self, value: date | datetime) -> str:
        """``Tue 1 Dec``."""
        return f"{value:%a} {value.day} {value:%b}"

    def day_month_year(self, value: date | datetime) -> str:
        """``Tue 1 Dec 2026``."""
        return f"{value:%a} {value.day} {value:%b %Y}"

    def long_date(self, day: date) -> str:
        """``Tuesday 1 December 2026``."""
        return f"{day:%A} {day.day} {day:%B %Y}"

    def date_range(self, first: date, last: date) -> str:
        """``1–2 December 2026``; ``30 November – 2 December 2026`` across months."""
        if first == last:
            return f"{first.day} {first:%B %Y}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {last:%B %Y}"
        if first.year == last.year:
            return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
        return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


EN = Labels("en")

_WEEKDAYS = "月火水木金土日"


@dataclass(frozen=True, slots=True)
class JapaneseLabels(Labels):
    """Japanese headings and labels; dates written 2026年12月1日(火)."""

    def role_name(self, role: Role) -> str:
        return {
            Role.CHAIR: "議長",
            Role.SPEAKER: "登壇者",
            Role.ATTENDEE: "出席者",
            Role.INTERPRETER: "通訳",
            Role.LIAISON: "連絡担当官",
            Role.SECURITY: "警備",
            Role.DRIVER: "運転手",
        }[role]

    def reply_label(self, reply: Reply) -> str:
        return {
            Reply.NEEDS_ACTION: "未回答",
            Reply.ACCEPTED: "出席",
            Reply.TENTATIVE: "仮回答",
            Reply.DECLINED: "欠席",
            Reply.NEEDS_RECONFIRMATION: "再確認待ち（日時・会場変更）",
        }[reply]

    def event_kind(self, kind: EventKind) -> str:
        return {
            EventKind.CLOSED_DOOR: "非公開会合",
            EventKind.CONFERENCE: "会議",
            EventKind.BILATERAL: "二国間会談",
            EventKind.SITE_VISIT: "視察",
            EventKind.RECEPTION: "レセプション",
        }[kind]

    def event_status(self, status: EventStatus) -> str:
        return {
            EventStatus.TENTATIVE: "仮",
            EventStatus.CONFIRMED: "確定",
            EventStatus.CANCELLED: "中止",
        }[status]

    def level(self, level: Classification) -> str:
        return {
            Classification.PUBLIC: "公開",
            Classification.RESTRICTED: "取扱注意",
            Classification.CONFIDENTIAL: "機密",
        }[level]

    def marking(self, level: Classification) -> str:
        return "" if level is Classification.PUBLIC else self.level(level)

    def handling(self, level: Classification) -> str:
        if level is Classification.CONFIDENTIAL:
            return (
                "非公開の内容です。出席者も機密です。"
                "複写・転送しないでください。使用後は返却または廃棄してください。"
            )
        return "代表団及び受入側限り。公表しないでください。"

    def zone_name(self, zone: str) -> str:
        from models.timezones import zone_label

        return {"Asia/Kolkata": "インド", "Asia/Tokyo": "日本"}.get(zone, zone_label(zone))

    def day_month(self, value: date | datetime) -> str:
        return f"{value.month}月{value.day}日({_WEEKDAYS[value.weekday()]})"

    def day_month_year(self, value: date | datetime) -> str:
        return f"{value.year}年{self.day_month(value)}"

    def long_date(self, day: date) -> str:
        return self.day_month_year(day)

    def date_range(self, first: date, last: date) -> str:
        if first == last:
            return f"{first.year}年{first.month}月{first.day}日"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year}年{first.month}月{first.day}日〜{last.day}日"
        if first.year == last.year:
            return f"{first.year}年{first.month}月{first.day}日〜{last.month}月{last.day}日"
        return (
            f"{first.year}年{first.month}月{first.day}日〜{last.year}年{last.month}月{last.day}日"
        )


JA = JapaneseLabels(
    "ja",
    event_pack="ブリーフィング資料",
    delegation_pack="代表団ブリーフィング資料",
    itinerary="個人日程",
    contents="目次",
    prepared_for="対象",
    home_time="本国時間",
    printed="印刷",
    version="版",
    prepared_by="（Delegation Desk にて作成）",
    page_of="{page} / {total} ページ",
    agenda="議事次第",
    objectives="目的",
    room="出席者",
    organisations="出席団体",
    venue="会場",
    visit="視察：集合場所・移動・安全",
    contacts="連絡先",
    notes="メモ",
    seating="座席表",
    gifts="贈答品記録",
    members="代表団員",
    overview="日程概要",
    at_a_glance="一日の概要",
    kind="種別",
    when="日時",
    starts="開始",
    ends="終了",
    hosted_by="主催",
    classification="区分",
    status="状況",
    head_of_delegation="団長",
    member_count="団員数",
    home_zone="本国のタイムゾーン",
    programme="日程",
    in_home_time="本国時間",
    events="行事",
    marked="区分",
    address="住所",
    country="国",
    room_label="部屋",
    time_zone="タイムゾーン",
    map_position="地図上の位置",
    access="アクセス",
    meeting_point="集合場所",
    host_contact="受入側連絡先",
    safety="安全・保護具",
    transport="移動",
    name_japanese="日本語表記",
    position="役職",
    delegation="代表団",
    dietary="食事の配慮",
    accessibility="バリアフリー",
    time="時刻",
    item="項目",
    speaker="発言者",
    name="氏名",
    role="役割",
    reply="回答",
    organisation="所属",
    vehicle="車両",
    phone="電話",
    email="メール",
    what="内容",
    where="場所",
    with_="同席者",
    event="行事",
    leads="代表者",
    departs_arrives="出発–到着",
    route="経路",
    vehicle_driver="車両・運転手",
    passengers="同乗者",
    expected="出席予定 {n} 名",
    declined="欠席：{names}",
    no_organisation="所属なし",
    others="受入側・その他の出席者",
    host_suffix="（主催）",
    driver="運転手",
    meet="集合",
    cancelled_banner="中止 — この行事は行われません",
    tentative_note="仮 — 未確定",
    continued="続き",
    attends="{n} 件",
    attends_nothing="出席予定なし",
    cancelled_prefix="中止：",
    cancelled_word="中止",
    last_edit="最終更新",
)

LANGUAGES: dict[str, Labels] = {"en": EN, "ja": JA}


def labels(language: str = "en") -> Labels:
    """The catalogue of ``language``; English when there is none for it."""
    return LANGUAGES.get(language, EN)
