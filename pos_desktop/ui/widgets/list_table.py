"""A read-only, keyboard-friendly table for long lists (invoices, customers).

One line per row (no wrapping: rows stay the same height, so a million of them scroll evenly),
columns sized to the first page once, and the stretch column taking the rest of the width.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class ListTable(QTableView):
    def __init__(self, stretch_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stretch = stretch_column
        self._sized = False
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        if model is not None:
            model.rowsInserted.connect(self._size_once)

    def _size_once(self) -> None:
        """Measure the first page only: measuring every loaded row would grow with the list."""
        if self._sized:
            return
        self._sized = True
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)

    def sort_by_header(
        self,
        sortable: Collection[int],
        on_sort: Callable[[int, Qt.SortOrder], None],
        column: int,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        """Clicking (or Tab + Space on) a sortable column's header sorts by it; again: reversed.

        The model asks the database in that order (a million rows cannot be sorted here), so
        only columns with an index behind them are ``sortable``; the others ignore the click.
        """
        self._sortable, self._on_sort = frozenset(sortable), on_sort
        self._sorted_by = (column, order)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        header.sortIndicatorChanged.connect(self._sort_clicked)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        if column not in self._sortable:
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted_by)
            header.blockSignals(False)
            return
        self._sorted_by = (column, order)
        self._on_sort(column, order)
