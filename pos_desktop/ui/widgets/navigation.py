"""The sidebar: each screen with its icon, its name and, right-aligned in a quieter colour, the
Ctrl+N that jumps to it, so the keys are learnt by looking."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
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
#: Room the delegate keeps around the name and its hint.
HINT_PADDING = 30


class _HintDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hint = str(index.data(HINT_ROLE) or "")
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        metrics = view.fontMetrics
        rect = view.rect
        if hint:  # the name gives way to the hint ("Register custo... Ctrl+2")
            hint_width = metrics.horizontalAdvance(hint)
            room = rect.width() - view.decorationSize.width() - hint_width - HINT_PADDING
            view.text = metrics.elidedText(view.text, Qt.TextElideMode.ElideRight, max(room, 0))
        widget = view.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        if not hint:
            return
        selected = bool(view.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = view.palette
        colours = QPalette.ColorRole
        role = colours.HighlightedText if selected else colours.PlaceholderText
        painter.save()
        painter.setPen(palette.color(role))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect.adjusted(0, 0, -10, 0), int(right), hint)
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
        if row < 10:  # "Ctrl+1", "Strg+1" in German (Qt's own catalogue)
            keys = QKeySequence(f"Ctrl+{(row + 1) % 10}")
            hint = keys.toString(QKeySequence.SequenceFormat.NativeText)
            item.setData(HINT_ROLE, hint)
            item.setToolTip(f"{title} ({hint})")
        item.setData(ICON_ROLE, icon)
        self.addItem(item)
        self._paint_icon(item)
        return item

    def fitting_width(self, least: int = 200, most: int = 260) -> int:
        """The width that shows every name beside its hint ("Bandeja de salida Control+0"),
        kept between ``least`` and ``most`` (beyond it the delegate elides the name)."""
        metrics = self.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(item.text()) + metrics.horizontalAdvance(self.hint(row))
                for row in range(self.count())
                if (item := self.item(row)) is not None
            ),
            default=0,
        )
        # As the delegate counts (icon, hint, its padding) plus the item's margins (2 x 6).
        wanted = widest + ICON_SIZE + HINT_PADDING + 12 + 2 * self.frameWidth()
        return max(least, min(most, wanted))

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
