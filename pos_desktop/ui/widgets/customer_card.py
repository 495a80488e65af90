"""The customer as the cashier sees them after a scan: who, how to reach them, what they bought."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from pos_desktop.domain.money import display_amount
from pos_desktop.services.customer_views import CustomerCard
from pos_desktop.ui.i18n import said, tr, value_name
from pos_desktop.ui.local_dates import DAY_CLOCK, moment_text
from pos_desktop.ui.theme import colour


def card_html(card: CustomerCard) -> str:
    c = card.customer
    contact = " · ".join(escape(x) for x in (c.email, c.phone) if x)
    where = ", ".join(escape(x) for x in (c.company, c.city, c.country) if x)
    totals = ", ".join(f"{display_amount(t.total, t.currency)} {t.currency}" for t in card.totals)
    recent = "".join(
        f"<tr><td>{escape(i.number)}</td><td>{moment_text(i.issued_at, DAY_CLOCK)}</td>"
        f"<td>{escape(value_name(i.status))}</td>"
        f"<td align='right'>{display_amount(i.gross, i.currency)} {i.currency}</td></tr>"
        for i in card.last_invoices
        if i.issued_at is not None
    )
    bills = (
        tr("CustomerCard", "<b>{count}</b> bills")
        if card.bill_count != 1
        else tr("CustomerCard", "<b>{count}</b> bill")
    ).format(count=card.bill_count)
    billed = tr("CustomerCard", ", total billed <b>{totals}</b>").format(totals=totals)
    billed = billed if totals else ""
    kind = escape(value_name(c.customer_type.value))
    return (
        f"<div style='font-size:18pt; font-weight:600'>{escape(c.name)}</div>"
        f"<div style='color:{colour('muted')}'>{escape(c.code)} · {kind}</div>"
        f"<div>{where}</div><div>{contact}</div>"
        f"<p>{bills}{billed}</p>"
        f"<table cellspacing='4'>{recent}</table>"
        f"{email_status_html(card.email_status)}"
    )


def email_status_html(status: str | None) -> str:
    """Whether the customer got their code by email: green sent, amber waiting, red failed."""
    if status is None:
        return ""
    colour = "#b45309"  # amber: waiting
    if status == "sent":
        colour = "#15803d"
    elif status.startswith("fail"):
        colour = "#b91c1c"
    welcome = tr("CustomerCard", "Welcome email: <b style='color:{colour}'>{status}</b>")
    return f"<p>{welcome.format(colour=colour, status=escape(said(status)))}</p>"


class CustomerCardView(QFrame):
    """Shows a ``CustomerCard`` or says that the sale is a walk-in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)  # beside the cart on a 1024-pixel screen
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.card: CustomerCard | None = None
        self.show_card(None)

    def show_card(self, card: CustomerCard | None) -> None:
        self.card = card
        if card is None:
            self.label.setText(
                "<div style='font-size:14pt; color:#555'>"
                + tr("CustomerCard", "Walk-in sale")
                + "</div><div>"
                + tr("CustomerCard", "Scan the customer's QR code to sell to them.")
                + "</div>"
            )
        else:
            self.label.setText(card_html(card))
