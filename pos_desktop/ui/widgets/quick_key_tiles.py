"""The quick keys' tiles: a list model and the delegate that paints them.

Painted by one delegate on one view rather than a button per tile: 200 buttons, each polished
by the application's style sheet, took most of the checkout's first paint; a list view paints
only the tiles in sight, and gives arrow keys and a current tile for free. Each tile shows the
name (two lines at most), the price right-aligned in tabular figures as amounts are everywhere
(design tokens), its category's colour, and for the first nine of a tab the digit of its
``Alt`` shortcut.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pos_desktop.domain.money import display_amount, plain_amount
from pos_desktop.services.quick_keys import Tile, TileKind
from pos_desktop.ui.design.tokens import TOUCH_TARGET_PX, Radii, Spacing
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.theme import is_dark

TileRole = Qt.ItemDataRole.UserRole + 1
#: Hues far enough apart to tell categories at a glance (degrees on the colour wheel).
HUES = (210, 140, 30, 280, 350, 180, 55, 100, 320, 245, 10, 160)
COMPACT_SIZE = QSize(120, 40)  # one line of name over the price
TOUCH_SIZE = QSize(140, max(64, TOUCH_TARGET_PX))
Index = QModelIndex | QPersistentModelIndex
# Flags as plain ints, made once: combining Qt's enums costs more than drawing the text.
_A = Qt.AlignmentFlag
_TOP_LEFT = int(_A.AlignLeft | _A.AlignTop)
_WRAPPED = _TOP_LEFT | int(Qt.TextFlag.TextWordWrap)
_BOTTOM_RIGHT = int(_A.AlignRight | _A.AlignBottom)
_TOP_RIGHT = int(_A.AlignRight | _A.AlignTop)
_SELECTED, _FOCUSED = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_HasFocus


def tile_size(touch: bool) -> QSize:
    return TOUCH_SIZE if touch else COMPACT_SIZE


def category_colour(slot: int | None, dark: bool) -> QColor | None:
    """The colour of the category in ``slot`` (its place among the grid's categories, so a
    dozen categories get a dozen hues); ``None``: no category, the plain surface."""
    if slot is None:
        return None
    hue = HUES[slot % len(HUES)]
    return QColor.fromHsl(hue, 90, 62) if dark else QColor.fromHsl(hue, 170, 222)


def colour_slots(categories: Iterable[str]) -> dict[str, int]:
    """Categories in name order, each its place: the same colours on every till with the
    same catalogue, and a category keeps its colour in every tab."""
    return {name: slot for slot, name in enumerate(sorted(set(categories) - {""}))}


class TileModel(QAbstractListModel):
    """The tiles of the tab on show, in the grid's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: list[Tile] = []
        self.currency = ""
        self.slots: dict[str, int] = {}

    def set_tiles(self, tiles: list[Tile]) -> None:
        self.beginResetModel()
        self._tiles = tiles
        self.endResetModel()

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def tile(self, row: int) -> Tile:
        return self._tiles[row]

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self._tiles)

    def price_text(self, tile: Tile) -> str:
        if tile.kind is TileKind.SEAT and tile.seats_free == 0:
            return tr("QuickKeyTiles", "full")
        if self.currency:
            return display_amount(tile.price, self.currency)  # as the language writes it
        return plain_amount(tile.price)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tiles):
            return None
        tile = self._tiles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tile.label
        if role == Qt.ItemDataRole.ToolTipRole:
            shortcut = f" (Alt+{index.row() + 1})" if index.row() < 9 else ""
            return f"{tile.label}: {self.price_text(tile)}{shortcut}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{tile.label}, {self.price_text(tile)}"
        if role == TileRole:
            return tile
        return None


class TileDelegate(QStyledItemDelegate):
    def __init__(self, model: TileModel, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        #: The tile's size: the grid widens it to fill its rows.
        self.size = size
        self._fonts_key = ""
        self._font_set = (QFont(), QFont(), QFont(), QFont())

    def sizeHint(self, _option: QStyleOptionViewItem, _index: Index) -> QSize:  # noqa: N802
        return self.size

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont, QFont]:
        """Plain, favourite (bold), money (bold, tabular figures), shortcut digit (small):
        made once per font, not per tile and paint."""
        key = base.key()
        if self._fonts_key != key:
            bold, money, small = QFont(base), QFont(base), QFont(base)
            bold.setBold(True)
            money.setBold(True)
            money.setFeature(QFont.Tag("tnum"), 1)
            small.setPointSizeF(max(base.pointSizeF() * 0.8, 6))
            self._fonts_key, self._font_set = key, (QFont(base), bold, money, small)
        return self._font_set

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tile = index.data(TileRole)
        if not isinstance(tile, Tile):
            return
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)
        state = option.state
        selected, focused = bool(state & _SELECTED), bool(state & _FOCUSED)
        dark = is_dark(palette)
        fill = category_colour(self._model.slots.get(tile.category), dark)
        plain, bold, money, small = self._fonts(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill or palette.color(QPalette.ColorRole.Button))
        edge = palette.color(QPalette.ColorRole.Highlight) if selected else palette.mid().color()
        painter.setPen(QPen(edge, 3 if selected and focused else 1))
        painter.drawRoundedRect(rect, Radii.control, Radii.control)
        text = palette.color(QPalette.ColorRole.ButtonText)
        if fill is not None:
            text = QColor("#f4f6fa") if dark else QColor("#1d2330")
        painter.setPen(text)
        pad = Spacing.s
        inner = rect.adjusted(pad, Spacing.xs, -pad, -Spacing.xs)
        painter.setFont(bold if tile.pinned else plain)
        metrics = painter.fontMetrics()
        digit = index.row() + 1 if index.row() < 9 else None
        name_rect = inner.adjusted(0, 0, -(metrics.horizontalAdvance("9") + pad) if digit else 0, 0)
        name_rect.setHeight(inner.height() - metrics.height())
        if name_rect.height() < 2 * metrics.height():  # one line: elided, no line breaking
            label = metrics.elidedText(tile.label, Qt.TextElideMode.ElideRight, name_rect.width())
            painter.drawText(name_rect, _TOP_LEFT, label)
        else:
            painter.drawText(name_rect, _WRAPPED, _elided(tile.label, metrics, name_rect))
        painter.setFont(money)
        painter.drawText(inner, _BOTTOM_RIGHT, self._model.price_text(tile))
        if digit is not None:
            painter.setFont(small)
            painter.drawText(inner, _TOP_RIGHT, str(digit))
        painter.restore()


def _elided(label: str, metrics: Any, rect: QRect) -> str:
    """As much of the name as two lines hold: the end goes ("Espresso machi..."), not the
    price below it."""
    lines = max(rect.height() // max(metrics.height(), 1), 1)
    room = rect.width() * lines - metrics.horizontalAdvance("...")
    if metrics.horizontalAdvance(label) <= rect.width() * lines * 0.9:
        return label
    return str(metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(room, 0)))
