"""Login with lockout, users and roles, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    InvalidState,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.domain.roles import Role
from pos_desktop.storage.models import User
from tests.conftest import CLI, PASSWORD, Staff
from tests.support.clock import FakeClock


def test_a_fresh_database_has_no_user_and_no_default_password(services: Services) -> None:
    assert not services.users.has_users()
    for name, password in [("admin", "admin"), ("admin", ""), ("root", "root")]:
        with pytest.raises(AuthenticationFailed):
            services.users.login(name, password)


def test_passwords_are_stored_as_argon2id_hashes(services: Services, staff: Staff) -> None:
    with services.db.reader() as uow:
        hashes = uow.session.scalars(select(User.password_hash)).all()
    assert len(hashes) == 3
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert all(PASSWORD not in h for h in hashes)


def test_login_is_case_insensitive_on_the_name_only(services: Services, staff: Staff) -> None:
    assert services.users.login("  CARL ", PASSWORD).role is Role.CASHIER
    with pytest.raises(AuthenticationFailed):
        services.users.login("carl", PASSWORD.upper())


def test_five_failures_lock_the_account_and_say_for_how_long(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationFailed) as failed:
            services.users.login("carl", "wrong password")
        assert failed.value.attempts_left == left
    with pytest.raises(AccountLocked) as locked:
        services.users.login("carl", "wrong password")
    assert locked.value.seconds_left == 300
    assert "5:00" in locked.value.message

    clock.advance(minutes=2, seconds=30)
    with pytest.raises(AccountLocked) as still:
        services.users.login("carl", PASSWORD)  # even the right password waits
    assert still.value.seconds_left == 150
    assert "2:30" in still.value.message

    clock.advance(minutes=3)
    assert services.users.login("carl", PASSWORD).username == "carl"
    with pytest.raises(AuthenticationFailed) as fresh:
        services.users.login("carl", "wrong again")
    assert fresh.value.attempts_left == 4  # a good login starts the count afresh


def test_every_login_attempt_is_audited(services: Services, staff: Staff) -> None:
    with pytest.raises(AuthenticationFailed):
        services.users.login("carl", "nope")
    with pytest.raises(AuthenticationFailed):
        services.users.login("nobody", "nope")
    entries = services.audit.entries(staff.admin, action="login")
    summary = [(e.action, e.entity_key) for e in entries[:2]]
    assert summary == [("login.failed", "nobody"), ("login.failed", "carl")]
    assert {("login.ok", "carl"), ("login.ok", "maria")} <= {
        (e.action, e.entity_key) for e in entries
    }
    assert all("nope" not in str(e) for e in entries)


def test_disabled_user_cannot_log_in(services: Services, staff: Staff) -> None:
    services.users.update_user(staff.admin, "carl", active=False)
    with pytest.raises(AuthenticationFailed):
        services.users.login("carl", PASSWORD)
    services.users.update_user(staff.admin, "carl", active=True)
    assert services.users.login("carl", PASSWORD)


def test_weak_passwords_are_refused(services: Services, staff: Staff) -> None:
    for weak, reason in [
        ("short", "at least 10"),
        ("aaaaaaaaaaaa", "too easy"),
        ("newcashier", "user name"),
    ]:
        with pytest.raises(ValidationError, match=reason):
            services.users.add_user(
                staff.admin, username="newcashier", password=weak, role=Role.CASHIER
            )


def test_only_admins_manage_users(services: Services, staff: Staff) -> None:
    for actor in (staff.cashier, staff.manager):
        with pytest.raises(PermissionDenied):
            services.users.add_user(actor, username="mallory", password=PASSWORD, role=Role.ADMIN)
        with pytest.raises(PermissionDenied):
            services.users.update_user(actor, "carl", role=Role.ADMIN)
        with pytest.raises(PermissionDenied):
            services.users.change_password(actor, "admin", "taken over by mallory")


def test_users_change_their_own_password_with_the_current_one(
    services: Services, staff: Staff
) -> None:
    with pytest.raises(AuthenticationFailed):
        services.users.change_password(
            staff.cashier, "carl", "brand new secret", current_password="wrong"
        )
    services.users.change_password(
        staff.cashier, "carl", "brand new secret", current_password=PASSWORD
    )
    assert services.users.login("carl", "brand new secret")
    with pytest.raises(AuthenticationFailed):
        services.users.login("carl", PASSWORD)


def test_admin_reset_lifts_a_lockout(services: Services, staff: Staff) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.users.login("carl", "wrong")
    with pytest.raises(AccountLocked):
        services.users.login("carl", "wrong")
    services.users.change_password(staff.admin, "carl", "reset by admin 1")
    assert services.users.login("carl", "reset by admin 1")


def test_the_last_admin_cannot_be_removed(services: Services, staff: Staff) -> None:
    with pytest.raises(InvalidState):
        services.users.update_user(staff.admin, "admin", role=Role.CASHIER)
    services.users.add_user(staff.admin, username="second", password=PASSWORD, role=Role.ADMIN)
    second = services.users.login("second", PASSWORD)
    services.users.update_user(second, "admin", role=Role.MANAGER)
    with pytest.raises(InvalidState, match="no active admin"):
        services.users.update_user(staff.admin, "second", active=False)  # admin is manager now


def test_role_change_is_audited_and_stale_copies_refused(services: Services, staff: Staff) -> None:
    carl = next(u for u in services.users.list_users(staff.admin) if u.username == "carl")
    services.users.update_user(
        staff.admin, "carl", role=Role.MANAGER, expected_version=carl.version
    )
    with pytest.raises(Conflict):
        services.users.update_user(
            staff.admin, "carl", display_name="Carl", expected_version=carl.version
        )
    entry = services.audit.entries(staff.admin, action="user.update")[0]
    assert (entry.before or {})["role"] == "cashier"
    assert (entry.after or {})["role"] == "manager"


def test_setup_runs_once(services: Services, staff: Staff) -> None:
    with pytest.raises(InvalidState, match="set up already"):
        services.setup.initialize(CLI, admin_username="again", admin_password=PASSWORD)


def test_audit_entries_page_back_by_id(services: Services, staff: Staff) -> None:
    newest_first = [e.id for e in services.audit.entries(staff.admin, limit=500)]
    assert len(newest_first) >= 4
    first = services.audit.entries(staff.admin, limit=2)
    rest = services.audit.entries(staff.admin, limit=500, after=first[-1])
    assert [e.id for e in first + rest] == newest_first
