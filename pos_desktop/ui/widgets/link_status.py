"""The status bar's word on the line to the server: "Offline since 10:42 - 17 sales waiting",
"Back online - sending 17 sales...", then nothing (``link_text``: ``Connectivity.status_text``
in the user's language).

The till's line (``services/offline_link.py``) announces every change as ``LinkChanged`` on
the server's bus, from whichever thread changed it (the runner, the sync loop); the event
crosses to the UI thread through a signal. Shown in the warning colour, hidden while online.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pos_desktop.domain.connectivity import Connectivity, Link
from pos_desktop.services.events import LinkChanged
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.local_dates import CLOCK, moment_text
from pos_desktop.ui.widgets.status_label import StatusLabel

TOOLTIP = QT_TRANSLATE_NOOP(
    "LinkStatus",
    "The server does not answer: this till sells on its own journal and sends every sale "
    "when the line is back (the Offline journal screen lists them)",
)


def link_text(state: Connectivity, zone: tzinfo | None = None) -> str:
    """The status bar's words (empty while online), as ``state.status_text`` in English."""
    if state.link is Link.ONLINE:
        return ""
    count = state.waiting
    if state.link is Link.SYNCING:
        sending = (
            tr("LinkStatus", "Back online - sending 1 sale...")
            if count == 1
            else tr("LinkStatus", "Back online - sending {count} sales...")
        )
        return sending.format(count=count)
    since = moment_text(state.since.astimezone(zone), CLOCK) if state.since else "?"
    waiting = (
        tr("LinkStatus", "Offline since {since} - 1 sale waiting")
        if count == 1
        else tr("LinkStatus", "Offline since {since} - {count} sales waiting")
    )
    return waiting.format(since=since, count=count)


class LinkStatusLabel(StatusLabel):
    #: A ``LinkChanged`` from any thread, queued to the UI thread.
    _heard = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("linkStatus")
        self.setProperty("role", "offline")
        self.setToolTip(tr("LinkStatus", TOOLTIP))
        self.hide()
        till = ctx.services.offline
        if till is None:
            return  # an embedded database: no line to lose
        self._heard.connect(self._changed)
        stop = ctx.services.bus.listen(LinkChanged, self._heard.emit)
        self.destroyed.connect(lambda _gone=None: stop())
        self.show_state(till.link.state)  # in memory: the state when the window opens

    def _changed(self, event: LinkChanged) -> None:
        self.show_state(event.state)

    def show_state(self, state: Connectivity) -> None:
        text = link_text(state)
        self.setText(text)
        self.setVisible(bool(text))


class DoorLinkLabel(LinkStatusLabel):
    """The door's word on the line: a door laptop full screen has no status bar, and what it
    keeps offline are check-ins, not sales."""

    def show_state(self, state: Connectivity) -> None:
        if state.link is Link.OFFLINE:
            since = moment_text(state.since.astimezone(), CLOCK) if state.since else "?"
            text = tr(
                "Door",
                "Offline since {since}: check-ins are kept on this laptop and sent when the "
                "line is back",
            ).format(since=since)
        else:
            text = link_text(state)
        self.setText(text)
        self.setVisible(bool(text))
