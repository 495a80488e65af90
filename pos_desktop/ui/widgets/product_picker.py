"""Several products match a typed name: arrows choose one, Enter adds it, Esc adds nothing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos_desktop.domain.money import plain_amount
from pos_desktop.services.products import ProductView
from pos_desktop.ui.i18n import tr


class ProductPicker(QDialog):
    def __init__(
        self,
        typed: str,
        products: Sequence[ProductView],
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ProductPicker", "Choose a product"))
        self.products = list(products)
        self.chosen: ProductView | None = None
        self.list = QListWidget()
        for product in self.products:
            price = f"{plain_amount(product.price)} {currency}"
            QListWidgetItem(f"{product.name}    {product.sku}    {price}", self.list)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.choose())
        layout = QVBoxLayout(self)
        matching = tr("ProductPicker", "Products matching {typed} (Enter adds, Esc cancels):")
        layout.addWidget(QLabel(matching.format(typed=repr(typed))))
        layout.addWidget(self.list)
        self.resize(520, 360)
        self.list.setFocus()

    def choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.products):
            self.chosen = self.products[row]
            self.accept()
