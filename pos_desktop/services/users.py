"""Users, roles and login with a growing wait after failures.

Passwords are hashed with argon2id (argon2-cffi); hashes are upgraded on login when the
parameters change. Failed logins are counted per typed name, real or not, through atomic
UPDATEs, so two terminals hammering one name both count; after a few, each next try waits
longer (domain/login_delay.py), up to a minute: a guesser is slowed down, an admin is never
locked out for long, and an admin can lift a wait at once (``unlock``). Every login attempt,
good or bad, is audited.

Threading: hashing takes tens of milliseconds on purpose; call ``login`` from a worker thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
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
from pos_desktop.domain.languages import parse_language
from pos_desktop.domain.login_delay import minutes_seconds, seconds_to_wait
from pos_desktop.domain.passwords import check_new_password, normalize_username
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission, Role
from pos_desktop.domain.text import clean_line, name_text
from pos_desktop.services import audit
from pos_desktop.storage.models import CliSession, LoginThrottle, User
from pos_desktop.storage.models.login_throttle import NAME_MAX
from pos_desktop.storage.uow import Database
from pos_desktop.storage.upsert import insert_ignoring_conflict

#: The one answer to a wrong user name or a wrong password.
WRONG = say("wrong user name or password")
#: Failures of a name nobody has tried for this long are forgotten.
THROTTLE_KEPT = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class UserView:
    username: str
    display_name: str
    role: Role
    active: bool
    #: Until when the user name waits after failed logins (``None``: no wait).
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int


def _view(u: User, retry_at: datetime | None) -> UserView:
    return UserView(
        u.username,
        u.display_name,
        Role(u.role),
        u.active,
        retry_at,
        u.last_login_at,
        u.version,
    )


def _retry_at(session: Session, username: str) -> datetime | None:
    return session.scalar(select(LoginThrottle.retry_at).where(LoginThrottle.name == username))


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise ValidationError.single(
            say("role"), say("{text!r} is not one of {allowed}", text=text, allowed=allowed)
        ) from None


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, Role(user.role), user.username, user.language or "")


def _end_cli_sessions(session: Session, user_id: int) -> None:
    """A disabled user or a new password: the command-line tokens handed out so far are void
    (``services/cli_sessions.py``)."""
    session.execute(delete(CliSession).where(CliSession.user_id == user_id))


def _seconds_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds()))


def _wait_message(seconds: int) -> str:
    return say(
        "too many failed logins: wait {wait} before the next try", wait=minutes_seconds(seconds)
    )


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


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

    def login(self, username: str, password: str, *, summary: str = "logged in") -> Actor:
        """The logged-in user as an ``Actor``, or ``AuthenticationFailed`` / ``AccountLocked``.

        ``summary`` is the audit entry's (the command line says where the login was for).

        A wrong name and a wrong password get the same message, and the same growing wait after
        repeated failures (domain/login_delay.py): nothing tells which names exist. During a
        wait a try is refused before the password is looked at, right or wrong.
        """
        now = self._clock.now()
        name = clean_line(username).lower()  # a pasted NUL or tab: just a name nobody has
        key = name[:NAME_MAX]
        with self._db.unit_of_work() as uow:
            session = uow.session
            retry_at = session.scalar(
                select(LoginThrottle.retry_at).where(LoginThrottle.name == key)
            )
            if retry_at is not None and retry_at > now:
                left = _seconds_left(retry_at, now)
                self._audit_login(session, name, None, "login.refused", "waiting after failures")
                uow.commit()
                raise AccountLocked(_wait_message(left), left)
            user = session.scalars(select(User).where(User.username == name)).first()
            if user is None or not user.active:
                # Hash anyway, so an unknown name takes as long to refuse as a wrong password.
                if self._dummy_hash is None:
                    self._dummy_hash = self._hasher.hash("not a real password, only for timing")
                self._verify(self._dummy_hash, password)
                error = self._count_failure(session, key, now, "unknown or disabled user", None)
                uow.commit()
                raise error
            if not self._verify(user.password_hash, password):
                error = self._count_failure(session, key, now, "wrong password", user.id)
                uow.commit()
                raise error
            session.execute(delete(LoginThrottle).where(LoginThrottle.name == key))
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(last_login_at=now)
                .execution_options(synchronize_session=False)
            )
            if self._hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self._hasher.hash(password)
            actor = actor_for(user)
            self._audit_login(session, name, user.id, "login.ok", summary)
            uow.commit()
        return actor

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return bool(self._hasher.verify(password_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    def _count_failure(
        self, session: Session, key: str, now: datetime, why: str, user_id: int | None
    ) -> Exception:
        """One more failure for the typed name, and the wait it earns; the error to raise."""
        insert_ignoring_conflict(
            session,
            LoginThrottle,
            {"name": key, "failures": 0, "retry_at": None, "last_failure_at": now},
            ["name"],
        )
        failures = session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.name == key)
            .values(failures=LoginThrottle.failures + 1, last_failure_at=now)
            .returning(LoginThrottle.failures)
            .execution_options(synchronize_session=False)
        ).scalar_one()
        wait = seconds_to_wait(
            failures,
            free=self._security.max_failed_logins,
            longest=self._security.max_login_delay_seconds,
        )
        if wait:
            session.execute(
                update(LoginThrottle)
                .where(LoginThrottle.name == key)
                .values(retry_at=now + timedelta(seconds=wait))
                .execution_options(synchronize_session=False)
            )
        session.execute(  # names nobody has tried for a day: a guesser's made-up ones
            delete(LoginThrottle).where(LoginThrottle.last_failure_at < now - THROTTLE_KEPT)
        )
        summary = f"{why} ({failures} in a row" + (f"; next try in {wait} s)" if wait else ")")
        self._audit_login(session, key, user_id, "login.failed", summary)
        if wait:
            return AccountLocked(
                say("{wrong}; {wait}", wrong=WRONG, wait=_wait_message(wait)), wait
            )
        return AuthenticationFailed(WRONG)

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

    def unlock(self, actor: Actor, username: str) -> None:
        """Lift a user name's wait and forget its failures (admins; ``user unlock NAME``)."""
        actor.require(Permission.USER_MANAGE)
        name = clean_line(username).lower()
        with self._db.unit_of_work() as uow:
            cleared = uow.session.execute(
                delete(LoginThrottle).where(LoginThrottle.name == name[:NAME_MAX])
            )
            audit.record(
                uow.session,
                actor=actor,
                at=self._clock.now(),
                action="user.unlock",
                entity_type="user",
                entity_key=name[:40],
                summary=f"failed logins of {name} forgotten"
                + ("" if _rowcount(cleared) else " (there were none)"),
                terminal=self._terminal,
            )
            uow.commit()

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
        shown = name_text(display_name, say("display name"), max_length=120) or name
        check_new_password(password, username=name, min_length=self._security.min_password_length)
        if session.scalars(select(User.id).where(User.username == name)).first():
            raise Conflict(say("user {name!r} exists already", name=name))
        now = self._clock.now()
        user = User(
            username=name,
            display_name=shown,
            role=role.value,
            password_hash=self._hasher.hash(password),
            active=True,
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
        return _view(user, None)

    def list_users(self, actor: Actor) -> list[UserView]:
        """Every user; ``locked_until`` is set while the name waits after failed logins."""
        actor.require(Permission.USER_MANAGE)
        now = self._clock.now()
        with self._db.reader() as uow:
            rows = uow.session.execute(
                select(User, LoginThrottle.retry_at)
                .outerjoin(LoginThrottle, LoginThrottle.name == User.username)
                .order_by(User.username)
            ).all()
            return [_view(u, at if at is not None and at > now else None) for u, at in rows]

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
                raise AuthenticationFailed(say("the current password is wrong"))
            now = self._clock.now()
            user.password_hash = self._hasher.hash(new_password)
            user.password_changed_at = now
            uow.session.execute(delete(LoginThrottle).where(LoginThrottle.name == name))
            _end_cli_sessions(uow.session, user.id)
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
                raise Conflict(
                    say("user {name} was changed meanwhile; reload and try again", name=name)
                )
            if actor.username == name and (role not in (None, Role.ADMIN) or active is False):
                raise InvalidState(say("you cannot demote or disable yourself; ask another admin"))
            before = {"role": user.role, "active": user.active, "display_name": user.display_name}
            if role is not None:
                user.role = role.value
            if active is not None:
                user.active = active
                if not active:
                    _end_cli_sessions(uow.session, user.id)
            if display_name is not None:
                user.display_name = (
                    name_text(display_name, say("display name"), max_length=120) or name
                )
            after = {"role": user.role, "active": user.active, "display_name": user.display_name}
            if after == before:
                return _view(user, _retry_at(uow.session, name))
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
            view = _view(user, _retry_at(uow.session, name))
            uow.commit()
        return view

    def set_language(self, actor: Actor, language: str) -> Actor:
        """The logged-in user's own UI language (``""``: the system's); every user may choose
        theirs, nobody another's. Audited; returns the actor carrying the new language."""
        if actor.user_id is None:
            raise InvalidState(say("only a logged-in user has a language"))
        code = parse_language(language)
        with self._db.unit_of_work() as uow:
            user = uow.session.get(User, actor.user_id)
            if user is None:
                raise NotFound(say("no user {name!r}", name=actor.username))
            before = user.language or ""
            if before != code:
                user.language = code
                audit.record(
                    uow.session,
                    actor=actor,
                    at=self._clock.now(),
                    action="user.language",
                    entity_type="user",
                    entity_key=user.username,
                    summary=f"language of {user.username}: {code or 'system'}",
                    before={"language": before},
                    after={"language": code},
                    terminal=self._terminal,
                )
                uow.commit()
        return replace(actor, language=code)

    @staticmethod
    def _ensure_an_admin_remains(session: Session) -> None:
        session.flush()
        admins = session.scalar(
            select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        if not admins:
            raise InvalidState(say("this would leave no active admin"))

    @staticmethod
    def _get(session: Session, name: str) -> User:
        user = session.scalars(select(User).where(User.username == name)).first()
        if user is None:
            raise NotFound(say("no user {name!r}", name=name))
        return user
