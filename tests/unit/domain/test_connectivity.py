"""The till's link to the shared database, as the status bar says it (issue 22)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pos_desktop.domain.connectivity import Connectivity, Link

CUT = datetime(2026, 9, 14, 10, 42, 7, tzinfo=UTC)


def test_offline_since_the_first_unanswered_action_with_the_sales_waiting() -> None:
    state = Connectivity().went_offline(CUT)
    state = state.went_offline(CUT + timedelta(minutes=3))  # still the first cut's time
    state = state.entries_waiting(17)
    assert state.sells_offline
    assert state.status_text(UTC) == "Offline since 10:42 - 17 sales waiting"
    assert state.entries_waiting(1).status_text(UTC) == "Offline since 10:42 - 1 sale waiting"


def test_back_online_only_when_nothing_is_left_to_send() -> None:
    state = Connectivity().went_offline(CUT).entries_waiting(2).server_answers()
    assert state.link is Link.SYNCING and state.sells_offline
    assert state.status_text(UTC) == "Back online - sending 2 sales..."
    state = state.entries_waiting(1)
    assert state.link is Link.SYNCING
    state = state.entries_waiting(0)
    assert state == Connectivity() and not state.sells_offline
    assert state.status_text(UTC) == ""


def test_a_short_cut_with_nothing_sold_meanwhile_is_online_again_at_once() -> None:
    state = Connectivity().went_offline(CUT).server_answers()
    assert state == Connectivity()
