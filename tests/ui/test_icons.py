"""The window's own icons: shipped for every page and toolbar action, at every size."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolBar, QToolButton

from tests.ui.drawn import wait_drawn
from ui.icon_drawings import DRAWINGS, render, write_all
from ui.icons import SIZES, follow_palette, icon, icon_path, icons_are_dark
from ui.main_window import MainWindow
from ui.programme.style import contrast
from ui.shell import PAGES


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_every_icon_is_shipped_at_every_size_and_is_not_blank(qapp, name) -> None:
    for size in SIZES:
        for dark in (False, True):  # a set for light palettes and one for dark
            image = QImage(str(icon_path(name, size, dark=dark)))
            assert image.size() == QSize(size, size), f"{name}-{size} dark={dark}"
            opaque = sum(
                1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 128
            )
            assert opaque > size  # something is drawn, not a transparent square
    assert not icon(name).isNull()
    assert not icon(name, dark=True).isNull()


# Qt's raster engine blends antialiased edges with SIMD code chosen for the CPU
# it runs on (SSE4, AVX2, AVX-512), and the paths round a blended channel
# differently by one step: the same drawing gives pixels one unit apart on two
# machines.  A changed drawing moves whole edges (differences of tens to
# hundreds), so a tolerance of two units per channel keeps the check sharp.
ROUNDING = 2


def differences(drawn: QImage, shipped: QImage) -> list[str]:
    """Pixels of ``drawn`` further than :data:`ROUNDING` from ``shipped``."""
    if drawn.size() != shipped.size():
        return [f"size {drawn.width()}x{drawn.height()}, shipped {shipped.width()}"]
    drawn = drawn.convertToFormat(QImage.Format.Format_ARGB32)
    shipped = shipped.convertToFormat(QImage.Format.Format_ARGB32)
    found = []
    for y in range(drawn.height()):
        for x in range(drawn.width()):
            a, b = drawn.pixelColor(x, y), shipped.pixelColor(x, y)
            channels = zip(a.getRgb(), b.getRgb(), strict=True)
            if max(abs(one - other) for one, other in channels) > ROUNDING:
                found.append(f"({x},{y}) {a.name(a.NameFormat.HexArgb)} != "
                             f"{b.name(b.NameFormat.HexArgb)}")  # fmt: skip
    return found


def test_the_shipped_files_are_what_the_drawings_give(qapp, tmp_path) -> None:
    written = write_all(tmp_path)
    # a light and a dark set, and two white list sizes
    assert len(written) == len(DRAWINGS) * (2 * len(SIZES) + 2)
    for path in written:
        shipped = QImage(str(icon_path(path.stem.split("-", 1)[0], 16).with_name(path.name)))
        drawn = QImage(str(path))
        assert not shipped.isNull(), path.name
        assert differences(drawn, shipped) == [], f"{path.name}: run python -m ui.icon_drawings"
    assert render("add", 24).size() == QSize(24, 24)


def test_the_comparison_catches_a_changed_drawing(qapp) -> None:
    """The rounding allowance does not hide a drawing that moved or changed colour."""
    shipped = QImage(str(icon_path("add", 24)))
    assert differences(render("add", 24), shipped) == []
    assert differences(render("delete", 24), shipped) != []
    moved = QImage(24, 24, QImage.Format.Format_ARGB32_Premultiplied)
    moved.fill(0)
    painter = QPainter(moved)
    painter.drawImage(1, 0, render("add", 24))
    painter.end()
    assert differences(moved, shipped) != []
    recoloured = render("add", 24)
    for x in range(24):
        for y in range(24):
            colour = recoloured.pixelColor(x, y)
            if colour.alpha() == 255:
                recoloured.setPixelColor(x, y, colour.darker(105))
    assert differences(recoloured, shipped) != []


def test_navigation_and_toolbar_show_the_shipped_icons(qtbot, sample_desk, settings) -> None:
    from ui.session import Session

    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    assert {key for key, _label in PAGES} <= set(DRAWINGS)
    for row, (_key, label) in enumerate(PAGES):
        item = window.nav.item(row)
        assert item.text() == label
        assert {QSize(16, 16), QSize(32, 32)} <= set(item.icon().availableSizes())
        white = item.icon().pixmap(QSize(16, 16), QIcon.Mode.Selected).toImage()
        colours = {white.pixelColor(x, y).name() for x in range(16) for y in range(16)
                   if white.pixelColor(x, y).alpha() > 200}  # fmt: skip
        assert colours == {"#ffffff"}, label  # readable on the highlighted row
    for name in ("undo", "redo", "add", "delete", "find", "import", "open"):
        sizes = set(window.actions_by_name[name].icon().availableSizes())
        assert {QSize(24, 24), QSize(48, 48)} <= sizes, name


# -- contrast on the toolbar, light and dark ----------------------------------------

#: Toolbar backgrounds of common palettes (their Window colour): Fusion, Windows,
#: plain white, KDE Breeze, GNOME Adwaita, macOS; then their dark schemes.
LIGHT_TOOLBARS = ("#efefef", "#f0f0f0", "#ffffff", "#eff0f1", "#f6f5f4", "#ececec")
DARK_TOOLBARS = ("#353535", "#202020", "#1e1e1e", "#31363b", "#303030", "#3c3f41")
TOOLBAR_ACTIONS = ("undo", "redo", "add", "delete", "find", "import")


def palette_on(window_colour: str) -> QPalette:
    """A whole palette (text, buttons, lists) built around ``window_colour``."""
    colour = QColor(window_colour)
    palette = QPalette(colour, colour)
    text = QColor("#eeeeee" if colour.lightness() < 128 else "#1b1b1f")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.Text):  # fmt: skip
        palette.setColor(role, text)
    return palette


def _pixels(image: QImage) -> tuple[bytes, int]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits()), image.bytesPerLine()  # B, G, R, A per pixel


def stroke_contrasts(button: QToolButton) -> dict[str, float]:
    """The contrast of each ink of ``button``'s icon, as the toolbar shows it, against
    the toolbar's background under the icon.

    The icon is found in a grab of the button where its fully drawn pixels match;
    the background is what the grab shows where the icon is transparent.  An ink is
    a colour covering at least 5% of the fully drawn pixels (outlines and the
    accents); antialiased edges are blends and do not count.
    """
    grab = button.grab().toImage()
    assert grab.devicePixelRatio() == 1.0
    size = button.iconSize()
    drawn = button.icon().pixmap(size, 1.0, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    ink, ink_line = _pixels(drawn)
    shown, line = _pixels(grab)
    full, clear = [], []
    for y in range(drawn.height()):
        for x in range(drawn.width()):
            at = y * ink_line + 4 * x
            if ink[at + 3] >= 250:
                full.append((x, y, tuple(ink[at : at + 3])))
            elif ink[at + 3] == 0:
                clear.append((x, y))
    assert full, "the icon draws nothing"

    def mismatches(dx: int, dy: int, worst: int) -> int:
        wrong = 0
        for x, y, bgr in full:
            at = (y + dy) * line + 4 * (x + dx)
            if max(abs(shown[at + i] - bgr[i]) for i in range(3)) > 3:
                wrong += 1
                if wrong >= worst:
                    break
        return wrong

    best, where = len(full) + 1, (0, 0)
    for dy in range(grab.height() - drawn.height() + 1):
        for dx in range(grab.width() - drawn.width() + 1):
            wrong = mismatches(dx, dy, best)
            if wrong < best:
                best, where = wrong, (dx, dy)
    assert best <= len(full) // 20, f"icon not found in the toolbar's grab ({best} pixels off)"
    dx, dy = where
    grounds = sorted(grab.pixelColor(x + dx, y + dy).rgb() for x, y in clear)
    ground = QColor.fromRgb(grounds[len(grounds) // 2])
    counts = Counter(grab.pixelColor(x + dx, y + dy).name() for x, y, _bgr in full)
    return {
        colour: round(contrast(QColor(colour), ground), 2)
        for colour, count in counts.items()
        if count >= len(full) / 20
    }


def toolbar_contrasts(window: MainWindow) -> dict[str, dict[str, float]]:
    toolbar = window.findChild(QToolBar, "main-toolbar")
    found = {}
    for name in TOOLBAR_ACTIONS:
        action = window.actions_by_name[name]
        action.setEnabled(True)  # a disabled control is greyed by the style, and exempt
        button = toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton), name
        found[name] = stroke_contrasts(button)
    return found


@pytest.fixture
def shown_window(qtbot, sample_desk, settings):
    from ui.session import Session

    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    wait_drawn(qtbot, window)
    return window


@pytest.mark.parametrize("ground", LIGHT_TOOLBARS + DARK_TOOLBARS)
def test_every_toolbar_icon_reaches_3_to_1_on_light_and_dark_palettes(shown_window, ground):
    """WCAG's non-text contrast: each ink of each toolbar icon, 3:1 against the toolbar."""
    shown_window.setPalette(palette_on(ground))
    assert icons_are_dark(shown_window) is (QColor(ground).lightness() < 128)
    weak = {
        name: inks
        for name, inks in toolbar_contrasts(shown_window).items()
        if min(inks.values()) < 3.0
    }
    assert weak == {}, f"on {ground}: {weak}"


