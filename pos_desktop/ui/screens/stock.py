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
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

TYPING_PAUSE_MS = 200
LEVELS: tuple[Column[LevelView], ...] = (
    Column("SKU", lambda v: v.sku),
    Column("Product", lambda v: v.name),
    Column("Location", lambda v: v.location),
    Column("Quantity", lambda v: format(v.quantity.normalize(), "f"), right_aligned=True),
    Column("", lambda v: "LOW" if v.low else ""),
)
TRANSFERS: tuple[Column[TransferView], ...] = (
    Column("#", lambda t: str(t.id)),
    Column("From", lambda t: t.from_location),
    Column("To", lambda t: t.to_location),
    Column("Status", lambda t: t.status),
    Column(
        "Items",
        lambda t: ", ".join(
            f"{line.sku} {format(line.requested.normalize(), 'f')}"
            + (f" (missing {format(line.missing.normalize(), 'f')})" if line.missing else "")
            for line in t.lines
        ),
    ),
    Column("Asked by", lambda t: t.requested_by),
)


class StockScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.location = QLineEdit()
        self.location.setPlaceholderText("Location (empty: all), e.g. BOOTH")
        self.low_only = QCheckBox("&Low only")
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
        box = QGroupBox("Transfers")
        buttons = QHBoxLayout()
        actions: tuple[tuple[str, Callable[[], None]], ...] = (
            ("&New request...", self.ask_request),
            ("&Approve", lambda: self._step("approve")),
            ("Re&ject...", self.ask_reject),
            ("&Send", lambda: self._step("send")),
            ("Recei&ve...", self.ask_receive),
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
                f"Transfer {view.id} {view.from_location} -> {view.to_location}: {view.status}",
                Tone.SUCCESS,
            )
            self.reload()

        self.ctx.runner.submit(job, done, self.messages.show_error, owner=self)

    def _step(self, step: str) -> None:
        chosen = self.selected()
        if chosen is None:
            self.messages.show_error("Select a transfer first")
            return
        actor, transfers, tid = self.ctx.actor, self.ctx.services.transfers, chosen.id
        if step == "approve":
            self._run(lambda: transfers.approve(actor, tid))
        else:
            self._run(lambda: transfers.send(actor, tid))

    def ask_request(self) -> None:
        text, ok = QInputDialog.getText(
            self, "Request a transfer", "From, to and items, e.g.:  WAREHOUSE BOOTH MUG:20 CAP:10"
        )
        if not ok or not text.strip():
            return
        parts = text.split()
        if len(parts) < 3:
            self.messages.show_error("Write FROM TO SKU:QTY [SKU:QTY ...]")
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
            self.messages.show_error("Select a transfer first")
            return
        reason, ok = QInputDialog.getText(self, "Reject transfer", "Why?")
        if ok:
            actor, transfers, tid = self.ctx.actor, self.ctx.services.transfers, chosen.id
            self._run(lambda: transfers.reject(actor, tid, reason))

    def ask_receive(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.messages.show_error("Select a transfer first")
            return
        text, ok = QInputDialog.getText(
            self, "Receive transfer", "What arrived, if not all that was sent (SKU:QTY ...):"
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
