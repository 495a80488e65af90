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

IGNORE = "ignore"
FIELD_LABELS: dict[ImportField, str] = {
    ImportField.NAME: "name",
    ImportField.EMAIL: "email",
    ImportField.PHONE: "phone",
    ImportField.COMPANY: "company",
    ImportField.JOB_TITLE: "job title",
    ImportField.COUNTRY: "country",
    ImportField.CITY: "city",
    ImportField.STREET: "street",
    ImportField.POSTCODE: "postcode",
    ImportField.VAT_ID: "VAT ID",
    ImportField.CUSTOMER_TYPE: "customer type",
    ImportField.LANGUAGE: "language",
    ImportField.LEAD_STATUS: "lead status",
    ImportField.WEBSITE: "website",
    ImportField.EXTERNAL_REF: "external id",
    ImportField.NOTES: "notes",
}
SAMPLE_VALUES = 3


class MappingEditor(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(["Column in the file", "Customer field", "First values"])
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
            combo.setAccessibleName(f"Field for {header}")
            combo.addItem(IGNORE, None)
            for field, label in FIELD_LABELS.items():
                combo.addItem(label, field.value)
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
