"""The customer display: a window for a second monitor that faces the visitor.

Four pages, one per ``Phase``: a welcome (the shop's logo and name) while idle, the cart and its
total as the cashier works, the amount handed over and the change, then a thank-you with the
customer's own code as a QR they can photograph. It draws the feed's ``DisplayState`` and
nothing else (``feed.py``). ``[display] screen`` picks the monitor; on a one-monitor till the
window opens beside the main one instead of covering it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.adapters.qr_image import qr_modules
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer_display import DisplayLine, DisplayState, Phase
from pos_desktop.ui.customer_display.feed import DisplayFeed
from pos_desktop.ui.customer_display.visitor_words import VisitorWords
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
#: The cart's lines, read from a step or two away.
LINE_POINTS = 18


WELCOME = QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome")
WELCOME_TO = QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome to {venue}")
HELLO = QT_TRANSLATE_NOOP("CustomerDisplay", "Hello, {name}")
TOTAL = QT_TRANSLATE_NOOP("CustomerDisplay", "Total {amount}")
GIVEN = QT_TRANSLATE_NOOP("CustomerDisplay", "Given {amount}")
CHANGE = QT_TRANSLATE_NOOP("CustomerDisplay", "Change {amount}")
THANK_YOU_NAMED = QT_TRANSLATE_NOOP("CustomerDisplay", "Thank you, {name}!")
THANK_YOU = QT_TRANSLATE_NOOP("CustomerDisplay", "Thank you!")
YOUR_CHANGE = QT_TRANSLATE_NOOP("CustomerDisplay", "Your change: {amount}")
KEEP_CODE = QT_TRANSLATE_NOOP(
    "CustomerDisplay", "Keep this code on your phone: scan it at our counter next time."
)
INVOICE = QT_TRANSLATE_NOOP("CustomerDisplay", "Invoice {number}")


class DisplayLines(QAbstractTableModel):
    """The cart's lines for the visitor: what, how many, how much (no VAT or discount columns:
    the total says what they pay)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: tuple[DisplayLine, ...] = ()
        self.currency = ""
        self.words = VisitorWords()

    def show(self, lines: tuple[DisplayLine, ...], currency: str, words: VisitorWords) -> None:
        self.beginResetModel()
        self.lines, self.currency, self.words = lines, currency, words
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return line.description
            if column == 1:
                return f"× {line.quantity}"
            return "" if line.amount is None else self.words.money(line.amount, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class QrPicture(QWidget):
    """A QR code painted module by module at a whole number of pixels each (sharp for a
    phone's camera at any window size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modules: tuple[tuple[bool, ...], ...] = ()
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_text(self, text: str | None) -> None:
        self.modules = qr_modules(text) if text else ()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.modules:
            return
        count = len(self.modules)
        cell = max(1, min(self.width(), self.height()) // count)
        left = (self.width() - cell * count) // 2
        top = (self.height() - cell * count) // 2
        painter = QPainter(self)
        painter.fillRect(left, top, cell * count, cell * count, QColor("white"))
        black = QColor("black")
        for y, row in enumerate(self.modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(left + x * cell, top + y * cell, cell, cell, black)
        painter.end()


def total_text(total: Decimal, currency: str, words: VisitorWords | None = None) -> str:
    words = words or VisitorWords()
    return words(TOTAL).format(amount=words.money(total, currency))


def _big(text: str = "", points: int = 28, *, bold: bool = True) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(f"font-size: {points}pt; font-weight: {700 if bold else 400};")
    return label


class CustomerDisplay(QWidget):
    def __init__(
        self,
        feed: DisplayFeed,
        *,
        welcome: str,
        logo: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("CustomerDisplay", "Booth POS - customer display"))
        self.setObjectName("customerDisplay")
        self.feed = feed
        self.pages = QStackedWidget()
        self._build_idle(welcome, logo)
        self._build_cart()
        self._build_paying()
        self._build_thanks()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self.pages)
        self.resize(800, 600)
        feed.changed.connect(self.show_state)
        self.show_state(feed.state)

    # ------------------------------------------------------------------------ the pages

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.pages.addWidget(page)
        return page

    def _build_idle(self, welcome: str, logo: str) -> None:
        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture = QPixmap(logo) if logo and Path(logo).is_file() else QPixmap()
        if not picture.isNull():
            smooth = Qt.TransformationMode.SmoothTransformation
            keep = Qt.AspectRatioMode.KeepAspectRatio
            self.logo.setPixmap(picture.scaled(480, 240, keep, smooth))
        #: The shop's own words; empty: the exhibition's name, once the till knows it.
        self.welcome_text = welcome
        self.welcome = _big(welcome or tr("CustomerDisplay", WELCOME), 36)
        self.idle_page = self._page(self.logo, self.welcome)

    def _build_cart(self) -> None:
        self.greeting = _big("", 20, bold=False)
        self.lines = DisplayLines()
        self.table = QTableView()
        self.table.setModel(self.lines)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setStyleSheet(f"font-size: {LINE_POINTS}pt;")
        # Fixed widths for the figures: sizing columns to their contents measured every line
        # at every change (90 ms for a 200-line cart); the description takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        font = QFont(self.table.font())
        font.setPointSize(LINE_POINTS)
        metrics = QFontMetrics(font)
        for column, widest in ((1, "× 999"), (2, "99,999.99 EUR")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.total = _big("", 40)
        self.total.setObjectName("displayTotal")
        self.cart_page = QWidget()
        layout = QVBoxLayout(self.cart_page)
        layout.addWidget(self.greeting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self.pages.addWidget(self.cart_page)

    def _build_paying(self) -> None:
        self.paying_total = _big("", 32)
        self.given = _big("", 28, bold=False)
        self.change = _big("", 40)
        self.change.setObjectName("displayChange")
        self.paying_page = self._page(self.paying_total, self.given, self.change)

    def _build_thanks(self) -> None:
        self.thanks = _big("", 32)
        self.qr = QrPicture()
        self.code = _big("", 24)
        self.code.setStyleSheet("font-size: 24pt; font-weight: 700; font-family: monospace;")
        self.keep = _big("", 14, bold=False)
        self.thanks_page = QWidget()
        layout = QVBoxLayout(self.thanks_page)
        layout.addWidget(self.thanks)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.code)
        layout.addWidget(self.keep)
        self.pages.addWidget(self.thanks_page)

    # ------------------------------------------------------------------------ drawing

    def show_state(self, state: DisplayState) -> None:
        currency = state.currency
        words = VisitorWords(state.language)
        if state.phase is Phase.IDLE:
            venue = words(WELCOME_TO).format(venue=state.venue) if state.venue else words(WELCOME)
            self.welcome.setText(self.welcome_text or venue)
            self.pages.setCurrentWidget(self.idle_page)
        elif state.phase is Phase.CART:
            name = state.customer_name
            hello = words(HELLO).format(name=name) if name else ""
            self.greeting.setText(hello)
            self.greeting.setVisible(bool(name))
            self.lines.show(state.lines, currency, words)
            self.table.scrollToBottom()
            self.total.setText(total_text(state.total, currency, words))
            self.pages.setCurrentWidget(self.cart_page)
        elif state.phase is Phase.PAYING:
            self.paying_total.setText(total_text(state.total, currency, words))
            self.given.setText(words(GIVEN).format(amount=words.money(state.given, currency)))
            change = words(CHANGE).format(amount=words.money(state.change, currency))
            self.change.setText(change)
            self.change.setVisible(state.change > 0)
            self.pages.setCurrentWidget(self.paying_page)
        else:
            self._show_thanks(state, words)

    def _show_thanks(self, state: DisplayState, words: VisitorWords) -> None:
        name = state.customer_name
        self.thanks.setText(words(THANK_YOU_NAMED).format(name=name) if name else words(THANK_YOU))
        code = state.customer_code
        self.qr.show_text(code)
        self.qr.setVisible(code is not None)
        self.code.setText(CustomerCode(code).display if code else "")
        change = words.money(state.change, state.currency)
        said = [words(YOUR_CHANGE).format(amount=change)] if state.change > 0 else []
        if code:
            said.append(words(KEEP_CODE))
        if state.invoice_number:
            said.append(words(INVOICE).format(number=state.invoice_number))
        self.keep.setText("\n".join(said))
        self.pages.setCurrentWidget(self.thanks_page)

    # ------------------------------------------------------------------------ placing

    def place(self, screen_number: int, *, full_screen: bool) -> None:
        """On monitor ``screen_number`` (0 the first), full screen there if asked; on a till
        with one monitor, a normal window: it must not cover the cashier's screen."""
        screens = QGuiApplication.screens()
        if len(screens) > 1 and 0 <= screen_number < len(screens):
            screen = screens[screen_number]
            self.setScreen(screen)
            self.setGeometry(screen.availableGeometry())
            if full_screen:
                self.showFullScreen()
                return
        self.showNormal()
