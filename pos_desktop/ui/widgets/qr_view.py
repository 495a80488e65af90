"""A customer's code and QR shown big and pixel-exact, for a visitor to photograph.

The PNG (rendered off the UI thread by ``adapters.qr_image``) is shown at its own size, never
smoothly scaled: blurred module edges are what make phone cameras fail. The bytes are kept so
the same image can later be printed or emailed without rendering it again.
"""

from __future__ import annotations

from html import escape

import phonenumbers
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pos_desktop.domain.codes import CustomerCode
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.ui.i18n import tr

MIN_SIDE = 300


def grouped_phone(e164: str) -> str:
    """A stored E.164 number grouped as it is dialled abroad: ``+49 30 1234567``."""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


class QrView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.png: bytes | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("background: white; color: #4b5563;")
        self.clear_qr()

    def show_png(self, png: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(png, "PNG"):
            raise ValueError("not a PNG image")
        self.png = png
        self.setPixmap(pixmap)
        self.setFixedSize(max(MIN_SIDE, pixmap.width()), max(MIN_SIDE, pixmap.height()))

    def clear_qr(self, placeholder: str = "") -> None:
        self.png = None
        self.clear()
        self.setText(placeholder)
        self.setFixedSize(MIN_SIDE, MIN_SIDE)

    def has_qr(self) -> bool:
        return self.png is not None


class CustomerQrCard(QWidget):
    """The code in its grouped display form (``GETS-R09E``), very large, beside the QR.

    ``buttons`` is where the screen showing the card puts its buttons, under the name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CustomerView | None = None
        self.qr = QrView()
        self.code = QLabel()
        self.code.setObjectName("customerCode")
        self.code.setStyleSheet("font-size: 54pt; font-weight: 700; font-family: monospace;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.buttons = QVBoxLayout()
        side = QVBoxLayout()
        side.addWidget(QLabel(tr("QrView", "Customer code")))
        side.addWidget(self.code)
        side.addWidget(self.details)
        side.addStretch(1)
        side.addLayout(self.buttons)
        body = QHBoxLayout(self)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        body.addSpacing(24)
        body.addLayout(side, 1)

    def show_customer(self, view: CustomerView | None) -> None:
        """The code and name at once; the QR follows with ``show_qr`` once it is drawn."""
        self.view = view
        self.qr.clear_qr(tr("QrView", "Drawing the QR code...") if view else "")
        if view is None:
            self.code.clear()
            self.details.clear()
            return
        self.code.setText(CustomerCode(view.code).display)
        phone = grouped_phone(view.phone) if view.phone else None
        contact = " · ".join(escape(x) for x in (view.email, phone) if x)
        self.details.setText(
            f"<div style='font-size:20pt; font-weight:600'>{escape(view.name)}</div>"
            f"<div style='font-size:12pt'>{contact}</div>"
            "<p style='font-size:12pt; color:#4b5563'>"
            + tr(
                "QrView",
                "Let the visitor photograph the QR code; scanning it at the checkout finds them.",
            )
            + "</p>"
        )

    def shows(self, code: str) -> bool:
        """Whether a QR drawn for ``code`` still belongs here (the cashier may have moved on)."""
        return self.view is not None and self.view.code == code
