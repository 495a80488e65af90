"""A status-bar label that gives way: it shortens its text with "..." rather than widen the
window (seven status texts in German or French are wider than a 1024-pixel screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle, QStyleOption

#: The least a label keeps: a word and the ellipsis.
LEAST_WIDTH = 56


class StatusLabel(QLabel):
    """Plain text, elided at the right when the bar has less room than the text; its tooltip
    (the caller's, else the whole text) says the rest."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), LEAST_WIDTH), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if not self.toolTip() or self.toolTip() == self.text():
            self.setToolTip(text)
        super().setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        self.drawFrame(painter)
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        align = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter)
        self.style().drawItemText(
            painter, room, align, self.palette(), self.isEnabled(), shown, self.foregroundRole()
        )
