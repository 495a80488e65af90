"""The Settings screen's camera list: the cameras that open, or "file or URL..." for a path.

Sits above the ``scanner.camera`` text field, which stays the value saved: picking a camera
writes its number there, "file or URL..." puts the cursor in it for a video file, a device path
or a stream URL. The cameras are looked for (numbers 0-4 opened with OpenCV, which can take a
second each) in the runner when the list is first shown and on "Search again", never on the UI
thread. The camera this till already reads may be busy, so the one set is always listed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pos_desktop.adapters.camera import PROBED_CAMERAS, probe_cameras
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.message_bar import error_words

FILE_OR_URL = "\x00file"  # item data of "File or URL..." (never a camera setting)
NONE_FOUND = "\x00none"  # item data of the "no camera found" line (not selectable)
_CHECKED = f"{PROBED_CAMERAS.start}-{PROBED_CAMERAS.stop - 1}"


class CameraChoice(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        line: QLineEdit,
        parent: QWidget | None = None,
        *,
        probe: Callable[[], list[int]] = probe_cameras,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.line = line
        self._probe = probe
        self.found: list[int] | None = None  # None until a search has finished
        self.combo = QComboBox()
        self.combo.setObjectName("cameraChoice")
        self.combo.setToolTip(
            tr("CameraChoice", "Cameras found on this computer; the field below is what is saved")
        )
        self.combo.activated.connect(self._chosen)
        self.search_button = QPushButton(tr("CameraChoice", "Search again"))
        self.search_button.clicked.connect(self.search)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.search_button)
        self._searching = False
        line.textChanged.connect(self._follow_text)
        self._fill()

    @classmethod
    def above(cls, ctx: UiContext, row: QWidget, editor: QWidget) -> CameraChoice:
        """Put into a settings field's ``row``, above its text ``editor``."""
        layout = row.layout()
        assert isinstance(layout, QBoxLayout) and isinstance(editor, QLineEdit)
        choice = cls(ctx, editor)
        layout.insertWidget(0, choice)
        return choice

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.found is None and not self._searching:
            self.search()

    def search(self) -> None:
        if self._searching:
            return
        self._searching = True
        self.search_button.setEnabled(False)
        self._fill()
        self.ctx.runner.submit(self._probe, self._found, self._failed, owner=self)

    def _found(self, indexes: list[int]) -> None:
        self._searching = False
        self.found = indexes
        self.search_button.setEnabled(True)
        self._fill()

    def _failed(self, error: Exception) -> None:
        self._found([])
        failed = tr("CameraChoice", "Could not look for cameras: {error}").format(
            error=error_words(error)
        )
        self.combo.setItemText(self._index_of(NONE_FOUND), failed)

    def _fill(self) -> None:
        combo, configured = self.combo, self.line.text().strip()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("CameraChoice", "No camera"), "")
        if self.found is None:
            looking = tr("CameraChoice", "Looking for cameras {numbers}...")
            combo.addItem(looking.format(numbers=_CHECKED), NONE_FOUND)
        elif not self.found:
            none = tr("CameraChoice", "No camera found (numbers {numbers} checked)")
            combo.addItem(none.format(numbers=_CHECKED), NONE_FOUND)
        for index in self.found or []:
            combo.addItem(tr("CameraChoice", "Camera {number}").format(number=index), str(index))
        if configured.isdigit() and int(configured) not in (self.found or []):
            busy = tr("CameraChoice", "Camera {number} (set; busy or not found now)")
            combo.addItem(busy.format(number=configured), configured)
        combo.addItem(tr("CameraChoice", "File or URL..."), FILE_OR_URL)
        none_found = self._index_of(NONE_FOUND)
        model = combo.model()
        if none_found >= 0 and isinstance(model, QStandardItemModel):
            item = model.item(none_found)
            if item is not None:
                item.setEnabled(False)  # a message, not a choice
        combo.blockSignals(False)
        self._follow_text(self.line.text())

    def _index_of(self, data: str) -> int:
        return self.combo.findData(data)

    def _follow_text(self, text: str) -> None:
        """The list shows what the field holds (typed, or picked)."""
        value = text.strip()
        index = self._index_of(value) if value.isdigit() or not value else -1
        if index < 0 and value.isdigit():
            self._fill()  # lists the number typed, then selects it
            return
        if index < 0:
            index = self._index_of(FILE_OR_URL)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == NONE_FOUND:
            self._follow_text(self.line.text())
        elif data == FILE_OR_URL:
            if self.line.text().strip().isdigit():
                self.line.clear()
            self.line.setFocus()
            self.line.selectAll()
        else:
            self.line.setText(str(data))
