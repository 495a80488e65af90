"""Schema migrations (Alembic, revisions in the top-level ``db/`` folder).

Used by ``pos-desktop db upgrade|check``, by first start, and by tests that prove the models and
the migrations describe the same schema.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, exc

from pos_desktop.storage.change_tracking import CHANGE_TRACKING_OBJECTS
from pos_desktop.storage.customer_search import SEARCH_INDEX_OBJECTS
from pos_desktop.storage.models import Base
from pos_desktop.storage.revisions import migrations_dir

#: SQLAlchemy's warning when it reflects a column of PostgreSQL's ``xid8`` type.
XID8_UNKNOWN = "Did not recognize type 'xid8'"
#: Alembic runs a migration through module-level proxies (``alembic.context``, ``op``): two
#: threads migrating at once (the sync loops of several tills in one process, each making its
#: journal) trip over each other's. One migration at a time per process.
_ONE_AT_A_TIME = threading.Lock()


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    url = engine.url.render_as_string(hide_password=False)
    # The option is read through configparser's interpolation: a "%" (an escaped character of
    # a password or a path, "a%2C b") must be doubled or Alembic refuses the whole URL.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(_config(engine)).get_current_head()


def known_revisions(engine: Engine) -> set[str]:
    """Every revision this version ships: a database at any other was written by a newer one."""
    return {
        script.revision for script in ScriptDirectory.from_config(_config(engine)).walk_revisions()
    }


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision``; a no-op when it is there already."""
    config = _config(engine)
    with _ONE_AT_A_TIME, engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Step back to ``revision`` (``"base"``: empty). For developers and tests, not the app."""
    config = _config(engine)
    with _ONE_AT_A_TIME, engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str | None
    differences: list[Any]

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head and not self.differences

    def describe(self) -> str:
        if self.current is None:
            return "the database is empty: run `pos-desktop db upgrade` (or `pos-desktop init`)"
        if self.current != self.head:
            return f"the schema is at {self.current}, the code expects {self.head}: run db upgrade"
        if self.differences:
            return f"the schema differs from the models: {self.differences}"
        return f"schema is up to date (revision {self.current})"


def modelled(name: str | None, _type: str, _parent: object) -> bool:
    """Schema objects the models describe; the search index and the read cache's change
    tracking (PostgreSQL only) live only in migrations."""
    return name not in SEARCH_INDEX_OBJECTS and name not in CHANGE_TRACKING_OBJECTS


def check(engine: Engine) -> SchemaState:
    """Where the database stands and whether its tables match the models exactly."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": modelled}
        )
        current = context.get_current_revision()
        with warnings.catch_warnings():
            # Reflection meets the read cache's ``changed_xid`` columns (migration 0028) before
            # ``modelled`` leaves them out, and SQLAlchemy knows no ``xid8`` type.
            warnings.filterwarnings("ignore", XID8_UNKNOWN, exc.SAWarning)
            differences = compare_metadata(context, Base.metadata) if current else []
    return SchemaState(current, head_revision(engine), list(differences))
