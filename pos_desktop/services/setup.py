"""First start: the first admin (no default password exists) and, optionally, the exhibition."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import InvalidState
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services import audit
from pos_desktop.services.exhibitions import ExhibitionInput, ExhibitionView, create_in
from pos_desktop.services.users import UserService, UserView
from pos_desktop.storage.models import User
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class SetupResult:
    admin: UserView
    exhibition: ExhibitionView | None


class SetupService:
    def __init__(self, db: Database, clock: Clock, users: UserService) -> None:
        self._db = db
        self._clock = clock
        self._users = users

    def initialize(
        self,
        actor: Actor,
        *,
        admin_username: str,
        admin_password: str,
        admin_display_name: str = "",
        exhibition: ExhibitionInput | None = None,
    ) -> SetupResult:
        """Create the first admin and exhibition together; refused once any user exists."""
        with self._db.unit_of_work() as uow:
            session = uow.session
            if session.scalar(select(func.count(User.id))):
                raise InvalidState(
                    say("this database is set up already (it has users); add users with `user add`")
                )
            admin = self._users.add_user_in(
                session,
                actor=actor,
                username=admin_username,
                password=admin_password,
                role=Role.ADMIN,
                display_name=admin_display_name,
            )
            created = create_in(session, actor, exhibition, self._clock) if exhibition else None
            audit.record(
                session,
                actor=actor,
                at=self._clock.now(),
                action="setup.init",
                entity_type="installation",
                entity_key=None,
                summary=f"installation set up with admin {admin.username}",
            )
            uow.commit()
        return SetupResult(admin, created)
