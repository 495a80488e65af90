"""Quick-key presets (managers, from the Products screen): tiles that sell a named amount.

An entry ticket, a donation, a service fee: no product behind it, sold as a free-text line
with its VAT rate. The list shows every preset in the grid's order; the fields under it add
one (Enter), ``Delete`` removes the selected one. The service checks the role and the amounts
again and audits both; every call runs on the runner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.money import plain_amount
from pos_desktop.services.quick_keys import Tile
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

COLUMNS: tuple[Column[Tile], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda t: t.label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Amount"), lambda t: plain_amount(t.price), right_aligned=True
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "VAT %"),
        lambda t: format(t.vat_rate.normalize(), "f"),
        right_aligned=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Tab"), lambda t: t.category),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Favourite"),
        lambda t: tr("QuickKeyPresets", "yes") if t.pinned else "",
    ),
)


class QuickKeyPresets(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("QuickKeyPresets", "Quick-key presets"))
        self.ctx = ctx
        self.messages = MessageBar()
        actor, keys = ctx.actor, ctx.services.quick_keys
        self.model: PagedTableModel[Tile] = PagedTableModel(
            ctx.runner, COLUMNS, lambda: lambda after, _limit: [] if after else keys.presets(actor)
        )
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=0)
        self.table.setModel(self.model)
        self.label, self.amount, self.vat, self.tab = (QLineEdit() for _ in range(4))
        rate = ctx.services.settings.billing.default_vat_rate
        self.vat.setText(format(rate.normalize(), "f"))
        self.pinned = QCheckBox(tr("QuickKeyPresets", "&Favourite: first in its tabs"))
        self.add_button = QPushButton(tr("QuickKeyPresets", "&Add preset (Enter)"))
        self.add_button.clicked.connect(self.add)
        for field in (self.label, self.amount, self.vat, self.tab):
            field.returnPressed.connect(self.add)
        form = QFormLayout()
        form.addRow(tr("QuickKeyPresets", "&Name"), self.label)
        form.addRow(tr("QuickKeyPresets", "A&mount"), self.amount)
        form.addRow(tr("QuickKeyPresets", "&VAT %"), self.vat)
        form.addRow(tr("QuickKeyPresets", "&Tab (optional)"), self.tab)
        form.addRow(self.pinned)
        form.addRow(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.resize(560, 460)
        self.model.restart()
        self.label.setFocus()

    def add(self) -> None:
        actor, keys = self.ctx.actor, self.ctx.services.quick_keys
        label, amount, vat = self.label.text(), self.amount.text(), self.vat.text()
        tab, pinned = self.tab.text(), self.pinned.isChecked()
        self.add_button.setEnabled(False)
        self.ctx.runner.submit(
            lambda: keys.add_preset(
                actor, label=label, amount=amount, vat_rate=vat, category=tab, pinned=pinned
            ),
            self._added,
            self._failed,
            owner=self,
        )

    def _added(self, tile: Tile) -> None:
        self.add_button.setEnabled(True)
        self.messages.show_message(
            tr("QuickKeyPresets", "{name} added to the quick keys").format(name=tile.label),
            Tone.SUCCESS,
        )
        for field in (self.label, self.amount):
            field.clear()
        self.label.setFocus()
        self.model.restart()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        tile = self.model.row(rows[0].row())
        preset_id = tile.preset_id
        if preset_id is None:
            return
        actor, keys = self.ctx.actor, self.ctx.services.quick_keys
        self.ctx.runner.submit(
            lambda: keys.remove_preset(actor, preset_id),
            lambda _none: self._removed(tile),
            self._failed,
            owner=self,
        )

    def _removed(self, tile: Tile) -> None:
        self.messages.show_message(
            tr("QuickKeyPresets", "{name} removed from the quick keys").format(name=tile.label),
            Tone.SUCCESS,
        )
        self.model.restart()

    def _failed(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        self.messages.show_error(error)
