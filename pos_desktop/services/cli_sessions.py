"""Who is at the command line: ``pos-desktop login`` sessions, one-command logins, refusals.

A session is a random token the command line keeps in a private file; the database keeps only
its SHA-256 in ``cli_sessions`` with the user and when it expires (``security.cli_session_hours``
after the login). Each command hands the token here and gets the user back as an ``Actor``,
read afresh from ``users``: a new role applies at the next command, a disabled user has none.

Why a table and not a token signed with the user's password hash: logout has to end one
session without touching the others or the password, and "who is logged in where" is a query.
Disabling a user or changing their password deletes their rows in the same transaction
(``services/users.py``), so the token file left behind on a laptop is worth nothing.

Logging in goes through ``UserService.login``: the same growing wait after failures and the
same audit entries as the app's login screen.

Threading: ``start`` and ``login_once`` hash the password on purpose (tens of milliseconds).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from pos_desktop.config import SecuritySettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import LOG_IN_FIRST, LoginRequired
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services import audit
from pos_desktop.services.users import UserService, actor_for
from pos_desktop.storage.models import CliSession, User
from pos_desktop.storage.uow import Database


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CliLogin:
    """A started session: the token to keep (secret), who it is for, and until when."""

    token: str
    actor: Actor
    expires_at: datetime


class CliSessions:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        users: UserService,
        security: SecuritySettings,
        terminal: str,
    ) -> None:
        self._db = db
        self._clock = clock
        self._users = users
        self._security = security
        self._terminal = terminal

    def start(self, username: str, password: str) -> CliLogin:
        """Log in (lockout and audit as at the till) and hand out a new session's token."""
        now = self._clock.now()
        expires = now + timedelta(hours=self._security.cli_session_hours)
        actor = self._users.login(
            username,
            password,
            summary=f"logged in on the command line until {expires:%Y-%m-%d %H:%M} UTC",
        )
        token = secrets.token_urlsafe(32)
        with self._db.unit_of_work() as uow:
            uow.session.execute(delete(CliSession).where(CliSession.expires_at <= now))
            uow.session.add(
                CliSession(
                    token_hash=token_hash(token),
                    user_id=actor.user_id,
                    created_at=now,
                    expires_at=expires,
                    terminal=self._terminal,
                )
            )
            uow.commit()
        return CliLogin(token, actor, expires)

    def login_once(self, username: str, password: str) -> Actor:
        """A login for one command (``POS_USER``): checked and audited, nothing kept."""
        return self._users.login(
            username, password, summary="logged in on the command line for one command"
        )

    def actor(self, token: str) -> Actor:
        """The session's user, or ``LoginRequired`` (unknown, expired or ended session)."""
        now = self._clock.now()
        with self._db.reader() as uow:
            row = uow.session.execute(
                select(CliSession.expires_at, User)
                .join(User, User.id == CliSession.user_id)
                .where(CliSession.token_hash == token_hash(token))
            ).first()
            if row is None:
                raise LoginRequired(f"no command-line session here; {LOG_IN_FIRST}")
            expires_at, user = row
            if expires_at <= now:
                raise LoginRequired(f"your command-line session has expired; {LOG_IN_FIRST}")
            if not user.active:  # rows go when a user is disabled; this is the second lock
                raise LoginRequired(f"user {user.username} is disabled; {LOG_IN_FIRST}")
            return actor_for(user)

    def end(self, token: str) -> str | None:
        """Logout: the session's row goes (audited); its user name, ``None`` if none was open."""
        with self._db.unit_of_work() as uow:
            row = uow.session.execute(
                select(CliSession.id, User.id, User.username, User.role)
                .join(User, User.id == CliSession.user_id)
                .where(CliSession.token_hash == token_hash(token))
            ).first()
            if row is None:
                return None
            session_id, user_id, username, role = row
            uow.session.execute(delete(CliSession).where(CliSession.id == session_id))
            audit.record(
                uow.session,
                actor=Actor(user_id, username, Role(role), username),
                at=self._clock.now(),
                action="logout",
                entity_type="user",
                entity_key=username,
                summary="command-line session ended",
                terminal=self._terminal,
            )
            uow.commit()
        return str(username)

    def refused(self, actor: Actor, command: str, reason: str) -> None:
        """Audit a command the acting user's role may not run (the app hides such buttons; a
        command line can only refuse, and the refusal is worth knowing about)."""
        with self._db.unit_of_work() as uow:
            audit.record(
                uow.session,
                actor=actor,
                at=self._clock.now(),
                action="permission.refused",
                entity_type="command",
                entity_key=command[:40],
                summary=f"{command} refused: {reason}"[:500],
                terminal=self._terminal,
            )
            uow.commit()
