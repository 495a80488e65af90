"""This terminal's database for both front ends: its state, its upgrade, its first start.

The app and the CLI used to do these themselves (each with its own copy of the schema check
and of the first-start order); now they call here and only choose their words.

Who may change the schema stays as it was: the read-only looks (``state``, ``check``,
``startup``) need nobody logged in (the app looks before its login); ``upgrade`` is an admin's
(``pos-desktop db upgrade``: a shared PostgreSQL is upgraded only so, with the other tills
closed); ``upgrade_embedded`` upgrades only the SQLite file this one till owns, at the app's
start; ``first_start`` sets up a database only while it has no users.

Threading: every method blocks on the database (the first start with demo data for a while):
the app calls them on its runner, except the look at start, before any window exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from pos_desktop.domain.errors import InvalidState
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.database_admin.schema_state import SchemaState, SchemaStatus, read_state
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.setup import SetupResult, SetupService
from pos_desktop.services.users import UserService
from pos_desktop.storage.uow import Database, reporting_unavailable

if TYPE_CHECKING:  # Faker is loaded only when demo data is made
    from pos_desktop.services.demo_data import DemoDataService, DemoSummary


class Startup(Enum):
    """What the app does after its look at the database."""

    SET_UP = "set up"  # empty database or no users: first start
    LOG_IN = "log in"
    OUTDATED = "outdated"  # the schema is not this version's: `db upgrade`, or update the app


@dataclass(frozen=True)
class Upgrade:
    before: str | None  # None: the database was empty
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class DemoRequest:
    customers: int = 120
    invoices: int = 300
    seed: int = 2026  # same seed, same data


@dataclass(frozen=True)
class FirstStart:
    """The first admin (there is no default password), the exhibition, optional demo data."""

    admin_username: str
    admin_password: str = field(repr=False)
    admin_display_name: str = ""
    exhibition: ExhibitionInput | None = None
    demo: DemoRequest | None = None


@dataclass(frozen=True)
class FirstStartOutcome:
    setup: SetupResult
    demo: DemoSummary | None = None
    #: The demo data failed after the setup was saved: reported, not raised.
    demo_error: Exception | None = None


class DatabaseAdmin:
    def __init__(
        self,
        db: Database,
        setup: SetupService,
        users: UserService,
        demo_data: Callable[[], DemoDataService],
    ) -> None:
        self._db = db
        self._setup = setup
        self._users = users
        self._demo_data = demo_data

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._db.backend

    @property
    def url(self) -> str:
        """The database's URL with its password: show it only through ``config.masked``."""
        return self._db.url

    # ------------------------------------------------------------------------------ looks

    def state(self) -> SchemaState:
        """Where the schema stands (revisions only: cheap enough for every command)."""
        return read_state(self._db)

    def check(self) -> SchemaState:
        """``state`` plus where the tables differ from the models (``db check``)."""
        return read_state(self._db, compare=True)

    def startup(self) -> Startup:
        """The app's first question; an unreachable database raises ``DatabaseUnavailable``."""
        state = self.state()
        state.raise_if_unreachable()
        if state.status is SchemaStatus.EMPTY:
            return Startup.SET_UP
        if state.status is not SchemaStatus.CURRENT:
            return Startup.OUTDATED
        return Startup.LOG_IN if self._users.has_users() else Startup.SET_UP

    # --------------------------------------------------------------------------- changes

    def upgrade(self, actor: Actor) -> Upgrade:
        """Migrate to this version's schema (a no-op when it is there): an admin's step, since
        on a shared server the other tills must run this version too."""
        actor.require(Permission.SETTINGS_MANAGE)
        before = self._migrate()
        from pos_desktop.storage import migrate  # noqa: PLC0415 - Alembic: only when migrating

        with reporting_unavailable():
            return Upgrade(before.current, migrate.current_revision(self._db.engine))

    def upgrade_embedded(self) -> Startup:
        """An embedded SQLite file belongs to this one till: after an app update it is migrated
        at once. A shared PostgreSQL waits for an admin (other tills may run the old version);
        a file written by a newer version than this one stays as it is."""
        if self.backend != "sqlite" or self.state().status is not SchemaStatus.OLDER:
            return self.startup()
        self._migrate()
        return self.startup()

    def prepare_chosen(self) -> bool:
        """First start chose this database (its probe said empty, new or older): create or
        upgrade its schema. Whether it has users already (then: log in instead)."""
        self._migrate()
        return self._users.has_users()

    def first_start(self, actor: Actor, request: FirstStart) -> FirstStartOutcome:
        """The schema (a new database is empty), then the admin and the exhibition in one
        transaction (refused once the database has users), then the demo data if asked for.
        The setup stays saved if the demo data fails: the outcome carries that error."""
        self._migrate()
        result = self._setup.initialize(
            actor,
            admin_username=request.admin_username,
            admin_password=request.admin_password,
            admin_display_name=request.admin_display_name,
            exhibition=request.exhibition,
        )
        if request.demo is None:
            return FirstStartOutcome(result)
        demo = request.demo
        try:
            summary = self._demo_data().generate(
                actor, customers=demo.customers, invoices=demo.invoices, seed=demo.seed
            )
        except Exception as error:  # the setup is saved: report the demo's failure, go on
            return FirstStartOutcome(result, demo_error=error)
        return FirstStartOutcome(result, summary)

    def _migrate(self) -> SchemaState:
        """Up to this version's schema; the state before. Never a newer version's database."""
        state = self.state()
        state.raise_if_unreachable()
        if state.status is SchemaStatus.NEWER:
            raise InvalidState(
                say(
                    "the database's schema ({current}) was written by a newer version of "
                    "Booth POS than this one (which knows up to {head}): update this app; "
                    "nothing was changed",
                    current=state.current,
                    head=state.head,
                )
            )
        from pos_desktop.storage import migrate  # noqa: PLC0415 - Alembic: only when migrating

        with reporting_unavailable():
            migrate.upgrade(self._db.engine)
        return state
