"""The sidebar: each screen with its icon, its name and, right-aligned in a quieter colour, the
Ctrl+N that jumps to it, so the keys are learnt by looking."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pos_desktop.ui.design.icons import screen_icon

#: Where an item keeps its shortcut hint and its icon's name.
HINT_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_ROLE = Qt.ItemDataRole.UserRole + 2
ICON_SIZE = 20


class _HintDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        hint = index.data(HINT_ROLE)
        if not hint:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(palette.color(role))
        rect = option.rect.adjusted(0, 0, -10, 0)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), hint
        )
        painter.restore()


class Navigation(QListWidget):
    """``add_screen(title, icon)``; the hints follow the row (Ctrl+1..9, Ctrl+0 the tenth)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setItemDelegate(_HintDelegate(self))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))

    def add_screen(self, title: str, icon: str) -> QListWidgetItem:
        item = QListWidgetItem(title)
        row = self.count()
        if row < 10:
            item.setData(HINT_ROLE, f"Ctrl+{(row + 1) % 10}")
            item.setToolTip(f"{title} (Ctrl+{(row + 1) % 10})")
        item.setData(ICON_ROLE, icon)
        self.addItem(item)
        self._paint_icon(item)
        return item

    def hint(self, row: int) -> str:
        item = self.item(row)
        return str(item.data(HINT_ROLE) or "") if item is not None else ""

    def _paint_icon(self, item: QListWidgetItem) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text).name()
        item.setIcon(screen_icon(str(item.data(ICON_ROLE)), colour))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """A theme change redraws the icons in the new text colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for row in range(self.count()):
                item = self.item(row)
                if item is not None:
                    self._paint_icon(item)
