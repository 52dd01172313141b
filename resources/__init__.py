"""Files the application ships: fonts (with their licences), icons, sample data.

Installed as package data, so :func:`resource_path` works from a checkout and
from an installed wheel alike.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "ipagp.ttf")``."""
    return ROOT.joinpath(*parts)


#: IPA PGothic (the proportional IPA Gothic): Japanese and Latin glyphs;
#: licence in fonts/IPA_Font_License_v1.0.txt.
JAPANESE_FONT = resource_path("fonts", "ipagp.ttf")

#: Fonts for what IPA PGothic has no glyphs for, in the order they are tried:
#: the Indian scripts, Latin beyond Latin-1 (ṣ, Ğ) and monochrome symbols.
#: All Noto, under the SIL Open Font Licence 1.1 (fonts/OFL.txt).
FALLBACK_FONTS = tuple(
    resource_path("fonts", f"NotoSans{name}-Regular.ttf")
    for name in (
        "Devanagari",
        "Bengali",
        "Tamil",
        "Telugu",
        "Gujarati",
        "Gurmukhi",
        "Kannada",
        "Malayalam",
        "Oriya",
        "",
        "Symbols2",
    )
)
