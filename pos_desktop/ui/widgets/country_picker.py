"""A country field that takes whatever the visitor says and stores the ISO alpha-2 code.

An editable combo box over every pycountry country ("Germany (DE)"); typing any part of a name
or the code filters a popup (contains-match, case-insensitive), so "germ" or "(de)" find
Germany. Free spellings the list does not hold ("Deutschland", "UK", "U.S.A.") are resolved by
the same domain lookup the service uses when the field is left. Text that resolves to nothing is
handed on unchanged, so the domain validator, not this widget, says what is wrong with it.
"""

from __future__ import annotations

import pycountry
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from pos_desktop.domain.countries import country_code
from pos_desktop.domain.errors import ValidationError
from pos_desktop.ui.i18n import tr


def _countries() -> list[tuple[str, str]]:
    """(label, alpha-2) by label; common names ("Bolivia") rather than ISO's long forms."""
    entries = [
        (f"{getattr(c, 'common_name', c.name)} ({c.alpha_2})", str(c.alpha_2))
        for c in pycountry.countries
    ]
    return sorted(entries, key=lambda entry: entry[0].casefold())


class CountryPicker(QComboBox):
    """``code()`` is what goes into ``CustomerInput.country``; ``edited`` fires on any change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.line = QLineEdit()
        self.setLineEdit(self.line)
        # Without this, Enter would append the typed text to the list as a new "country".
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for label, code in _countries():
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.finder = completer
        self.setCurrentIndex(0)
        line = self.line
        line.setPlaceholderText(tr("CountryPicker", "Type a country name or code"))
        line.textEdited.connect(lambda _text: self.edited.emit())
        line.editingFinished.connect(self.tidy)
        self.currentIndexChanged.connect(lambda _index: self.edited.emit())

    def popup_visible(self) -> bool:
        popup = self.finder.popup()
        return popup is not None and popup.isVisible()

    def code(self) -> str:
        """Alpha-2 of the chosen country, ``""`` when empty, else the text as typed."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        return text

    def set_code(self, code: str) -> None:
        """Choose a country by alpha-2; ``""`` (or an unknown code) empties the field."""
        index = max(0, self.findData(code.upper())) if code else 0
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))

    def tidy(self) -> None:
        """Show a free spelling ("uk") as the list entry it means ("United Kingdom (GB)")."""
        text = self.currentText().strip()
        if not text or self.findText(text, Qt.MatchFlag.MatchFixedString) > 0:
            return
        try:
            code = country_code(text)
        except ValidationError:
            return  # left as typed; validation shows the problem next to the field
        index = self.findData(code)
        if index > 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
            self.edited.emit()
