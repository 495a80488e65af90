"""Workshops (managers): the day's sessions with their seats at a glance, set up new ones,
cancel, send certificates, and open the door view.

The list shows booked/capacity as a bar of blocks, so a full session stands out without reading
numbers; "Today only" turns it into the day's timetable. Every change goes through the workshop
service, which checks the rules (capacity never below the seats held, the code stays) and
audits; this screen asks and explains.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.money import display_amount
from pos_desktop.domain.workshops import WorkshopInput
from pos_desktop.services.workshop_views import WorkshopView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr, value_name
from pos_desktop.ui.local_dates import WEEKDAY_DAY_CLOCK, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.screens.door import DoorView
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

BAR_CELLS = 10


def seat_bar(view: WorkshopView) -> str:
    """``███████░░░ 7/10``: booked (and held) seats as filled blocks out of ten."""
    taken = view.booked + view.held
    filled = round(BAR_CELLS * taken / view.capacity) if view.capacity else BAR_CELLS
    return f"{'█' * filled}{'░' * (BAR_CELLS - filled)} {taken}/{view.capacity}"


COLUMNS: tuple[Column[WorkshopView], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Starts"),
        lambda w: moment_text(w.starts_at.astimezone(), WEEKDAY_DAY_CLOCK),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda w: w.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda w: w.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Room"), lambda w: w.room or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Seats"), seat_bar),
    Column(QT_TRANSLATE_NOOP("Columns", "Waitlist"), lambda w: str(w.waitlist), right_aligned=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Checked in"), lambda w: str(w.checked_in), right_aligned=True
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda w: value_name(w.status.value)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Revenue"),
        lambda w: display_amount(w.revenue, w.currency),
        right_aligned=True,
    ),
)


class WorkshopsScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.today_only = QCheckBox(tr("Workshops", "&Today only (timetable)"))
        self.today_only.toggled.connect(lambda _on: self.model.restart())
        self.model: PagedTableModel[WorkshopView] = PagedTableModel(
            ctx.runner, COLUMNS, self._query
        )
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=2)
        self.table.setModel(self.model)
        self.door: DoorView | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.today_only)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self._add_box())
        row.addWidget(self._selected_box())
        layout.addLayout(row)
        self._loaded = False

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(tr("Workshops", "New workshop"))
        self.code, self.title, self.room = QLineEdit(), QLineEdit(), QLineEdit()
        self.starts = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setCalendarPopup(True)
        self.minutes, self.capacity = QSpinBox(), QSpinBox()
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setValue(45)
        self.capacity.setRange(1, 10_000)
        self.capacity.setValue(10)
        self.price, self.vat = QLineEdit("0.00"), QLineEdit("19")
        self.add_button = QPushButton(tr("Workshops", "&Add workshop"))
        self.add_button.clicked.connect(self.add_workshop)
        form = QFormLayout(box)
        for label, field in (
            (tr("Workshops", "Code"), self.code),
            (tr("Workshops", "Title"), self.title),
            (tr("Workshops", "Starts"), self.starts),
            (tr("Workshops", "Minutes"), self.minutes),
            (tr("Workshops", "Seats"), self.capacity),
            (tr("Workshops", "Price (0: free)"), self.price),
            (tr("Workshops", "VAT %"), self.vat),
            (tr("Workshops", "Room"), self.room),
        ):
            form.addRow(label, field)
        form.addRow(self.add_button)
        return box

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(tr("Workshops", "Selected workshop"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Workshops", "why (emailed to everyone holding a seat)"))
        self.cancel_button = QPushButton(tr("Workshops", "&Cancel workshop"))
        self.cancel_button.clicked.connect(self.cancel_workshop)
        self.certificates_button = QPushButton(tr("Workshops", "Send ce&rtificates"))
        self.certificates_button.clicked.connect(self.send_certificates)
        self.door_button = QPushButton(tr("Workshops", "Open the &door view"))
        self.door_button.clicked.connect(self.open_door)
        form = QFormLayout(box)
        form.addRow(tr("Workshops", "Reason"), self.reason)
        form.addRow(self.cancel_button)
        form.addRow(self.certificates_button)
        form.addRow(self.door_button)
        return box

    # -- loading

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.model.restart()
        self.table.setFocus()

    def _query(self) -> Callable[[WorkshopView | None, int], list[WorkshopView]]:
        """One page: a booth runs a few dozen sessions at most."""
        actor, workshops = self.ctx.actor, self.ctx.services.workshops
        day = None
        if self.today_only.isChecked():
            now = self.ctx.services.clock.now()
            day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return lambda after, _limit: (
            [] if after is not None else workshops.list_workshops(actor, day=day)
        )

    def selected(self) -> WorkshopView | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    # -- actions

    def _do(self, job: Callable[[], object], done: Callable[[object], str]) -> None:
        def finished(result: object) -> None:
            self.messages.show_message(done(result), Tone.SUCCESS)
            self.model.restart()

        self.ctx.runner.submit(job, finished, self.messages.show_error, owner=self)

    def add_workshop(self) -> None:
        starts = self.starts.dateTime().toPython()
        assert isinstance(starts, datetime)
        data = WorkshopInput(
            code=self.code.text(),
            title=self.title.text(),
            starts_at=starts.astimezone(UTC),
            minutes=self.minutes.value(),
            capacity=self.capacity.value(),
            price=self.price.text(),
            vat_rate=self.vat.text(),
            room=self.room.text(),
        )
        actor, workshops = self.ctx.actor, self.ctx.services.workshops
        added = tr("Workshops", "{code} added").format(code=data.code.upper())
        self._do(lambda: workshops.add(actor, data), lambda _r: added)

    def _needs_selection(self) -> WorkshopView | None:
        view = self.selected()
        if view is None:
            self.messages.show_error(tr("Workshops", "select a workshop in the list first"))
        return view

    def cancel_workshop(self) -> None:
        view = self._needs_selection()
        if view is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.messages.show_error(
                tr("Workshops", "say why it is cancelled: the people booked get the reason")
            )
            self.reason.setFocus()
            return
        actor, workshops = self.ctx.actor, self.ctx.services.workshops
        self._do(
            lambda: workshops.cancel(actor, view.code, reason),
            lambda _r: tr(
                "Workshops", "{code} cancelled; everyone holding a seat gets an email"
            ).format(code=view.code),
        )
        self.reason.clear()

    def send_certificates(self) -> None:
        view = self._needs_selection()
        if view is None:
            return
        actor, workshops = self.ctx.actor, self.ctx.services.workshops
        self._do(
            lambda: workshops.queue_certificates(actor, view.code),
            lambda count: tr("Workshops", "{count} certificate email(s) queued for {code}").format(
                count=count, code=view.code
            ),
        )

    def open_door(self) -> None:
        """The door view in a window of its own (full screen with F11)."""
        self.door = DoorView(self.ctx)
        self.door.resize(900, 640)
        self.door.show()
        self.door.activate()
