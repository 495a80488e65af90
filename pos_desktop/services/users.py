"""Users, roles and login with lockout.

Passwords are hashed with argon2id (argon2-cffi); hashes are upgraded on login when the
parameters change. Failed-login counters change through atomic UPDATEs, so two terminals
hammering one account both count. Every login attempt, good or bad, is audited.

Threading: hashing takes tens of milliseconds on purpose; call ``login`` from a worker thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pos_desktop.config import SecuritySettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    InvalidState,
    NotFound,
    ValidationError,
)
from pos_desktop.domain.passwords import check_new_password, normalize_username
from pos_desktop.domain.roles import Actor, Permission, Role
from pos_desktop.domain.text import name_text
from pos_desktop.services import audit
from pos_desktop.storage.models import User
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class UserView:
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int


def _view(u: User) -> UserView:
    return UserView(
        u.username,
        u.display_name,
        Role(u.role),
        u.active,
        u.locked_until,
        u.last_login_at,
        u.version,
    )


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise ValidationError.single("role", f"{text!r} is not one of {allowed}") from None


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, Role(user.role), user.username)


class UserService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        hasher: PasswordHasher,
        security: SecuritySettings,
        terminal: str,
    ) -> None:
        self._db = db
        self._clock = clock
        self._hasher = hasher
        self._security = security
        self._terminal = terminal
        self._dummy_hash: str | None = None

    # ------------------------------------------------------------------------------ login

    def login(self, username: str, password: str) -> Actor:
        """The logged-in user as an ``Actor``, or ``AuthenticationFailed`` / ``AccountLocked``."""
        now = self._clock.now()
        name = username.strip().lower()
        with self._db.unit_of_work() as uow:
            session = uow.session
            user = session.scalars(select(User).where(User.username == name)).first()
            if user is None or not user.active:
                # Hash anyway, so an unknown name takes as long to refuse as a wrong password.
                if self._dummy_hash is None:
                    self._dummy_hash = self._hasher.hash("not a real password, only for timing")
                self._verify(self._dummy_hash, password)
                self._audit_login(session, name, None, "login.failed", "unknown or disabled user")
                uow.commit()
                raise AuthenticationFailed("wrong user name or password")
            if user.locked_until is not None and user.locked_until > now:
                left = self._seconds_left(user.locked_until, now)
                self._audit_login(session, name, user.id, "login.refused", "account is locked")
                uow.commit()
                raise AccountLocked(self._locked_message(left), left)
            if not self._verify(user.password_hash, password):
                error = self._count_failure(session, user, now)
                uow.commit()
                raise error
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(failed_logins=0, locked_until=None, last_login_at=now)
                .execution_options(synchronize_session=False)
            )
            if self._hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self._hasher.hash(password)
            actor = actor_for(user)
            self._audit_login(session, name, user.id, "login.ok", "logged in")
            uow.commit()
        return actor

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return bool(self._hasher.verify(password_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    def _count_failure(self, session: Session, user: User, now: datetime) -> Exception:
        failures = session.execute(
            update(User)
            .where(User.id == user.id)
            .values(failed_logins=User.failed_logins + 1)
            .returning(User.failed_logins)
            .execution_options(synchronize_session=False)
        ).scalar_one()
        limit = self._security.max_failed_logins
        if failures >= limit:
            until = now + timedelta(minutes=self._security.lockout_minutes)
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(failed_logins=0, locked_until=until)
                .execution_options(synchronize_session=False)
            )
            self._audit_login(
                session,
                user.username,
                user.id,
                "login.locked",
                f"{failures} failed logins: locked for {self._security.lockout_minutes} minutes",
            )
            left = self._seconds_left(until, now)
            return AccountLocked(self._locked_message(left), left)
        self._audit_login(session, user.username, user.id, "login.failed", "wrong password")
        left_attempts = limit - failures
        return AuthenticationFailed(
            f"wrong user name or password ({left_attempts} attempt"
            f"{'s' if left_attempts != 1 else ''} left before a "
            f"{self._security.lockout_minutes}-minute lock)",
            attempts_left=left_attempts,
        )

    @staticmethod
    def _seconds_left(until: datetime, now: datetime) -> int:
        return max(1, math.ceil((until - now).total_seconds()))

    @staticmethod
    def _locked_message(seconds: int) -> str:
        minutes, secs = divmod(seconds, 60)
        return f"too many failed logins: the account is locked for {minutes}:{secs:02d} more"

    def _audit_login(
        self, session: Session, name: str, user_id: int | None, action: str, summary: str
    ) -> None:
        who = Actor(user_id, name, Role.CASHIER, name or "(empty user name)")
        audit.record(
            session,
            actor=who,
            at=self._clock.now(),
            action=action,
            entity_type="user",
            entity_key=name[:40],
            summary=summary,
            terminal=self._terminal,
        )

    # ------------------------------------------------------------------------ management

    def has_users(self) -> bool:
        with self._db.reader() as uow:
            return bool(uow.session.scalar(select(func.count(User.id))))

    def add_user(
        self,
        actor: Actor,
        *,
        username: str,
        password: str,
        role: Role,
        display_name: str = "",
    ) -> UserView:
        actor.require(Permission.USER_MANAGE)
        with self._db.unit_of_work() as uow:
            view = self.add_user_in(
                uow.session,
                actor=actor,
                username=username,
                password=password,
                role=role,
                display_name=display_name,
            )
            uow.commit()
        return view

    def add_user_in(
        self,
        session: Session,
        *,
        actor: Actor,
        username: str,
        password: str,
        role: Role,
        display_name: str,
    ) -> UserView:
        """Add inside an existing transaction (first-start setup)."""
        name = normalize_username(username)
        shown = name_text(display_name, "display name", max_length=120) or name
        check_new_password(password, username=name, min_length=self._security.min_password_length)
        if session.scalars(select(User.id).where(User.username == name)).first():
            raise Conflict(f"user {name!r} exists already")
        now = self._clock.now()
        user = User(
            username=name,
            display_name=shown,
            role=role.value,
            password_hash=self._hasher.hash(password),
            active=True,
            failed_logins=0,
            created_at=now,
            password_changed_at=now,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            actor=actor,
            at=now,
            action="user.add",
            entity_type="user",
            entity_key=name,
            summary=f"user {name} added as {role.value}",
            after={"username": name, "display_name": shown, "role": role.value},
            terminal=self._terminal,
        )
        return _view(user)

    def list_users(self, actor: Actor) -> list[UserView]:
        actor.require(Permission.USER_MANAGE)
        with self._db.reader() as uow:
            return [_view(u) for u in uow.session.scalars(select(User).order_by(User.username))]

    def change_password(
        self,
        actor: Actor,
        username: str,
        new_password: str,
        *,
        current_password: str | None = None,
    ) -> None:
        """Users change their own password with the current one; admins reset anyone's."""
        name = normalize_username(username)
        own = actor.user_id is not None and actor.username == name
        if not own:
            actor.require(Permission.USER_MANAGE)
        check_new_password(
            new_password, username=name, min_length=self._security.min_password_length
        )
        with self._db.unit_of_work() as uow:
            user = self._get(uow.session, name)
            needs_current = own and not actor.can(Permission.USER_MANAGE)
            if needs_current and not self._verify(user.password_hash, current_password or ""):
                raise AuthenticationFailed("the current password is wrong")
            now = self._clock.now()
            user.password_hash = self._hasher.hash(new_password)
            user.password_changed_at = now
            user.failed_logins = 0
            user.locked_until = None
            audit.record(
                uow.session,
                actor=actor,
                at=now,
                action="user.password",
                entity_type="user",
                entity_key=name,
                summary=f"password of {name} {'changed' if own else 'reset'}",
                terminal=self._terminal,
            )
            uow.commit()

    def update_user(
        self,
        actor: Actor,
        username: str,
        *,
        role: Role | None = None,
        active: bool | None = None,
        display_name: str | None = None,
        expected_version: int | None = None,
    ) -> UserView:
        """Change role, name or enabled state; only the given fields are written."""
        actor.require(Permission.USER_MANAGE)
        name = normalize_username(username)
        with self._db.unit_of_work() as uow:
            user = self._get(uow.session, name)
            if expected_version is not None and user.version != expected_version:
                raise Conflict(f"user {name} was changed meanwhile; reload and try again")
            if actor.username == name and (role not in (None, Role.ADMIN) or active is False):
                raise InvalidState("you cannot demote or disable yourself; ask another admin")
            before = {"role": user.role, "active": user.active, "display_name": user.display_name}
            if role is not None:
                user.role = role.value
            if active is not None:
                user.active = active
            if display_name is not None:
                user.display_name = name_text(display_name, "display name", max_length=120) or name
            after = {"role": user.role, "active": user.active, "display_name": user.display_name}
            if after == before:
                return _view(user)
            self._ensure_an_admin_remains(uow.session)
            audit.record(
                uow.session,
                actor=actor,
                at=self._clock.now(),
                action="user.update",
                entity_type="user",
                entity_key=name,
                summary=f"user {name} changed",
                before=before,
                after=after,
                terminal=self._terminal,
            )
            uow.session.flush()
            view = _view(user)
            uow.commit()
        return view

    @staticmethod
    def _ensure_an_admin_remains(session: Session) -> None:
        session.flush()
        admins = session.scalar(
            select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        if not admins:
            raise InvalidState("this would leave no active admin")

    @staticmethod
    def _get(session: Session, name: str) -> User:
        user = session.scalars(select(User).where(User.username == name)).first()
        if user is None:
            raise NotFound(f"no user {name!r}")
        return user
