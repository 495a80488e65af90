"""Exactly once: an action's key is stored with it, and a retry of a saved key replays it.

Every money action (sale, payment, edit, void, refund, cash in/out, session open and close) and
every registration opens its unit of work with its key and, first thing, asks ``replayed``: a
key that committed before names what it made, and the service returns that instead of acting
again. Otherwise the action runs and ``remember`` adds the key's row to the same transaction,
so the row exists exactly when the action committed. That is what makes a lost COMMIT reply
harmless: the front end retries with the same key and gets the first result, or the save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.orm import Session

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import Conflict
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor
from pos_desktop.storage.models import ActionKeyRow
from pos_desktop.storage.uow import Database

_KEYS = cast(Table, ActionKeyRow.__table__)
_INSERT_KEY = insert(_KEYS)
_FIND_KEY = select(_KEYS.c.action, _KEYS.c.entity_key).where(_KEYS.c.key == bindparam("key"))


def replayed(session: Session, key: ActionKey | None, action: str) -> str | None:
    """What the key's action made (its entity key) when it committed before; else ``None``.

    A key names one action: the same key on another kind of action is a mistake in the caller
    (or a reused ``--key``), refused rather than guessed at.
    """
    if key is None:
        return None
    # A plain row on the connection: every money action asks this first, and loading an ORM
    # object for a key that is almost never there cost more than the query.
    row = session.connection().execute(_FIND_KEY, {"key": key.value}).first()
    if row is None:
        return None
    if row.action != action:
        raise Conflict(
            say(
                "key {key} belongs to another action ({action}); use a new key",
                key=key.value,
                action=row.action,
            )
        )
    return str(row.entity_key)


def remember(
    session: Session,
    key: ActionKey,
    action: str,
    entity_key: str,
    *,
    at: datetime,
    by: str,
    terminal: str | None,
) -> None:
    """Store the key in the action's transaction, at once and without the ORM (nothing reads
    the row back in it): a second save of the key fails here, and the unit of work reports
    that as a ``Conflict``."""
    session.connection().execute(
        _INSERT_KEY,
        {
            "key": key.value,
            "action": action,
            "entity_key": entity_key,
            "done_at": at,
            "terminal": terminal,
            "done_by": by,
        },
    )


@dataclass(frozen=True, slots=True)
class KeyOutcome:
    """A committed action: what it was, what it made, when and by whom."""

    key: str
    action: str
    entity_key: str
    done_at: datetime
    done_by: str
    terminal: str | None


class ActionKeyService:
    """The question a front end asks after ``InDoubt``: did this key commit?"""

    def __init__(self, db: Database) -> None:
        self._db = db

    def outcome(self, actor: Actor, key: ActionKey) -> KeyOutcome | None:
        """``None``: the action with this key did not commit (a retry saves it now)."""
        del actor  # anyone who could start the action may ask whether it was saved
        with self._db.reader() as uow:
            row = uow.session.get(ActionKeyRow, key.value)
            if row is None:
                return None
            return KeyOutcome(
                row.key, row.action, row.entity_key, row.done_at, row.done_by, row.terminal
            )
