"""The checkout's quick keys: tabs of tiles that sell with one tap (or one chord).

``chosen`` says which tile was tapped, clicked, or picked by keyboard: ``Alt+1`` ... ``Alt+9``
(the first nine of the tab on show, through :meth:`QuickKeysPanel.choose_nth`), arrow keys
and ``Enter``/``Space`` in the grid (``Alt+0`` goes there), ``Alt+Left``/``Alt+Right`` the
tabs. The checkout adds what was chosen as it adds a scan, and gives the scan field the
keyboard back. The tiles load on the runner (never on the UI thread): when the checkout is
shown, and when a manager's change is announced (``QuickKeysChanged``); the grid is rebuilt
only when the tiles differ, so a reload does not move the cashier's place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QListView, QStyle, QTabBar, QVBoxLayout, QWidget

from pos_desktop.services.quick_keys import WORKSHOPS_TAB, QuickKeysChanged, Tile
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.widgets.message_bar import error_words
from pos_desktop.ui.widgets.quick_key_tiles import (
    TileDelegate,
    TileModel,
    colour_slots,
    tile_size,
)

ALL_TAB = QT_TRANSLATE_NOOP("QuickKeys", "All")
#: The tabs' names as shown (the English ones stay the keys: ``current_tab``).
_SHOWN = {ALL_TAB: ALL_TAB, WORKSHOPS_TAB: QT_TRANSLATE_NOOP("QuickKeys", "Workshops")}


def tab_title(name: str) -> str:
    """A tab's title: "All" and "Workshops" in the user's language, a category as named."""
    shown = _SHOWN.get(name)
    return tr("QuickKeys", shown) if shown is not None else name


GAP = 4
#: Rows in sight at most: the cart above keeps the room it needs (the grid scrolls).
ROWS = 3
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class TileGrid(QListView):
    """Tiles left to right, wrapping; ``Enter``/``Space`` on the current one chooses it.

    The tiles widen to fill each row (a longer name shows) and the grid is as high as its
    rows, up to ``ROWS`` (then it scrolls): the cart above keeps the rest.
    """

    chosen = Signal(QModelIndex)

    def __init__(self, touch: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = tile_size(touch)
        self._wanted_height = self._base.height()
        self._delegate: TileDelegate | None = None
        self.setObjectName("quickKeyGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setGridSize(self._base + QSize(GAP, GAP))
        self.clicked.connect(self.chosen)

    def set_tiles(self, model: TileModel) -> None:
        self.setModel(model)
        self._delegate = TileDelegate(model, self._base, self)
        self.setItemDelegate(self._delegate)
        model.modelReset.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        """Tile width and grid height for the width there is and the tiles of the tab."""
        model = self.model()
        width = self.viewport().width() - GAP  # the view's own margin: a full row would wrap
        if not self.verticalScrollBar().isVisible():  # Qt lays out leaving room for it
            width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        columns = max(1, width // (self._base.width() + GAP))
        cell = QSize(max(width // columns, self._base.width() + GAP), self._base.height() + GAP)
        if self._delegate is not None and cell != self.gridSize():
            self._delegate.size = cell - QSize(GAP, GAP)
            self.setGridSize(cell)
        count = model.rowCount() if model is not None else 0
        rows = min(max(-(-count // columns), 1), ROWS)
        frame = 2 * self.frameWidth() + GAP
        # One row at least; as many as the tab needs (up to ROWS) when the window has room.
        self._wanted_height = rows * cell.height() + frame
        self.setMinimumHeight(cell.height() + frame)
        self.setMaximumHeight(self._wanted_height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self._wanted_height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _ACTIVATE_KEYS and plain:
            index = self.currentIndex()
            if index.isValid():
                self.chosen.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class QuickKeysPanel(QWidget):
    """Category tabs over the grid; "All" first with the favourites at its start."""

    chosen = Signal(object)  # the Tile
    loaded = Signal()

    def __init__(self, ctx: UiContext, *, touch: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickKeys")
        self.ctx = ctx
        self._all: list[Tile] = []
        self._tab_names: list[str] = [ALL_TAB]
        self.tabs = QTabBar()
        self.tabs.setObjectName("quickKeyTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Left / Alt+Right switch
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.addTab(tab_title(ALL_TAB))
        self.tabs.currentChanged.connect(self._show_tab)
        self.model = TileModel(self)
        self.grid = TileGrid(touch)
        self.grid.set_tiles(self.model)
        self.grid.chosen.connect(self._grid_chose)  # a method: no cycle through a lambda
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.grid)
        self._listen_for_changes()

    def _listen_for_changes(self) -> None:
        """A manager's change, announced after its commit on whichever thread made it: a
        queued signal brings it to the UI thread; the listener goes with this panel."""
        relay = _Relay(self)
        relay.changed.connect(self.reload, Qt.ConnectionType.QueuedConnection)
        stop: Callable[[], None] = self.ctx.services.bus.listen(
            QuickKeysChanged, lambda _event: relay.changed.emit()
        )
        self.destroyed.connect(lambda *_args: stop())

    def add_shortcuts(self, page: QWidget) -> None:
        """The grid's keys, active wherever the keyboard is on ``page`` (the checkout)."""
        for n in range(9):
            QShortcut(QKeySequence(f"Alt+{n + 1}"), page, partial(self.choose_nth, n))
        QShortcut(QKeySequence("Alt+0"), page, self.focus_grid)
        QShortcut(QKeySequence("Alt+Right"), page, partial(self.step_tab, 1))
        QShortcut(QKeySequence("Alt+Left"), page, partial(self.step_tab, -1))

    # --------------------------------------------------------------------------- loading

    def set_currency(self, currency: str) -> None:
        self.model.currency = currency
        self.grid.viewport().update()

    def reload(self) -> None:
        actor, keys = self.ctx.actor, self.ctx.services.quick_keys
        self.ctx.runner.submit(
            lambda: keys.tiles(actor), self.show_tiles, self._load_failed, owner=self
        )

    def _load_failed(self, error: Exception) -> None:
        self.setToolTip(
            tr("QuickKeys", "Quick keys not loaded: {error}").format(error=error_words(error))
        )
        self.loaded.emit()

    def show_tiles(self, tiles: list[Tile]) -> None:
        """All tiles in the grid's order; the tab on show stays when it still exists."""
        if tiles == self._all:
            self.loaded.emit()
            return
        self._all = tiles
        self.model.slots = colour_slots(t.category for t in tiles)
        categories = sorted({t.category for t in tiles if t.category} - {WORKSHOPS_TAB})
        names = [ALL_TAB, *categories]
        if any(t.category == WORKSHOPS_TAB for t in tiles):
            names.append(WORKSHOPS_TAB)
        current = self.current_tab()
        if names != self._tab_names:
            self.tabs.blockSignals(True)
            while self.tabs.count():
                self.tabs.removeTab(0)
            for name in names:
                self.tabs.addTab(tab_title(name))
            self._tab_names = names
            self.tabs.setCurrentIndex(names.index(current) if current in names else 0)
            self.tabs.blockSignals(False)
        self._show_tab(self.tabs.currentIndex())
        self.setVisible(bool(tiles))
        self.loaded.emit()

    # ------------------------------------------------------------------------ choosing

    def current_tab(self) -> str:
        index = self.tabs.currentIndex()
        return self._tab_names[index] if 0 <= index < len(self._tab_names) else ALL_TAB

    def visible_tiles(self) -> list[Tile]:
        return self.model.tiles()

    def _show_tab(self, index: int) -> None:
        name = self._tab_names[index] if 0 <= index < len(self._tab_names) else ALL_TAB
        tiles = self._all if name == ALL_TAB else [t for t in self._all if t.category == name]
        self.model.set_tiles(tiles)
        if tiles:
            self.grid.setCurrentIndex(self.model.index(0))

    def _grid_chose(self, index: QModelIndex) -> None:
        self.chosen.emit(self.model.tile(index.row()))

    def step_tab(self, step: int) -> None:
        """Alt+Right / Alt+Left: the next or previous tab, round."""
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def choose_nth(self, n: int) -> bool:
        """Alt+``n+1``: the tab's ``n``-th tile; False when the tab has fewer."""
        if not 0 <= n < self.model.rowCount() or not self.isVisible():
            return False
        self.chosen.emit(self.model.tile(n))
        return True

    def focus_grid(self) -> None:
        if self.model.rowCount():
            if not self.grid.currentIndex().isValid():
                self.grid.setCurrentIndex(self.model.index(0))
            self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)


class _Relay(QObject):
    changed = Signal()
