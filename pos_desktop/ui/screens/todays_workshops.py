"""The dashboard's "Today's workshops": when each starts, seats booked of the chairs, and how
many came through the door so far (filled from ``WorkshopService.day_stats``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.workshop_stats import DayStats
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.local_dates import CLOCK, moment_text

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Time"),
    QT_TRANSLATE_NOOP("Columns", "Workshop"),
    QT_TRANSLATE_NOOP("Columns", "Booked"),
    QT_TRANSLATE_NOOP("Columns", "Checked in"),
)


class TodaysWorkshops(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats: DayStats | None = None
        self.heading = QLabel("<b>" + tr("TodaysWorkshops", "Today's workshops") + "</b>")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Columns", title) for title in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(180)
        self.empty = QLabel(tr("TodaysWorkshops", "No workshops today."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def show_stats(self, stats: DayStats) -> None:
        self.stats = stats
        self.table.setRowCount(len(stats.workshops))
        for row, w in enumerate(stats.workshops):
            cancelled = w.status == "cancelled"
            cells = (
                moment_text(w.starts_at.astimezone(), CLOCK),
                (
                    tr("TodaysWorkshops", "{title} (cancelled)").format(title=w.title)
                    if cancelled
                    else w.title
                ),
                f"{w.booked}/{w.capacity}",
                str(w.checked_in),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(stats.workshops))
        self.empty.setVisible(not stats.workshops)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
