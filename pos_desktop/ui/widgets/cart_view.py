"""The table of cart lines, as the checkout and the invoice editor show it.

Cells are edited in place (F2 or typing after a double click); ``Delete`` removes the current
line. Column widths are fixed (measured once from the font, not from the rows): sizing them to
their contents re-measured every row on each keystroke (60 ms for a 200-line cart). The
description stretches over what the amounts leave.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pos_desktop.ui.i18n import tr
from pos_desktop.ui.models.cart_table import COLUMNS, CartTableModel

AMOUNT_COLUMN_WIDTH = 95  # at most: the description takes the rest
#: What each column must show unshortened (amounts: four digits before the point).
SAMPLES = {"quantity": "9999", "vat_rate": "19.5"}
AMOUNT_SAMPLE = "10000.00"
COLUMN_PADDING = 18


class CartView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.remove_current_line)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)

    def show_cart(self, model: CartTableModel) -> None:
        self.setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        for column in range(1, model.columnCount()):
            english, attribute = COLUMNS[column]
            title = tr("Columns", english)  # as the header shows it
            sample = SAMPLES.get(attribute or "", AMOUNT_SAMPLE)
            widest = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            header.resizeSection(column, min(AMOUNT_COLUMN_WIDTH, widest + COLUMN_PADDING))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def cart_model(self) -> CartTableModel | None:
        model = self.model()
        return model if isinstance(model, CartTableModel) else None

    def remove_current_line(self) -> None:
        model = self.cart_model()
        if model is not None and self.currentIndex().isValid():
            model.remove_line(self.currentIndex().row())
