"""``CliSessions``: a token in, the user it stands for out, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import LOG_IN_FIRST, AccountLocked, LoginRequired, PosError
from pos_desktop.domain.roles import Role
from tests.conftest import PASSWORD, Staff
from tests.support.clock import FakeClock


def test_a_token_stands_for_its_user_until_it_expires(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    started = services.cli_sessions.start("carl", PASSWORD)
    assert started.expires_at == clock.now() + timedelta(hours=12)  # the default
    clock.advance(hours=11, minutes=59)
    assert services.cli_sessions.actor(started.token) == staff.cashier

    clock.advance(minutes=1)

    with pytest.raises(LoginRequired, match="expired") as refused:
        services.cli_sessions.actor(started.token)
    assert LOG_IN_FIRST in str(refused.value)


def test_an_unknown_or_ended_token_is_refused(services: Services, staff: Staff) -> None:
    with pytest.raises(LoginRequired, match="no command-line session"):
        services.cli_sessions.actor("made up")
    started = services.cli_sessions.start("maria", PASSWORD)

    assert services.cli_sessions.end(started.token) == "maria"

    assert services.cli_sessions.end(started.token) is None
    with pytest.raises(LoginRequired):
        services.cli_sessions.actor(started.token)


def test_disabling_or_a_new_password_ends_only_that_users_sessions(
    services: Services, staff: Staff
) -> None:
    carl = services.cli_sessions.start("carl", PASSWORD)
    maria = services.cli_sessions.start("maria", PASSWORD)

    services.users.update_user(staff.admin, "carl", active=False)
    services.users.change_password(staff.admin, "maria", "another password 7")

    for token in (carl.token, maria.token):
        with pytest.raises(LoginRequired):
            services.cli_sessions.actor(token)
    services.users.update_user(staff.admin, "carl", active=True)
    with pytest.raises(LoginRequired):
        services.cli_sessions.actor(carl.token)


def test_the_role_is_read_at_each_use(services: Services, staff: Staff) -> None:
    started = services.cli_sessions.start("carl", PASSWORD)
    services.users.update_user(staff.admin, "carl", role=Role.MANAGER)
    assert services.cli_sessions.actor(started.token).role is Role.MANAGER


def test_logging_in_waits_after_failures_like_the_app(services: Services, staff: Staff) -> None:
    for _ in range(services.settings.security.max_failed_logins):
        with pytest.raises(PosError, match="wrong user name or password"):
            services.cli_sessions.start("carl", "wrong password 1")
    with pytest.raises(AccountLocked):
        services.cli_sessions.start("carl", PASSWORD)
    with pytest.raises(AccountLocked):
        services.cli_sessions.login_once("carl", PASSWORD)
