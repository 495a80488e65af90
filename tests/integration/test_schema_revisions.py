"""The schema look without Alembic (``storage/revisions.py``) answers as Alembic does: the head
and the shipped revisions from the scripts, the database's revision from its table; whatever
it does not understand it leaves to Alembic. On a SQLite file and a PostgreSQL database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from pos_desktop.bootstrap import Services
from pos_desktop.services.database_admin import SchemaStatus
from pos_desktop.storage import migrate, revisions
from pos_desktop.storage.engine import create_engine_for
from tests.support.cli import empty_database

EARLIER = "0020"
NEWER = "9999_from_a_newer_version"


@pytest.fixture
def engine(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    with empty_database(backend, tmp_path, request) as url:
        made = create_engine_for(url)
        try:
            yield made
        finally:
            made.dispose()


def _set_revision(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_the_head_and_the_shipped_revisions_are_alembics(engine: Engine) -> None:
    folder = revisions.migrations_dir()
    assert revisions.head(folder) == migrate.head_revision(engine)
    assert set(revisions.shipped(folder)) == migrate.known_revisions(engine)


def test_the_databases_revision_is_alembics_at_every_stage(engine: Engine) -> None:
    assert revisions.current(engine) is None
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine, EARLIER)
    assert revisions.current(engine) == migrate.current_revision(engine) == EARLIER
    migrate.upgrade(engine)
    assert revisions.current(engine) == migrate.current_revision(engine)
    assert revisions.current(engine) == revisions.head(revisions.migrations_dir())
    _set_revision(engine, NEWER)
    assert revisions.current(engine) == migrate.current_revision(engine) == NEWER
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))
    assert revisions.current(engine) is None
    assert migrate.current_revision(engine) is None


@pytest.mark.parametrize("backend", ["sqlite"])
def test_two_current_revisions_are_left_to_alembic(engine: Engine) -> None:
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO alembic_version VALUES ('0001')"))
    with pytest.raises(revisions.Undecided):
        revisions.current(engine)


def _scripts(tmp_path: Path) -> Path:
    folder = tmp_path / "db"
    shutil.copytree(revisions.migrations_dir() / "versions", folder / "versions")
    return folder


def _add_script(folder: Path, name: str, lines: str) -> None:
    (folder / "versions" / name).write_text(f'"""A later script."""\n\n{lines}\n')


@pytest.mark.parametrize(
    "lines",
    [
        # a branch: a second script revises what the head revises
        'revision: str = "9001"\ndown_revision: str | None = "0021"',
        # a merge of two heads
        'revision = "9002"\ndown_revision = ("0021", "0022")',
        # a revision named in a way the look does not read
        "revision = NAME\ndown_revision = '0022'",
        # no down_revision line at all
        'revision = "9003"',
    ],
)
def test_scripts_the_look_does_not_understand_are_left_to_alembic(
    tmp_path: Path, lines: str
) -> None:
    folder = _scripts(tmp_path)
    _add_script(folder, "9000_later.py", lines)
    with pytest.raises(revisions.Undecided):
        revisions.head(folder)


def test_a_plain_later_script_is_the_new_head(tmp_path: Path) -> None:
    folder = _scripts(tmp_path)
    shipped_head = revisions.head(revisions.migrations_dir())  # the newest migration today
    _add_script(folder, "9000_later.py", f"revision = '9000'\ndown_revision = '{shipped_head}'")
    assert revisions.head(folder) == "9000"
    assert revisions.shipped(folder)["9000"] == shipped_head


def test_when_the_look_is_undecided_alembic_gives_the_state(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def undecided(*_args: object) -> str | None:
        raise revisions.Undecided("as if")

    expected = services.database_admin.state()
    monkeypatch.setattr(revisions, "head", undecided)
    monkeypatch.setattr(revisions, "current", undecided)
    state = services.database_admin.state()
    assert state == expected
    assert state.status is SchemaStatus.CURRENT
