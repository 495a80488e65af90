"""The wizard's mapping page: each column of the file with a combo of customer fields.

A table of plain widgets rather than a model: a file has a few dozen columns at most, and a
combo per row is what a keyboard user tabs through (Tab to the next column, arrow keys or the
first letter to pick a field). The sample column shows the first values so a wrong guess is
visible before anything is imported.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pos_desktop.domain.import_mapping import ColumnMapping, ImportField
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr

IGNORE = QT_TRANSLATE_NOOP("ImportMapping", "ignore")
#: What each field is called in the combos (translated there).
FIELD_LABELS: dict[ImportField, str] = {
    ImportField.NAME: QT_TRANSLATE_NOOP("ImportMapping", "name"),
    ImportField.EMAIL: QT_TRANSLATE_NOOP("ImportMapping", "email"),
    ImportField.PHONE: QT_TRANSLATE_NOOP("ImportMapping", "phone"),
    ImportField.COMPANY: QT_TRANSLATE_NOOP("ImportMapping", "company"),
    ImportField.JOB_TITLE: QT_TRANSLATE_NOOP("ImportMapping", "job title"),
    ImportField.COUNTRY: QT_TRANSLATE_NOOP("ImportMapping", "country"),
    ImportField.CITY: QT_TRANSLATE_NOOP("ImportMapping", "city"),
    ImportField.STREET: QT_TRANSLATE_NOOP("ImportMapping", "street"),
    ImportField.POSTCODE: QT_TRANSLATE_NOOP("ImportMapping", "postcode"),
    ImportField.VAT_ID: QT_TRANSLATE_NOOP("ImportMapping", "VAT ID"),
    ImportField.CUSTOMER_TYPE: QT_TRANSLATE_NOOP("ImportMapping", "customer type"),
    ImportField.LANGUAGE: QT_TRANSLATE_NOOP("ImportMapping", "language"),
    ImportField.LEAD_STATUS: QT_TRANSLATE_NOOP("ImportMapping", "lead status"),
    ImportField.WEBSITE: QT_TRANSLATE_NOOP("ImportMapping", "website"),
    ImportField.EXTERNAL_REF: QT_TRANSLATE_NOOP("ImportMapping", "external id"),
    ImportField.NOTES: QT_TRANSLATE_NOOP("ImportMapping", "notes"),
}
SAMPLE_VALUES = 3


class MappingEditor(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [
                tr("ImportMapping", "Column in the file"),
                tr("ImportMapping", "Customer field"),
                tr("ImportMapping", "First values"),
            ]
        )
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._headers: tuple[str, ...] = ()
        self.combos: list[QComboBox] = []

    def show_mapping(self, mapping: ColumnMapping, sample: Sequence[Sequence[str]]) -> None:
        self._headers = mapping.headers
        self.combos = []
        self.setRowCount(len(mapping.headers))
        for row, (header, target) in enumerate(zip(mapping.headers, mapping.targets, strict=True)):
            self.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setAccessibleName(tr("ImportMapping", "Field for {column}").format(column=header))
            combo.addItem(tr("ImportMapping", IGNORE), None)
            for field, label in FIELD_LABELS.items():
                combo.addItem(tr("ImportMapping", label), field.value)
            combo.setCurrentIndex(combo.findData(target.value) if target else 0)
            self.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            values = [r[row] for r in sample if row < len(r) and r[row].strip()]
            shown = " | ".join(v.replace("\n", " ")[:40] for v in values[:SAMPLE_VALUES])
            self.setItem(row, 2, QTableWidgetItem(shown))
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)

    def mapping(self) -> ColumnMapping:
        """What the combos say now (the user's edits included)."""
        targets = tuple(
            ImportField(data) if (data := combo.currentData()) else None for combo in self.combos
        )
        return ColumnMapping(self._headers, targets)

    def set_target(self, header: str, target: ImportField | None) -> None:
        """Pick a field for a column by its header (the combo as a user would)."""
        combo = self.combos[self._headers.index(header)]
        combo.setCurrentIndex(combo.findData(target.value) if target else 0)
