"""Table model over a ``Cart``: the rows the cashier sees and edits in place.

Edits go through the cart, which reprices everything; the model then repaints the totals column
and tells the screen (``cart_changed``) so the totals panel follows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from pos_desktop.domain.money import format_amount
from pos_desktop.ui.cart import Cart, CartLine

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Description", "description"),
    ("Qty", "quantity"),
    ("Unit price", "unit_price"),
    ("Discount", "discount"),
    ("VAT %", "vat_rate"),
    ("Total", None),
)
TOTAL_COLUMN = len(COLUMNS) - 1
_ERROR_BRUSH = QBrush(QColor("#fde8e8"))


class CartTableModel(QAbstractTableModel):
    cart_changed = Signal()

    def __init__(self, cart: Cart) -> None:
        super().__init__()
        self.cart = cart

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.cart.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.cart.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.problem
        if role == Qt.ItemDataRole.BackgroundRole:
            return _ERROR_BRUSH if row.problem else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row_number: int, column: int) -> str:
        row = self.cart.rows[row_number]
        if column == TOTAL_COLUMN:
            return (
                "?"
                if row.amounts is None
                else format_amount(row.amounts.gross, self.cart.till.currency)
            )
        attribute = COLUMNS[column][1]
        assert attribute is not None
        return str(getattr(row.line, attribute))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() != TOTAL_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        attribute = COLUMNS[index.column()][1]
        if attribute is None:
            return False
        self.cart.update(index.row(), attribute, str(value))
        self._repaint_all()
        return True

    # -- changes made by the screen

    def add_line(self, line: CartLine) -> int:
        row = len(self.cart.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cart.add(line)
        self.endInsertRows()
        self._repaint_all()
        return row

    def remove_line(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self.cart.remove(row)
        self.endRemoveRows()
        self._repaint_all()

    def reset(self) -> None:
        self.beginResetModel()
        self.cart.clear()
        self.endResetModel()
        self.cart_changed.emit()

    def _repaint_all(self) -> None:
        """Repricing can change every row (a fixed line makes the cart payable)."""
        if self.cart.lines:
            last = self.index(len(self.cart.lines) - 1, TOTAL_COLUMN)
            self.dataChanged.emit(self.index(0, 0), last)
        self.cart_changed.emit()
