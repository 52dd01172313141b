"""The window's own icons: shipped for every page and toolbar action, at every size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPainter

from ui.icon_drawings import DRAWINGS, render, write_all
from ui.icons import SIZES, icon, icon_path
from ui.main_window import MainWindow
from ui.shell import PAGES


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_every_icon_is_shipped_at_every_size_and_is_not_blank(qapp, name) -> None:
    for size in SIZES:
        image = QImage(str(icon_path(name, size)))
        assert image.size() == QSize(size, size), f"{name}-{size}.png"
        opaque = sum(
            1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 128
        )
        assert opaque > size  # something is drawn, not a transparent square
    assert not icon(name).isNull()


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
    assert len(written) == len(DRAWINGS) * (len(SIZES) + 2)  # and two white list sizes
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
