"""The list's order as a drop-down, for the keyboard: a header click and this stay in step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView, QWidget

SortChoice = tuple[str, int, Qt.SortOrder]  # label, column, order


class SortPicker(QComboBox):
    def __init__(
        self, table: QTableView, choices: Sequence[SortChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._header = table.horizontalHeader()
        self._choices = [(column, order) for _label, column, order in choices]
        for label, _column, _order in choices:
            self.addItem(label)
        self._follow(self._header.sortIndicatorSection(), self._header.sortIndicatorOrder())
        self.currentIndexChanged.connect(self._chosen)
        self._header.sortIndicatorChanged.connect(self._follow)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self._header.setSortIndicator(*self._choices[index])

    def _follow(self, column: int, order: Qt.SortOrder) -> None:
        if (column, order) in self._choices:
            self.blockSignals(True)
            self.setCurrentIndex(self._choices.index((column, order)))
            self.blockSignals(False)
