"""Reading meeting requests from a CSV file, as spreadsheets write it.

The same reading rules as the people import (:mod:`exports.csv_import`): UTF-8
with or without a byte-order mark or UTF-16, Excel's dialect, the delimiter
taken from the header line, columns matched by header ignoring case and
punctuation.  Columns: Requester, Target (organisation names, or an e-mail
for a person), Priority (must/should/could/no), Duration (minutes), and
optionally Interpreter (yes/no or a language pair), Venue, Not before, Not
after (times in the venue's zone), Attendees (e-mails separated by ``;``),
Notes.  The reader only reads; :mod:`models.scheduler.requests_import` checks.
"""

from __future__ import annotations

import csv
import io
import os
import re

from exports.csv_import import _delimiter, header_key, read_csv_text
from models.errors import ImportRefused
from models.messages import Message
from models.scheduler.requests_import import RequestRow

SYNONYMS: dict[str, tuple[str, ...]] = {
    "requester": ("Requester", "Requested by", "From", "Company", "Organisation"),
    "target": ("Target", "Wants to meet", "To", "Meet", "With"),
    "priority": ("Priority", "Wish", "Interest"),
    "duration": ("Duration", "Minutes", "Duration (minutes)", "Length"),
    "interpreter": ("Interpreter", "Interpretation", "Languages"),
    "venue": ("Venue", "Where", "Place"),
    "not_before": ("Not before", "Earliest", "From time"),
    "not_after": ("Not after", "Latest", "Until"),
    "attendees": ("Attendees", "People", "Participants"),
    "notes": ("Notes", "Note", "Comments", "Remarks"),
}
_BY_KEY = {header_key(name): fld for fld, names in SYNONYMS.items() for name in names}


def read_requests_csv(path: str | os.PathLike[str]) -> tuple[list[RequestRow], list[str]]:
    """The rows and the ignored headers; :class:`ImportRefused` when unreadable."""
    return parse_requests_csv(read_csv_text(path), os.fspath(path))


def parse_requests_csv(text: str, name: str | None = None) -> tuple[list[RequestRow], list[str]]:
    """Read CSV text (already decoded); line numbers count from the header as line 1."""
    if name is None:
        name = Message("The file")
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=_delimiter(text))
    try:
        headers = next(reader)
    except StopIteration:
        raise ImportRefused(Message("{name} is empty.", name=name)) from None
    except csv.Error as exc:
        raise ImportRefused(
            Message("{name} is not a readable CSV file ({reason}).", name=name, reason=_why(exc))
        ) from None
    index: dict[str, int] = {}
    ignored: list[str] = []
    for n, header in enumerate(headers):
        fld = _BY_KEY.get(header_key(header))
        if fld is None:
            if header.strip():
                ignored.append(header.strip())
        else:
            index.setdefault(fld, n)
    missing = [f for f in ("requester", "target", "priority") if f not in index]
    if missing:
        found = ", ".join(h for h in headers if h.strip())
        raise ImportRefused(
            Message(
                "{name} has no column {wanted}. Name the columns “Requester”, “Target”, "
                "“Priority”, “Duration”, and optionally “Interpreter”, “Venue”, “Not before”, "
                "“Not after”, “Attendees”, “Notes”. The headers found were: {headers}.",
                name=name,
                wanted=", ".join(f"“{SYNONYMS[f][0]}”" for f in missing),
                headers=found or Message("none"),
            )
        )
    rows: list[RequestRow] = []
    line = 1
    try:
        for cells in reader:
            start = line + 1
            line = reader.line_num
            if not "".join(cells).strip():
                continue
            values = {f: cells[i].strip() if i < len(cells) else "" for f, i in index.items()}
            rows.append(RequestRow(line=start, values=values))
    except csv.Error as exc:
        raise ImportRefused(
            Message(
                "{name} cannot be read after line {line}: {reason}.",
                name=name,
                line=line,
                reason=_why(exc),
            )
        ) from None
    return rows, ignored


_FIELD_LIMIT = re.compile(r"field larger than field limit \((\d+)\)")


def _why(exc: csv.Error) -> str:
    """The CSV reader's complaint; the one a spreadsheet's file can cause (a cell longer
    than the reader's limit, from a quote that never closes) as a message the window
    translates, any other as Python wrote it."""
    text = str(exc)
    limit = _FIELD_LIMIT.fullmatch(text)
    if limit:
        return Message("field larger than field limit ({limit})", limit=int(limit.group(1)))
    return text
