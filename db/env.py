"""Alembic environment for Booth POS.

Run through ``pos-desktop db upgrade`` (which hands over a connection from our own engine, so
SQLite gets its pragmas) or, for writing a new revision, with
``POS_DATABASE_URL=... alembic -c db/alembic.ini revision --autogenerate -m "..."``.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.migrate import modelled
from pos_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=modelled,  # the search index is written by hand (0002)
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or os.environ["POS_DATABASE_URL"],
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or os.environ["POS_DATABASE_URL"]
    engine = create_engine_for(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
