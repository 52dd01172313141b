"""Text drawn straight on the page (header, footer, watermark) in every script.

The page furniture does not go through Paragraphs, so it cuts its text into
runs by font itself (see ``scripts``) and shapes the runs in Indian scripts.
"""

from __future__ import annotations

from typing import Any

from exports.briefing.scripts import needs_shaping, runs


def _pieces(text: str, size: float) -> list[tuple[str, Any, float]]:
    """(font, drawable text, width) for each run of ``text``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedStr

    from exports.briefing.shaping import shaped_string

    out: list[tuple[str, Any, float]] = []
    for font, piece in runs(text):
        if needs_shaping(piece):
            shaped = shaped_string(piece, font, size)
            if isinstance(shaped, ShapedStr):
                width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
                out.append((font, shaped, width))
                continue
        out.append((font, piece, stringWidth(piece, font, size)))
    return out


def text_width(text: str, size: float) -> float:
    return sum(width for _, _, width in _pieces(text, size))


def fit(text: str, size: float, width: float) -> str:
    """``text``, cut with an ellipsis where it would be wider than ``width``."""
    if text_width(text, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def draw_text(canvas: Any, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """Draw ``text`` with its left edge (or its ``"right"`` edge, or ``"centre"``) at x."""
    pieces = _pieces(text, size)
    total = sum(width for _, _, width in pieces)
    if align == "right":
        x -= total
    elif align == "centre":
        x -= total / 2
    for font, drawable, width in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, drawable)
        x += width