def test_the_check_sees_light_icons_fade_on_a_dark_toolbar(shown_window) -> None:
    """The light set on a dark toolbar (as before the dark set) fails the measure."""
    shown_window.setPalette(palette_on("#353535"))
    follow_palette(shown_window, dark=False)
    contrasts = toolbar_contrasts(shown_window)
    assert min(min(inks.values()) for inks in contrasts.values()) < 3.0
    assert 2.5 < min(contrasts["find"].values()) < 3.0  # the slate outline, about 2.8:1


def test_icons_follow_the_application_palette_at_run_time(qapp, qtbot, shown_window) -> None:
    """The system turning dark (the application's palette changing) swaps the set, and
    back; the navigation list's icons too."""
    before = qapp.palette()
    light_nav = shown_window.nav.item(0).icon().pixmap(QSize(16, 16)).toImage()
    try:
        qapp.setPalette(palette_on("#202020"))  # announced to the widgets by a posted event
        qtbot.waitUntil(lambda: icons_are_dark(shown_window))
        assert min(min(i.values()) for i in toolbar_contrasts(shown_window).values()) >= 3.0
        dark_nav = shown_window.nav.item(0).icon().pixmap(QSize(16, 16)).toImage()
        assert differences(dark_nav, light_nav) != []
        assert differences(dark_nav, QImage(str(icon_path("programme", 16, dark=True)))) == []
        # a window opened now takes the dark set too: the event editor's calendar button
        from ui.event_editor import EventEditor

        editor = EventEditor(shown_window.session, None, shown_window)
        qtbot.addWidget(editor)
        pick = editor.details.starts.pick.icon().pixmap(QSize(16, 16)).toImage()
        assert differences(pick, QImage(str(icon_path("events", 16, dark=True)))) == []
        editor.close()
    finally:
        qapp.setPalette(before)
        qtbot.waitUntil(lambda: not icons_are_dark(shown_window))
    light_again = shown_window.nav.item(0).icon().pixmap(QSize(16, 16)).toImage()
    assert differences(light_again, light_nav) == []


def test_menu_entries_made_after_the_first_paint_take_the_window_s_set(
    qtbot, sample_desk, settings
) -> None:
    """A window on a dark palette before its menus are filled (they are made right after
    its first paint): their entries' icons are the dark set too, not the application's."""
    from ui.session import Session

    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    window.setPalette(palette_on("#202020"))
    qtbot.waitUntil(lambda: icons_are_dark(window))
    assert not window.actions_by_name.filled
    window.show()
    wait_drawn(qtbot, window)
    opened = window.actions_by_name["open"].icon().pixmap(QSize(24, 24)).toImage()
    assert differences(opened, QImage(str(icon_path("open", 24, dark=True)))) == []
