"""Table model over a ``Cart``: the rows the cashier sees and edits in place.

Edits go through the cart, which prices only the changed line; the model tells the view about
that row alone (a row shows nothing of the others) and the screen (``cart_changed``) so the
totals panel follows. Announcing every row made the view repaint 200 rows per added line.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.money import display_amount, parse_decimal, round_money
from pos_desktop.ui.cart import Cart, CartLine
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("Columns", "Description"), "description"),
    (QT_TRANSLATE_NOOP("Columns", "Qty"), "quantity"),
    (QT_TRANSLATE_NOOP("Columns", "Unit price"), "unit_price"),
    (QT_TRANSLATE_NOOP("Columns", "Discount"), "discount"),
    (QT_TRANSLATE_NOOP("Columns", "VAT %"), "vat_rate"),
    (QT_TRANSLATE_NOOP("Columns", "Total"), None),
)
TOTAL_COLUMN = len(COLUMNS) - 1
_ERROR_BRUSH = QBrush(QColor("#fde8e8"))
# Plain ints: the view asks data() for seven roles per painted cell, so every test counts.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_EDIT = Qt.ItemDataRole.EditRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_SIZE_HINT = Qt.ItemDataRole.SizeHintRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@cache
def _row_number_size(digits: int) -> QSize:
    """The header size of the widest ``digits``-digit line number, as the style measures it.

    A view sizes its row-number header by measuring the first and last hundred numbers each
    time a row is added (5 ms for a 200-line cart); a size given by the model is taken as is.
    The header measures in the application font, in bold, so this does too.
    """
    font = QApplication.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    option = QStyleOptionHeader()
    option.fontMetrics = metrics
    option.text = max("0123456789", key=metrics.horizontalAdvance) * digits
    return QApplication.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, QSize()
    )


def _is_zero(text: str) -> bool:
    try:
        return parse_decimal(text, field="quantity", max_decimals=3, allow_zero=True) == 0
    except ValidationError:
        return False  # other mistakes stay in the cell with their problem, nothing lost


class CartTableModel(QAbstractTableModel):
    cart_changed = Signal()
    #: An edit that was not taken, and why (the screen shows it at once).
    edit_refused = Signal(str)

    def __init__(self, cart: Cart) -> None:
        super().__init__()
        self.cart = cart
        #: While the cart is being saved nothing in it may change: what is saved is what was
        #: paid for (a save in doubt can take until the network is back).
        self.locked = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.cart.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return tr("Columns", COLUMNS[section][0]) if role == _DISPLAY else None
        if role == _DISPLAY:
            return str(section + 1)
        if role == _SIZE_HINT:
            return _row_number_size(len(str(len(self.cart.lines))))
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if row < 0:  # an invalid index
            return None
        if role in (_DISPLAY, _EDIT):  # the common case first
            return self._text(row, index.column())
        if role == _BACKGROUND:
            return _ERROR_BRUSH if self.cart.rows[row].problem else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() > 0 else None
        if role == _TOOLTIP:
            return self.cart.rows[row].problem
        return None

    def _text(self, row_number: int, column: int) -> str:
        row = self.cart.rows[row_number]
        if column == TOTAL_COLUMN:
            return (
                "?"
                if row.amounts is None
                else display_amount(row.amounts.gross, self.cart.till.currency)
            )
        attribute = COLUMNS[column][1]
        assert attribute is not None
        text = str(getattr(row.line, attribute))
        if attribute == "unit_price":
            return self._price_text(text)
        return text

    def _price_text(self, text: str) -> str:
        """A price as the language writes it (``89,00`` beside a total of ``89,00``), however
        it was typed or scanned; what does not read as a price, or has more decimals than the
        currency, stays as typed (the line's problem says why)."""
        currency = self.cart.till.currency
        try:
            value = parse_decimal(text, field="price", max_decimals=6, allow_zero=True)
        except ValidationError:
            return text
        if value != round_money(value, currency):
            return text
        return display_amount(value, currency)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() != TOTAL_COLUMN and not self.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.locked:
            return False
        attribute = COLUMNS[index.column()][1]
        if attribute is None:
            return False
        if attribute == "quantity" and _is_zero(str(value)):
            # Taken, it would block the payment later as "fix line N": refused now, with the way
            # to do what was meant.
            refused = tr(
                "CartTable",
                "Line {line}: a quantity of 0 is not taken; press Delete to remove the line",
            )
            self.edit_refused.emit(refused.format(line=index.row() + 1))
            return False
        self.cart.update(index.row(), attribute, str(value))
        # The row's other cells follow: its total, and its problem's colour and tooltip.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), TOTAL_COLUMN))
        self.cart_changed.emit()
        return True

    # -- changes made by the screen

    def add_line(self, line: CartLine) -> int:
        row = len(self.cart.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cart.add(line)
        self.endInsertRows()
        self.cart_changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        if self.locked:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self.cart.remove(row)
        self.endRemoveRows()
        self.cart_changed.emit()

    def reset(self) -> None:
        self.beginResetModel()
        self.cart.clear()
        self.endResetModel()
        self.cart_changed.emit()
