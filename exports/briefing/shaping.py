"""OpenType shaping through HarfBuzz, per font, with the typed text kept for copying.

reportlab 5 shapes a paragraph's words with ``uharfbuzz`` when the style says
``shaping=1``, but it shapes a whole word with the font of the word's first
piece: ``Ram(राम)`` (Latin, then Devanagari) would be shaped with the Latin
font and print as empty boxes.  :func:`install` makes every paragraph shape
each single-font piece of a word on its own.

Shaped glyphs (a conjunct, a vowel sign drawn before its consonant) have no
one-to-one way back to the characters typed, so a PDF reader copying the
text would get nothing or the letters in drawing order.  Each shaped piece
therefore remembers its text, and is written inside a marked-content span
whose ``/ActualText`` is that text: copying ``प्रिया`` out of the PDF gives
``प्रिया``.
"""

from __future__ import annotations

from typing import Any

_installed = False
#: The cluster reportlab gives a plain character added to a shaped string.
_PLAIN = 0x7FFFFFFF


def _marked(data: Any, actual: str) -> Any:
    """A copy of one glyph's shaping data carrying the text of the piece it starts."""
    copy = data.__class__(*data)
    copy.actual = actual
    return copy


#: Shaped single-font words by (font, size, text): a table lays out each cell two
#: or three times, and names repeat across a pack.  Bounded; cleared when full.
_CACHE: dict[tuple[str, float, str], tuple[Any, float, Any] | None] = {}
_CACHE_SIZE = 20000
#: The fonts whose text is shaped (the Indian scripts'); Latin and Japanese in
#: the base font need no shaping and are left as reportlab sets them.
SHAPED_FONTS: set[str] = set()


def _shape_pieces(original: Any) -> Any:
    def shape_one(word: Any) -> Any:
        """A word of one piece, through the cache (the shaped string is shared:
        reportlab never changes one in place)."""
        frag, text = word[1]
        if frag.fontName not in SHAPED_FONTS:
            return word
        key = (frag.fontName, frag.fontSize, text)
        if key not in _CACHE:
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.clear()
            shaped = _mark(original(word), word[1:])
            _CACHE[key] = None if shaped is word else (shaped.__class__, shaped[0], shaped[1][1])
        found = _CACHE[key]
        if found is None:
            return word
        cls, width, string = found
        return cls([width, (frag, string)])

    def shape_word(word: Any) -> Any:
        """Shape each run of one font in ``word`` separately; mark each shaped piece."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord

        if isinstance(word, ShapedFragWord):
            return word
        if len(word) == 2 and not hasattr(word[1][0], "cbDefn"):
            return shape_one(word)
        frags = word[1:]
        groups: list[list[Any]] = []
        for frag in frags:
            name = getattr(frag[0], "fontName", None)
            if groups and not hasattr(frag[0], "cbDefn") and groups[-1][0] == name:
                groups[-1][1].append(frag)
            else:
                groups.append([name, [frag]])
        if len(groups) == 1:
            return _mark(original(word), frags)
        results = []
        for name, part in groups:
            drawn = [f for f in part if not hasattr(f[0], "cbDefn")]
            sub = [sum(stringWidth(s, f.fontName, f.fontSize) for f, s in drawn), *part]
            if name not in SHAPED_FONTS or not drawn:
                shaped = sub
            elif len(part) == 1:
                shaped = shape_one(sub)
            else:
                shaped = _mark(original(sub), part)
            results.append((shaped, shaped is not sub))
        if not any(changed for _, changed in results):
            return word
        out = makeShapedFragWord(word)([sum(shaped[0] for shaped, _ in results)])
        for shaped, _ in results:
            out.extend(shaped[1:])
        return out

    return shape_word


def _mark(shaped: Any, frags: list[Any]) -> Any:
    """Give each shaped piece of ``shaped`` the text it was made from."""
    from reportlab.pdfbase.ttfonts import ShapedStr

    pieces = [p for p in shaped[1:] if isinstance(p[1], ShapedStr) and p[1].__shapeData__]
    if not pieces:
        return shaped
    text = "".join(s for f, s in frags if not hasattr(f, "cbDefn"))
    starts = [p[1].__shapeData__[0].cluster for p in pieces]
    ends = [*starts[1:], len(text)]
    for piece, start, end in zip(pieces, starts, ends, strict=True):
        data = piece[1].__shapeData__
        data[0] = _marked(data[0], text[min(start, end) : max(start, end)])
    return shaped


def actual_text(text: Any) -> str | None:
    """The typed text behind a shaped string, if known.

    A line's shaped words arrive joined, with the spaces and punctuation
    between them as plain characters: those are kept as they are.
    """
    data = getattr(text, "__shapeData__", None)
    if not data or not any(hasattr(d, "actual") for d in data):
        return None
    out = []
    for char, info in zip(str(text), data, strict=False):
        if hasattr(info, "actual"):
            out.append(info.actual)
        elif info.cluster == _PLAIN:
            out.append(char)
    return "".join(out)


def _with_actual_text(original: Any) -> Any:
    def format_text(self: Any, text: Any) -> str:
        code: str = original(self, text)
        actual = actual_text(text)
        if actual is None:
            return code
        hexed = ("\ufeff" + actual).encode("utf-16-be").hex().upper()
        return f"/Span <</ActualText <{hexed}>>> BDC {code} EMC"

    return format_text


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF as UTF-16 pairs.

    (reportlab writes ``<1F44D>`` for 👍, which readers take as U+1F44 "ὄ".)
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(
            f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for i, v in enumerate(subset)
        ),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def install(shaped_fonts: set[str]) -> None:
    """Patch reportlab's paragraph shaping and text output (once per process);
    ``shaped_fonts`` are the fonts whose runs HarfBuzz shapes."""
    global _installed
    SHAPED_FONTS.update(shaped_fonts)
    if _installed:
        return
    import reportlab.platypus.paragraph as paragraph
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen.textobject import PDFTextObject

    paragraph.shapeFragWord = _shape_pieces(paragraph.shapeFragWord)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    PDFTextObject._formatText = _with_actual_text(PDFTextObject._formatText)
    _installed = True


def shaped_string(text: str, font: str, size: float) -> Any:
    """``text`` shaped in ``font`` for drawing straight on a canvas (with its ActualText)."""
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    shaped = shapeStr(text, font, size)
    if isinstance(shaped, ShapedStr) and shaped.__shapeData__:
        shaped.__shapeData__[0] = _marked(shaped.__shapeData__[0], text)
    return shaped
