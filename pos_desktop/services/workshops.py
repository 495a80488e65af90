"""Workshops within an exhibition: set up, sold by code at the checkout, waitlist, door, after.

Each method is one unit of work. Managers set workshops up and cancel them; cashiers sell
seats (through the ordinary sale: ``services/workshop_seats.py`` takes them in its
transaction), put customers on the waitlist and scan them in at the door. What follows from
an action by email (an offer, a certificate) is announced as an event and queued by the
handlers in ``workshop_mail.py``. Views are frozen (``workshop_views.py``) so a Workshops
screen and a door view can call these from a worker thread.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.config import DocumentSettings, WorkshopSettings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import Conflict, InvalidState, NotFound
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.workshops import (
    WaitState,
    WorkshopInput,
    WorkshopStatus,
    checked_workshop,
    ends_at,
    workshop_code,
)
from pos_desktop.services import audit
from pos_desktop.services.events import WorkshopCancelled
from pos_desktop.services.sales.ledger import reason_given
from pos_desktop.services.station import StationResolver
from pos_desktop.services.workshop_certificates import CertificateDocuments, queue_certificates
from pos_desktop.services.workshop_checkin import scan
from pos_desktop.services.workshop_queries import (
    ACTIVE_WAIT,
    customer_by_code,
    workshop_by_code,
    workshop_views,
)
from pos_desktop.services.workshop_reminders import remind_due
from pos_desktop.services.workshop_stats import DayStats, NoShow, no_shows, workshop_stats
from pos_desktop.services.workshop_views import (
    CheckinVerdict,
    SeatItem,
    WaitlistPlace,
    WorkshopRound,
    WorkshopView,
    refuse_edit,
    workshop_document,
)
from pos_desktop.services.workshop_waitlist import offer_next, pass_on_expired, refuse_waitlist
from pos_desktop.storage.models import (
    WaitlistEntry,
    Workshop,
    WorkshopBooking,
)
from pos_desktop.storage.uow import Database

W = Workshop.__table__.c


class WorkshopService:
    """Threading: stateless apart from its parts; each call opens its own unit of work."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        station: StationResolver,
        settings: WorkshopSettings,
        *,
        shop: str = "",
        logo: str = "",
        documents: DocumentSettings | None = None,
    ) -> None:
        """``shop`` and ``logo`` (an image file): what the certificates show besides the
        exhibition; ``documents``: their default language."""
        self._db = db
        self._clock = clock
        self._station = station
        self._settings = settings
        self._certificates = CertificateDocuments(
            db, settings, shop_name=shop, logo_path=logo, documents=documents
        )

    def render_certificate_pdf(self, key: str) -> bytes:
        """The attendance certificate named by ``WORKSHOP|CUSTOMER`` (the mail sender asks)."""
        return self._certificates.render_pdf(key)

    # ------------------------------------------------------------------------- managers

    def add(self, actor: Actor, data: WorkshopInput) -> WorkshopView:
        """A workshop of the exhibition this terminal sells for."""
        actor.require(Permission.WORKSHOP_MANAGE)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            exhibition = self._station.current_exhibition(session)
            fields = checked_workshop(data, exhibition.currency)
            if session.scalar(select(Workshop.id).where(Workshop.code == fields.code)):
                raise Conflict(say("workshop code {code} is taken", code=fields.code))
            row = Workshop(
                exhibition_id=exhibition.id,
                code=fields.code,
                title=fields.title,
                description=fields.description,
                room=fields.room,
                category=fields.category,
                starts_at=fields.starts_at,
                minutes=fields.minutes,
                capacity=fields.capacity,
                booked=0,
                held=0,
                price=fields.price,
                vat_rate=fields.vat_rate,
                status=fields.status.value,
                booking_deadline=fields.booking_deadline,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            try:
                session.flush()
            except IntegrityError:  # the same code added at another terminal just now
                raise Conflict(say("workshop code {code} is taken", code=fields.code)) from None
            [view] = workshop_views(session, [row])
            audit.record(
                session,
                actor=actor,
                at=now,
                action="workshop.add",
                entity_type="workshop",
                entity_key=row.code,
                summary=(
                    f"workshop {row.code} '{row.title}' on {row.starts_at:%Y-%m-%d %H:%M}, "
                    f"{row.capacity} seats at {format_amount(row.price, view.currency)} "
                    f"{view.currency}"
                ),
                after=workshop_document(view),
                terminal=self._station.terminal_code,
            )
            uow.commit()
        return view

    def edit(
        self, actor: Actor, code: str, data: WorkshopInput, *, expected_version: int
    ) -> WorkshopView:
        """Change a workshop (publish a draft, move it, more chairs...). Its code stays (it is
        on the invoices); capacity never below the seats booked and held; seats added go to
        the waitlist first."""
        actor.require(Permission.WORKSHOP_MANAGE)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = workshop_by_code(session, code, lock=True)
            if row.version != expected_version:
                raise Conflict(
                    say(
                        "workshop {code} was changed meanwhile; reload and try again", code=row.code
                    )
                )
            if row.status == WorkshopStatus.CANCELLED.value:
                raise InvalidState(say("workshop {code} is cancelled", code=row.code))
            [before] = workshop_views(session, [row])
            fields = checked_workshop(data, before.currency)
            refuse_edit(before, fields)
            added = fields.capacity - row.capacity
            for name in ("title", "description", "room", "category", "starts_at", "minutes"):
                setattr(row, name, getattr(fields, name))
            row.capacity, row.price, row.vat_rate = fields.capacity, fields.price, fields.vat_rate
            row.status, row.booking_deadline = fields.status.value, fields.booking_deadline
            row.version += 1
            row.updated_at = now
            session.flush()
            terminal = self._station.terminal_code
            for _ in range(max(added, 0)):
                if not offer_next(
                    uow, row.id, settings=self._settings, by=actor.label, terminal=terminal, at=now
                ):
                    break
            session.refresh(row)
            [view] = workshop_views(session, [row])
            audit.record(
                session,
                actor=actor,
                at=now,
                action="workshop.edit",
                entity_type="workshop",
                entity_key=row.code,
                summary=f"workshop {row.code} changed",
                before=workshop_document(before),
                after=workshop_document(view),
                terminal=terminal,
            )
            uow.commit()
        return view

    def cancel(self, actor: Actor, code: str, reason: str) -> WorkshopView:
        """Called off: nothing more is sold, the waitlist ends, the door says "cancelled",
        and everyone holding a seat is emailed the reason. Seats already paid are refunded at
        the counter (invoice refund), as any sale."""
        actor.require(Permission.WORKSHOP_MANAGE)
        why = reason_given(reason)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = workshop_by_code(session, code, lock=True)
            if row.status == WorkshopStatus.CANCELLED.value:
                raise InvalidState(say("workshop {code} is cancelled already", code=row.code))
            [before] = workshop_views(session, [row])
            row.status = WorkshopStatus.CANCELLED.value
            row.cancel_reason = why
            row.held = 0
            row.updated_at = now
            session.execute(
                update(WaitlistEntry)
                .where(WaitlistEntry.workshop_id == row.id, WaitlistEntry.state.in_(ACTIVE_WAIT))
                .values(state=WaitState.CANCELLED.value)
            )
            session.flush()
            [view] = workshop_views(session, [row])
            holders = session.scalars(
                select(WorkshopBooking.customer_id)
                .where(
                    WorkshopBooking.workshop_id == row.id,
                    WorkshopBooking.released < WorkshopBooking.seats,
                )
                .group_by(WorkshopBooking.customer_id)
                .order_by(WorkshopBooking.customer_id)
            ).all()
            uow.record(
                WorkshopCancelled(
                    workshop_id=row.id,
                    customer_ids=tuple(holders),
                    reason=why,
                    by=actor.label,
                    terminal=self._station.terminal_code,
                    at=now,
                )
            )
            audit.record(
                session,
                actor=actor,
                at=now,
                action="workshop.cancel",
                entity_type="workshop",
                entity_key=row.code,
                summary=f"workshop {row.code} cancelled ({row.booked} seats booked): {why}",
                before=workshop_document(before),
                after=workshop_document(view),
                terminal=self._station.terminal_code,
            )
            uow.commit()
        return view

    def queue_certificates(self, actor: Actor, code: str) -> int:
        """An attendance certificate for everyone checked in, once the workshop has ended,
        and once per attendee: run again, it reaches only those checked in since. Returns how
        many were queued now (those without an email address are counted but get none)."""
        actor.require(Permission.WORKSHOP_MANAGE)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            row = self._ended(uow.session, code, now, say("certificates"))
            terminal = self._station.terminal_code
            queued, before = queue_certificates(
                uow, row.id, by=actor.label, terminal=terminal, now=now
            )
            audit.record(
                uow.session,
                actor=actor,
                at=now,
                action="workshop.certificates",
                entity_type="workshop",
                entity_key=row.code,
                summary=f"certificates for workshop {row.code}: {queued} queued,"
                f" {before} sent before",
                terminal=terminal,
            )
            uow.commit()
        return queued

    @staticmethod
    def _ended(session: Session, code: str, now: datetime, what: str) -> Workshop:
        row = workshop_by_code(session, code)
        if row.status == WorkshopStatus.CANCELLED.value:
            raise InvalidState(say("workshop {code} was cancelled", code=row.code))
        end = ends_at(row.starts_at, row.minutes)
        if now < end:
            raise InvalidState(
                say(
                    "workshop {code} ends at {end} UTC: {what} after that",
                    code=row.code,
                    end=f"{end:%Y-%m-%d %H:%M}",
                    what=what,
                )
            )
        return row

    def no_shows(self, actor: Actor, code: str) -> list[NoShow]:
        """Who held seats but did not come through the door (after the end; managers)."""
        actor.require(Permission.WORKSHOP_MANAGE)
        with self._db.reader() as uow:
            return no_shows(
                uow.session, self._ended(uow.session, code, self._clock.now(), say("no-shows"))
            )

    def day_stats(
        self, actor: Actor, day: date | None = None, tz: tzinfo | None = None
    ) -> DayStats:
        """The figures of the workshops starting on ``day`` (today) in ``tz`` (this computer's)."""
        actor.require(Permission.REPORT_VIEW)
        now = self._clock.now()
        zone = tz or now.astimezone().tzinfo
        day = day or now.astimezone(zone).date()
        start = datetime.combine(day, time.min, tzinfo=zone)
        with self._db.reader() as uow:
            exhibition_id = self._station.current_exhibition_id(uow.session)
            rows = uow.session.scalars(
                select(Workshop)
                .where(
                    Workshop.exhibition_id == exhibition_id,
                    Workshop.starts_at >= start,
                    Workshop.starts_at < start + _ONE_DAY,
                )
                .order_by(Workshop.starts_at, Workshop.code)
            ).all()
            return DayStats(day, tuple(workshop_stats(uow.session, rows, now)))

    # ------------------------------------------------------------------------- reading

    def list_workshops(
        self, actor: Actor, *, include_cancelled: bool = True, day: datetime | None = None
    ) -> list[WorkshopView]:
        """The current exhibition's workshops by start; ``day``: only those starting within
        24 hours from it (a timetable)."""
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            exhibition_id = self._station.current_exhibition_id(uow.session)
            query = select(Workshop).where(Workshop.exhibition_id == exhibition_id)
            if not include_cancelled:
                query = query.where(Workshop.status != WorkshopStatus.CANCELLED.value)
            if day is not None:
                query = query.where(Workshop.starts_at >= day, Workshop.starts_at < day + _ONE_DAY)
            rows = uow.session.scalars(query.order_by(Workshop.starts_at, Workshop.code)).all()
            return workshop_views(uow.session, rows)

    def show(self, actor: Actor, code: str) -> WorkshopView:
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            [view] = workshop_views(uow.session, [workshop_by_code(uow.session, code)])
            return view

    def seat_item(self, actor: Actor, code: str) -> SeatItem:
        """The workshop the checkout sells by this code (as scanned or typed), if on sale.

        Its seats are taken when the sale is issued, not here: this only says what the line is.
        """
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            row = uow.session.scalars(
                select(Workshop).where(
                    Workshop.code == workshop_code(code),
                    Workshop.status == WorkshopStatus.PUBLISHED.value,
                )
            ).first()
            if row is None:
                raise NotFound(
                    say("no workshop on sale with code {code!r}", code=workshop_code(code))
                )
            return SeatItem(
                row.id,
                row.code,
                row.title,
                row.starts_at,
                row.price,
                row.vat_rate,
                max(row.capacity - row.booked - row.held, 0),
            )

    def offers_for(self, actor: Actor, customer_code: str) -> list[WaitlistPlace]:
        """Seats held for this customer now (the checkout shows them when they are scanned)."""
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            customer = customer_by_code(uow.session, customer_code)
            rows = uow.session.execute(
                select(Workshop.code, WaitlistEntry.offer_expires_at)
                .join(Workshop, Workshop.id == WaitlistEntry.workshop_id)
                .where(
                    WaitlistEntry.customer_id == customer.id,
                    WaitlistEntry.state == WaitState.OFFERED.value,
                )
                .order_by(WaitlistEntry.offer_expires_at)
            ).all()
            return [
                WaitlistPlace(code, customer.code, 1, WaitState.OFFERED, expires)
                for code, expires in rows
            ]

    # ------------------------------------------------------------------------- counter, door

    def join_waitlist(self, actor: Actor, code: str, customer_code: str) -> WaitlistPlace:
        """Put a customer in line for a full workshop; refused while seats are on sale."""
        actor.require(Permission.INVOICE_CREATE)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = workshop_by_code(session, code, lock=True)
            customer = customer_by_code(session, customer_code)
            refuse_waitlist(row)
            known = session.scalars(
                select(WaitlistEntry).where(
                    WaitlistEntry.workshop_id == row.id, WaitlistEntry.customer_id == customer.id
                )
            ).first()
            if known is not None and known.state in ACTIVE_WAIT:
                raise InvalidState(
                    say(
                        "{name} is on the waitlist already ({state})",
                        name=customer.name,
                        state=known.state,
                    )
                )
            if known is None:
                known = WaitlistEntry(
                    workshop_id=row.id, customer_id=customer.id, added_by=actor.label
                )
                session.add(known)
            known.state = WaitState.WAITING.value
            known.joined_at = now
            known.offered_at = known.offer_expires_at = None
            session.flush()
            ahead = session.scalar(
                select(func.count(WaitlistEntry.id)).where(
                    WaitlistEntry.workshop_id == row.id,
                    WaitlistEntry.state == WaitState.WAITING.value,
                    (WaitlistEntry.joined_at < now)
                    | ((WaitlistEntry.joined_at == now) & (WaitlistEntry.id < known.id)),
                )
            )
            place = WaitlistPlace(row.code, customer.code, int(ahead or 0) + 1, WaitState.WAITING)
            uow.commit()
        return place

    def check_in(
        self, actor: Actor, code: str, customer_code: str, *, key: ActionKey | None = None
    ) -> CheckinVerdict:
        """The door's scan: admitted, already, not booked, wrong session or cancelled;
        ``key``: the same key again answers with its admission (``workshop_checkin.scan``)."""
        actor.require(Permission.CUSTOMER_VIEW)
        terminal = self._station.terminal_code
        return scan(
            self._db,
            code,
            customer_code,
            now=self._clock.now(),
            by=actor.label,
            terminal=terminal,
            key=key,
        )

    def pass_on_expired_offers(self) -> int:
        """Offers nobody answered in time go to the next in line (safe to run at several
        terminals at once). Returns how many expired."""
        return self.run_round(reminders=False).offers_expired

    def run_round(self, *, reminders: bool = True) -> WorkshopRound:
        """The app's round (and ``workshop remind``): expired offers pass on, and the
        reminders that are due are queued. Safe at several terminals at once."""
        now = self._clock.now()
        by, terminal = f"terminal {self._station.terminal_code}", self._station.terminal_code
        with self._db.unit_of_work() as uow:
            expired = pass_on_expired(
                uow, settings=self._settings, by=by, terminal=terminal, now=now
            )
            reminded = (
                remind_due(uow, settings=self._settings, by=by, terminal=terminal, now=now)
                if reminders
                else 0
            )
            uow.commit()
        return WorkshopRound(expired, reminded)


_ONE_DAY = timedelta(days=1)
