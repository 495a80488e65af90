"""A table that fetches its rows page by page, in the background, as the view scrolls.

The screen gives a ``query``: called on the UI thread whenever the list (re)starts, it reads
the filter widgets and returns ``fetch(after, limit)``, the service call that runs on a pool
thread and returns the rows following ``after`` (``None`` for the first page). Widgets are read
only in ``query``, never in ``fetch``: Qt widgets belong to the UI thread. Key paging, so page
5,000 costs what page 1 does. Qt asks ``canFetchMore`` when the view nears the bottom;
``fetchMore`` submits the next page and returns at once. ``restart`` (new search text or filter)
bumps a generation number, so a page that arrives for an old query is dropped, not mixed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pos_desktop.ui.i18n import tr
from pos_desktop.ui.workers import Runner

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    right_aligned: bool = False


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    page_loaded = Signal()
    failed = Signal(object)

    def __init__(
        self,
        runner: Runner,
        columns: Sequence[Column[Row]],
        query: Callable[[], Callable[[Row | None, int], Sequence[Row]]],
        page_size: int = PAGE_SIZE,
        first_page_size: int | None = None,
    ) -> None:
        """``first_page_size``: a smaller first page (what the view shows) answers sooner."""
        super().__init__()
        self._runner = runner
        self._columns = tuple(columns)
        self._query = query
        self._fetch: Callable[[Row | None, int], Sequence[Row]] | None = None
        self._page_size = page_size
        self._first_page_size = first_page_size or page_size
        self.rows: list[Row] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0

    # -- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr("Columns", self._columns[section].title)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Asked for several roles per painted cell: plain int tests, display first."""
        row = index.row()
        if row < 0:  # an invalid index
            return None
        if role == _DISPLAY:
            return self._columns[index.column()].text(self.rows[row])
        if role == _ALIGNMENT and self._columns[index.column()].right_aligned:
            return _RIGHT
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._loading = True
        generation = self._generation
        after = self.rows[-1] if self.rows else None
        size = self._page_size if self.rows else self._first_page_size
        if self._fetch is None:
            self._fetch = self._query()
        fetch = self._fetch
        self._runner.submit(
            lambda: list(fetch(after, size)),
            lambda page: self._append(generation, page, size),
            lambda error: self._fail(generation, error),
            owner=self,
        )

    # -- for screens

    @property
    def loading(self) -> bool:
        return self._loading

    def restart(self) -> None:
        """Forget the rows and start again with the filters as they are now."""
        self.beginResetModel()
        self._fetch = self._query()
        self._generation += 1
        self.rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()

    def row(self, index: int) -> Row:
        return self.rows[index]

    def _append(self, generation: int, page: list[Row], size: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(page) < size
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.page_loaded.emit()

    def _fail(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.failed.emit(error)
