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

from exports.csv_import import _delimiter, header_key, read_csv_text
from models.errors import ImportRefused
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


def parse_requests_csv(text: str, name: str = "The file") -> tuple[list[RequestRow], list[str]]:
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=_delimiter(text))
    try:
        headers = next(reader)
    except StopIteration:
        raise ImportRefused(f"{name} is empty.") from None
    except csv.Error as exc:
        raise ImportRefused(f"{name} is not a readable CSV file ({exc}).") from None
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
        wanted = ", ".join(f"“{SYNONYMS[f][0]}”" for f in missing)
        raise ImportRefused(
            f"{name} has no column {wanted}. Name the columns “Requester”, “Target”, "
            "“Priority”, “Duration”, and optionally “Interpreter”, “Venue”, “Not before”, "
            "“Not after”, “Attendees”, “Notes”. The headers found were: "
            f"{', '.join(h for h in headers if h.strip()) or 'none'}."
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
        raise ImportRefused(f"{name} cannot be read after line {line}: {exc}.") from None
    return rows, ignored
