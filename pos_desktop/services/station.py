"""Which exhibition this terminal sells for, and the terminal's own row.

Resolved inside each selling transaction (one indexed query), so an admin switching the active
exhibition takes effect at the next sale on every terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from pos_desktop.config import PosSettings
from pos_desktop.domain.errors import InvalidState, NotFound
from pos_desktop.domain.phrases import say
from pos_desktop.storage.models import Exhibition, Terminal
from pos_desktop.storage.stock_locations import find_location, location_code, location_id
from pos_desktop.storage.upsert import insert_ignoring_conflict


class NoActiveExhibition(InvalidState):
    """Selling needs an exhibition (its currency and number prefix); none is active."""


@dataclass(frozen=True, slots=True)
class Station:
    exhibition_id: int
    exhibition_code: str
    exhibition_name: str
    currency: str
    terminal_id: int
    terminal_code: str


class StationResolver:
    def __init__(self, settings: PosSettings) -> None:
        self._settings = settings
        self._terminal_id: int | None = None
        self._location: tuple[str, int] | None = None  # (code, id) once seen committed
        self._query: tuple[str, Select[Any]] | None = None  # (setting, built)

    @property
    def terminal_code(self) -> str:
        return self._settings.terminal

    @property
    def stock_location(self) -> str:
        """Where this till's tracked products leave stock when sold (``pos.stock_location``)."""
        return self._settings.stock_location

    def stock_location_id(self, session: Session) -> int:
        """The id of :attr:`stock_location`, creating the location on first use.

        Remembered (per code, so a changed setting is followed) once the row is known to exist
        outside this transaction, like the terminal's id: a sale then spends no round trip on it.
        """
        code = location_code(self._settings.stock_location)
        if self._location is not None and self._location[0] == code:
            return self._location[1]
        found = find_location(session, code)
        if found is None:
            return location_id(session, code)  # new in this transaction: not remembered yet
        self._location = (code, found)
        return found

    def _pick(self, query: Select[Any]) -> Select[Any]:
        """Narrow ``query`` to this terminal's exhibition: the configured one, else the active."""
        if self._settings.exhibition:
            query = query.where(Exhibition.code == self._settings.exhibition.strip().upper())
        else:
            query = query.where(Exhibition.active.is_(True)).order_by(
                Exhibition.starts_on.desc().nulls_last(), Exhibition.id.desc()
            )
        return query.limit(1)

    def _exhibition_query(self) -> Select[Any]:
        """The exhibition's query, built once per ``pos.exhibition`` value: every sale runs it,
        and building and keying a new statement each time cost more than running it."""
        setting = self._settings.exhibition
        if self._query is None or self._query[0] != setting:
            self._query = (setting, self._pick(select(Exhibition)))
        return self._query[1]

    def current_exhibition(self, session: Session) -> Exhibition:
        exhibition: Exhibition | None = session.scalars(self._exhibition_query()).first()
        if exhibition is None:
            if self._settings.exhibition:
                raise NotFound(
                    say(
                        "exhibition {code!r} (pos.exhibition) does not exist",
                        code=self._settings.exhibition,
                    )
                )
            raise NoActiveExhibition(
                say(
                    "no active exhibition: create one (pos-desktop exhibition add NAME, "
                    "or Settings)"
                )
            )
        return exhibition

    def current_exhibition_or_none(self, session: Session) -> Exhibition | None:
        try:
            return self.current_exhibition(session)
        except (NotFound, NoActiveExhibition):
            return None

    def current_exhibition_id(self, session: Session) -> int | None:
        """The id (registration records where a customer signed up; no error if none).

        The row is read whole and kept for the transaction, as ``resolve`` does: the welcome
        email's exhibition name and language then cost no second query."""
        exhibition = self.current_exhibition_or_none(session)
        if exhibition is None:
            return None
        session.info["station_exhibition"] = exhibition
        return exhibition.id

    def terminal_id(self, session: Session, now: datetime) -> int:
        """The terminal's row id, creating the row on the terminal's first sale.

        The id is remembered only once the row is known to exist outside this transaction: a
        first sale that rolls back also rolls back the new row.
        """
        if self._terminal_id is not None:
            return self._terminal_id
        code = self._settings.terminal
        query = select(Terminal.id).where(Terminal.code == code)
        found = session.scalars(query).first()
        if found is not None:
            self._terminal_id = found
            return found
        insert_ignoring_conflict(
            session,
            Terminal,
            {"code": code, "name": self._settings.terminal_name, "created_at": now},
            ["code"],
        )
        return session.scalars(query).one()

    def resolve(self, session: Session, now: datetime) -> Station:
        exhibition = self.current_exhibition(session)
        # A session holds its rows weakly: kept here for the transaction, the exhibition is
        # found again without a query by what else the sale writes (its email's name, language).
        session.info["station_exhibition"] = exhibition
        return Station(
            exhibition.id,
            exhibition.code,
            exhibition.name,
            exhibition.currency,
            self.terminal_id(session, now),
            self._settings.terminal,
        )
