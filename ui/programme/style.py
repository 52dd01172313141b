"""How the timeline looks: colours by kind, marks by classification."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from models.entities import Classification, EventKind

#: One colour per kind of event, readable with dark text on its light tint.
KIND_COLOURS: dict[EventKind, str] = {
    EventKind.CLOSED_DOOR: "#4f5fb8",
    EventKind.CONFERENCE: "#2e8b57",
    EventKind.BILATERAL: "#c77a12",
    EventKind.SITE_VISIT: "#8e44ad",
    EventKind.RECEPTION: "#17879a",
}

KIND_LABELS: dict[EventKind, str] = {
    EventKind.CLOSED_DOOR: QT_TRANSLATE_NOOP("Kinds", "Closed-door meeting"),
    EventKind.CONFERENCE: QT_TRANSLATE_NOOP("Kinds", "Conference"),
    EventKind.BILATERAL: QT_TRANSLATE_NOOP("Kinds", "Bilateral meeting"),
    EventKind.SITE_VISIT: QT_TRANSLATE_NOOP("Kinds", "Site visit"),
    EventKind.RECEPTION: QT_TRANSLATE_NOOP("Kinds", "Reception"),
}

CONFIDENTIAL_COLOUR = "#b00020"
RESTRICTED_COLOUR = "#7a4f00"  # 5:1 on every kind's tint (text on a block needs 4.5:1)
TEXT_COLOUR = "#1b1b1f"


def on_dark(palette: QPalette) -> bool:
    """True when the window's background is dark (the system's dark scheme)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The contrast ratio of two colours (WCAG 2): 1 to 21; text needs 4.5."""
    a, b = sorted((luminance(one), luminance(other)))
    return (b + 0.05) / (a + 0.05)


def readable(colour: str, palette: QPalette) -> QColor:
    """``colour`` for text or marks drawn on the window's background, lighter when it is
    dark: light enough for 4.5:1 against both the window's and the lists' background."""
    result = QColor(colour)
    if not on_dark(palette):
        return result
    result = result.lighter(190)
    grounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    for _ in range(20):
        if min(contrast(result, ground) for ground in grounds) >= 4.5:
            break
        hue, saturation, lightness, alpha = result.getHslF()
        result = QColor.fromHslF(max(0.0, hue), saturation, min(1.0, lightness + 0.04), alpha)
    return result


def kind_label(kind: EventKind) -> str:
    """The kind's name in the interface language."""
    return QCoreApplication.translate("Kinds", KIND_LABELS[kind])


def kind_colour(kind: EventKind) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#607080"))


def fill_colour(kind: EventKind) -> QColor:
    """The block's background: the kind's colour, much lighter."""
    base = kind_colour(kind)
    return QColor.fromHsvF(base.hsvHueF(), base.hsvSaturationF() * 0.28, 0.98)


def marking(classification: Classification) -> tuple[str, QColor] | None:
    """The word printed on a block, and its colour; nothing for public events."""
    if classification is Classification.CONFIDENTIAL:
        return QT_TRANSLATE_NOOP("Marking", "CONFIDENTIAL"), QColor(CONFIDENTIAL_COLOUR)
    if classification is Classification.RESTRICTED:
        return QT_TRANSLATE_NOOP("Marking", "RESTRICTED"), QColor(RESTRICTED_COLOUR)
    return None


def draw_lock(painter: QPainter, x: float, y: float, size: float, colour: QColor) -> None:
    """A small padlock with its top-left corner at (x, y)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.2, size / 8))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    w = size * 0.56
    left = x + (size - w) / 2
    shackle.moveTo(QPointF(left, y + size * 0.5))
    shackle.lineTo(QPointF(left, y + size * 0.3))
    shackle.arcTo(QRectF(left, y, w, size * 0.55), 180, -180)
    shackle.lineTo(QPointF(left + w, y + size * 0.5))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(x + size * 0.12, y + size * 0.45, size * 0.76, size * 0.55),
                            1.5, 1.5)  # fmt: skip
    painter.restore()


#: Words for the values people choose in the editor and read in tooltips and tables.
VALUE_WORDS = {
    "public": QT_TRANSLATE_NOOP("Values", "Public"),
    "restricted": QT_TRANSLATE_NOOP("Values", "Restricted"),
    "confidential": QT_TRANSLATE_NOOP("Values", "Confidential"),
    "tentative": QT_TRANSLATE_NOOP("Values", "Tentative"),
    "confirmed": QT_TRANSLATE_NOOP("Values", "Confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("Values", "Cancelled"),
    "chair": QT_TRANSLATE_NOOP("Values", "Chair"),
    "speaker": QT_TRANSLATE_NOOP("Values", "Speaker"),
    "attendee": QT_TRANSLATE_NOOP("Values", "Attendee"),
    "interpreter": QT_TRANSLATE_NOOP("Values", "Interpreter"),
    "liaison": QT_TRANSLATE_NOOP("Values", "Liaison"),
    "security": QT_TRANSLATE_NOOP("Values", "Security"),
    "driver": QT_TRANSLATE_NOOP("Values", "Driver"),
    "needs action": QT_TRANSLATE_NOOP("Values", "Needs action"),
    "accepted": QT_TRANSLATE_NOOP("Values", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Values", "Declined"),
    "needs re-confirmation": QT_TRANSLATE_NOOP("Values", "Needs re-confirmation"),
}


def value_word(value: str) -> str:
    """A stored value (``"confidential"``, ``"needs action"``…) as the interface says it."""
    english = VALUE_WORDS.get(value)
    return QCoreApplication.translate("Values", english) if english else value


VALUE_WORDS.update(
    {
        "person double-booked": QT_TRANSLATE_NOOP("Values", "Person double-booked"),
        "room double-booked": QT_TRANSLATE_NOOP("Values", "Room double-booked"),
        "not enough travel time": QT_TRANSLATE_NOOP("Values", "Not enough travel time"),
        "over capacity": QT_TRANSLATE_NOOP("Values", "Over capacity"),
        "vehicle over its seats": QT_TRANSLATE_NOOP("Values", "Vehicle over its seats"),
        "in two vehicles on one leg": QT_TRANSLATE_NOOP("Values", "In two vehicles on one leg"),
    }
)
