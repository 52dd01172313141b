"""Organisations that are probably already there under another spelling.

An import that would create "Ministry of Economy Trade & Industry" or "METI"
while the programme has "Ministry of Economy, Trade and Industry (METI)"
should ask "did you mean …?" before a second METI appears.  Two names are
taken for the same organisation when

* they are equal once case, accents, punctuation, "&"/"and", spacing and a
  trailing legal form (Ltd, Pvt Ltd, Inc, Co., K.K., Corporation …) are
  set aside;
* one is the other's acronym: the letters in brackets ("(METI)"), or the
  initials of its significant words ("Japan External Trade Organization" →
  "JETO" would not do, its brackets say JETRO);
* or they are close: a similarity ratio of at least :data:`SIMILAR` on the
  set-aside forms (a typing slip: "Lohum Cleantech" / "Lohum Clean-tech").

:func:`near_duplicates` compares each new name with the known ones through
indexes (normal form, acronym) first and only then by ratio among names of
similar length, so a file of thousands of new organisations stays quick.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

#: Two normal forms at least this similar (0–1) are taken for one organisation.
SIMILAR = 0.88
#: Short names are compared by their normal form and acronym only (ratios mislead).
MIN_RATIO_LENGTH = 6

_SMALL_WORDS = {"of", "and", "the", "for", "de", "du", "la", "et", "&"}
_LEGAL_FORMS = (
    "private limited",
    "pvt ltd",
    "pvt",
    "limited",
    "ltd",
    "inc",
    "incorporated",
    "corporation",
    "corp",
    "co",
    "company",
    "kk",
    "kabushiki kaisha",
    "plc",
    "llp",
    "gmbh",
)
_BRACKETS = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """A new organisation name and the known one it probably means."""

    name: str  # as the import would create it
    known: str  # the organisation already in the programme
    why: str  # "same name", "acronym", "similar"

    def question(self) -> str:
        """``Organisation “METI” is new: did you mean “Ministry of … (METI)”?``"""
        return f"Organisation “{self.name}” is new: did you mean “{self.known}”?"


def normal_form(name: str) -> str:
    """The name with case, accents, punctuation, brackets, "and" and legal form set aside."""
    text = _BRACKETS.sub(" ", name)
    words = _words(text)
    while words:
        for form in _LEGAL_FORMS:
            tail = form.split()
            if len(words) > len(tail) and words[-len(tail) :] == tail:
                words = words[: -len(tail)]
                break
        else:
            break
    return " ".join(w for w in words if w not in _SMALL_WORDS)


def acronyms(name: str) -> set[str]:
    """The acronyms a name goes by: those in its brackets and its initials (2+ letters)."""
    found = set()
    for inside in _BRACKETS.findall(name):
        letters = "".join(_words(inside))
        if 2 <= len(letters) <= 10:
            found.add(letters)
    initials = "".join(w[0] for w in normal_form(name).split() if w)
    if len(initials) >= 3:
        found.add(initials)
    bare = "".join(_words(name))
    if 2 <= len(bare) <= 10 and " " not in name.strip() and name.strip().isupper():
        found.add(bare)  # the name itself is an acronym: "METI"
    return found


def near_duplicates(new_names: Iterable[str], known_names: Sequence[str]) -> list[NearDuplicate]:
    """For each new name that probably means a known organisation, the one it means.

    ``known_names`` are the organisations already in the programme; a new
    name equal to one of them (case aside) is not new and is skipped.  Names
    new in the same import are compared with each other too (the first
    spelling counts as known).
    """
    by_form: dict[str, str] = {}
    by_acronym: dict[str, str] = {}
    by_length: dict[int, list[tuple[str, str]]] = {}
    exact = {k.casefold() for k in known_names}

    def learn(name: str) -> None:
        form = normal_form(name)
        if form:
            by_form.setdefault(form, name)
            by_length.setdefault(len(form), []).append((form, name))
        for acronym in acronyms(name):
            by_acronym.setdefault(acronym, name)

    for name in known_names:
        learn(name)
    found: list[NearDuplicate] = []
    seen: set[str] = set()
    for name in new_names:
        key = name.casefold()
        if not name.strip() or key in exact or key in seen:
            continue
        seen.add(key)
        match = _match(name, by_form, by_acronym, by_length)
        if match is not None:
            found.append(NearDuplicate(name, *match))
        learn(name)
    return found


def _match(
    name: str,
    by_form: dict[str, str],
    by_acronym: dict[str, str],
    by_length: dict[int, list[tuple[str, str]]],
) -> tuple[str, str] | None:
    form = normal_form(name)
    if form and form in by_form:
        return by_form[form], "same name"
    compact = "".join(form.split())
    if compact in by_acronym:  # the new name is a known one's acronym
        return by_acronym[compact], "acronym"
    for acronym in acronyms(name):  # or a known name is the new one's acronym
        if acronym in by_form:
            return by_form[acronym], "acronym"
    if len(form) < MIN_RATIO_LENGTH:
        return None
    best: tuple[float, str] | None = None
    spread = max(2, len(form) // 5)
    for length in range(len(form) - spread, len(form) + spread + 1):
        for other, known in by_length.get(length, ()):
            matcher = SequenceMatcher(None, form, other, autojunk=False)
            if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILAR and (best is None or ratio > best[0]):
                best = (ratio, known)
    return (best[1], "similar") if best is not None else None


def _words(text: str) -> list[str]:
    """Lower-case words without accents or punctuation; "&" becomes "and"."""
    text = unicodedata.normalize("NFKD", text.replace("&", " and "))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^\w]+", " ", text.replace("_", " ")).split()
