"""A product's barcodes in the product editor: scan or type one, Enter adds it to the list.

The entry takes scans as typed text (the scanner wedge leaves it alone), so a manager scans the
single item, the pack and the carton one after the other. ``Delete`` in the list removes the
selected barcode. Enter in the empty entry is the form's Enter (``submitted``: save). What is
still in the entry when the form is saved counts too; the service checks every barcode.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.product_codes import split_barcodes
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.scanning.wedge import let_scans_through

VISIBLE_ROWS = 3


class BarcodeList(QWidget):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("BarcodeList", "Scan or type a barcode, Enter adds it"))
        let_scans_through(self.entry)
        self.list = QListWidget()
        # An empty list has no row to measure: the font gives the height of VISIBLE_ROWS rows.
        row_height = self.list.fontMetrics().height() + 6
        self.list.setFixedHeight(row_height * VISIBLE_ROWS + 2 * self.list.frameWidth())
        self.list.setToolTip(tr("BarcodeList", "Delete removes the selected barcode"))
        self.remove_button = QPushButton(tr("BarcodeList", "Remove barcode (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button)
        self.entry.returnPressed.connect(self._return_pressed)
        self.entry.editingFinished.connect(self.take_entry)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.list,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def barcodes(self) -> list[str]:
        """The list, then whatever is still typed in the entry."""
        return self._listed() + split_barcodes(self.entry.text())

    def _listed(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_barcodes(self, codes: Iterable[str]) -> None:
        self.entry.clear()
        self.list.clear()
        self.list.addItems(list(codes))

    def take_entry(self) -> None:
        """The typed or scanned barcodes go into the list (each once); the entry is emptied."""
        listed = set(self._listed())
        for code in split_barcodes(self.entry.text()):
            if code not in listed:
                self.list.addItem(code)
                listed.add(code)
        self.entry.clear()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _return_pressed(self) -> None:
        # editingFinished follows and takes a typed barcode; an empty entry means "save".
        if not self.entry.text().strip():
            self.submitted.emit()
