"""The row under the cart for a free-text line: description, amount, quantity, VAT.

``F3`` focuses the description; Tab walks the fields; Enter in any field adds the line and
leaves the cursor on a fresh description for the next one; Esc goes back to the scan field.
The VAT field offers the till's rates (Up/Down or the list; ``domain/vat_rates.py``) and takes
any typed rate too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from pos_desktop.ui.cart import CartLine
from pos_desktop.ui.i18n import tr


class VatField(QComboBox):
    """A rate chosen from the till's or typed; read and set as text like the other fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter adds the line instead
        editor = self.lineEdit()
        assert editor is not None
        self.editor: QLineEdit = editor
        editor.setPlaceholderText(tr("LineEntry", "VAT %"))

    def set_choices(self, rates: list[str]) -> None:
        typed = self.text()
        self.clear()
        self.addItems(rates)
        self.setText(typed)

    def text(self) -> str:
        return self.editor.text()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLineEdit's
        self.editor.setText(text)


class LineEntry(QWidget):
    submitted = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("LineEntry", "Description (F3)"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("LineEntry", "Amount"))
        self.quantity = QLineEdit("1")
        self.quantity.setPlaceholderText(tr("LineEntry", "Qty"))
        self.vat = VatField()
        self.vat.setToolTip(
            tr("LineEntry", "VAT rate: type it, or choose one of this till's (Up/Down)")
        )
        self.add_button = QPushButton(tr("LineEntry", "Add line"))
        self.add_button.clicked.connect(self.submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.description, 4)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.quantity, 1)
        layout.addWidget(self.vat, 1)
        layout.addWidget(self.add_button)
        self.default_vat = ""
        for field in self.fields:
            field.returnPressed.connect(self.submit)
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), field, self.cancelled.emit)
            escape.setContext(Qt.ShortcutContext.WidgetShortcut)

    @property
    def fields(self) -> tuple[QLineEdit, ...]:
        return (self.description, self.amount, self.quantity, self.vat.editor)

    def set_default_vat(self, rate: str, choices: list[str] | None = None) -> None:
        self.default_vat = rate
        self.vat.set_choices(choices or [rate])
        self.vat.setText(rate)

    def start(self) -> None:
        self.description.setFocus()
        self.description.selectAll()

    def submit(self) -> None:
        self.submitted.emit(
            CartLine(
                self.description.text(),
                self.quantity.text() or "1",
                self.amount.text(),
                self.vat.text() or self.default_vat,
            )
        )

    def next_line(self) -> None:
        """Clear for the next line, keeping the VAT rate: lines often share one."""
        self.description.clear()
        self.amount.clear()
        self.quantity.setText("1")
        self.start()
