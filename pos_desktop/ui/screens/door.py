"""Door mode: a scan-only check-in view for the laptop or tablet at a workshop's door.

The helper at the door picks the session once (Alt+S, or the first of today's that has not
ended); after that every scan (a keyboard-wedge scanner types the code and Enter) gets a
verdict in a colour readable from across the room: green admitted, amber already in, red for
the rest, with a sound (``door_verdicts.py`` says what each one reads). The scan field keeps
the focus and is cleared for the next visitor; F11 toggles full screen. The check-in runs on the
runner: the door never freezes while the database answers.

Both the sessions and the scans go through the offline switch (``ui/offline_switch.py``): when
the hall's network drops, a till with an offline journal lists the sessions from its copy and
admits on it, with the same verdicts; the admissions reach the server with the next sync.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import PosError
from pos_desktop.services.workshop_views import CheckinVerdict, WorkshopView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.door_verdicts import DoorMessage, Signal, door_message, unknown_code
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.local_dates import CLOCK, moment_text
from pos_desktop.ui.offline_switch import journal, read, run_keyed, sells_offline
from pos_desktop.ui.scanning.reject_sound import RejectSound
from pos_desktop.ui.widgets.link_status import DoorLinkLabel
from pos_desktop.ui.widgets.message_bar import error_words

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services

#: Background and text per signal: strong enough for a bright hall (white on colour).
COLOURS = {
    Signal.GO: ("#1a7f37", "#ffffff"),
    Signal.LOOK: ("#b35900", "#ffffff"),
    Signal.STOP: ("#b00020", "#ffffff"),
}


def scan_on_the_services_of_the_moment(
    ctx: UiContext, act: Callable[[Services, ActionKey], CheckinVerdict], key: ActionKey
) -> CheckinVerdict:
    """A scan (runner): on the journal at once while the till works offline (most scans write
    no entry, so the sale's rule "while entries wait" would send each one to a silent server
    first); otherwise the server, else the journal with the same key (``run_keyed``)."""
    till = journal(ctx)
    if till is not None and sells_offline(ctx):
        return till.on_journal(act, key)
    return run_keyed(ctx, act)(key)[0]


class DoorView(QWidget):
    """Pick the session, then scan; ``message`` is the last verdict shown (None: none yet)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Door", "Booth POS: door check-in"))
        self.message: DoorMessage | None = None
        self.session = QComboBox()
        self.session.setObjectName("session")
        self.scan = QLineEdit()
        self.scan.setObjectName("doorScan")
        self.scan.setPlaceholderText(tr("Door", "Scan the visitor's QR code"))
        self.scan.returnPressed.connect(self.check_in)
        self.headline = QLabel(tr("Door", "Pick the session, then scan."))
        self.headline.setObjectName("doorHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setWordWrap(True)
        self.headline.setMinimumHeight(160)
        self.detail = QLabel("")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.sound = RejectSound(self)
        #: Says when the scans go to this laptop's journal (hidden while the server answers).
        self.link = DoorLinkLabel(ctx)
        self._layout()
        QShortcut(QKeySequence("Alt+S"), self, self.session.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        self.session.activated.connect(lambda _index: self.scan.setFocus())
        self._loaded = False

    def activate(self) -> None:
        """Shown (as a screen of the main window, or as a window of its own): the day's
        sessions are loaded the first time, then the scan field waits."""
        if not self._loaded:
            self._loaded = True
            self.load_sessions()
        self.scan.setFocus()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Door", "&Session"), self.session)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.link)
        layout.addWidget(self.scan)
        layout.addWidget(self.headline, 1)
        layout.addWidget(self.detail)
        font = self.headline.font()
        font.setPointSize(max(font.pointSize() * 3, 28))
        font.setBold(True)
        self.headline.setFont(font)
        detail_font = self.detail.font()
        detail_font.setPointSize(max(detail_font.pointSize() * 2, 16))
        self.detail.setFont(detail_font)

    def load_sessions(self) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        now = self.ctx.services.clock.now()
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        self.ctx.runner.submit(
            lambda: read(
                ctx, lambda s: s.workshops.list_workshops(actor, include_cancelled=True, day=day)
            ),
            self._sessions_loaded,
            self._failed,
            owner=self,
        )

    def _sessions_loaded(self, views: list[WorkshopView]) -> None:
        self.session.clear()
        now = self.ctx.services.clock.now()
        current = 0
        for index, view in enumerate(views):
            starts = moment_text(view.starts_at.astimezone(), CLOCK)
            self.session.addItem(f"{starts}  {view.code}  {view.title}", view.code)
            ended = view.starts_at + timedelta(minutes=view.minutes) < now
            if ended and index + 1 < len(views):
                current = index + 1  # the first that has not ended
        if views:
            self.session.setCurrentIndex(current)
            self.scan.setFocus()
        else:
            self._show(
                DoorMessage(
                    Signal.LOOK,
                    tr("Door", "No workshops today"),
                    tr("Door", "Set them up first."),
                )
            )

    def check_in(self) -> None:
        """Enter in the scan field (a wedge scanner's burst in a window of its own)."""
        code = self.scan.text().strip()
        self.scan.clear()
        if code:
            self.check_in_code(code)

    def check_in_code(self, code: str) -> None:
        """One visitor's code, typed or routed here by the main window's scanners."""
        workshop = self.session.currentData()
        if not isinstance(workshop, str):
            self._show(DoorMessage(Signal.LOOK, tr("Door", "Pick the session first"), "Alt+S"))
            return
        ctx, actor = self.ctx, self.ctx.actor
        key = ActionKey.new()  # a scan is one action: the journal's entry and its replay share it
        self.ctx.runner.submit(
            lambda: scan_on_the_services_of_the_moment(
                ctx, lambda s, k: s.workshops.check_in(actor, workshop, code, key=k), key
            ),
            self._answered,
            lambda error: self._refused(code, error),
            owner=self,
        )

    def _answered(self, verdict: CheckinVerdict) -> None:
        self._show(door_message(verdict))

    def _refused(self, code: str, error: Exception) -> None:
        if not isinstance(error, PosError):
            raise error
        self._show(unknown_code(code, error_words(error)))

    def _failed(self, error: Exception) -> None:
        self._show(
            DoorMessage(Signal.STOP, tr("Door", "Cannot reach the database"), error_words(error))
        )

    def _show(self, message: DoorMessage) -> None:
        self.message = message
        background, text = COLOURS[message.signal]
        self.headline.setText(message.headline)
        self.headline.setStyleSheet(
            f"background: {background}; color: {text}; border-radius: 12px; padding: 16px;"
        )
        self.detail.setText(message.detail)
        if message.sounds:
            self.sound()
        self.scan.setFocus()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
