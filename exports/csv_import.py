"""Reading people from a CSV file, as spreadsheets write it.

UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), or UTF-16
with its mark; Excel's dialect, with the delimiter taken from the header
line (comma, semicolon as in many European locales, or tab).  Columns are
matched by their header, ignoring case, spaces and punctuation, with the
usual synonyms ("Company" for "Organisation", "E-mail" for "Email",
"Surname" for "Family name", 氏名 for the name in Japanese script …).

The reader only reads: it returns :class:`~models.people_import.Candidate`
rows (line number, person, organisation name, problems) for
:func:`models.people_import.plan_import` to check.
"""

from __future__ import annotations

import csv
import io
import operator
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from models.entities import Person
from models.errors import ImportRefused
from models.messages import Message
from models.os_reasons import os_reason
from models.people_import import Candidate

#: Field → header names that mean it (compared after :func:`header_key`).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "family_name": ("Family name", "Surname", "Last name", "Lastname", "Family"),
    "given_name": ("Given name", "First name", "Firstname", "Forename", "Given names",
                   "First names"),
    "name_japanese": ("Japanese name", "Name (Japanese)", "Name in Japanese", "Name (kanji)",
                      "Kanji", "氏名", "日本語名", "漢字氏名"),
    "honorific": ("Honorific", "Title", "Salutation", "Prefix"),
    "position": ("Position", "Job title", "Designation", "Job", "Function"),
    "organisation": ("Organisation", "Organization", "Company", "Organisation name",
                     "Organization name", "Company name", "Employer", "Institution"),
    "email": ("Email", "E-mail", "Email address", "E-mail address", "Mail"),
    "phone": ("Phone", "Mobile", "Telephone", "Tel", "Phone number", "Mobile number",
              "Cell", "Cell phone"),
    "nationality": ("Nationality", "Citizenship", "Country"),
    "languages": ("Languages", "Language"),
    "dietary": ("Dietary", "Dietary requirements", "Dietary needs", "Diet", "Dietary notes"),
    "accessibility": ("Accessibility", "Accessibility needs", "Access needs",
                      "Special assistance", "Mobility"),
    "notes": ("Notes", "Note", "Comments", "Remarks"),
}  # fmt: skip

#: Nationalities people write in words, mapped to country codes.
_NATIONALITY_WORDS = {
    "japan": "JP", "japanese": "JP", "日本": "JP",
    "india": "IN", "indian": "IN", "インド": "IN",
}  # fmt: skip

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_LANGUAGE_SPLIT = re.compile(r"[,;/|\s]+")


def header_key(header: str) -> str:
    """``" E-Mail "`` → ``"email"``: case, spaces and punctuation do not matter."""
    return _NON_WORD.sub("", header.replace("\ufeff", "").casefold())


_BY_KEY = {header_key(name): fld for fld, names in SYNONYMS.items() for name in names}


@dataclass(frozen=True, slots=True)
class PeopleCsv:
    """What was read: the rows, and how the columns were understood."""

    candidates: tuple[Candidate, ...]
    columns: dict[str, str]  # field -> header as written in the file
    ignored_columns: tuple[str, ...]
    delimiter: str


