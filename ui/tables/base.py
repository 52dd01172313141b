"""A table model over a list of frozen records, sorting and filtering in the model.

A ``QSortFilterProxyModel`` calls back into Python for every comparison, which
is far too slow for a hundred thousand people.  This model instead keeps:

* ``_records``: every record, as loaded;
* ``_haystacks``: one casefolded string per record holding everything the
  filter looks in (built once per load);
* ``_order``: the indexes of every record in the current sort order;
* ``_rows``: the indexes of the records shown, a subsequence of ``_order``.

A filter keystroke is one substring test per record, walked in sort order so
nothing needs sorting afterwards (and only over the rows already shown when
the text only grew); a sort is one ``list.sort`` over keys computed once per
column and load.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

T = TypeVar("T")

#: The role under which a row's record itself is returned.
OBJECT_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


#: Katakana to hiragana, so that タナカ and たなか find each other.
_KANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def fold(text: str) -> str:
    """Text as the filter compares it.

    NFKC (full-width Latin and half-width kana become ordinary), casefold, and
    katakana as hiragana.
    """
    return unicodedata.normalize("NFKC", text).casefold().translate(_KANA)


@dataclass(frozen=True, slots=True)
class Fetched(Generic[T]):
    """What a model needs to show fresh data; made off the GUI thread for big tables."""

    records: list[T]
    haystacks: list[str]
    context: dict[str, Any]  # lookups the columns need (organisation names …)


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its title, what it shows, and (optionally) how it sorts."""

    title: str
    text: Callable[[T], str]
    key: Callable[[T], Any] | None = None  # default: the casefolded text
    align_right: bool = False
    width: int = 16  # initial width, in average characters


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen records; subclasses give the columns and the haystack."""

    filter_changed = Signal()

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: list[T] = []
        self._haystacks: list[str] = []
        self._order: list[int] = []  # every record, in the current sort order
        self._rows: list[int] = []  # the records shown: a subsequence of _order
        self._filter = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._key_cache: dict[int, list[Any]] = {}

    # -- what subclasses provide ---------------------------------------------

    def column_widths(self) -> list[int]:
        """Initial widths in average characters (measuring 100,000 rows would be slow)."""
        return [column.width for column in self._columns]

    def haystack(self, record: T, context: dict[str, Any] | None = None) -> str:
        """Everything the filter looks in, joined (folded by the caller).

        ``context`` is freshly fetched lookups (see :meth:`fetch_context`),
        passed in because haystacks may be made on a worker thread; without
        it the model's current lookups are used.
        """
        return " ".join(column.text(record) for column in self._columns)

    def fetch_context(self, desk: Any) -> dict[str, Any]:
        """Lookups the columns need, read from the core; become attributes on apply."""
        return {}

    def fetch_records(self, desk: Any) -> list[T]:
        raise NotImplementedError

    # -- loading in two steps (the first may run on a worker thread) --------------

    def fetch(self, desk: Any) -> Fetched[T]:
        """Read and prepare everything; touches no state of the model (thread-safe)."""
        context = self.fetch_context(desk)
        records = self.fetch_records(desk)
        return Fetched(records, [fold(self.haystack(r, context)) for r in records], context)

    def apply(self, fetched: Fetched[T]) -> None:
        """Show fetched data (GUI thread)."""
        for name, value in fetched.context.items():
            setattr(self, name, value)
        self.set_records(fetched.records, fetched.haystacks)

    def load(self, desk: Any) -> None:
        self.apply(self.fetch(desk))

    def record_id(self, record: T) -> Any:
        return getattr(record, "id", None)

    # -- loading ---------------------------------------------------------------

    def set_records(self, records: Sequence[T], haystacks: list[str] | None = None) -> None:
        """Replace every record; the filter and the sort are kept."""
        self.beginResetModel()
        self._records = list(records)
        self._haystacks = (
            haystacks if haystacks is not None else [fold(self.haystack(r)) for r in self._records]
        )
        self._key_cache.clear()
        self._order = list(range(len(self._records)))
        self._apply_sort()
        self._rows = self._matching(self._order, self._filter)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def total_count(self) -> int:
        return len(self._records)

    # -- reading rows ------------------------------------------------------------

    def record_at(self, row: int) -> T:
        return self._records[self._rows[row]]

    def row_of(self, record_id: Any) -> int | None:
        for row, index in enumerate(self._rows):
            if self.record_id(self._records[index]) == record_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._records[self._rows[index.row()]]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == OBJECT_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate("Columns", self._columns[section].title)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- filtering ---------------------------------------------------------------

    def filter_text(self) -> str:
        return self._filter

    def set_filter_text(self, text: str) -> None:
        """Show only records whose haystack contains every word of ``text``."""
        folded = fold(text).strip()
        if folded == self._filter:
            return
        narrowing = bool(self._filter) and folded.startswith(self._filter)
        candidates = self._rows if narrowing else self._order
        self.beginResetModel()
        self._filter = folded
        self._rows = self._matching(candidates, folded)  # keeps the sort order
        self.endResetModel()
        self.filter_changed.emit()

    def _matching(self, candidates: Sequence[int], folded: str) -> list[int]:
        if not folded:
            return list(candidates)
        words = folded.split()
        hay = self._haystacks
        if len(words) == 1:
            word = words[0]
            return [i for i in candidates if word in hay[i]]
        return [i for i in candidates if all(w in hay[i] for w in words)]

    # -- sorting -----------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        self._sort_column = column
        self._sort_order = order
        self._apply_sort()
        self._rows = self._matching(self._order, self._filter)
        if persistent:
            position = {record: row for row, record in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(position[old_rows[p.row()]], p.column())
                    if 0 <= p.row() < len(old_rows)
                    else QModelIndex()
                    for p in persistent
                ],
            )
        self.layoutChanged.emit()

    def _keys(self, column: int) -> list[Any]:
        keys = self._key_cache.get(column)
        if keys is None:
            col = self._columns[column]
            if col.key is not None:
                keys = [col.key(r) for r in self._records]
            else:
                text = col.text
                keys = [text(r).casefold() for r in self._records]
            self._key_cache[column] = keys
        return keys

    def _apply_sort(self) -> None:
        """Put :attr:`_order` in the order of the sort column (stable, by load order)."""
        if self._sort_column < 0:
            return
        keys = self._keys(self._sort_column)
        self._order.sort(
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
