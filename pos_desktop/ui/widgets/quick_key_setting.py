"""A product's quick key, as a manager arranges it in the Products screen: shown as a tile or
not, a favourite (first in its tabs), and its place in the grid (lower first; "by name" when
none). The Products screen saves it with the product; the service checks the role again and
audits the change (``services/quick_keys.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from pos_desktop.services.quick_keys import MAX_POSITION, TileSetting
from pos_desktop.ui.i18n import tr

BY_NAME = -1  # the spin box's "by name": no place of its own


class QuickKeySetting(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("QuickKeySetting", "Quick key at the checkout"), parent)
        self.shown = QCheckBox(tr("QuickKeySetting", "Show as a &tile"))
        self.pinned = QCheckBox(tr("QuickKeySetting", "&Favourite: first in its tabs"))
        self.place = QSpinBox()
        self.place.setRange(BY_NAME, MAX_POSITION)
        self.place.setSpecialValueText(tr("QuickKeySetting", "by name"))
        self.place.setToolTip(
            tr("QuickKeySetting", "Lower places come first; favourites before all others")
        )
        form = QFormLayout(self)
        form.addRow(self.shown)
        form.addRow(self.pinned)
        form.addRow(tr("QuickKeySetting", "Pl&ace"), self.place)
        self.loaded: TileSetting | None = None
        self.shown.toggled.connect(self._shown_toggled)
        self.show_setting(None)

    def show_setting(self, setting: TileSetting | None) -> None:
        """``None``: no product saved yet (a new one shows as a tile by name)."""
        self.loaded = setting
        shown = setting is None or setting.shown
        self.shown.setChecked(shown)
        self.pinned.setChecked(setting is not None and setting.pinned)
        position = setting.position if setting is not None else None
        self.place.setValue(BY_NAME if position is None else position)
        self._shown_toggled(shown)

    def wanted(self, product_id: int) -> TileSetting:
        place = self.place.value()
        return TileSetting(
            product_id,
            self.shown.isChecked(),
            self.pinned.isChecked(),
            None if place == BY_NAME else place,
        )

    def changed(self, product_id: int) -> bool:
        """Whether saving must write: what the form says differs from what was loaded."""
        return self.wanted(product_id) != (self.loaded or TileSetting(product_id))

    def _shown_toggled(self, shown: bool) -> None:
        self.pinned.setEnabled(shown)
        self.place.setEnabled(shown)
