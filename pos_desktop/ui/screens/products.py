"""Products (managers): the catalogue the scanner sells from; add, change, retire.

The list on the left (search by name, SKU or any barcode; retired products shown greyed "no"),
the selected product's form on the right. ``Ctrl+N`` starts a new product, ``Enter`` in the list
edits the selected one, ``Ctrl+S`` saves. A product has any number of barcodes (the item, its
pack...): scanned or typed into the barcode entry, Enter adds each. ``Ctrl+I`` / ``Ctrl+E``
import and export the catalogue as CSV. The service checks the role and every field again and
audits the change; lines already sold keep the price they were sold at. Under the form, the
product's quick key at the checkout (shown as a tile, favourite, place), saved with it, and
the presets (tiles selling a named amount, ``quick_key_presets.py``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.money import plain_amount
from pos_desktop.services.products import ProductView
from pos_desktop.services.quick_keys import TileSetting
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.screens.product_file_actions import ProductFileActions
from pos_desktop.ui.screens.quick_key_presets import QuickKeyPresets
from pos_desktop.ui.widgets.barcode_list import BarcodeList
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.quick_key_setting import QuickKeySetting

TYPING_PAUSE_MS = 150
COLUMNS: tuple[Column[ProductView], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("Columns", "SKU"), lambda p: p.sku),
    Column(QT_TRANSLATE_NOOP("Columns", "Barcodes"), lambda p: " ".join(p.barcodes)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Price"), lambda p: plain_amount(p.price), right_aligned=True
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "VAT %"),
        lambda p: format(p.vat_rate.normalize(), "f"),
        right_aligned=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "On sale"),
        lambda p: tr("Products", "yes") if p.active else tr("Products", "no"),
    ),
)


class ProductsScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: ProductView | None = None
        self.messages = MessageBar()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Products", "Search name, SKU or barcode"))
        self.files = ProductFileActions(ctx, self.messages, self)
        self.files.imported.connect(self.reload)
        self.model: PagedTableModel[ProductView] = PagedTableModel(ctx.runner, COLUMNS, self._query)
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=0)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        left = QVBoxLayout()
        left.addWidget(self.messages)
        left.addWidget(self.files)
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        body = QHBoxLayout(self)
        body.addLayout(left, 3)
        body.addWidget(self._form_box(), 2)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self._select_first)
        self.table.activated.connect(lambda _index: self.name.setFocus())
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_product)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._loaded = False
        self.new_product()

    def _form_box(self) -> QGroupBox:
        self.form_box = QGroupBox(tr("Products", "New product"))
        self.sku, self.name, self.barcodes = QLineEdit(), QLineEdit(), BarcodeList()
        self.price, self.vat = QLineEdit(), QLineEdit()
        self.active = QCheckBox(tr("Products", "On sale (can be scanned)"))
        self.save_button = QPushButton(tr("Products", "Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(tr("Products", "New product (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_product)
        form = QFormLayout(self.form_box)
        form.addRow(tr("Products", "&SKU"), self.sku)
        form.addRow(tr("Products", "&Name"), self.name)
        barcodes_label = QLabel(tr("Products", "&Barcodes"))
        barcodes_label.setBuddy(self.barcodes.entry)
        form.addRow(barcodes_label, self.barcodes)
        form.addRow(tr("Products", "&Price"), self.price)
        form.addRow(tr("Products", "&VAT %"), self.vat)
        form.addRow("", self.active)
        self.quick_key = QuickKeySetting()
        form.addRow(self.quick_key)
        self.presets_button = QPushButton(tr("Products", "Quick-key &presets (named amounts)..."))
        self.presets_button.clicked.connect(self.open_presets)
        form.addRow(self.presets_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        form.addRow(buttons)
        for field in (self.sku, self.name, self.price, self.vat):
            field.returnPressed.connect(self.save)
        self.barcodes.submitted.connect(self.save)
        # Typing order: the codes and the price first; the list of barcodes after them.
        order = (
            self.sku,
            self.name,
            self.barcodes.entry,
            self.price,
            self.vat,
            self.active,
            self.quick_key.shown,
            self.quick_key.pinned,
            self.quick_key.place,
            self.barcodes.list,
            self.barcodes.remove_button,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return self.form_box

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        self._pause.stop()
        self.model.restart()

    def _query(self) -> Callable[[ProductView | None, int], list[ProductView]]:
        actor, text, products = self.ctx.actor, self.search.text(), self.ctx.services.products
        return lambda after, limit: products.list_products(
            actor, text=text, limit=limit, after=after, include_inactive=True
        )

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.show_product(self.model.row(rows[0].row()))

    # ------------------------------------------------------------------------------ form

    def new_product(self) -> None:
        self.editing = None
        self.form_box.setTitle(tr("Products", "New product"))
        for field in (self.sku, self.name, self.price):
            field.clear()
        self.barcodes.set_barcodes([])
        rate = self.ctx.services.settings.billing.default_vat_rate
        self.vat.setText(format(rate.normalize(), "f"))
        self.active.setChecked(True)
        self.active.setEnabled(False)  # a new product is on sale; retire it later
        self.quick_key.show_setting(None)
        self.quick_key.setEnabled(True)
        self.sku.setFocus()

    def show_product(self, product: ProductView) -> None:
        self.editing = product
        self.form_box.setTitle(tr("Products", "Product {sku}").format(sku=product.sku))
        self.sku.setText(product.sku)
        self.name.setText(product.name)
        self.barcodes.set_barcodes(product.barcodes)
        self.price.setText(plain_amount(product.price))
        self.vat.setText(format(product.vat_rate.normalize(), "f"))
        self.active.setEnabled(True)
        self.active.setChecked(product.active)
        self.quick_key.setEnabled(False)  # until its setting is read: saving leaves it alone
        actor, keys = self.ctx.actor, self.ctx.services.quick_keys
        self.ctx.runner.submit(
            lambda: keys.setting(actor, product.id),
            self._quick_key_loaded,
            self._failed,
            owner=self,
        )

    def open_presets(self) -> None:
        self.presets_dialog = QuickKeyPresets(self.ctx, self)
        self.presets_dialog.open()

    def _quick_key_loaded(self, setting: TileSetting) -> None:
        if self.editing is not None and self.editing.id == setting.product_id:
            self.quick_key.show_setting(setting)
            self.quick_key.setEnabled(True)

    def save(self) -> None:
        actor, products, editing = self.ctx.actor, self.ctx.services.products, self.editing
        sku, name, price = self.sku.text(), self.name.text(), self.price.text()
        vat, barcodes, active = self.vat.text(), self.barcodes.barcodes(), self.active.isChecked()
        keys, tile_id = self.ctx.services.quick_keys, editing.id if editing else 0
        tile = self.quick_key.wanted(tile_id)
        arrange = self.quick_key.isEnabled() and self.quick_key.changed(tile_id)
        job: Callable[[], ProductView]
        if editing is None:

            def job() -> ProductView:
                return products.add(
                    actor, sku=sku, name=name, price=price, vat_rate=vat, barcodes=barcodes
                )

        else:

            def job() -> ProductView:
                return products.edit(
                    actor,
                    editing.id,
                    expected_version=editing.version,
                    sku=sku,
                    name=name,
                    price=price,
                    vat_rate=vat,
                    barcodes=barcodes,
                    active=active,
                )

        def save_with_tile() -> ProductView:
            """The product first (a new one gets its id), then its tile if changed."""
            product = job()
            if arrange:
                keys.arrange(
                    actor, product.id, shown=tile.shown, pinned=tile.pinned, position=tile.position
                )
            return product

        self.save_button.setEnabled(False)
        self.ctx.runner.submit(save_with_tile, self._saved, self._failed, owner=self)

    def _saved(self, product: ProductView) -> None:
        self.save_button.setEnabled(True)
        if self.editing is None:
            done = tr("Products", "{sku} {name} added")
        elif product.active:
            done = tr("Products", "{sku} {name} saved")
        else:
            done = tr("Products", "{sku} {name} saved (not on sale)")
        self.messages.show_message(done.format(sku=product.sku, name=product.name), Tone.SUCCESS)
        self.show_product(product)
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.messages.show_error(error)
