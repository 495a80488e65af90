"""Login with a growing wait after failures, users and roles, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

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


def test_failures_make_the_next_try_wait_longer_and_longer(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    for _ in range(4):  # typos cost nothing
        with pytest.raises(AuthenticationFailed, match=r"^wrong user name or password$"):
            services.users.login("carl", "wrong password")
    waits = []
    for _ in range(9):
        with pytest.raises(AccountLocked) as delayed:
            services.users.login("carl", "wrong password")
        waits.append(delayed.value.seconds_left)
        assert delayed.value.message.startswith("wrong user name or password; too many failed")
        clock.advance(seconds=delayed.value.seconds_left)
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60, 60]  # doubling up to a minute, no more

    with pytest.raises(AccountLocked) as again:
        services.users.login("carl", "wrong again")  # the wait was over: the try counts
    assert again.value.seconds_left == 60
    with pytest.raises(AccountLocked) as refused:
        services.users.login("carl", PASSWORD)  # even the right password waits
    assert refused.value.seconds_left == 60
    assert "wait 1:00 before the next try" in refused.value.message
    clock.advance(seconds=30)
    with pytest.raises(AccountLocked) as still:
        services.users.login("carl", PASSWORD)
    assert still.value.seconds_left == 30

    clock.advance(seconds=30)
    assert services.users.login("carl", PASSWORD).username == "carl"
    with pytest.raises(AuthenticationFailed):
        services.users.login("carl", "wrong again")  # a good login starts the count afresh


def test_a_wrong_name_and_a_wrong_password_read_and_wait_the_same(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    """Nothing in the answers tells that carl exists and nobody does."""
    answers: dict[str, list[tuple[str, str, int | None]]] = {"carl": [], "nobody": []}
    for _ in range(8):
        for name, seen in answers.items():
            with pytest.raises((AuthenticationFailed, AccountLocked)) as caught:
                services.users.login(name, "guess")
            error = caught.value
            seconds = error.seconds_left if isinstance(error, AccountLocked) else None
            seen.append((type(error).__name__, str(error), seconds))
        clock.advance(seconds=1)
    assert answers["carl"] == answers["nobody"]
    assert ("AuthenticationFailed", "wrong user name or password", None) in answers["carl"]
    assert any(kind == "AccountLocked" for kind, _, _ in answers["carl"])
    with pytest.raises(AuthenticationFailed, match=r"^wrong user name or password$"):
        services.users.login("car\x00l", PASSWORD)  # pasted junk is just a name nobody has
    disabled = services.users.add_user(
        staff.admin, username="gone", password=PASSWORD, role=Role.CASHIER
    )
    services.users.update_user(staff.admin, disabled.username, active=False)
    with pytest.raises(AuthenticationFailed, match=r"^wrong user name or password$"):
        services.users.login("gone", PASSWORD)


def test_an_attacker_cannot_keep_the_admin_out_for_long(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    """Someone at the till types wrong passwords for the admin as fast as the waits allow, for
    an hour: the admin, once they stop, waits at most a minute (security.max_login_delay_seconds),
    and an admin at the CLI can lift the wait at once."""
    started = clock.now()
    tries = 0
    while clock.now() - started < timedelta(hours=1):
        with pytest.raises((AuthenticationFailed, AccountLocked)) as caught:
            services.users.login("admin", "let me in")
        tries += 1
        if isinstance(caught.value, AccountLocked):
            clock.advance(seconds=caught.value.seconds_left)
    assert tries < 80  # a guesser gets about one try a minute
    with pytest.raises(AccountLocked):
        services.users.login("admin", "one last guess")  # the worst moment for the admin
    with pytest.raises(AccountLocked) as waiting:
        services.users.login("admin", PASSWORD)
    assert waiting.value.seconds_left <= 60
    clock.advance(seconds=waiting.value.seconds_left)
    assert services.users.login("admin", PASSWORD).username == "admin"

    for _ in range(6):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.users.login("maria", "nope")
    [maria] = [u for u in services.users.list_users(staff.admin) if u.username == "maria"]
    assert maria.locked_until is not None and maria.locked_until > clock.now()
    services.users.unlock(CLI, "maria")
    assert services.users.login("maria", PASSWORD).username == "maria"
    [maria] = [u for u in services.users.list_users(staff.admin) if u.username == "maria"]
    assert maria.locked_until is None
    with pytest.raises(PermissionDenied):
        services.users.unlock(staff.manager, "carl")
    unlocks = services.audit.entries(staff.admin, action="user.unlock")
    assert [(e.entity_key, e.actor) for e in unlocks] == [("maria", CLI.label)]


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


def test_admin_reset_lifts_a_wait(services: Services, staff: Staff) -> None:
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
