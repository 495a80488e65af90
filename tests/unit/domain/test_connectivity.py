"""The till's link to the shared database, as the status bar says it (issue 22)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pos_desktop.domain.connectivity import Connectivity, Link

CUT = datetime(2026, 9, 14, 10, 42, 7, tzinfo=UTC)


def test_offline_since_the_first_unanswered_action_with_the_sales_waiting() -> None:
    state = Connectivity().went_offline(CUT)
    state = state.went_offline(CUT + timedelta(minutes=3))  # still the first cut's time
    state = state.entries_waiting(17, sales=17)
    assert state.sells_offline
    assert state.status_text(UTC) == "Offline since 10:42 - 17 sales waiting"
    one = state.entries_waiting(1, sales=1)
    assert one.status_text(UTC) == "Offline since 10:42 - 1 sale waiting"


def test_check_ins_and_registrations_are_not_counted_as_sales() -> None:
    """A door laptop that admitted 40 people has 40 entries waiting, not 40 sales; a till
    that also sold says how many of each."""
    offline = Connectivity().went_offline(CUT)
    door = offline.entries_waiting(40, checkins=40)
    assert door.status_text(UTC) == "Offline since 10:42 - 40 entries waiting"
    assert (door.waiting, door.sales, door.others, door.checkins) == (40, 0, 40, 40)
    assert offline.entries_waiting(1).status_text(UTC) == "Offline since 10:42 - 1 entry waiting"
    both = offline.entries_waiting(57, sales=17, checkins=40)
    assert both.status_text(UTC) == "Offline since 10:42 - 17 sales and 40 other entries waiting"
    assert offline.entries_waiting(2, sales=1).status_text(UTC) == (
        "Offline since 10:42 - 1 sale and 1 other entry waiting"
    )
    assert both.server_answers().status_text(UTC) == (
        "Back online - sending 17 sales and 40 other entries..."
    )
    assert door.server_answers().status_text(UTC) == "Back online - sending 40 entries..."
    assert offline.status_text(UTC) == "Offline since 10:42 - 0 sales waiting"  # none yet


def test_back_online_only_when_nothing_is_left_to_send() -> None:
    state = Connectivity().went_offline(CUT).entries_waiting(2, sales=2).server_answers()
    assert state.link is Link.SYNCING and state.sells_offline
    assert state.status_text(UTC) == "Back online - sending 2 sales..."
    state = state.entries_waiting(1, sales=1)
    assert state.link is Link.SYNCING
    assert state.status_text(UTC) == "Back online - sending 1 sale..."
    state = state.entries_waiting(1, checkins=1)  # the sale went; a check-in came after it
    assert state.link is Link.SYNCING and state.sells_offline
    assert state.status_text(UTC) == "Back online - sending 1 entry..."
    state = state.entries_waiting(0)
    assert state == Connectivity() and not state.sells_offline
    assert state.status_text(UTC) == ""


def test_a_short_cut_with_nothing_sold_meanwhile_is_online_again_at_once() -> None:
    state = Connectivity().went_offline(CUT).server_answers()
    assert state == Connectivity()