def match_headers(headers: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Field → column index for known headers (the first wins), and the unknown headers."""
    found: dict[str, int] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        fld = _BY_KEY.get(header_key(header))
        if fld is None:
            if header.strip():
                ignored.append(header.strip())
        else:
            found.setdefault(fld, index)
    return found, ignored


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
            good = data[2 : exc.start - (exc.start % 2)].decode(codec, errors="replace")
            raise ImportRefused(
                Message(
                    "{name} is damaged UTF-16 text: line {line} is cut off or holds bytes that "
                    "are not text. Nothing was imported; save the file again (in Excel as "
                    "“CSV UTF-8 (comma delimited)”) and try again.",
                    name=name,
                    line=good.count(chr(10)) + 1,
                )
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRefused(
            Message(
                "{name} is not UTF-8 text (the first unreadable byte is on line {line}). "
                "In Excel, save it as “CSV UTF-8 (comma delimited)” and try again.",
                name=name,
                line=line,
            )
        ) from None


def _delimiter(text: str) -> str:
    """The delimiter of the header line: whichever of , ; tab it has most of."""
    first = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_text(path: str | os.PathLike[str]) -> str:
    """A CSV file's text, decoded; :class:`ImportRefused` when it cannot be read."""
    name = os.fspath(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise ImportRefused(Message("There is no file {name}.", name=name)) from None
    except IsADirectoryError:
        raise ImportRefused(Message("{name} is a folder, not a CSV file.", name=name)) from None
    except OSError as exc:
        raise ImportRefused(
            Message("{name} cannot be read: {reason}.", name=name, reason=os_reason(exc))
        ) from None
    return _decode(data, name)


def read_people_csv(path: str | os.PathLike[str]) -> PeopleCsv:
    """Read a file; :class:`ImportRefused` when it cannot be read or has no family names."""
    return parse_people_csv(read_csv_text(path), os.fspath(path))


def parse_people_csv(text: str, name: str | None = None) -> PeopleCsv:
    """Read CSV text (already decoded); line numbers count from the header as line 1."""
    if name is None:
        name = Message("The file")
    text = text.lstrip("\ufeff")
    delimiter = _delimiter(text)
    reader = csv.reader(
        io.StringIO(text, newline=""), dialect="excel", delimiter=delimiter, strict=True
    )
    try:
        headers = next(reader)
    except StopIteration:
        raise ImportRefused(Message("{name} is empty.", name=name)) from None
    except csv.Error:
        raise ImportRefused(_unreadable(name, _quote_problem(1, reader.line_num))) from None
    index, ignored = match_headers(headers)
    twice = _duplicate_columns(headers, index)
    if twice:
        raise ImportRefused(
            Message("Nothing was imported from {name}: line 1 names a column twice.", name=name),
            twice,
        )
    if "family_name" not in index:
        expected = ", ".join(f"“{n}”" for n in SYNONYMS["family_name"][:3])
        found = ", ".join(h for h in headers if h.strip())
        raise ImportRefused(
            Message(
                "{name} has no column of family names. Name one column {expected} (other "
                "columns: “Given name”, “Japanese name”, “Title”, “Position”, “Organisation”, "
                "“E-mail”, “Phone”, “Nationality”, “Dietary”, “Accessibility”, “Notes”). "
                "The headers found were: {headers}.",
                name=name,
                expected=expected,
                headers=found or Message("none"),
            )
        )
    columns = {fld: headers[i].strip() for fld, i in index.items()}
    candidates = tuple(_candidates(reader, index, name, len(headers), delimiter))
    return PeopleCsv(candidates, columns, tuple(ignored), delimiter)


#: Field → how a message names it (the window writes it in its language).
_FIELD_NAMES = {
    "family_name": Message("family name"),
    "given_name": Message("given name"),
    "name_japanese": Message("name japanese"),
    "honorific": Message("honorific"),
    "position": Message("position"),
    "organisation": Message("organisation"),
    "email": Message("email"),
    "phone": Message("phone"),
    "nationality": Message("nationality"),
    "languages": Message("languages"),
    "dietary": Message("dietary"),
    "accessibility": Message("accessibility"),
    "notes": Message("notes"),
}


def _duplicate_columns(headers: Sequence[str], index: dict[str, int]) -> list[str]:
    """Known columns named twice (``E-mail`` and ``Email``): which one to import is a guess."""
    problems: list[str] = []
    for number, header in enumerate(headers):
        fld = _BY_KEY.get(header_key(header))
        if fld is not None and index[fld] != number:
            first = index[fld]
            problems.append(
                Message(
                    "line 1: columns {first} (“{first_header}”) and {second} (“{second_header}”) "
                    "both give the {field}; keep one of them.",
                    first=first + 1,
                    first_header=headers[first].strip(),
                    second=number + 1,
                    second_header=header.strip(),
                    field=_FIELD_NAMES[fld],
                )
            )
    return problems


def _unreadable(name: str, problem: str) -> Message:
    return Message("{name} cannot be read: {problem}", name=name, problem=problem)


def _quote_problem(start: int, end: int) -> str:
    """The message for a record the CSV reader could not finish (lines ``start``–``end``)."""
    if end > start:
        return Message(
            "line {start}: a quoted field opens here and its closing quote is missing, so it "
            "runs on into the following lines (up to line {end}). Nothing was imported; close "
            "the quote (or remove it) and try again.",
            start=start,
            end=end,
        )
    return Message(
        "line {start}: a quoted field is followed by more text before the next delimiter. "
        "Nothing was imported; put the whole cell in quotes and double the quotes inside it.",
        start=start,
    )


def _runs_into_records(row: list[str], delimiter: str, columns: int) -> bool:
    """Whether a quoted cell spanning lines swallowed lines that look like rows of their own."""
    if columns < 3:
        return False
    for cell in row:
        if "\n" in cell or "\r" in cell:
            for part in cell.splitlines()[1:]:
                if part.count(delimiter) >= columns - 1:
                    return True
    return False


_FIELDS = tuple(SYNONYMS)


def _candidates(
    reader: Iterable[list[str]], index: dict[str, int], name: str, columns: int,
    delimiter: str,
) -> Iterator[Candidate]:  # fmt: skip
    # Each row gets one empty cell appended; absent fields read that cell (-1).
    pick = operator.itemgetter(*(index.get(f, -1) for f in _FIELDS))
    width = max(index.values()) + 1
    padding = [""] * (width + 1)
    strip = str.strip
    line = 1  # the last line read so far (the header is line 1)
    try:
        for row in reader:
            start = line + 1
            line = reader.line_num  # type: ignore[attr-defined]
            if line > start and _runs_into_records(row, delimiter, columns):
                raise ImportRefused(_unreadable(name, _quote_problem(start, line)))
            if not "".join(row).strip():
                continue
            problems: tuple[str, ...] = ()
            if len(row) > columns and any(c.strip() for c in row[columns:]):
                extra = [c.strip() for c in row[columns:] if c.strip()]
                problems = (
                    Message(
                        "The row has {cells} cells but line 1 names only {columns} columns "
                        "(beyond them: {extra}{more}); a delimiter inside a cell needs quotes "
                        "around the cell.",
                        cells=len(row),
                        columns=columns,
                        extra=", ".join(repr(c) for c in extra[:3]),
                        more=" …" if len(extra) > 3 else "",
                    ),
                )
            row += padding[len(row) :] if len(row) <= width else [""]
            cells = map(strip, pick(row))
            (family, given, japanese, honorific, position, organisation, email, phone,
             nationality, languages, dietary, accessibility, notes) = cells  # fmt: skip
            yield Candidate(
                line=start,
                person=Person(
                    family_name=family,
                    given_name=given,
                    name_japanese=japanese,
                    honorific=honorific,
                    position=position,
                    email=email,
                    phone=phone,
                    nationality=_NATIONALITY_WORDS.get(nationality.casefold())
                    or nationality.upper(),
                    languages=tuple(x for x in _LANGUAGE_SPLIT.split(languages) if x)
                    if languages
                    else (),
                    dietary=dietary,
                    accessibility=accessibility,
                    notes=notes,
                ),
                organisation_name=organisation,
                problems=problems,
            )
    except csv.Error:
        start = line + 1
        end = reader.line_num  # type: ignore[attr-defined]
        raise ImportRefused(_unreadable(name, _quote_problem(start, end))) from None
