"""Events the installation serves: create, list, pick the active one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import Conflict, NotFound, ProblemCollector
from pos_desktop.domain.money import validate_currency
from pos_desktop.domain.numbering import exhibition_code, suggest_exhibition_code
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import name_text
from pos_desktop.services import audit
from pos_desktop.storage.models import Exhibition
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class ExhibitionView:
    code: str
    name: str
    venue: str | None
    booth: str | None
    starts_on: date | None
    ends_on: date | None
    currency: str
    language: str
    active: bool


def _view(e: Exhibition) -> ExhibitionView:
    return ExhibitionView(
        e.code, e.name, e.venue, e.booth, e.starts_on, e.ends_on, e.currency, e.language, e.active
    )


@dataclass(frozen=True, slots=True)
class ExhibitionInput:
    name: str
    code: str = ""
    venue: str = ""
    booth: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    currency: str = "EUR"
    language: str = "en"


class ExhibitionService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def create(self, actor: Actor, data: ExhibitionInput) -> ExhibitionView:
        actor.require(Permission.EXHIBITION_MANAGE)
        with self._db.unit_of_work() as uow:
            view = create_in(uow.session, actor, data, self._clock)
            uow.commit()
        return view

    def list_exhibitions(self, actor: Actor) -> list[ExhibitionView]:
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            rows = uow.session.scalars(
                select(Exhibition).order_by(Exhibition.starts_on, Exhibition.id)
            )
            return [_view(e) for e in rows]

    def set_active(self, actor: Actor, code: str, active: bool) -> ExhibitionView:
        actor.require(Permission.EXHIBITION_MANAGE)
        with self._db.unit_of_work() as uow:
            row = uow.session.scalars(
                select(Exhibition).where(Exhibition.code == code.upper())
            ).first()
            if row is None:
                raise NotFound(say("no exhibition with code {code!r}", code=code))
            before = row.active
            row.active = active
            audit.record(
                uow.session,
                actor=actor,
                at=self._clock.now(),
                action="exhibition.activate",
                entity_type="exhibition",
                entity_key=row.code,
                summary=f"{row.name} {'activated' if active else 'deactivated'}",
                before={"active": before},
                after={"active": active},
            )
            uow.commit()
            return _view(row)


def create_in(
    session: Session, actor: Actor, data: ExhibitionInput, clock: Clock
) -> ExhibitionView:
    """Create inside an existing transaction (first-start setup does it with the first admin)."""
    problems = ProblemCollector()
    name = code = currency = None
    venue = booth = None
    with problems.collect():
        name = name_text(data.name, say("exhibition name"), max_length=120, required=True)
    with problems.collect():
        code = exhibition_code(data.code or suggest_exhibition_code(data.name))
    with problems.collect():
        currency = validate_currency(data.currency)
    with problems.collect():
        venue = name_text(data.venue, say("venue"), max_length=120)
    with problems.collect():
        booth = name_text(data.booth, say("booth"), max_length=40)
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        problems.add(say("end date"), say("is before the start date"))
    problems.raise_if_any()
    assert name and code and currency
    if session.scalars(select(Exhibition.id).where(Exhibition.code == code)).first():
        raise Conflict(
            say("an exhibition with code {code} exists already; choose another code", code=code)
        )
    row = Exhibition(
        code=code,
        name=name,
        venue=venue,
        booth=booth,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        currency=currency,
        language=data.language or "en",
        active=True,
        created_at=clock.now(),
    )
    session.add(row)
    session.flush()
    view = _view(row)
    audit.record(
        session,
        actor=actor,
        at=clock.now(),
        action="exhibition.create",
        entity_type="exhibition",
        entity_key=code,
        summary=f"exhibition {name} ({code}) created",
        after={"name": name, "code": code, "currency": currency},
    )
    return view
