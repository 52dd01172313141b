"""The sanitiser: whatever a person types prints literally in a pack."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exports.briefing.fonts import font_set
from exports.briefing.scripts import fallback_text
from exports.briefing.text import clean, markup, one_line

HOSTILE = ["<b>x</b>", "AT&T", "x<y", '<img src="/etc/passwd"/>', "&amp;", "a > b", "<br/>"]


def paragraph_text(text: str) -> str:
    from reportlab.platypus import Paragraph

    from exports.briefing.styles import get_styles

    return Paragraph(markup(text), get_styles().body).getPlainText()


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_looking_text_is_kept_as_text(text: str) -> None:
    assert paragraph_text(text) == text


def test_escaping_covers_ampersand_and_angle_brackets() -> None:
    assert markup('AT&T <img src="/etc/passwd"/> x<y') == (
        'AT&amp;T &lt;img src="/etc/passwd"/&gt; x&lt;y'
    )


def test_line_breaks_survive_and_control_characters_go() -> None:
    assert markup("one\r\ntwo\rthree\u2028four") == "one<br/>two<br/>three<br/>four"
    assert clean("bell\x07 null\x00 tab\there") == "bell null tab here"
    assert one_line("first\nsecond") == "first second"


def test_text_is_normalised_and_the_rupee_sign_is_kept() -> None:
    assert clean("Cafe\u0301") == "Café"
    assert clean("₹860 crore") == "₹860 crore"


def test_empty_and_missing_text() -> None:
    assert markup(None) == ""
    assert clean("   ") == ""


def printed_form(char: str) -> str:
    """What a character becomes: itself when a shipped font has it, else its name."""
    fonts = font_set()
    # Variation selectors, skin tones, tag letters (E0020-E007F), keycap. The rest of
    # the tags block is unassigned or deprecated and prints as its code like any other.
    invisible = (
        r"[\ufe00-\ufe0f\U0001f3fb-\U0001f3ff"
        r"\U000e0020-\U000e007f\U000e0100-\U000e01ef\u20e3]"
    )
    if re.match(invisible, char):
        return ""
    covered = ord(char) in fonts.base_coverage or any(
        ord(char) in f.coverage for f in fonts.fallbacks
    )
    return char if covered else fallback_text(char)


@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs",), blacklist_characters=[chr(0x1F1E6 + n) for n in range(26)]
        ),
        max_size=80,
    )
)
def test_any_text_makes_a_paragraph_that_shows_it(text: str) -> None:
    # Whitespace aside (a line break becomes <br/>, which has no text), every
    # character typed comes out again, or its name where no shipped font has it.
    expected = "".join("".join(map(printed_form, clean(text))).split())
    assert "".join(paragraph_text(text).split()) == expected


def test_emoji_print_as_a_monochrome_glyph_or_their_name() -> None:
    assert paragraph_text("Team 😀 ❤️ 👍🏽 🇮🇳 ✓") == "Team [grinning face] ❤ 👍 [flag IN] ✓"
