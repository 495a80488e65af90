"""Stock (managers): levels per location, and transfers from request to receipt.

The levels list pages through any number of products (by SKU and location); a location typed
in the filter narrows it, "Low only" lists what needs restocking. Below, the latest transfers:
select one and Approve / Reject / Send / Receive (what arrived may differ: type ``SKU:QTY``).
A new request takes ``SKU:QTY`` items, e.g. ``MUG:20 CAP:10``. The services check roles and
quantities; every step is audited.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.errors import ValidationError
from pos_desktop.services.stock import LevelView
from pos_desktop.services.transfers import TransferView, parse_items
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr, value_name
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

TYPING_PAUSE_MS = 200
LEVELS: tuple[Column[LevelView], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "SKU"), lambda v: v.sku),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda v: v.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Location"), lambda v: v.location),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Quantity"),
        lambda v: format(v.quantity.normalize(), "f"),
        right_aligned=True,
    ),
    Column("", lambda v: tr("Stock", "LOW") if v.low else ""),
)


def items_text(transfer: TransferView) -> str:
    """``MUG 20, CAP 10 (missing 2)``: what was asked for, and what did not arrive."""

    def item(sku: str, quantity: str, missing: str | None) -> str:
        if missing is None:
            return f"{sku} {quantity}"
        return tr("Stock", "{sku} {quantity} (missing {missing})").format(
            sku=sku, quantity=quantity, missing=missing
        )

    return ", ".join(
        item(
            line.sku,
            format(line.requested.normalize(), "f"),
            format(line.missing.normalize(), "f") if line.missing else None,
        )
        for line in transfer.lines
    )


TRANSFERS: tuple[Column[TransferView], ...] = (
    Column("#", lambda t: str(t.id)),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda t: t.from_location),
    Column(QT_TRANSLATE_NOOP("Columns", "To"), lambda t: t.to_location),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda t: value_name(t.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Items"), items_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Asked by"), lambda t: t.requested_by),
)


class StockScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.location = QLineEdit()
        self.location.setPlaceholderText(tr("Stock", "Location (empty: all), e.g. BOOTH"))
        self.low_only = QCheckBox(tr("Stock", "&Low only"))
        self.levels: PagedTableModel[LevelView] = PagedTableModel(ctx.runner, LEVELS, self._levels)
        self.levels.failed.connect(self.messages.show_error)
        self.levels_table = ListTable(stretch_column=1)
        self.levels_table.setModel(self.levels)
        self.transfers: PagedTableModel[TransferView] = PagedTableModel(
            ctx.runner, TRANSFERS, self._transfers
        )
        self.transfers.failed.connect(self.messages.show_error)
        self.transfers_table = ListTable(stretch_column=4)
        self.transfers_table.setModel(self.transfers)
        filters = QHBoxLayout()
        filters.addWidget(self.location, 1)
        filters.addWidget(self.low_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(filters)
        layout.addWidget(self.levels_table, 3)
        layout.addWidget(self._transfer_box(), 2)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.levels.restart)
        self.location.textChanged.connect(lambda _text: self._pause.start())
        self.low_only.toggled.connect(lambda _on: self.levels.restart())
        self._loaded = False

    def _transfer_box(self) -> QGroupBox:
        box = QGroupBox(tr("Stock", "Transfers"))
        buttons = QHBoxLayout()
        actions: tuple[tuple[str, Callable[[], None]], ...] = (
            (tr("Stock", "&New request..."), self.ask_request),
            (tr("Stock", "&Approve"), lambda: self._step("approve")),
            (tr("Stock", "Re&ject..."), self.ask_reject),
            (tr("Stock", "&Send"), lambda: self._step("send")),
            (tr("Stock", "Recei&ve..."), self.ask_receive),
        )
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(self.transfers_table)
        return box

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.location.setFocus()

    def reload(self) -> None:
        self.levels.restart()
        self.transfers.restart()

    def _levels(self) -> Callable[[LevelView | None, int], list[LevelView]]:
        actor, stock = self.ctx.actor, self.ctx.services.stock
        place, low = self.location.text().strip() or None, self.low_only.isChecked()
        if low:
            return lambda after, _limit: [] if after else stock.low(actor)
        return lambda after, limit: stock.page(actor, after=after, limit=limit, location=place)

    def _transfers(self) -> Callable[[TransferView | None, int], list[TransferView]]:
        actor, transfers = self.ctx.actor, self.ctx.services.transfers
        return lambda after, _limit: [] if after else transfers.list_transfers(actor)

    def selected(self) -> TransferView | None:
        index = self.transfers_table.currentIndex()
        return self.transfers.row(index.row()) if index.isValid() else None

    # ------------------------------------------------------------------------- actions

    def _run(self, job: Callable[[], TransferView]) -> None:
        def done(view: TransferView) -> None:
            self.messages.show_message(
                tr("Stock", "Transfer {id} {source} -> {target}: {status}").format(
                    id=view.id,
                    source=view.from_location,
                    target=view.to_location,
                    status=view.status,
                ),
                Tone.SUCCESS,
            )
            self.reload()

        self.ctx.runner.submit(job, done, self.messages.show_error, owner=self)

    def _step(self, step: str) -> None:
        chosen = self.selected()
        if chosen is None:
            self.messages.show_error(tr("Stock", "Select a transfer first"))
            return
        actor, transfers, tid = self.ctx.actor, self.ctx.services.transfers, chosen.id
        if step == "approve":
            self._run(lambda: transfers.approve(actor, tid))
        else:
            self._run(lambda: transfers.send(actor, tid))

    def ask_request(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            tr("Stock", "Request a transfer"),
            tr("Stock", "From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10"),
        )
        if not ok or not text.strip():
            return
        parts = text.split()
        if len(parts) < 3:
            self.messages.show_error(tr("Stock", "Write FROM TO SKU:QTY [SKU:QTY ...]"))
            return
        try:
            items = parse_items(parts[2:])
        except ValidationError as error:
            self.messages.show_error(error)
            return
        actor, transfers = self.ctx.actor, self.ctx.services.transfers
        self._run(
            lambda: transfers.request(
                actor, from_location=parts[0], to_location=parts[1], items=items
            )
        )

    def ask_reject(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.messages.show_error(tr("Stock", "Select a transfer first"))
            return
        reason, ok = QInputDialog.getText(self, tr("Stock", "Reject transfer"), tr("Stock", "Why?"))
        if ok:
            actor, transfers, tid = self.ctx.actor, self.ctx.services.transfers, chosen.id
            self._run(lambda: transfers.reject(actor, tid, reason))

    def ask_receive(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.messages.show_error(tr("Stock", "Select a transfer first"))
            return
        text, ok = QInputDialog.getText(
            self,
            tr("Stock", "Receive transfer"),
            tr("Stock", "What arrived, if not all that was sent (SKU:QTY ...):"),
        )
        if not ok:
            return
        try:
            received = parse_items(text.split()) if text.strip() else None
        except ValidationError as error:
            self.messages.show_error(error)
            return
        actor, transfers, tid = self.ctx.actor, self.ctx.services.transfers, chosen.id
        self._run(lambda: transfers.receive(actor, tid, received))
