"""The status bar's word on the line to the server: "Offline since 10:42 - 17 sales waiting",
"Back online - sending 17 sales and 40 other entries...", then nothing (``link_text``:
``Connectivity.status_text`` in the user's language). Sales are counted apart from the other
entries (registrations, check-ins, voids, cash): a door laptop has entries waiting, not sales.

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

#: Whole sentences per shape (sales: none, one, many; other entries: none, one, many), so a
#: language orders the words and agrees the verb its own way. ``{count}`` is every entry.
_OFFLINE = {
    ("1", ""): QT_TRANSLATE_NOOP("LinkStatus", "Offline since {since} - 1 sale waiting"),
    ("n", ""): QT_TRANSLATE_NOOP("LinkStatus", "Offline since {since} - {count} sales waiting"),
    ("", "1"): QT_TRANSLATE_NOOP("LinkStatus", "Offline since {since} - 1 entry waiting"),
    ("", "n"): QT_TRANSLATE_NOOP("LinkStatus", "Offline since {since} - {count} entries waiting"),
    ("1", "1"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Offline since {since} - 1 sale and 1 other entry waiting"
    ),
    ("1", "n"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Offline since {since} - 1 sale and {others} other entries waiting"
    ),
    ("n", "1"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Offline since {since} - {sales} sales and 1 other entry waiting"
    ),
    ("n", "n"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Offline since {since} - {sales} sales and {others} other entries waiting"
    ),
}
_SENDING = {
    ("1", ""): QT_TRANSLATE_NOOP("LinkStatus", "Back online - sending 1 sale..."),
    ("n", ""): QT_TRANSLATE_NOOP("LinkStatus", "Back online - sending {count} sales..."),
    ("", "1"): QT_TRANSLATE_NOOP("LinkStatus", "Back online - sending 1 entry..."),
    ("", "n"): QT_TRANSLATE_NOOP("LinkStatus", "Back online - sending {count} entries..."),
    ("1", "1"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Back online - sending 1 sale and 1 other entry..."
    ),
    ("1", "n"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Back online - sending 1 sale and {others} other entries..."
    ),
    ("n", "1"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Back online - sending {sales} sales and 1 other entry..."
    ),
    ("n", "n"): QT_TRANSLATE_NOOP(
        "LinkStatus", "Back online - sending {sales} sales and {others} other entries..."
    ),
}


def _many(count: int) -> str:
    return "1" if count == 1 else "n"


def _shape(state: Connectivity) -> tuple[str, str]:
    """Which sentence: the sales alone (also while nothing waits yet: "0 sales"), the other
    entries alone, or both."""
    if not state.others:
        return _many(state.sales), ""
    if not state.sales:
        return "", _many(state.others)
    return _many(state.sales), _many(state.others)


def _since(state: Connectivity, zone: tzinfo | None) -> str:
    return moment_text(state.since.astimezone(zone), CLOCK) if state.since else "?"


def link_text(state: Connectivity, zone: tzinfo | None = None) -> str:
    """The status bar's words (empty while online), as ``state.status_text`` in English."""
    if state.link is Link.ONLINE:
        return ""
    words = _SENDING if state.link is Link.SYNCING else _OFFLINE
    return tr("LinkStatus", words[_shape(state)]).format(
        since=_since(state, zone), count=state.waiting, sales=state.sales, others=state.others
    )


def door_text(state: Connectivity, zone: tzinfo | None = None) -> str:
    """The door's words: what a volunteer keeps there are check-ins, so the door counts them;
    with none waiting, offline says where the next ones go, and sending is the till's words
    (a door on a till's laptop may be sending that till's sales)."""
    count = state.checkins
    if state.link is Link.OFFLINE:
        if count == 0:
            text = tr(
                "Door",
                "Offline since {since}: check-ins are kept on this laptop and sent when the "
                "line is back",
            )
        elif count == 1:
            text = tr(
                "Door",
                "Offline since {since}: 1 check-in is kept on this laptop and sent when the "
                "line is back",
            )
        else:
            text = tr(
                "Door",
                "Offline since {since}: {count} check-ins are kept on this laptop and sent when "
                "the line is back",
            )
        return text.format(since=_since(state, zone), count=count)
    if state.link is Link.SYNCING and count:
        sending = (
            tr("Door", "Back online - sending 1 check-in...")
            if count == 1
            else tr("Door", "Back online - sending {count} check-ins...")
        )
        return sending.format(count=count)
    return link_text(state, zone)


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
        text = self.words(state)
        self.setText(text)
        self.setVisible(bool(text))

    def words(self, state: Connectivity) -> str:
        return link_text(state)


class DoorLinkLabel(LinkStatusLabel):
    """The door's word on the line: a door laptop full screen has no status bar, and what it
    keeps offline are check-ins, not sales (``door_text``)."""

    def words(self, state: Connectivity) -> str:
        return door_text(state)
