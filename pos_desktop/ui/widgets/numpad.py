"""Digits on screen for a touch till: the payment dialog's amounts typed with a fingertip.

The keys never take the focus: they type into the amount field that had it last (the cash
field at first), as the keyboard would, so Enter, F6 and everything else still work. A row of
likely notes (``domain/tenders.py``) fills the cash field with one tap.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pos_desktop.domain.money import display_amount
from pos_desktop.ui.i18n import tr

KEYS = (("7", "8", "9"), ("4", "5", "6"), ("1", "2", "3"), ("00", "0", "."))
#: A fingertip, with room (the design system's touch targets are 44 px).
KEY_HEIGHT = 56


def _key(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # In the style sheet: the app's own sets buttons' min-height, which wins over sizes set here.
    button.setStyleSheet(
        f"font-size: 18pt; min-height: {KEY_HEIGHT - 10}px; min-width: {KEY_HEIGHT}px;"
    )
    return button


class Numpad(QWidget):
    def __init__(
        self, fields: Sequence[QLineEdit], cash: QLineEdit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("numpad")
        self._fields = tuple(fields)
        self._cash = cash
        self.target: QLineEdit = cash
        for field in self._fields:
            field.installEventFilter(self)
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for row, texts in enumerate(KEYS):
            for column, text in enumerate(texts):
                button = _key(text, self)
                button.clicked.connect(lambda _checked=False, t=text: self.type(t))
                grid.addWidget(button, row, column)
                self.keys[text] = button
        rubout = _key("⌫", self)
        rubout.clicked.connect(self._rub_out)
        clear = _key("C", self)
        clear.clicked.connect(self._clear)
        grid.addWidget(rubout, 0, 3)
        grid.addWidget(clear, 1, 3)
        self.keys.update({"⌫": rubout, "C": clear})
        self.tender_row = QHBoxLayout()
        self.tenders: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tender_row)
        layout.addLayout(grid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The keys type where the cashier last was."""
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.FocusIn:
            self.target = watched
        return False

    def _rub_out(self) -> None:
        self.target.backspace()
        self.target.setFocus()

    def _clear(self) -> None:
        self.target.clear()
        self.target.setFocus()

    def type(self, text: str) -> None:
        """As typed on the keyboard: replaces a selection (the cash field opens selected)."""
        self.target.insert(text)
        self.target.setFocus()

    def offer_tenders(self, amounts: Sequence[Decimal], currency: str) -> None:
        """One button per likely note: a tap puts it in the cash field."""
        for button in self.tenders:
            button.deleteLater()
        self.tenders = []
        for amount in amounts:
            text = display_amount(amount, currency)
            button = _key(text, self)
            hands = tr("Numpad", "The customer hands over {amount} {currency}")
            button.setToolTip(hands.format(amount=text, currency=currency))
            button.clicked.connect(lambda _checked=False, t=text: self._tender(t))
            self.tender_row.addWidget(button)
            self.tenders.append(button)

    def _tender(self, text: str) -> None:
        self._cash.setText(text)
        self._cash.setFocus()
        self._cash.selectAll()
