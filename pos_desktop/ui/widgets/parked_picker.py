"""The parked carts of this till (Shift+F10): arrows choose one, Enter recalls it, Esc nothing.

Oldest first: the customer who has waited longest is on top. The list is read by the checkout
on the runner before this opens, so the dialog itself never waits on the database. Offline it
holds the carts parked on this till's journal, and says the server's show again later.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos_desktop.domain.money import display_amount
from pos_desktop.services.parked_sales import ParkedSaleSummary
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.local_dates import CLOCK, moment_text

#: Above the list (or instead of it) when the server's carts were not read: the line is down.
SERVER_PARKED_AWAY = QT_TRANSLATE_NOOP(
    "ParkedPicker",
    "Offline: the sales parked on this till while the line is down; those parked on the"
    " server show again when the line is back",
)


def describe_parked(parked: ParkedSaleSummary) -> str:
    """One line: when, for whom, how much, and the note."""
    when = moment_text(parked.parked_at.astimezone(), CLOCK)
    who = parked.customer_name or tr("ParkedPicker", "walk-in")
    count = parked.line_count
    lines = (
        tr("ParkedPicker", "1 line")
        if count == 1
        else tr("ParkedPicker", "{count} lines").format(count=count)
    )
    total = f"{display_amount(parked.gross, parked.currency)} {parked.currency}"
    by = tr("ParkedPicker", "by {user}").format(user=parked.parked_by)
    text = f"{when}   {who}   {lines}   {total}   {by}"
    return f"{text}   - {parked.note}" if parked.note else text


class ParkedPicker(QDialog):
    def __init__(
        self,
        parked: Sequence[ParkedSaleSummary],
        parent: QWidget | None = None,
        *,
        server_listed: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ParkedPicker", "Parked sales"))
        self.setObjectName("parkedSales")
        self.parked = list(parked)
        self.chosen: ParkedSaleSummary | None = None
        self.list = QListWidget()
        for each in self.parked:
            QListWidgetItem(describe_parked(each), self.list)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._activated)  # a method: no cycle through a lambda
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "ParkedPicker",
                    "Parked sales at this till (Enter brings one back, Esc cancels):",
                )
            )
        )
        layout.addWidget(self.list)
        self.offline_note = QLabel(tr("ParkedPicker", SERVER_PARKED_AWAY))
        self.offline_note.setObjectName("parkedOffline")
        self.offline_note.setWordWrap(True)
        self.offline_note.setVisible(not server_listed)
        layout.addWidget(self.offline_note)
        self.resize(640, 360)
        self.list.setFocus()

    def _activated(self, _item: QListWidgetItem) -> None:
        self.choose()

    def choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.parked):
            self.chosen = self.parked[row]
            self.accept()
